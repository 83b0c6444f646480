// readPlatform in-process against the stand-in: the facts it builds from the OpenAPI-shaped answers, an
// answer missing a judged field, the Retry-After cap, config.toml without the API, and `[platform]` config
// validation.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../src/config.ts';
import { retryAfterMs } from '../../src/platform/client.ts';
import { readPlatform } from '../../src/platform/index.ts';
import type { LintOptions } from '../../src/providers.ts';
import { writeProject, type ExampleFile, EXAMPLE_NOW } from '../helpers/examples.ts';
import {
  compliantAnswers,
  startStandin,
  STANDIN_REF,
  STANDIN_TOKEN,
  type Standin,
} from './management-standin.ts';
import { compliantFacts } from './platform-facts.ts';

let standin: Standin;
const projects: { remove(): void }[] = [];
beforeAll(async () => {
  standin = await startStandin({ kind: 'project', answers: compliantAnswers() });
});
afterAll(() => standin.close());
afterEach(() => projects.splice(0).forEach((project) => project.remove()));

function options(files: ExampleFile[] = [], extra: Partial<LintOptions> = {}): LintOptions {
  const created = writeProject(files);
  projects.push(created);
  return {
    cwd: created.root,
    config: defaultConfig(created.root),
    rules: [],
    paths: [],
    shadow: false,
    now: EXAMPLE_NOW,
    supabaseProject: STANDIN_REF,
    supabaseToken: STANDIN_TOKEN,
    ...extra,
  };
}

const env = () => ({ SUPABASE_API_URL: standin.url });

describe('readPlatform', () => {
  it('turns the OpenAPI-shaped answers into the facts the rules read', async () => {
    standin.set({ kind: 'project', answers: compliantAnswers() });
    const facts = await readPlatform(options(), env());
    const expected = compliantFacts();
    expected.api!.poolers = expected.api!.poolers.map((pooler, index) => ({
      ...pooler,
      identifier: index === 0 ? STANDIN_REF : `${STANDIN_REF}-rr-eu-central-1-xkqwz`,
    }));
    expect(facts).toEqual({ ...expected, configToml: undefined });
  });

  it('names a judged field the answer lacks instead of passing', async () => {
    const answers = compliantAnswers();
    delete answers['database/backups'].pitr_enabled;
    standin.set({ kind: 'project', answers });
    await expect(readPlatform(options(), env())).rejects.toThrow(
      `Supabase Management API: GET /v1/projects/${STANDIN_REF}/database/backups answered without the expected pitr_enabled`,
    );
  });

  it('caps a long Retry-After at the request timeout', async () => {
    standin.set({ kind: 'rate-limited', retryAfter: '3600', answers: compliantAnswers() });
    const run = options();
    run.config.platform.timeoutSeconds = 1;
    const started = Date.now();
    await expect(readPlatform(run, env())).resolves.toBeDefined();
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('reads config.toml alone without asking the API, and nothing when neither is there', async () => {
    standin.requests.length = 0;
    const toml = { path: 'supabase/config.toml', text: '[db.pooler]\nenabled = true\n' };
    const facts = await readPlatform(options([toml], { supabaseProject: undefined }), env());
    expect(facts?.api).toBeUndefined();
    expect(facts?.configToml?.pooler?.enabled?.value).toBe(true);
    expect(await readPlatform(options([], { supabaseProject: undefined }), env())).toBeUndefined();
    expect(standin.requests).toEqual([]);
  });

  it('rejects an invalid config.toml with its line', async () => {
    const toml = { path: 'supabase/config.toml', text: '[db.pooler\nenabled = true\n' };
    await expect(readPlatform(options([toml], { supabaseProject: undefined }), env())).rejects.toThrow(
      /^supabase\/config\.toml: invalid TOML \(line 1, column \d+\)/,
    );
  });

  it('refuses a project ref without a token', async () => {
    await expect(readPlatform(options([], { supabaseToken: undefined }), env())).rejects.toThrow(
      /needs a Management API token in SUPABASE_ACCESS_TOKEN/,
    );
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and caps both', () => {
    expect(retryAfterMs('2', 10_000)).toBe(2000);
    expect(retryAfterMs('120', 10_000)).toBe(10_000);
    expect(retryAfterMs(null, 10_000)).toBe(1000);
    expect(retryAfterMs('garbage', 10_000)).toBe(1000);
    const soon = new Date(Date.now() + 5000).toUTCString();
    expect(retryAfterMs(soon, 10_000)).toBeGreaterThan(3000);
    expect(retryAfterMs(soon, 10_000)).toBeLessThanOrEqual(5000);
  });
});

describe('[platform] config', () => {
  const parse = (text: string) => parseConfig(text, { file: '/p/scribe-lint.toml', knownRuleIds: [] });

  it('reads pitr_days, read_replica and timeout_seconds, with the spec defaults', () => {
    expect(defaultConfig('/p').platform).toEqual({ pitrDays: 30, readReplica: true, timeoutSeconds: 10 });
    expect(parse('[platform]\npitr_days = 28\nread_replica = false\ntimeout_seconds = 3\n').platform).toEqual(
      {
        pitrDays: 28,
        readReplica: false,
        timeoutSeconds: 3,
      },
    );
  });

  it('names a wrong type or an unknown key', () => {
    expect(() => parse('[platform]\nread_replica = "yes"\n')).toThrow(
      '"platform.read_replica" must be true or false, got "yes"',
    );
    expect(() => parse('[platform]\npitr_days = 0\n')).toThrow('"platform.pitr_days" must be a whole number');
    expect(() => parse('[platform]\npitr_day = 28\n')).toThrow(
      'unknown key "platform.pitr_day"; did you mean "pitr_days"?',
    );
  });
});
