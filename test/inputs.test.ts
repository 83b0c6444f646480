// The inputs a linter meets in the wild, run end to end on the built CLI: files that are not UTF-8, psql
// scripts (meta-commands, COPY data), suppression comments in every spelling, and paths that are not
// regular files. Each test states what the user sees: the finding's place and words, the exit code, stderr.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from './helpers/cli.ts';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface JsonReport {
  findings: JsonFinding[];
  summary: { statements: number; replay: { statementsReplayed: number } | null };
}

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'scribe-lint-inputs-'));
  folders.push(folder);
  return folder;
}

/** A project with these migration files and, optionally, a scribe-lint.toml. */
function project(files: Record<string, string | Buffer>, config?: string): string {
  const root = tempFolder();
  mkdirSync(path.join(root, 'supabase/migrations'), { recursive: true });
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(root, 'supabase/migrations', name), content);
  if (config !== undefined) writeFileSync(path.join(root, 'scribe-lint.toml'), config);
  return root;
}

function lintJson(root: string, args: string[] = ['--no-shadow'], env: NodeJS.ProcessEnv = {}) {
  const run = runBuiltCli(['--format', 'json', ...args], { cwd: root, env, timeoutMs: 120_000 });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as JsonReport;
  return { status: run.status, report, findings: report.findings };
}

/** `rule line:column severity message` of each finding, the form the assertions compare. */
function described(findings: JsonFinding[], ruleIds?: string[]): string[] {
  return findings
    .filter((finding) => !ruleIds || ruleIds.includes(finding.ruleId))
    .map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.severity} ${f.message}`);
}

const PSQL = 'runner = "psql"\n';

describe('a file that is not UTF-8', () => {
  // `insert ... 'café'` saved as Latin-1: the é is the single byte 0xE9.
  const latin1 = Buffer.concat([
    Buffer.from("select 'ok';  insert into public.notes values (1, 'caf"),
    Buffer.from([0xe9]),
    Buffer.from("');\ncreate index idx_notes_body on public.notes (body);\n"),
  ]);

  it('is a parse-error at the byte, and the rest of the file is still linted', () => {
    const root = project({
      '20250101000000_notes.sql': 'create table public.notes (id int, body text);\n',
      '20250102000000_latin1.sql': latin1,
    });
    const { status, findings } = lintJson(root);
    expect(described(findings, ['parse-error', 'concurrent-index'])).toEqual([
      'parse-error 1:55 error byte 0xe9 is not valid UTF-8: PostgreSQL rejects this statement (invalid byte sequence for encoding "UTF8": 0xe9); the file must be saved as UTF-8',
      expect.stringMatching(/^concurrent-index 2:1 error /),
    ]);
    expect(status).toBe(1);
  });

  it('is not replayed: the statement holding the byte changes nothing in the shadow', () => {
    const file = Buffer.concat([
      Buffer.from('create table public.caf'),
      Buffer.from([0xe9]),
      Buffer.from(' (id int);\ncreate table public.kept (id int);\n'),
    ]);
    const { report, findings } = lintJson(project({ '20250101000000_latin1.sql': file }), []);
    expect(described(findings, ['parse-error'])).toEqual([
      expect.stringMatching(/^parse-error 1:24 error byte 0xe9 is not valid UTF-8/),
    ]);
    expect(report.summary.replay?.statementsReplayed).toBe(1);
    expect(findings.filter((f) => f.ruleId === 'rls-enabled').map((f) => f.line)).toEqual([2]);
  });

  it('counts columns after the byte and after other non-ASCII text as an editor does', () => {
    const file = Buffer.concat([
      Buffer.from('-- Überprüfung ✓ '),
      Buffer.from([0xff]),
      Buffer.from('\nselect 1;  selec 2;\n'),
    ]);
    const { findings } = lintJson(project({ '20250101000000_x.sql': file }));
    expect(described(findings, ['parse-error'])).toEqual([
      expect.stringMatching(/^parse-error 1:18 error byte 0xff is not valid UTF-8/),
      'parse-error 2:12 error syntax error at or near "selec"',
    ]);
  });
});

describe('psql scripts', () => {
  const script = [
    '\\set ON_ERROR_STOP on',
    'create table public.victim (id int);',
    'create table public.notes (id int, body text);',
    'alter table public.notes enable row level security;',
    'copy public.notes (id, body) from stdin;',
    '1\tfoo; drop table public.victim;',
    "2\tO'Brien",
    '\\.',
    '\\echo done',
    'create index idx_notes_body on public.notes (body);',
    'selec 1;',
    '',
  ].join('\n');

  it('with runner = "psql": meta-commands and COPY data are info notes, and the rest is still linted', () => {
    const { findings } = lintJson(project({ '20250101000000_load.sql': script }, PSQL));
    expect(described(findings, ['parse-error'])).toEqual([
      'parse-error 1:1 info psql meta-command `\\set` runs in psql only: scribe-lint does not lint or replay it',
      'parse-error 5:1 info `COPY … FROM stdin` with 2 data rows (lines 6–7): psql streams them to the server; scribe-lint does not lint or replay the command or its rows',
      'parse-error 9:1 info psql meta-command `\\echo` runs in psql only: scribe-lint does not lint or replay it',
      'parse-error 11:1 error syntax error at or near "selec"',
    ]);
  });

  it('the shadow replays neither meta-commands nor COPY data rows', () => {
    const { report, findings } = lintJson(project({ '20250101000000_load.sql': script }, PSQL), []);
    // The data row's `drop table public.victim` was not run: the table is still there to be reported.
    expect(findings.filter((f) => f.ruleId === 'rls-enabled').map((f) => f.message)).toEqual([
      expect.stringContaining('public.victim'),
    ]);
    expect(findings.filter((f) => f.ruleId === 'replay-error')).toEqual([]);
    expect(report.summary.replay?.statementsReplayed).toBe(4);
  });

  it('with the Supabase runner, the same file is an error at each meta-command and at the COPY', () => {
    const { status, findings } = lintJson(project({ '20250101000000_load.sql': script }));
    expect(described(findings, ['parse-error'])).toEqual([
      'parse-error 1:1 error psql meta-command `\\set` is not SQL: only psql understands it, and a migration runner sends it to the server, which rejects it',
      "parse-error 5:1 error `COPY … FROM stdin` reads its rows from the client, and only psql sends the 2 data rows (lines 6–7) that follow: a runner other than psql sends the file's text to the server, which rejects it; load the rows with INSERT statements",
      'parse-error 9:1 error psql meta-command `\\echo` is not SQL: only psql understands it, and a migration runner sends it to the server, which rejects it',
      'parse-error 11:1 error syntax error at or near "selec"',
    ]);
    expect(status).toBe(1);
  });

  it('takes `\\copy … from stdin` rows as data too, and a COPY without `\\.` runs to the end of the file', () => {
    const sql =
      '\\copy public.notes from stdin\n1\tit\'s; drop table x;\n\\.\nselect 1;\ncopy public.notes from stdin with (format csv);\n3,"a;b"\n';
    const { findings } = lintJson(project({ '20250101000000_load.sql': sql }, PSQL));
    expect(described(findings, ['parse-error'])).toEqual([
      'parse-error 1:1 info `\\copy … from stdin` with 1 data row (line 2): psql streams them to the server; scribe-lint does not lint or replay the command or its rows',
      'parse-error 5:1 info `COPY … FROM stdin` with 1 data row (line 6): psql streams them to the server; scribe-lint does not lint or replay the command or its rows',
    ]);
  });

  it('does not take `from stdin` in a string, a comment or a function body for a COPY', () => {
    const sql =
      "select 'copy t from stdin;';\n-- copy t from stdin;\ncreate function f() returns void language sql as $$ select 1 $$;\ncomment on table public.t is 'from stdin';\nselec 1;\n";
    const { findings } = lintJson(project({ '20250101000000_x.sql': sql }, PSQL));
    expect(described(findings, ['parse-error'])).toEqual([
      'parse-error 5:1 error syntax error at or near "selec"',
    ]);
  });
});

describe('suppression comments', () => {
  const table = 'create table public.t (a int, b int);\n';

  function suppressionRun(sql: string) {
    const root = project({ '20250101000000_t.sql': table, '20250102000000_i.sql': sql });
    return lintJson(root).findings;
  }

  it('reports each stale rule id of a suppression that names two, at the id', () => {
    const sql =
      '-- scribe-lint-disable-next-line concurrent-index, constraint-not-valid -- tiny table\ncreate index i on public.t (a);\n';
    const findings = suppressionRun(sql);
    expect(described(findings, ['unused-suppression'])).toEqual([
      'unused-suppression 1:52 warning suppression of `constraint-not-valid` suppressed nothing',
    ]);
    expect(findings.filter((f) => f.ruleId === 'concurrent-index')).toEqual([
      expect.objectContaining({ suppressed: true, suppressionReason: 'tiny table' }),
    ]);
  });

  it('honours a trailing disable-line and block-comment directives', () => {
    const sql = [
      'create index i on public.t (a); -- scribe-lint-disable-line concurrent-index -- tiny table',
      '/* scribe-lint-disable-next-line concurrent-index -- tiny table */',
      'create index j on public.t (b);',
      '/* scribe-lint-disable-line concurrent-index -- tiny */ create index k on public.t (a, b);',
      'create index l on public.t (b, a);',
      '',
    ].join('\n');
    const findings = suppressionRun(sql);
    expect(
      findings
        .filter((f) => f.ruleId === 'concurrent-index')
        .map((f) => `${f.line} ${(f as { suppressed?: boolean }).suppressed === true}`),
    ).toEqual(['1 true', '3 true', '4 true', '5 false']);
    expect(described(findings, ['unused-suppression'])).toEqual([]);
  });

  it('warns about a misspelt directive, an unknown id and a missing reason, and suppresses nothing', () => {
    const sql = [
      '-- scribe-lint-disable-nextline concurrent-index -- tiny table',
      'create index i on public.t (a);',
      '-- scribe-lint-disable-next-line concurent-index -- tiny table',
      'create index j on public.t (b);',
      '-- scribe-lint-disable-next-line concurrent-index',
      'create index k on public.t (a, b);',
      '',
    ].join('\n');
    const findings = suppressionRun(sql);
    expect(described(findings, ['unused-suppression'])).toEqual([
      'unused-suppression 1:1 warning `scribe-lint-disable-nextline` is not a scribe-lint directive (`scribe-lint-disable-next-line`, `scribe-lint-disable-line`, `scribe-lint-disable`), so this comment suppresses nothing; did you mean `scribe-lint-disable-next-line`?',
      'unused-suppression 3:34 warning unknown rule id `concurent-index` in suppression; did you mean `concurrent-index`?',
      'unused-suppression 5:1 warning this suppression gives no reason after `--`, so it suppresses nothing: the reason is required',
    ]);
    expect(findings.filter((f) => f.ruleId === 'concurrent-index' && !('suppressed' in f))).toHaveLength(3);
  });
});

describe('paths that are not regular files', () => {
  it('an explicit FIFO is a one-line error, exit 2, without hanging', () => {
    const root = project({});
    execFileSync('mkfifo', [path.join(root, 'fifo.sql')]);
    const run = runBuiltCli(['--no-shadow', 'fifo.sql'], { cwd: root, timeoutMs: 20_000 });
    expect(run).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'scribe-lint: fifo.sql is a FIFO, not a regular file: scribe-lint reads only files\n',
    });
  });

  it('in the migrations folder: follows symlinks inside the project, warns about the rest, lints the files', () => {
    const root = project({ '20250101000000_t.sql': 'create table public.t (a int);\n' });
    const migrations = path.join(root, 'supabase/migrations');
    mkdirSync(path.join(root, 'shared'));
    writeFileSync(path.join(root, 'shared/index.sql'), 'create index i on public.t (a);\n');
    symlinkSync('../../shared/index.sql', path.join(migrations, '20250102000000_linked.sql'));
    const outside = tempFolder();
    writeFileSync(path.join(outside, 'secret.sql'), 'select 1;\n');
    symlinkSync(path.join(outside, 'secret.sql'), path.join(migrations, '20250103000000_outside.sql'));
    symlinkSync('missing.sql', path.join(migrations, '20250104000000_broken.sql'));
    mkdirSync(path.join(migrations, '20250105000000_folder.sql'));
    execFileSync('mkfifo', [path.join(migrations, '20250106000000_fifo.sql')]);
    const { findings } = lintJson(root);
    expect(
      findings
        .filter((f) => f.ruleId === 'migration-filename')
        .map((f) => `${f.file?.replace('supabase/migrations/', '')}:${f.line} ${f.severity} ${f.message}`),
    ).toEqual([
      `20250103000000_outside.sql:1 warning \`20250103000000_outside.sql\` was skipped: it is a symlink to \`${path.join(outside, 'secret.sql')}\`, outside the project; scribe-lint reads only regular files (and symlinks to them inside the project), so it was not linted or replayed`,
      '20250104000000_broken.sql:1 warning `20250104000000_broken.sql` was skipped: it is a broken symlink; scribe-lint reads only regular files (and symlinks to them inside the project), so it was not linted or replayed',
      '20250105000000_folder.sql:1 warning `20250105000000_folder.sql` was skipped: it is a directory, not a regular file; scribe-lint reads only regular files (and symlinks to them inside the project), so it was not linted or replayed',
      '20250106000000_fifo.sql:1 warning `20250106000000_fifo.sql` was skipped: it is a FIFO, not a regular file; scribe-lint reads only regular files (and symlinks to them inside the project), so it was not linted or replayed',
    ]);
    expect(findings.filter((f) => f.ruleId === 'concurrent-index').map((f) => f.file)).toEqual([
      'supabase/migrations/20250102000000_linked.sql',
    ]);
  });
});

describe('odd but valid text', () => {
  const oneMegabyte = 'x'.repeat(1 << 20);
  it.each([
    ['only a BOM', '\uFEFF', []],
    ['only comments', '-- one\n/* two */\n', []],
    ['CRLF line ends', 'select 1;\r\n\r\n  selec 2;\r\n', ['3:3 syntax error at or near "selec"']],
    [
      'a 1 MB literal',
      `insert into public.t values ('${oneMegabyte}');\nselec 1;\n`,
      ['2:1 syntax error at or near "selec"'],
    ],
    [
      'dollar-quote tags with odd names',
      'select $_$ ; $_$, $a1$ ; $a1$, $é$ ; $é$, $Tag$ ; $tag$ ; $Tag$;\nselec 1;\n',
      ['2:1 syntax error at or near "selec"'],
    ],
    [
      'a nested block comment',
      'select 1 /* a /* b; */ c; */ ;\nselec 1;\n',
      ['2:1 syntax error at or near "selec"'],
    ],
    [
      "E'\\'' strings",
      "select E'it\\'s; fine', E'\\\\';\nselec 1;\n",
      ['2:1 syntax error at or near "selec"'],
    ],
    [
      'a backslash before the closing quote (standard_conforming_strings on)',
      "select 'C:\\temp\\';\nselec 1;\n",
      ['2:1 syntax error at or near "selec"'],
    ],
    [
      // Columns count UTF-16 units, as editors, GitHub and SARIF do: the emoji takes two.
      'non-ASCII before the error',
      "select 'Überprüfung ✓ 😀';  selec 1;\n",
      ['1:29 syntax error at or near "selec"'],
    ],
  ])('%s', (_name, sql, expected) => {
    const { findings } = lintJson(project({ '20250101000000_x.sql': sql }));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(expected);
  });
});

describe('one thread and several', () => {
  it('find the same things in odd inputs on either side of the split between threads', () => {
    // Over the size at which a static lint goes parallel (src/parallel), with odd files at both ends.
    const filler = 'create table public.filler_{n} (id int, body text);\n'.repeat(1500);
    const odd: Record<string, string | Buffer> = {
      copy: 'copy public.t from stdin;\n1\tx; drop table y;\n\\.\n\\set x 1\nselec 1;\n',
      latin1: Buffer.concat([Buffer.from("select 'caf"), Buffer.from([0xe9]), Buffer.from("';\n")]),
      suppress:
        'create index i on public.t (a); -- scribe-lint-disable-line concurrent-index, fk-index -- tiny\n/* scribe-lint-disable-nextline x -- y */ select 1;\n',
    };
    const files: Record<string, string | Buffer> = {};
    const names = Object.keys(odd);
    names.forEach((name, index) => (files[`20250101000${index}00_${name}.sql`] = odd[name]));
    for (let n = 0; n < 40; n++)
      files[`2025020100${String(n).padStart(4, '0')}_filler.sql`] = filler.replaceAll('{n}', String(n));
    names.forEach((name, index) => (files[`20250301000${index}00_${name}.sql`] = odd[name]));
    const root = project(files);
    const one = lintJson(root, ['--no-shadow'], { SCRIBE_LINT_THREADS: '1' }).findings;
    const several = lintJson(root, ['--no-shadow'], { SCRIBE_LINT_THREADS: '2' }).findings;
    expect(several).toEqual(one);
    expect(one.filter((f) => f.file?.includes('_copy.sql')).map((f) => `${f.line} ${f.ruleId}`)).toEqual([
      '1 parse-error',
      '4 parse-error',
      '5 parse-error',
      '1 parse-error',
      '4 parse-error',
      '5 parse-error',
    ]);
    expect(one.filter((f) => f.ruleId === 'unused-suppression').map((f) => `${f.line}:${f.column}`)).toEqual([
      '1:79',
      '2:1',
      '1:79',
      '2:1',
    ]);
  });
});

describe('standard_conforming_strings off', () => {
  it("a parse error after the SET says that '…' strings are read with it on", () => {
    const sql = "set standard_conforming_strings = off;\nselect 'it\\'s';\ncreate table public.t (a int);\n";
    const { findings } = lintJson(project({ '20250101000000_x.sql': sql }));
    expect(described(findings, ['parse-error'])).toEqual([
      expect.stringMatching(
        /^parse-error 2:\d+ error unterminated quoted string .* \(this file turns standard_conforming_strings off, but scribe-lint reads '…' strings as with it on, where a backslash is an ordinary character: write E'…' for backslash escapes\)$/s,
      ),
    ]);
  });
});
