// Running documentation examples and small test projects through the real linter, in a temporary folder.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allRules } from '../../rules/index.ts';
import { defaultConfig, type Config } from '../../src/config.ts';
import { lint } from '../../src/lint.ts';
import type { Finding } from '../../src/types.ts';

export const EXAMPLE_NOW = new Date('2025-11-15T00:00:00Z');
const DEFAULT_SQL_NAME = '20250101000000_example.sql';

export interface ExampleFile {
  path: string;
  text: string;
}

export interface RulePage {
  invalid: ExampleFile[];
  valid: ExampleFile[];
  expected: string[];
}

export function parseRulePage(page: string): RulePage {
  const invalid = section(page, 'Invalid');
  const valid = section(page, 'Valid');
  return {
    invalid: filesOf(invalid),
    valid: filesOf(valid),
    expected: fences(invalid, 'text').flatMap((block) =>
      block.split('\n').filter((line) => line.trim() !== ''),
    ),
  };
}

/** A `## title` section of a rule page, up to the next `## `; empty when the page has none. */
export function section(page: string, title: string): string {
  const start = page.indexOf(`\n## ${title}\n`);
  if (start === -1) return '';
  const next = page.indexOf('\n## ', start + 1);
  return page.slice(start, next === -1 ? undefined : next);
}

/** The bodies of the fenced code blocks of a language in a piece of Markdown. */
export function fences(markdown: string, language: string): string[] {
  const pattern = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
  return [...markdown.matchAll(pattern)].map((match) => match[1]);
}

/** Splits code blocks into files at `-- file: x` / `// file: x` lines. */
function filesOf(markdown: string): ExampleFile[] {
  const files: ExampleFile[] = [];
  for (const [language, marker] of [
    ['sql', '--'],
    ['ts', '//'],
  ] as const) {
    for (const block of fences(markdown, language)) {
      let current: ExampleFile | undefined;
      for (const line of block.split('\n')) {
        const named = new RegExp(`^${marker} file: (\\S+)\\s*$`).exec(line);
        if (named) {
          current = { path: language === 'sql' ? `supabase/migrations/${named[1]}` : named[1], text: '' };
          files.push(current);
          continue;
        }
        if (!current) {
          current = {
            path: language === 'sql' ? `supabase/migrations/${DEFAULT_SQL_NAME}` : 'src/example.ts',
            text: '',
          };
          files.push(current);
        }
        current.text += `${line}\n`;
      }
    }
  }
  return files;
}

/** Writes the files into a fresh project folder. Call the returned function to remove it. */
export function writeProject(files: ExampleFile[]): { root: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'scribe-lint-example-'));
  mkdirSync(path.join(root, 'supabase/migrations'), { recursive: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    writeFileSync(path.join(root, file.path), file.text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Lints example files as a project with the default config, the shadow on and the example clock. */
export async function lintExample(
  files: ExampleFile[],
  options: { shadow?: boolean } = {},
): Promise<Finding[]> {
  const project = writeProject(files);
  try {
    const result = await lint({
      cwd: project.root,
      config: defaultConfig(project.root),
      rules: allRules,
      paths: [],
      shadow: options.shadow ?? true,
      now: EXAMPLE_NOW,
    });
    return result.findings;
  } finally {
    project.remove();
  }
}

const MIGRATIONS_PREFIX = 'supabase/migrations/';

export interface FindingLineOptions {
  /** Keep only this rule's findings. */
  ruleId?: string;
  /** Put the severity before the rule id: `file:1:1-1:20 error concurrent-index …`. */
  withSeverity?: boolean;
  /**
   * `span` (the default): `file:line:column-endLine:endColumn`, with `supabase/migrations/` left out of the
   * file. `page`: the format of the rule pages' expected-findings blocks, the whole path and the whole span,
   * `path:line:column-endLine:endColumn`. `start`: the whole path and the start only.
   */
  style?: FindingLineStyle;
}

export type FindingLineStyle = 'span' | 'page' | 'start';

/**
 * Findings as the lines a user reads: where (the place in a file, else the database or Redis object, else
 * `-`), the rule id and the message, and `(suppressed: reason)` when a suppression covers the finding.
 */
export function findingLines(findings: readonly Finding[], options: FindingLineOptions = {}): string[] {
  return findings
    .filter((finding) => options.ruleId === undefined || finding.ruleId === options.ruleId)
    .map((finding) => findingLine(finding, options));
}

/** One finding as `file:line:column rule message` (its start only), or the object when it has no place. */
export function pageLine(finding: Finding): string {
  return findingLine(finding, { style: 'start' });
}

export function findingLine(finding: Finding, options: FindingLineOptions = {}): string {
  const parts = [placeOf(finding, options.style ?? 'span')];
  if (options.withSeverity) parts.push(finding.severity);
  parts.push(finding.ruleId, finding.message);
  if (finding.suppressed) parts.push(`(suppressed: ${finding.suppressed.reason})`);
  return parts.join(' ');
}

function placeOf(finding: Finding, style: FindingLineStyle): string {
  const location = finding.location;
  if (!location) return finding.object ?? '-';
  const start = `${location.file}:${location.line}:${location.column}`;
  if (style === 'start') return start;
  // The rule pages show the whole span, so a page whose example a rule underlines wrongly fails its test.
  if (style === 'page') return `${start}-${location.endLine}:${location.endColumn}`;
  const file = location.file.startsWith(MIGRATIONS_PREFIX)
    ? location.file.slice(MIGRATIONS_PREFIX.length)
    : location.file;
  return `${file}:${location.line}:${location.column}-${location.endLine}:${location.endColumn}`;
}

/**
 * Lints migration files given as `{ name: sql }` (placed in supabase/migrations) without the shadow, and
 * returns the raw findings and `lines(ruleId)`, that rule's findings as `findingLines` shows them.
 */
export async function lintMigrations(
  files: Record<string, string>,
  options: { configure?: (config: Config) => void; shadow?: boolean } = {},
): Promise<{ findings: Finding[]; lines: (ruleId: string, options?: FindingLineOptions) => string[] }> {
  const project = writeProject(
    Object.entries(files).map(([name, text]) => ({ path: `supabase/migrations/${name}`, text })),
  );
  try {
    const config = defaultConfig(project.root);
    options.configure?.(config);
    const result = await lint({
      cwd: project.root,
      config,
      rules: allRules,
      paths: [],
      shadow: options.shadow ?? false,
      now: EXAMPLE_NOW,
    });
    const lines = (ruleId: string, lineOptions: FindingLineOptions = {}) =>
      findingLines(result.findings, { ...lineOptions, ruleId });
    return { findings: result.findings, lines };
  } finally {
    project.remove();
  }
}
