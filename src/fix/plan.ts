// Which fixes `scribe-lint fix` applies (issue 10, item 3). Edits change a migration file in place, so they
// are applied only to files not yet applied anywhere: those changed since `--since` or named on the command
// line. A file that already ran in production keeps its text (rewriting it would change nothing there and
// make the history lie); its findings' SQL, when a rule gives some, goes in a new migration instead.
// Pure: the findings and the files in, the plan out.

import type { Finding, FixEdit } from '../types.ts';

/** A finding whose fix is not applied, and why, for the command's report. */
export interface LeftFix {
  finding: Finding;
  reason: string;
}

export interface SqlFix {
  finding: Finding;
  sql: string;
}

export interface FixPlan {
  /** Per display path, the edits to apply and the findings they fix, in finding order. */
  edits: Map<string, { edits: FixEdit[]; findings: Finding[] }>;
  /** The SQL for new migrations, duplicates (two findings asking for one statement) dropped. */
  sql: SqlFix[];
  left: LeftFix[];
  /** With `--since`: the fixable findings outside the change, which are not fixed (only counted). */
  outsideChange: number;
}

export interface PlanOptions {
  /** Display paths of the files that may be edited. */
  editable: ReadonlySet<string>;
  /** How the editable files were chosen, for the reason a fix is left: `changed since HEAD`. */
  editableBy: string;
}

export function planFixes(findings: readonly Finding[], options: PlanOptions): FixPlan {
  const plan: FixPlan = { edits: new Map(), sql: [], left: [], outsideChange: 0 };
  const sqlSeen = new Set<string>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || finding.suppressed) continue;
    // With --since the change is what is being fixed; an existing finding's fix is a decision of its own.
    if (finding.isNew === false) {
      plan.outsideChange++;
      continue;
    }
    const edits = fix.edits ?? [];
    const blocked = edits.find((edit) => !options.editable.has(edit.file));
    if (edits.length > 0 && !blocked && addEdits(plan, finding, edits)) continue;
    if (fix.sql !== undefined && fix.sql.trim() !== '') {
      const key = fix.sql.trim();
      if (!sqlSeen.has(key)) plan.sql.push({ finding, sql: key });
      sqlSeen.add(key);
      continue;
    }
    if (edits.length === 0) continue;
    plan.left.push({
      finding,
      reason: blocked
        ? `the file may already be applied (it is not ${options.editableBy}), so it is not edited`
        : 'its edits overlap another fix in the file: run `scribe-lint fix` again after this one',
    });
  }
  return plan;
}

/**
 * Adds a finding's edits unless one overlaps an edit already planned (two rules changing the same bytes);
 * an identical edit planned by another finding (both insert the same text at one place) is applied once.
 */
function addEdits(plan: FixPlan, finding: Finding, edits: readonly FixEdit[]): boolean {
  const added: { file: string; edit: FixEdit }[] = [];
  for (const edit of edits) {
    const planned = plan.edits.get(edit.file)?.edits ?? [];
    if (planned.some((other) => sameEdit(other, edit))) continue;
    if ([...planned, ...added.map((item) => item.edit)].some((other) => overlaps(other, edit))) return false;
    added.push({ file: edit.file, edit });
  }
  for (const { file, edit } of added) {
    const entry = plan.edits.get(file) ?? { edits: [], findings: [] };
    entry.edits.push(edit);
    plan.edits.set(file, entry);
  }
  for (const file of new Set(edits.map((edit) => edit.file))) plan.edits.get(file)?.findings.push(finding);
  return true;
}

function sameEdit(a: FixEdit, b: FixEdit): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end && a.text === b.text;
}

/** Sharing a byte, or an insert strictly inside the other's range; edits that only touch are fine. */
function overlaps(a: FixEdit, b: FixEdit): boolean {
  if (a.file !== b.file) return false;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
