// A rule that throws is a bug in that rule: the run ends with one line naming the rule and what it was
// checking (the statement's file:line, the file, the schema, the source files, the Redis keys), exit 2, and
// the original error as `cause`, whose stack --debug shows.

import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli/main.ts';
import { defaultConfig } from '../src/config.ts';
import { runLint } from '../src/engine.ts';
import { RuleError } from '../src/errors.ts';
import { lint } from '../src/lint.ts';
import type { Rule, Statement } from '../src/types.ts';
import { writeProject } from './helpers/examples.ts';

/** Reads a property of something undefined on the statement whose text says `boom`, as a buggy rule would. */
function readsMissingField(statement: Statement, text: string): void {
  if (!text.slice(statement.start, statement.end).includes('boom')) return;
  const parts = statement as unknown as Record<string, { field: number } | undefined>;
  if (parts.missing!.field > 0) throw new Error('not reached');
}

const { throwingRule } = vi.hoisted(() => ({
  throwingRule: {
    meta: { id: 'throws-here', description: 'test rule', defaultSeverity: 'error', sources: ['statement'] },
    checkStatement: (statement, context) => readsMissingField(statement, context.file.text),
  } as Rule,
}));

// The command line runs the bundled rules; this one joins them so the CLI's own handling is what is tested.
vi.mock('../rules/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../rules/index.ts')>();
  return { ...actual, allRules: [...actual.allRules, throwingRule] };
});

const MIGRATION = 'supabase/migrations/20250101000000_a.sql';
const project = writeProject([
  { path: MIGRATION, text: 'create table public.t (a int);\nselect 1 as boom;\n' },
]);
afterAll(() => project.remove());

const UNDEFINED_READ = "Cannot read properties of undefined (reading 'field')";

function runWith(rules: Rule[]) {
  return lint({
    cwd: project.root,
    config: defaultConfig(project.root),
    rules,
    paths: [],
    shadow: false,
    now: new Date('2025-06-01T00:00:00Z'),
  });
}

async function failureOf(run: Promise<unknown>): Promise<RuleError> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RuleError);
  return error as RuleError;
}

describe('a rule that throws', () => {
  it('names the rule and the statement it was checking, and keeps the original error', async () => {
    const error = await failureOf(runWith([throwingRule]));
    expect(error.message).toBe(`rule throws-here failed while checking ${MIGRATION}:2: ${UNDEFINED_READ}`);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect((error.cause as Error).message).toBe(UNDEFINED_READ);
  });

  it('names the file for a file check', async () => {
    const fileRule: Rule = {
      meta: { ...throwingRule.meta, id: 'file-check' },
      checkFile: () => {
        throw new RangeError('index out of range\nsecond line');
      },
    };
    const error = await failureOf(runWith([fileRule]));
    expect(error.message).toBe(`rule file-check failed while checking ${MIGRATION}: index out of range`);
  });

  it('names the schema, the source files and the Redis keys for those checks', async () => {
    const fails = () => {
      throw new TypeError('x is not a function');
    };
    const meta = { ...throwingRule.meta, id: 'other-check' };
    const request = {
      files: [],
      config: defaultConfig(project.root),
      now: new Date('2025-06-01T00:00:00Z'),
    };
    const schema = {
      mode: 'live' as const,
      connection: { query: async () => [] },
      locate: () => undefined,
    };
    const schemaRule: Rule = { meta, checkSchema: async () => fails() };
    const sourceRule: Rule = { meta, checkSource: fails };
    const redisRule: Rule = { meta, checkRedis: fails };
    const messages = await Promise.all([
      failureOf(runLint({ ...request, rules: [schemaRule], schema })),
      failureOf(runLint({ ...request, rules: [sourceRule], cacheWrites: [] })),
      failureOf(
        runLint({ ...request, rules: [redisRule], redis: { groups: [], scannedKeys: 0, complete: true } }),
      ),
    ]).then((errors) => errors.map((error) => error.message));
    expect(messages).toEqual([
      'rule other-check failed while checking the schema: x is not a function',
      'rule other-check failed while checking the source files: x is not a function',
      'rule other-check failed while checking the Redis keys: x is not a function',
    ]);
  });

  it('ends the command line with one line on stderr and exit 2; --debug adds both stacks', async () => {
    const run = async (extra: string[]) => {
      let stderr = '';
      let stdout = '';
      const io = {
        cwd: project.root,
        env: {},
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
      };
      const code = await runCli(['--no-shadow', ...extra], io);
      return { code, stdout, stderr };
    };
    const plain = await run([]);
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toBe(
      `scribe-lint: internal error: rule throws-here failed while checking ${MIGRATION}:2: ${UNDEFINED_READ} ` +
        '(run with --debug for details)\n',
    );
    const debug = await run(['--debug']);
    expect(debug.code).toBe(2);
    const lines = debug.stderr.split('\n');
    expect(lines[0]).toBe(
      `scribe-lint: internal error: rule throws-here failed while checking ${MIGRATION}:2: ${UNDEFINED_READ}`,
    );
    expect(lines[1]).toMatch(/^\w*Error: rule throws-here failed while checking/);
    expect(debug.stderr).toContain(`Caused by: TypeError: ${UNDEFINED_READ}\n    at readsMissingField`);
  });
});
