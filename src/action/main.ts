// The GitHub Action's entry (bundled into dist/action.js). One run: read the inputs (masking secrets first),
// learn the pull request's files from the REST API, lint, then report five ways: annotations, the job
// summary, the sticky PR comment, a SARIF file and the step outputs. The step fails when findings reach
// `fail-on`; a usage problem fails it with one line; nothing else (a comment we may not post) does.

import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.ts';
import { sourceReader } from '../cli/main.ts';
import { loadConfig, type Config } from '../config.ts';
import { maskSecrets } from '../catalog/secrets.ts';
import type { LintResult } from '../engine.ts';
import type { SchemaSource } from '../providers.ts';
import { failsRun } from '../severity.ts';
import { NotVerifiedError, UsageError } from '../errors.ts';
import { lint } from '../lint.ts';
import { countFindings, plural } from '../report/counts.ts';
import { nothingFoundText } from '../report/notes.ts';
import { prettyReporter } from '../report/pretty.ts';
import { sarifReporter } from '../report/sarif.ts';
import type { ReportInput } from '../report/types.ts';
import { TOOL_VERSION } from '../version.ts';
import { planAnnotations } from './annotations.ts';
import { restoreShadowCache, saveShadowCache } from './cache.ts';
import { planComment, syncStickyComment, type CommentOutcome } from './comment.ts';
import { createApi, type GitHubApi } from './github-api.ts';
import { readInputs, secretParts, type ActionInputs } from './inputs.ts';
import { listChangedFiles, pullRequestOf, type ChangedFiles, type PullRequestRef } from './pull-request.ts';
import { readAuditRunway, type AuditRunway } from './runway.ts';
import { jobSummary } from './summary.ts';
import { addedLinesByFile, planSuggestions, suggestionNotice, syncSuggestions } from './suggestions.ts';
import { renderBaseline } from '../baseline/report.ts';

interface PullRequestScope {
  ref: PullRequestRef;
  changed: ChangedFiles;
}

async function runAction(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readInputs(env);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const config = loadConfig({
    file: inputs.config,
    cwd: workspace,
    knownRuleIds: allRules.map((rule) => rule.meta.id),
  });
  if (inputs.failOn) config.failOn = inputs.failOn;

  // Read before the API client loads: its module parses the same file and would crash on a bad one.
  const event = readEventPayload(env);
  const api = inputs.githubToken ? await createApi(inputs.githubToken, env) : undefined;
  const pull = await pullRequestScope(env, event, api);
  let runway: AuditRunway[] | undefined;
  const shadowCache = await restoreShadowCache({
    enabled: inputs.cache,
    replays: inputs.shadow && !inputs.databaseUrl,
    workspace,
    config,
    paths: inputs.paths,
    env,
  });
  const result = await lint({
    cwd: workspace,
    config,
    rules: allRules,
    paths: inputs.paths,
    shadow: inputs.shadow,
    databaseUrl: inputs.databaseUrl,
    redisUrl: inputs.redisUrl,
    supabaseProject: inputs.supabaseProject,
    supabaseToken: inputs.supabaseToken,
    now: inputs.now,
    // Only a complete list can say a finding is outside the pull request; otherwise every finding is new.
    changedFiles: pull?.changed.complete ? pull.changed.files : undefined,
    inspectSchema: async (schema) => {
      runway = await readRunwayOrSay(schema, config);
    },
  });
  const report: ReportInput = {
    result,
    rules: allRules,
    readSource: sourceReader(workspace),
    toolVersion: TOOL_VERSION,
  };

  logReport(report);
  const baseline = await baselineForAudit(inputs, config, env);
  const annotations = planAnnotations(result.findings);
  process.stdout.write(annotations.commands);
  warnIfNothingFound(result);
  await writeJobSummary(
    jobSummary({
      report,
      annotations,
      pull: pull && { number: pull.ref.number, changed: pull.changed },
      runway,
      baseline,
      clock: { now: inputs.now, runwayMonths: config.audit.runwayMonths },
      toolVersion: TOOL_VERSION,
    }),
    env,
  );
  const sarifFile = writeSarif(report, inputs, workspace, env);
  if (pull && api && inputs.comment) {
    const outcome = await comment(api, pull.ref, report, env);
    // A token refused the comment would be refused the suggestions too: its notice has said so once.
    if (outcome !== 'not-permitted') await suggestFixes(api, pull, report);
  }
  setOutputs(result, sarifFile);
  await saveShadowCache(shadowCache);
  if (result.failed) core.setFailed(failureLine(result, config));
}

/** A run that found no migrations must not read as a clean pass: say where it looked and how to point it. */
function warnIfNothingFound(result: LintResult): void {
  if (!result.nothingFound) return;
  core.warning(
    `scribe-lint: ${nothingFoundText(result.nothingFound)}: set the Action's \`path\` input to the ` +
      'migrations folder, or `migrations` in scribe-lint.toml',
    { title: 'scribe-lint: nothing to lint' },
  );
}

async function pullRequestScope(
  env: NodeJS.ProcessEnv,
  event: object,
  api: GitHubApi | undefined,
): Promise<PullRequestScope | undefined> {
  const ref = pullRequestOf(env.GITHUB_EVENT_NAME, event, env.GITHUB_REPOSITORY);
  if (!ref) return undefined;
  if (!api)
    throw new UsageError(
      'input github-token is empty: a pull request run needs it to list the changed files',
    );
  const changed = await listChangedFiles(api, ref);
  if (changed.unavailable) {
    core.notice(
      `scribe-lint could not list the files of pull request #${ref.number} (${changed.unavailable}): ` +
        'linting anyway, with every finding counted as new',
    );
  } else if (!changed.complete) {
    core.warning(
      `pull request #${ref.number} changes more files than GitHub lists (3,000): every finding is treated as new`,
    );
  }
  return { ref, changed };
}

/** The webhook payload the runner wrote; anything but a readable JSON object is a usage error. */
function readEventPayload(env: NodeJS.ProcessEnv): object {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${reason}`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new UsageError(`the event payload GITHUB_EVENT_PATH=${file} is not valid JSON: ${reason}`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new UsageError(`the event payload GITHUB_EVENT_PATH=${file} is not a JSON object`);
  }
  return payload;
}

/** Events of the scheduled production audit, whose summary carries SPEC-2's baseline. */
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

/**
 * On a scheduled audit with `database-url`: the baseline tables and success metrics as Markdown for the
 * job summary. A failure costs the baseline, said in a warning, never the check that already ran.
 */
async function baselineForAudit(
  inputs: ActionInputs,
  config: Config,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  if (!inputs.databaseUrl || !AUDIT_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  try {
    const { takeBaseline } = await import('../baseline/index.ts');
    const baseline = await takeBaseline({
      databaseUrl: inputs.databaseUrl,
      redisUrl: inputs.redisUrl,
      config,
      now: inputs.now ?? new Date(),
    });
    return renderBaseline(baseline, 'markdown');
  } catch (error) {
    core.warning(`scribe-lint could not measure the baseline: ${(error as Error).message}`);
    return undefined;
  }
}

/** The partition runway for the summary; a catalog that will not answer costs the picture, not the run. */
async function readRunwayOrSay(schema: SchemaSource, config: Config): Promise<AuditRunway[] | undefined> {
  try {
    return await readAuditRunway(schema.connection, config);
  } catch (error) {
    if (!(error instanceof NotVerifiedError)) throw error;
    core.notice(`scribe-lint could not draw the audit partition runway: ${error.message}`);
    return undefined;
  }
}

/** The plain report in the log, fenced off so no line of a migration can act as a workflow command. */
function logReport(report: ReportInput): void {
  const fence = randomUUID();
  core.startGroup('scribe-lint report');
  process.stdout.write(`::stop-commands::${fence}\n`);
  process.stdout.write(prettyReporter({ ...report, color: false }));
  process.stdout.write(`::${fence}::\n`);
  core.endGroup();
}

async function writeJobSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write({ overwrite: true });
  } catch (error) {
    // The runner always provides the file; a missing one costs the summary, not the check.
    core.warning(`scribe-lint could not write the job summary: ${(error as Error).message}`);
  }
}

function writeSarif(
  report: ReportInput,
  inputs: ActionInputs,
  workspace: string,
  env: NodeJS.ProcessEnv,
): string {
  const file = inputs.sarifFile
    ? path.resolve(workspace, inputs.sarifFile)
    : path.join(env.RUNNER_TEMP || workspace, 'scribe-lint.sarif');
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, sarifReporter(report));
  } catch (error) {
    throw new UsageError(
      `cannot write the SARIF file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return file;
}

async function comment(
  api: GitHubApi,
  pull: PullRequestRef,
  report: ReportInput,
  env: NodeJS.ProcessEnv,
): Promise<CommentOutcome> {
  const { outcome, status, reason } = await syncStickyComment(api, pull, planComment(report, runUrl(env)));
  if (outcome === 'not-permitted') {
    core.notice(
      `scribe-lint could not comment on pull request #${pull.number} (HTTP ${status}): the token may not write ` +
        'to it, as with pull requests from forks. The findings are in the annotations and the job summary.',
    );
  } else if (outcome === 'failed') {
    core.notice(
      `scribe-lint could not update its pull request comment (${reason}). The findings are in the ` +
        'annotations and the job summary.',
    );
  } else {
    core.info(`pull request comment: ${outcome}`);
  }
  return outcome;
}

/** Review comments with `suggestion` blocks for the fixes that edit lines the pull request added. */
async function suggestFixes(api: GitHubApi, pull: PullRequestScope, report: ReportInput): Promise<void> {
  const added = addedLinesByFile(pull.changed.patches ?? new Map());
  const plans = planSuggestions(report.result.findings, report.readSource, added);
  if (plans.length === 0) return;
  const { ref } = pull;
  if (ref.fromFork || !ref.headSha) {
    const why = ref.fromFork
      ? 'it comes from a fork, whose token may not write'
      : 'the event names no head commit';
    core.notice(
      `scribe-lint did not post ${plural(plans.length, 'fix suggestion')} on pull request #${ref.number}: ${why}. ` +
        'The findings are in the annotations and the job summary.',
    );
    return;
  }
  const sync = await syncSuggestions(api, ref, ref.headSha, plans);
  const notice = suggestionNotice(ref, sync);
  if (notice) core.notice(notice);
  core.info(`fix suggestions: ${sync.created} created, ${sync.updated} updated, ${sync.unchanged} unchanged`);
}

function runUrl(env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function setOutputs(result: LintResult, sarifFile: string): void {
  const counts = countFindings(result.findings);
  core.setOutput('findings', counts.error + counts.warning + counts.info);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('sarif-file', sarifFile);
}

function failureLine(result: LintResult, config: Config): string {
  const failing = result.findings.filter((finding) => failsRun(finding, config.failOn)).length;
  return `scribe-lint: ${plural(failing, 'finding')} at or above fail-on "${config.failOn}"`;
}

/** Error text with every secret input replaced, for messages that quote a driver's error. */
function redact(text: string, env: NodeJS.ProcessEnv): string {
  const secrets = ['INPUT_DATABASE-URL', 'INPUT_REDIS-URL', 'INPUT_GITHUB-TOKEN']
    .map((name) => env[name]?.trim())
    .filter((value): value is string => Boolean(value))
    .flatMap(secretParts);
  return maskSecrets(text, secrets);
}

/** A failure nothing awaited (a rejected promise inside a dependency): one line, then stop, never hang. */
function failFromOutside(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(`scribe-lint: internal error: ${redact(message, process.env)}`);
  process.exit(1);
}

async function main(): Promise<void> {
  process.on('unhandledRejection', failFromOutside);
  process.on('uncaughtException', failFromOutside);
  try {
    await runAction(process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      core.setFailed(`scribe-lint: ${redact(error.message, process.env)}`);
      process.exitCode = 2;
    } else {
      core.setFailed(`scribe-lint: internal error: ${redact((error as Error).message, process.env)}`);
      core.debug(redact((error as Error).stack ?? '', process.env));
    }
  }
}

await main();
