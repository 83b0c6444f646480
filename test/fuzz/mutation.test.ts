// A seeded mutation fuzz of real migrations: the example app's history and every SQL example on the rule
// pages, cut up the way hand edits and bad merges cut files (chunks deleted, duplicated and swapped; stray
// quotes, dollar signs, comment openers and semicolons; bytes that are not UTF-8; statements that once broke
// the shadow; truncation). Whatever
// comes out, the built CLI must finish with exit 0 or 1, print a complete JSON report and never an
// internal error: a broken file costs findings, never the run. Deterministic: the seed names each case, so
// a failure can be replayed with the same seed.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { parseRulePage, writeProject } from '../helpers/examples.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLE_MIGRATIONS = path.join(ROOT, 'examples/clinic-app/supabase/migrations');

/** The corpus to mutate: the example history (in order) and the rule pages' SQL examples. */
function corpus(): Buffer[] {
  const history = readdirSync(EXAMPLE_MIGRATIONS)
    .sort()
    .map((name) => readFileSync(path.join(EXAMPLE_MIGRATIONS, name)));
  const pages = readdirSync(path.join(ROOT, 'rules'))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .flatMap((name) => {
      const page = parseRulePage(readFileSync(path.join(ROOT, 'rules', name), 'utf8'));
      return [...page.invalid, ...page.valid]
        .filter((file) => file.path.endsWith('.sql'))
        .map((file) => Buffer.from(file.text));
    });
  return [...history, ...pages];
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRAYS = ["'", '"', '$', '$$', '$body$', '/*', '*/', ';', '--', '\\', '(', ')', "E'", '\\.\n'];
/** Statements that have broken the shadow before: failing DDL with odd trees, and ones that abort the server. */
const HOSTILE = [
  'create domain public.d as nosuchtype;',
  "select convert('ABC'::bytea, 'UTF8', 'EUC_JP');",
  "copy (select 1) to program 'id';",
  'create type public.t as (a int); create type public.t as (a int);',
  'alter table public.nowhere add column x int references public.nothing (id);',
];
const NON_UTF8 = [Buffer.from([0xe9]), Buffer.from([0xff, 0xfe]), Buffer.from([0xc3]), Buffer.from([0])];

function mutate(text: Buffer, next: () => number): Buffer {
  const pick = (n: number) => Math.floor(next() * n);
  let out = text;
  const span = (): [number, number] => {
    const start = pick(out.length + 1);
    return [start, Math.min(out.length, start + 1 + pick(200))];
  };
  const rounds = 1 + pick(4);
  for (let round = 0; round < rounds; round++) {
    const [start, end] = span();
    switch (pick(7)) {
      case 0: // delete a chunk
        out = Buffer.concat([out.subarray(0, start), out.subarray(end)]);
        break;
      case 1: // duplicate a chunk
        out = Buffer.concat([out.subarray(0, end), out.subarray(start, end), out.subarray(end)]);
        break;
      case 2: {
        // swap a chunk with the one after it
        const after = Math.min(out.length, end + (end - start));
        out = Buffer.concat([
          out.subarray(0, start),
          out.subarray(end, after),
          out.subarray(start, end),
          out.subarray(after),
        ]);
        break;
      }
      case 3: // a stray quote, dollar sign, comment opener or semicolon
        out = Buffer.concat([
          out.subarray(0, start),
          Buffer.from(STRAYS[pick(STRAYS.length)]),
          out.subarray(start),
        ]);
        break;
      case 4: // bytes that are not UTF-8
        out = Buffer.concat([out.subarray(0, start), NON_UTF8[pick(NON_UTF8.length)], out.subarray(start)]);
        break;
      case 5: // a statement that has broken the shadow before, on a line of its own
        out = Buffer.concat([
          out.subarray(0, start),
          Buffer.from(`\n${HOSTILE[pick(HOSTILE.length)]}\n`),
          out.subarray(start),
        ]);
        break;
      default: // truncation
        out = out.subarray(0, start);
    }
  }
  return out;
}

interface JsonReport {
  findings: { ruleId: string; severity: string; message: string }[];
  summary: Record<string, unknown>;
}

const projects: { remove(): void }[] = [];
afterAll(() => projects.forEach((project) => project.remove()));

/** One case: a project whose migrations are a seeded mutation of a few corpus files, in order. */
function mutatedProject(seed: number, sources: Buffer[]): string {
  const next = random(seed);
  const project = writeProject([]);
  projects.push(project);
  const dir = path.join(project.root, 'supabase/migrations');
  mkdirSync(dir, { recursive: true });
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const source = sources[Math.floor(next() * sources.length)];
    const version = `2025010100${String(i).padStart(4, '0')}`;
    writeFileSync(path.join(dir, `${version}_fuzz_${i}.sql`), mutate(source, next));
  }
  return project.root;
}

function expectCompleteReport(seed: number, root: string, args: string[]): void {
  const run = runBuiltCli(['--format', 'json', '--now', '2025-11-15', ...args], {
    cwd: root,
    timeoutMs: 120_000,
    env: { SCRIBE_LINT_NO_CACHE: '1' },
  });
  const context = `seed ${seed} (${args.join(' ') || 'with the shadow'}): ${run.stderr}`;
  expect(run.stderr, context).not.toContain('internal error');
  expect([0, 1], context).toContain(run.status);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(Array.isArray(report.findings), context).toBe(true);
  expect(report.summary, context).toBeTypeOf('object');
  for (const finding of report.findings) {
    expect(finding.message, context).toBeTypeOf('string');
    expect(['error', 'warning', 'info'], context).toContain(finding.severity);
  }
}

describe('mutation fuzz (seeded)', () => {
  const sources = corpus();

  it('has a corpus: the example history and the rule pages', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  // One test per seed: a failure names its seed, and no single test blocks the worker for long.
  const seeds = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

  it.each(seeds(1, 40))('static lint, seed %i: a complete report', (seed) => {
    expectCompleteReport(seed, mutatedProject(seed, sources), ['--no-shadow']);
  });

  it.each(seeds(1001, 8))('with the shadow, seed %i: a complete report', (seed) => {
    expectCompleteReport(seed, mutatedProject(seed, sources), []);
  });
});
