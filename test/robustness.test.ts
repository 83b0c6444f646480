// Inputs that must never crash, hang or lose output: huge files, many files, binary garbage, broken
// quoting. Each gives findings or a one-line error with the documented exit code.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from './helpers/cli.ts';
import { writeProject } from './helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

function projectWith(files: Record<string, string | Buffer>): string {
  const created = writeProject([]);
  projects.push(created);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(created.root, 'supabase/migrations', name), content);
  }
  return created.root;
}

function jsonRun(root: string, args: string[] = []) {
  const run = runBuiltCli(['--no-shadow', '--format', 'json', ...args], { cwd: root, timeoutMs: 120_000 });
  expect(run.stderr).toBe('');
  return { status: run.status, report: JSON.parse(run.stdout) };
}

describe('robustness', () => {
  it('parses a file larger than the parser window in pieces, keeping statements and positions exact', () => {
    // A plpgsql body with `;` at line ends is the trap for cutting windows at semicolons.
    const fn =
      'create function f_{n}() returns trigger language plpgsql as $$\nbegin\n  new.updated_at := now();\n  return new;\nend;\n$$;\n';
    const insert =
      "insert into public.notes (body) values ('Verlauf: Schlaf verbessert; Stimmung stabil');\n";
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < 9 * 1024 * 1024) {
      const part = parts.length % 10 === 0 ? fn.replace('{n}', String(parts.length)) : insert;
      parts.push(part);
      bytes += Buffer.byteLength(part);
    }
    const n = parts.length;
    const lineOfError = parts.join('').split('\n').length;
    const sql = parts.join('') + 'selec 1;\ncreate index i on public.notes (body);\n';
    const { report } = jsonRun(projectWith({ '20250101000000_big.sql': sql }));
    expect(report.summary.statements).toBe(n + 2);
    const located = report.findings.map(
      (f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`,
    );
    expect(located).toEqual([`parse-error ${lineOfError}:1`, `concurrent-index ${lineOfError + 1}:1`]);
  });

  it('lints a folder of 5,000 files', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5000; i++)
      files[`2025010100${String(i).padStart(4, '0')}_m.sql`] = `create table t${i} (a int);\n`;
    const { status, report } = jsonRun(projectWith(files));
    expect(status).toBe(0);
    expect(report.summary).toMatchObject({ files: 5000, statements: 5000, errors: 0 });
  });

  it('reports binary garbage as a parse error instead of crashing', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const { status, report } = jsonRun(
      projectWith({ '20250101000000_garbage.sql': garbage, '20250101000001_ok.sql': 'select 1;' }),
    );
    expect(status).toBe(1);
    expect(
      report.findings.map((f: { ruleId: string; file: string }) => [f.ruleId, path.basename(f.file)]),
    ).toEqual([['parse-error', '20250101000000_garbage.sql']]);
  });

  it.each([
    [
      'an unterminated dollar quote',
      'select 1;\ncreate function f() returns int as $body$ select 1;',
      'unterminated dollar-quoted string',
    ],
    ['an unterminated string', "select 1;\nselect 'never closed;\nselect 2;", 'unterminated quoted string'],
    ['an unterminated comment', 'select 1;\n/* open\nselect 2;', 'unterminated /* comment'],
    [
      'invalid UTF-8',
      Buffer.from([0x73, 0x65, 0x6c, 0x65, 0x63, 0x74, 0x20, 0x27, 0xff, 0xfe, 0x27, 0x3b]),
      'byte 0xff is not valid UTF-8',
    ],
    ['only a BOM', Buffer.from([0xef, 0xbb, 0xbf]), undefined],
    ['an empty file', '', undefined],
  ])('handles %s', (_name, content, message) => {
    const { report } = jsonRun(projectWith({ '20250101000000_x.sql': content }));
    const messages = report.findings.map((f: { message: string }) => f.message);
    if (message) expect(messages).toEqual([expect.stringContaining(message)]);
    else expect(messages).toEqual([]);
  });

  it('a path that does not exist is exit 2 with one line', () => {
    const root = projectWith({});
    mkdirSync(path.join(root, 'empty'));
    const run = runBuiltCli(['--no-shadow', 'missing.sql'], { cwd: root });
    expect(run).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'scribe-lint: no such file or directory: missing.sql\n',
    });
  });
});
