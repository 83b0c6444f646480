// A fault in one provider (the shadow, the live database, source analysis, the Redis scan) costs that
// provider's findings and adds one error finding that says what could not be checked and why; it never
// costs the report of the others. Usage errors are not faults: a URL that cannot be reached, a live server
// that stops answering, a bad setting stay one line on stderr and exit 2, as the README documents.
//
// Which rule a fault is reported under (README, "When a check cannot run"): the rule whose
// `meta.reportsFaultsOf` names the provider (replay-error for the shadow, phi-cache for the source analysis
// and the Redis scan); for the live database, the schema rule that was checking (fk-index when opening it
// failed).

import type { Config } from './config.ts';
import type { LintResult } from './engine.ts';
import { NotVerifiedError, UsageError } from './errors.ts';
import { failsRun } from './severity.ts';
import type { Finding, Rule, SchemaContext, SourceKind } from './types.ts';

export type Provider = 'shadow' | 'live' | 'source' | 'redis' | 'health' | 'platform';

interface Fault {
  provider: Provider;
  ruleId: string;
  /** What failed, and why, in one line. */
  reason: string;
  /** The rules whose checks were lost to it. */
  notChecked: string[];
}

const SOURCE_OF: Record<Provider, SourceKind> = {
  shadow: 'schema',
  live: 'schema',
  source: 'source',
  redis: 'redis',
  health: 'health',
  platform: 'platform',
};

export class ProviderFaults {
  private readonly faults: Fault[] = [];

  constructor(private readonly rules: readonly Rule[]) {}

  /**
   * Runs one provider step (opening the shadow, analysing sources, scanning Redis). A fault becomes a
   * recorded fault and the step yields undefined, as if the source were absent.
   */
  async guard<T>(provider: Provider, what: string, step: () => Promise<T>): Promise<T | undefined> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const lost = this.rulesFed(provider).map((rule) => rule.meta.id);
      this.record(
        provider,
        this.firstRuleFor(provider),
        `${what} failed unexpectedly: ${oneLine(error)}`,
        lost,
      );
      return undefined;
    }
  }

  /**
   * The rules with their schema checks guarded: a check that faults reports nothing of its own (a half-run
   * check proves nothing) and is named in the fault finding instead; the other rules still run.
   */
  guardSchemaRules(rules: readonly Rule[], provider: 'shadow' | 'live'): Rule[] {
    return rules.map((rule) => {
      const check = rule.checkSchema;
      if (!check) return rule;
      return { ...rule, checkSchema: (context) => this.checkGuarded(rule, check, context, provider) };
    });
  }

  private async checkGuarded(
    rule: Rule,
    check: NonNullable<Rule['checkSchema']>,
    context: SchemaContext,
    provider: 'shadow' | 'live',
  ): Promise<void> {
    const reports: Parameters<SchemaContext['report']>[0][] = [];
    try {
      await check({ ...context, report: (finding) => reports.push(finding) });
    } catch (error) {
      if (error instanceof UsageError || error instanceof NotVerifiedError) {
        reports.forEach((finding) => context.report(finding));
        throw error;
      }
      const ruleId = this.reporterOf(provider) ?? rule.meta.id;
      this.record(provider, ruleId, `${rule.meta.id} could not run: ${oneLine(error)}`, [rule.meta.id]);
      return;
    }
    reports.forEach((finding) => context.report(finding));
  }

  /** Why each faulted source is missing, for the report's list of rules that did not run. */
  missingSources(): Partial<Record<SourceKind, string>> {
    const reasons: Partial<Record<SourceKind, string>> = {};
    for (const fault of this.faults) reasons[SOURCE_OF[fault.provider]] ??= fault.reason;
    return reasons;
  }

  /**
   * Adds one finding per faulted provider to the result (they count in every run, with `--since` too:
   * what was not checked was not checked in the changed files either), and the incomplete-replay stop.
   */
  addTo(result: LintResult, config: Config, changedFiles: ReadonlySet<string> | undefined): void {
    for (const fault of this.merged()) {
      const severity = configuredOrError(fault.ruleId, config);
      if (severity === undefined) continue;
      const notChecked = fault.notChecked.length > 0 ? `; not checked: ${fault.notChecked.join(', ')}` : '';
      const finding: Finding = { ruleId: fault.ruleId, severity, message: `${fault.reason}${notChecked}` };
      if (changedFiles) finding.isNew = true;
      result.findings.push(finding);
      addNotRun(result, fault);
    }
    if (changedFiles) countIncompleteReplay(result, this.incompleteShadowReporters());
    result.failed = result.findings.some((finding) => failsRun(finding, result.failOn));
  }

  private record(provider: Provider, ruleId: string, reason: string, notChecked: string[]): void {
    this.faults.push({ provider, ruleId, reason, notChecked });
  }

  /** One fault per provider: the first reason, every rule it cost. */
  private merged(): Fault[] {
    const byProvider = new Map<Provider, Fault>();
    for (const fault of this.faults) {
      const seen = byProvider.get(fault.provider);
      if (!seen) byProvider.set(fault.provider, { ...fault, notChecked: [...fault.notChecked] });
      else seen.notChecked.push(...fault.notChecked.filter((id) => !seen.notChecked.includes(id)));
    }
    return [...byProvider.values()];
  }

  private rulesFed(provider: Provider): Rule[] {
    const source = SOURCE_OF[provider];
    return this.rules.filter((rule) => checkOf(rule, source) !== undefined);
  }

  private firstRuleFor(provider: Provider): string {
    return this.reporterOf(provider) ?? this.rulesFed(provider)[0]?.meta.id ?? 'fk-index';
  }

  /** The rule that reports every fault of this provider (`meta.reportsFaultsOf`), if there is one. */
  private reporterOf(provider: Provider): string | undefined {
    if (provider === 'live') return undefined;
    return this.rules.find((rule) => rule.meta.reportsFaultsOf?.includes(provider))?.meta.id;
  }

  /** The rules that report an incomplete replay's stop (`meta.runsOnIncompleteShadow`). */
  private incompleteShadowReporters(): Set<string> {
    return new Set(this.rules.filter((rule) => rule.meta.runsOnIncompleteShadow).map((rule) => rule.meta.id));
  }
}

/** The check a rule has for a source, if any. */
function checkOf(rule: Rule, source: SourceKind): unknown {
  const checks: Record<SourceKind, unknown> = {
    statement: rule.checkStatement ?? rule.checkFile,
    schema: rule.checkSchema,
    source: rule.checkSource,
    redis: rule.checkRedis,
    health: rule.checkHealth,
    platform: rule.checkPlatform,
  };
  return checks[source];
}

/** Error unless the user set the rule's severity on purpose (lower, or off: then no finding). */
function configuredOrError(ruleId: string, config: Config): Finding['severity'] | undefined {
  const setting = config.rules[ruleId];
  if (setting === 'off') return undefined;
  return setting ?? 'error';
}

function addNotRun(result: LintResult, fault: Fault): void {
  const listed = new Set((result.rulesNotRun ?? []).map((entry) => entry.ruleId));
  const added = fault.notChecked
    .filter((id) => !listed.has(id))
    .map((ruleId) => ({ ruleId, reason: fault.reason }));
  if (added.length > 0) result.rulesNotRun = [...(result.rulesNotRun ?? []), ...added];
}

/**
 * Under `--since`, the stop of an incomplete replay is new wherever the replay happened to stop: no schema
 * rule ran on the changed files either, so it must fail the run like any check that could not run.
 */
function countIncompleteReplay(result: LintResult, reporters: ReadonlySet<string>): void {
  if (!result.replay?.incomplete) return;
  const stops = result.replay.errors.filter((error) => error.endsReplay);
  for (const finding of result.findings) {
    if (!reporters.has(finding.ruleId) || !finding.location) continue;
    const stop = stops.find(
      (error) => error.message === finding.message && sameLocation(error.location, finding.location!),
    );
    if (stop) finding.isNew = true;
  }
}

function sameLocation(a: NonNullable<Finding['location']>, b: NonNullable<Finding['location']>): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || String(error);
}
