// Text from migrations never drives the terminal or the CI log: control bytes are shown escaped in every
// format that echoes text, and a code frame shows a window around its span, not a megabyte-long line.

import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

const LONG = 'x'.repeat(1_000_000);
const HOSTILE = [
  // An escape sequence that sets the window title and clears the screen, inside the statement's span.
  'create index i on public.t /* \x1b]0;pwned\x07\x1b[2J */ (id);',
  `select 1; create index j on public.t (id) where name <> '${LONG}';`,
  "select '日本語', 'e\u0301'; create index k on public.t (name);",
  '',
].join('\n');

function project(): string {
  const created = writeProject([
    {
      path: 'supabase/migrations/20250101000000_t.sql',
      text: 'create table public.t (id int, name text);\n',
    },
    { path: 'supabase/migrations/20250101000001_indexes.sql', text: HOSTILE },
    { path: 'supabase/migrations/20250102000000_broken.sql', text: 'select from \x1b[2J where;\n' },
  ]);
  projects.push(created);
  return created.root;
}

const CONTROL_BYTES = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('text from migrations in the report', () => {
  it('pretty: control bytes escaped, long lines cut around the span, carets aligned', () => {
    const run = runBuiltCli(['--no-shadow'], { cwd: project() });
    expect(run.stdout).not.toMatch(CONTROL_BYTES);
    expect(run.stdout.length).toBeLessThan(10_000);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('1 | create index i on public.t /* \\x1b]0;pwned\\x07\\x1b[2J */ (id);');
    expect(lines).toContain(
      `2 | select 1; create index j on public.t (id) where name <> '${'x'.repeat(63)}…`,
    );
    // the span is the `create index` keywords, after `select 1; `
    expect(lines).toContain(`  |           ${'^'.repeat(12)}`);
    // Three wide characters take six columns, the combining accent none: the carets start under `create`.
    expect(lines).toContain("3 | select '日本語', 'e\u0301'; create index k on public.t (name);");
    expect(lines).toContain(`  | ${' '.repeat(22)}${'^'.repeat(12)}`);
    expect(run.stdout).toContain('error[parse-error]: syntax error at or near "\\x1b"');
  });

  it('markdown and github: messages echo control bytes escaped', () => {
    const markdown = runBuiltCli(['--no-shadow', '--format', 'markdown'], { cwd: project() });
    expect(markdown.stdout).not.toMatch(CONTROL_BYTES);
    expect(markdown.stdout).toContain('| syntax error at or near "\\x1b" |');
    const github = runBuiltCli(['--no-shadow', '--format', 'github'], { cwd: project() });
    expect(github.stdout).not.toMatch(CONTROL_BYTES);
    expect(github.stdout).toContain('title=scribe-lint parse-error::syntax error at or near "\\x1b"\n');
  });
});
