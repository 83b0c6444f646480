// Severities and what they decide: the configured severity of a rule, the lower of two severities, and
// whether a finding fails the run. This module imports nothing, so the config, the engine, the reporters
// and the providers can all use it without pointing back up at each other (test/layers.test.ts).

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type FailOn = Severity | 'never';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The parts of a rule and a config that decide a rule's severity (a `Rule` and a `Config` fit). */
export interface RatedRule {
  meta: { id: string; defaultSeverity: Severity; alertSeverity?: Severity };
}
export interface SeverityConfig {
  rules: Readonly<Record<string, SeveritySetting>>;
}

/** The severity the config gives the rule, else the rule's default. */
export function severityOf(rule: RatedRule, config: SeverityConfig): SeveritySetting {
  return config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/**
 * A finding's severity. With `[rules]` setting the rule, that is the ceiling: the rule may only ask for
 * less. Without it, a finding is at the rule's default unless the rule asks otherwise, and may ask up to
 * the rule's `alertSeverity` (SPEC-2's alerts: slow-query over `alert_ms`, connection-headroom over
 * `connections_alert`), so the default in the rule table stays what most findings get.
 */
export function findingSeverity(
  rule: RatedRule,
  config: SeverityConfig,
  asked: Severity | undefined,
): Severity {
  const configured = config.rules[rule.meta.id];
  if (configured !== undefined && configured !== 'off') return lowerOf(configured, asked);
  const ceiling = rule.meta.alertSeverity ?? rule.meta.defaultSeverity;
  return lowerOf(ceiling, asked ?? rule.meta.defaultSeverity);
}

/** The configured severity, or the one a rule asked for when that is lower. */
export function lowerOf(configured: Severity, asked: Severity | undefined): Severity {
  return asked !== undefined && SEVERITY_RANK[asked] < SEVERITY_RANK[configured] ? asked : configured;
}

export function atOrAbove(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** The parts of a finding that decide whether it fails the run (a `Finding` fits). */
export interface RatedFinding {
  severity: Severity;
  suppressed?: unknown;
  isNew?: boolean;
}

/** Unsuppressed, new (or no `--since`), and at or above `fail_on`. */
export function failsRun(finding: RatedFinding, failOn: FailOn): boolean {
  return !finding.suppressed && finding.isNew !== false && atOrAbove(finding.severity, failOn);
}
