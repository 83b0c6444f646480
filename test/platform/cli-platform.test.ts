// End-to-end: the built CLI with --supabase-project against the Management API stand-in, through
// SUPABASE_API_URL. What a user sees for a compliant and a non-compliant project, every error status as one
// line and exit 2, the rate limit retried once, a silent server cut off by the configured timeout, and the
// token in no output at all.

import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeProject, type ExampleFile } from '../helpers/examples.ts';
import {
  compliantAnswers,
  nonCompliantAnswers,
  startStandin,
  STANDIN_REF,
  STANDIN_TOKEN,
  type Standin,
} from './management-standin.ts';
import { runCliAsync, type TimedRun } from './run-cli.ts';

const PITR_28 = { path: 'scribe-lint.toml', text: '[platform]\npitr_days = 28\n' };
const POOLER_TOML = {
  path: 'supabase/config.toml',
  text: 'project_id = "clinic"\n\n[db]\nport = 54322\n\n[db.pooler]\nenabled = true\npool_mode = "transaction"\n',
};

let standin: Standin;
const projects: { remove(): void }[] = [];
beforeAll(async () => {
  standin = await startStandin({ kind: 'project', answers: compliantAnswers() });
});
afterAll(() => standin.close());
afterEach(() => projects.splice(0).forEach((project) => project.remove()));

function project(files: ExampleFile[] = []): string {
  const created = writeProject(files);
  projects.push(created);
  return created.root;
}

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<TimedRun> {
  const result = await runCliAsync(['--supabase-project', STANDIN_REF, ...args], {
    cwd,
    env: { SUPABASE_API_URL: standin.url, SUPABASE_ACCESS_TOKEN: STANDIN_TOKEN, ...env },
  });
  // Whatever happened, the token is in no output.
  expect(result.stdout).not.toContain(STANDIN_TOKEN);
  expect(result.stderr).not.toContain(STANDIN_TOKEN);
  return result;
}

interface JsonReport {
  findings: {
    ruleId: string;
    severity: string;
    message: string;
    object?: string;
    file?: string;
    line?: number;
  }[];
  summary: { rulesNotRun?: { ruleId: string; reason: string }[] };
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const PLATFORM_IDS = ['pitr-enabled', 'read-replica', 'pooler-mode', 'ssl-enforced', 'network-allowlist'];
const platformFindings = (report: JsonReport) =>
  report.findings.filter((f) => PLATFORM_IDS.includes(f.ruleId));

describe('--supabase-project against the Management API stand-in', () => {
  it('a compliant project: no platform finding, exit 0, GET requests with the bearer token only', async () => {
    standin.set({ kind: 'project', answers: compliantAnswers() });
    standin.requests.length = 0;
    const result = await run(['--format', 'json'], project([PITR_28, POOLER_TOML]));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(platformFindings(report)).toEqual([]);
    expect(report.summary.rulesNotRun?.map((entry) => entry.ruleId) ?? []).not.toContain('pitr-enabled');
    expect(standin.requests.map((request) => `${request.method} ${request.path}`).sort()).toEqual(
      [
        'billing/addons',
        'config/database/pooler',
        'database/backups',
        'network-restrictions',
        'ssl-enforcement',
      ].map((endpoint) => `GET /v1/projects/${STANDIN_REF}/${endpoint}`),
    );
    expect(new Set(standin.requests.map((request) => request.authorization))).toEqual(
      new Set([`Bearer ${STANDIN_TOKEN}`]),
    );
  });

  it('a non-compliant project: one finding per rule a user can act on, exit 1', async () => {
    standin.set({ kind: 'project', answers: nonCompliantAnswers() });
    const toml = {
      path: 'supabase/config.toml',
      text: '[db.pooler]\nenabled = false\npool_mode = "session"\n',
    };
    const result = await run(['--format', 'json'], project([toml]));
    expect(result.status).toBe(1);
    const lines = platformFindings(JSON.parse(result.stdout) as JsonReport).map(
      (f) => `${f.file ? `${f.file}:${f.line}` : f.object} ${f.severity} ${f.ruleId} ${f.message}`,
    );
    expect(lines).toEqual([
      'supabase/config.toml:2 warning pooler-mode `[db.pooler] enabled` is false: set `enabled = true`',
      'supabase/config.toml:3 warning pooler-mode `[db.pooler] pool_mode` is "session": set `pool_mode = "transaction"`',
      'supabase:abcdefghijklmnopqrst warning network-allowlist the database accepts connections from the whole internet (0.0.0.0/0, ::/0): restrict it to the addresses of the app and its operators',
      "supabase:abcdefghijklmnopqrst error pitr-enabled point-in-time recovery is off (daily backups only): Supabase's longest PITR add-on keeps 28 days, so 30 days cannot be met by the add-on alone: select `pitr_28` and set `[platform] pitr_days = 28`, or keep longer backups elsewhere",
      "supabase:abcdefghijklmnopqrst warning pooler-mode the primary's pooler runs in `session` mode (default_pool_size 15, max_client_conn 200): set it to `transaction`, the mode for OLTP",
      'supabase:abcdefghijklmnopqrst warning read-replica the project has no read replica, so analytics queries run on the primary: add one, or set `[platform] read_replica = false`',
      'supabase:abcdefghijklmnopqrst error ssl-enforced SSL is not enforced for database connections (`currentConfig.database` is false): a client that does not ask for TLS connects in clear text',
    ]);
  });

  it('the pretty report names the project and the rule for each platform finding', async () => {
    standin.set({ kind: 'project', answers: nonCompliantAnswers() });
    const result = await run([], project([PITR_28]));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error[ssl-enforced]: SSL is not enforced');
    expect(result.stdout).toContain(`supabase:${STANDIN_REF}`);
  });

  it.each([
    [
      401,
      { message: 'Unauthorized' },
      'Supabase Management API: the Management API refused the token in SUPABASE_ACCESS_TOKEN (401) for GET /v1/projects/abcdefghijklmnopqrst/',
    ],
    [
      403,
      { message: 'Forbidden', missing_permissions: ['database_backups_read', 'infra_add-ons_read'] },
      'grant it database_backups_read, infra_add-ons_read',
    ],
    [
      404,
      { message: 'Project not found' },
      'Supabase project "abcdefghijklmnopqrst" not found (404 from GET',
    ],
    [500, { message: 'Internal error' }, '(500): try again later'],
    [503, 'down', '(503): try again later'],
  ])('status %i: one line naming what to fix, exit 2', async (status, body, expected) => {
    standin.set({ kind: 'status', status, body });
    const result = await run([], project());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(expected);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.startsWith('scribe-lint: Supabase Management API: ')).toBe(true);
  });

  it('a 429 is retried once after its Retry-After, then read as usual', async () => {
    standin.set({ kind: 'rate-limited', retryAfter: '1', answers: nonCompliantAnswers() });
    standin.requests.length = 0;
    const result = await run(['--format', 'json'], project([PITR_28]));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(standin.requests).toHaveLength(10); // each endpoint: the 429, then the answer
    expect(result.ms).toBeGreaterThanOrEqual(1000);
    expect(platformFindings(JSON.parse(result.stdout) as JsonReport).map((f) => f.ruleId)).toContain(
      'ssl-enforced',
    );
  });

  it('a 429 that does not lift is one line, exit 2', async () => {
    standin.set({ kind: 'status', status: 429, body: { message: 'Too many requests' } });
    const result = await run([], project());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/still rate limited \(429\) after one retry\n$/);
  });

  it('a server that never answers ends the run within [platform] timeout_seconds, one line, exit 2', async () => {
    standin.set({ kind: 'silent' });
    const config = { path: 'scribe-lint.toml', text: '[platform]\ntimeout_seconds = 1\n' };
    const result = await run([], project([config]));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^scribe-lint: Supabase Management API: GET \/v1\/projects\/abcdefghijklmnopqrst\/[a-z/-]+: no answer within 1 s \(\[platform\] timeout_seconds\)\n$/,
    );
    expect(result.ms).toBeLessThan(8000);
  });

  it('an unreachable API is one line, exit 2', async () => {
    const result = await run([], project(), { SUPABASE_API_URL: `http://127.0.0.1:${await closedPort()}` });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/: connection refused\n$/);
  });

  it('a project ref without SUPABASE_ACCESS_TOKEN is one line, exit 2, and asks nothing of the API', async () => {
    standin.requests.length = 0;
    const result = await run([], project(), { SUPABASE_ACCESS_TOKEN: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'scribe-lint: --supabase-project needs a Management API token in SUPABASE_ACCESS_TOKEN (a read-only personal access token is enough)\n',
    );
    expect(standin.requests).toEqual([]);
  });

  it('a token the server echoes back is masked in the message', async () => {
    standin.set({
      kind: 'status',
      status: 403,
      body: { message: 'no', missing_permissions: [`read ${STANDIN_TOKEN}`] },
    });
    const result = await run([], project());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('grant it read ***');
  });

  it('without --supabase-project, config.toml alone runs pooler-mode and lists the API rules as not run', async () => {
    const toml = {
      path: 'supabase/config.toml',
      text: '[db.pooler]\nenabled = true\npool_mode = "session"\n',
    };
    const result = await runCliAsync(['--format', 'json', '--no-shadow'], { cwd: project([toml]) });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(platformFindings(report).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'supabase/config.toml:3 pooler-mode',
    ]);
    const notRun = (report.summary.rulesNotRun ?? []).filter((entry) => PLATFORM_IDS.includes(entry.ruleId));
    expect(notRun).toEqual(
      ['pitr-enabled', 'read-replica', 'ssl-enforced', 'network-allowlist'].map((ruleId) => ({
        ruleId,
        reason: 'no --supabase-project',
      })),
    );
  });
});
