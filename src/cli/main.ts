// The command line: parse arguments, load config, run the lint, render, and choose the exit code.
// Written against injected streams and environment so the end-to-end tests and the Action share it.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.ts';
import { loadConfig, type Config } from '../config.ts';
import type { LintResult } from '../engine.ts';
import { describeError, errnoInWords } from '../errno.ts';
import { UsageError } from '../errors.ts';
import { lint } from '../lint.ts';
import type { LintOptions } from '../providers.ts';
import { MISSING_TOKEN } from '../platform/index.ts';
import { BASELINE_FORMATS, renderBaseline, type BaselineFormat } from '../baseline/report.ts';
import { REPORTERS, type Format } from '../report/index.ts';
import { docsUrl } from '../rule-docs.ts';
import { TOOL_VERSION } from '../version.ts';
import { HELP, parseCliArgs, type CliArgs } from './args.ts';
import { writeConfigTemplate } from './init.ts';
import { changedFilesSince } from './since.ts';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const args = parseCliArgs(argv, io.env);
    debug = args.debug;
    return await runCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // Whichever module raised it, an errno code reaches the user in words.
      io.stderr.write(`scribe-lint: ${errnoInWords(error.message)}\n`);
    } else {
      const detail = debug ? `\n${(error as Error).stack}` : ' (run with --debug for details)';
      io.stderr.write(`scribe-lint: internal error: ${(error as Error).message}${detail}\n`);
    }
    return 2;
  }
}

async function runCommand(args: CliArgs, io: CliIo): Promise<number> {
  switch (args.command) {
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case 'version':
      io.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    case 'init': {
      const file = writeConfigTemplate(io.cwd, allRules, args.force);
      io.stdout.write(`wrote ${path.relative(io.cwd, file)}\n`);
      return 0;
    }
    case 'rules':
      io.stdout.write(listRules(loadCliConfig(args, io)));
      return 0;
    case 'baseline':
      return baselineCommand(args, io);
    case 'lint':
      return lintCommand(args, io);
    case 'fix':
      return fixCommand(args, io);
  }
}

function loadCliConfig(args: CliArgs, io: CliIo): Config {
  const config = loadConfig({
    file: args.config,
    cwd: io.cwd,
    knownRuleIds: allRules.map((rule) => rule.meta.id),
  });
  if (args.failOn) config.failOn = args.failOn;
  return config;
}

async function lintCommand(args: CliArgs, io: CliIo): Promise<number> {
  const result = await lint(lintOptions(args, io));
  writeReport(render(result, args.format, io, args.output === undefined, args.showExisting), args.output, io);
  return result.failed ? 1 : 0;
}

/** `scribe-lint fix`: the lint, then its fixes applied (or, with --dry-run, shown as a diff). */
async function fixCommand(args: CliArgs, io: CliIo): Promise<number> {
  const { runFix } = await import('../fix/index.ts');
  const text = await runFix({
    lint: lintOptions(args, io),
    dryRun: args.dryRun,
    since: args.since,
    files: args.paths,
  });
  writeReport(text, args.output, io);
  return 0;
}

function lintOptions(args: CliArgs, io: CliIo): LintOptions {
  const config = loadCliConfig(args, io);
  return {
    cwd: io.cwd,
    config,
    rules: allRules,
    paths: args.paths,
    shadow: args.shadow,
    cache: args.cache,
    databaseUrl: args.db,
    redisUrl: args.redis,
    supabaseProject: args.supabaseProject,
    supabaseToken: managementToken(args, io.env),
    now: args.now ?? new Date(),
    changedFiles: args.since ? changedFilesSince(args.since, io.cwd) : undefined,
  };
}

/** `scribe-lint baseline`: the measured baseline, never a failing exit (it judges nothing). */
async function baselineCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (!args.db) throw new UsageError('`scribe-lint baseline` needs --db <url> (and takes --redis <url>)');
  if (!(BASELINE_FORMATS as readonly string[]).includes(args.format))
    throw new UsageError(
      `\`scribe-lint baseline\` --format must be one of ${BASELINE_FORMATS.join(', ')}; got "${args.format}"`,
    );
  const config = loadCliConfig(args, io);
  const { takeBaseline } = await import('../baseline/index.ts');
  const baseline = await takeBaseline({
    databaseUrl: args.db,
    redisUrl: args.redis,
    config,
    now: args.now ?? new Date(),
  });
  writeReport(renderBaseline(baseline, args.format as BaselineFormat), args.output, io);
  return 0;
}

/** The Management API token, from the environment only: a flag's value would show in `ps` and CI logs. */
function managementToken(args: CliArgs, env: NodeJS.ProcessEnv): string | undefined {
  if (args.supabaseProject === undefined) return undefined;
  const token = env.SUPABASE_ACCESS_TOKEN?.trim();
  if (!token) throw new UsageError(MISSING_TOKEN);
  return token;
}

export function render(
  result: LintResult,
  format: Format,
  io: CliIo,
  toTerminal: boolean,
  showExisting = false,
): string {
  return REPORTERS[format]({
    result,
    rules: allRules,
    readSource: sourceReader(io.cwd),
    color: toTerminal && wantsColor(io),
    toolVersion: TOOL_VERSION,
    showExisting,
  });
}

function writeReport(text: string, output: string | undefined, io: CliIo): void {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(path.resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${describeError(error)}`);
  }
}

function wantsColor(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}

export function sourceReader(cwd: string): (displayPath: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (displayPath) => {
    if (!cache.has(displayPath)) {
      try {
        cache.set(displayPath, readFileSync(path.resolve(cwd, displayPath), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        cache.set(displayPath, undefined);
      }
    }
    return cache.get(displayPath);
  };
}

function listRules(config: Config): string {
  const rows = allRules.map((rule) => {
    const severity = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    return {
      id: rule.meta.id,
      severity,
      sources: rule.meta.sources.join(', '),
      description: rule.meta.description,
    };
  });
  const idWidth = Math.max(...rows.map((row) => row.id.length));
  const lines = rows.map(
    (row) =>
      `${row.id.padEnd(idWidth)}  ${row.severity.padEnd(7)}  ${row.description}\n${' '.repeat(idWidth + 11)}sources: ${row.sources}; ${docsUrl(row.id)}`,
  );
  return `${lines.join('\n')}\n`;
}
