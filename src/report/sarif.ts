// `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Fingerprints hash what a finding is about (rule,
// file or object, and the text of its first line) rather than where it is, so a finding keeps its identity
// when lines are inserted above it and code scanning does not report it as fixed-and-new.

import { createHash } from 'node:crypto';
import { REPOSITORY_URL, docsUrl } from '../rule-docs.ts';
import type { Finding, FixEdit, Rule, Severity } from '../types.ts';
import { NOTHING_FOUND_HINT, nothingFoundText } from './notes.ts';
import type { ReportInput, Reporter } from './types.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export const sarifReporter: Reporter = (input) => {
  const fingerprints = new Fingerprinter(input.readSource);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'scribe-lint',
            version: input.toolVersion,
            informationUri: REPOSITORY_URL,
            rules: input.rules.map(describeRule),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(input.result) }],
        results: input.result.findings.map((finding) => toResult(finding, input, fingerprints)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** What the run did not check, as notifications code scanning shows beside the results. */
function notifications(result: ReportInput['result']) {
  const list: Record<string, unknown>[] = [];
  if (result.nothingFound) {
    list.push({
      descriptor: { id: 'nothing-found' },
      level: 'warning',
      message: { text: `${nothingFoundText(result.nothingFound)}; ${NOTHING_FOUND_HINT}` },
    });
  }
  for (const { ruleId, reason } of result.rulesNotRun ?? []) {
    list.push({
      descriptor: { id: 'rule-not-run' },
      associatedRule: { id: ruleId },
      level: 'note',
      message: { text: `${ruleId} did not run: ${reason}` },
    });
  }
  return list;
}

function describeRule(rule: Rule) {
  return {
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: `${rule.meta.description} Sources: ${rule.meta.sources.join(', ')}.` },
    helpUri: docsUrl(rule.meta.id),
    help: { text: `See ${docsUrl(rule.meta.id)}` },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
  };
}

function toResult(finding: Finding, input: ReportInput, fingerprints: Fingerprinter) {
  const ruleIndex = input.rules.findIndex((rule) => rule.meta.id === finding.ruleId);
  const location: Record<string, unknown> = {};
  if (finding.location) {
    const { file, line, column, endLine, endColumn } = finding.location;
    location.physicalLocation = {
      artifactLocation: { uri: file },
      region: { startLine: line, startColumn: column, endLine, endColumn },
    };
  }
  if (finding.object) location.logicalLocations = [{ fullyQualifiedName: finding.object }];
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 && { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    ...(Object.keys(location).length > 0 && { locations: [location] }),
    partialFingerprints: { 'scribeLint/v1': fingerprints.of(finding) },
    ...(finding.suppressed && {
      suppressions: [{ kind: 'inSource', justification: finding.suppressed.reason }],
    }),
    ...(finding.fix?.edits &&
      finding.fix.edits.length > 0 && { fixes: [editFix(finding, finding.fix.edits)] }),
    // A fix must change an existing artifact; SQL for a migration that does not exist yet rides in the
    // property bag instead.
    ...(finding.fix?.sql !== undefined && { properties: { fixSql: finding.fix.sql } }),
  };
}

/**
 * The edits as one SARIF fix: a change per file, each edit a replacement of a byte region (offsets are the
 * UTF-8 bytes the edits count in, so no conversion to lines and columns can drift).
 */
function editFix(finding: Finding, edits: readonly FixEdit[]) {
  const files = [...new Set(edits.map((edit) => edit.file))];
  return {
    description: { text: `The fix for ${finding.ruleId}, as \`scribe-lint fix\` applies it.` },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: file },
      replacements: edits
        .filter((edit) => edit.file === file)
        .map((edit) => ({
          deletedRegion: { byteOffset: edit.start, byteLength: edit.end - edit.start },
          insertedContent: { text: edit.text },
        })),
    })),
  };
}

class Fingerprinter {
  private readonly seen = new Map<string, number>();
  private readonly lineCache = new Map<string, string[] | undefined>();

  constructor(private readonly readSource: ReportInput['readSource']) {}

  of(finding: Finding): string {
    const anchor = finding.location ? this.lineText(finding.location.file, finding.location.line) : '';
    const subject = finding.location?.file ?? finding.object ?? '';
    const base = hash(`${finding.ruleId}\0${subject}\0${finding.object ?? ''}\0${anchor}`);
    // Two findings with the same anchor text in one file are told apart by their order.
    const occurrence = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, occurrence);
    return `${base}:${occurrence}`;
  }

  private lineText(file: string, line: number): string {
    if (!this.lineCache.has(file)) this.lineCache.set(file, this.readSource(file)?.split('\n'));
    return (this.lineCache.get(file)?.[line - 1] ?? '').replace(/\s+/g, ' ').trim();
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
