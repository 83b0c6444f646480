// The rule tables people read (README, docs/rules.md) are written by hand, so they are checked against the
// rules' own metadata: every rule listed once, with its real default severity and sources, and no row for a
// rule that does not exist.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Row {
  id: string;
  severity: string;
  sources: string[];
}

/** Rows of the markdown tables headed `| id | default | sources | ... |`. */
function ruleRows(markdown: string): Row[] {
  const rows: Row[] = [];
  let inRuleTable = false;
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (!line.startsWith('|')) inRuleTable = false;
    else if (cells[1] === 'id' && cells[2] === 'default') inRuleTable = true;
    const id = /^\[?`([a-z0-9-]+)`/.exec(cells[1] ?? '')?.[1];
    if (!inRuleTable || !id) continue;
    // "schema (shadow)" and "schema (live)" qualify a source; the source itself is the first word.
    const sources = cells[3].split(',').map((source) => source.trim().split(' ')[0]);
    rows.push({ id, severity: cells[2], sources });
  }
  return rows;
}

const shipped = allRules.map((rule) => ({
  id: rule.meta.id,
  severity: rule.meta.defaultSeverity,
  sources: [...rule.meta.sources],
}));

describe.each([['README.md'], ['docs/rules.md']])('the rules table in %s', (file) => {
  const rows = ruleRows(readFileSync(path.join(ROOT, file), 'utf8'));

  it('lists every rule once, with its default severity and sources', () => {
    const listed = rows.filter((row) => shipped.some((rule) => rule.id === row.id));
    expect([...listed].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...shipped].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('lists no rule that does not exist', () => {
    expect(rows.map((row) => row.id).filter((id) => !shipped.some((rule) => rule.id === id))).toEqual([]);
  });
});
