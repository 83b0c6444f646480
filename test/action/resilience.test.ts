// The bundled Action when the world misbehaves: a REST API that fails, throttles or never answers, a comment
// that only looks like ours, a broken event file, a password too short to mask. Each run must still end
// with the report (annotations, summary, SARIF, outputs) or with one line and exit 2, never a hang.

import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../catalog/helpers.ts';
import { GitHubStandIn } from './github-standin.ts';
import { installAction, makeWorkspace, runAction, type ActionRun, type RunOptions } from './run-action.ts';

const TOKEN = 'ghs_standInToken0123456789';
const MARKER = '<!-- scribe-lint -->';
const PR_FILE = 'supabase/migrations/20250201000000_link_programs.sql';
const INIT = `create table public.clients (id bigint primary key, name text, program_id bigint);
create table public.programs (id bigint primary key);
`;
/** An error in a file the pull request does not change: it fails the check only if every finding is new. */
const OLD = 'create index idx_clients_name on public.clients (name);\n';
const FOREIGN_KEY =
  'alter table public.clients add constraint clients_program_fk foreign key (program_id) references public.programs (id);\n';
/** Short waits, so a failing or silent API costs the test a second, not half a minute. */
const FAST_API = { SCRIBE_LINT_API_TIMEOUT_MS: '300' };

let actionDir: string;
const cleanup: string[] = [];
const api = new GitHubStandIn(TOKEN);

beforeAll(async () => {
  actionDir = installAction();
  cleanup.push(actionDir);
  await api.start();
});

afterAll(async () => {
  await api.stop();
  for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  api.files = [PR_FILE];
  api.faults = [];
  api.comments = [];
  api.tokenUser = undefined;
  api.requests.length = 0;
});

function clinicApp(): string {
  const root = makeWorkspace({
    'supabase/migrations/20250101000000_init.sql': INIT,
    'supabase/migrations/20250115000000_old_index.sql': OLD,
    [PR_FILE]: FOREIGN_KEY,
  });
  cleanup.push(root);
  return root;
}

function onPullRequest(extra: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({
    actionDir,
    workspace: clinicApp(),
    apiUrl: api.baseUrl,
    token: TOKEN,
    event: 'pull_request',
    pull: { number: 7, changedFiles: 1 },
    inputs: { shadow: 'false' },
    env: FAST_API,
    ...extra,
  });
}

function lines(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${kind}`));
}

/** The report reached every place it goes: annotations, summary, SARIF and outputs. */
function expectFullReport(run: ActionRun): void {
  expect(run.summary).toContain('scribe-lint: 1 error, 1 warning');
  expect(JSON.parse(run.sarif).runs[0].results).toHaveLength(2);
  expect(run.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1' });
  expect(lines(run.stdout, 'error file=')).toHaveLength(1);
}

describe('the changed-files list', () => {
  test('a 500 that does not go away: lint anyway, every finding new, and say so in a notice', async () => {
    api.faults = [{ method: 'GET', path: /\/pulls\/7\/files$/, times: 99, status: 500 }];
    const run = await onPullRequest();

    expect(api.count('GET', /\/pulls\/7\/files/)).toBe(3);
    expect(lines(run.stdout, 'notice')).toContain(
      '::notice::scribe-lint could not list the files of pull request #7 (HTTP 500): linting anyway, ' +
        'with every finding counted as new',
    );
    expect(run.everything).not.toContain('permissions');
    // The old error now counts: the check fails on it, with the full report written.
    expect(run.status).toBe(1);
    expectFullReport(run);
    expect(run.summary).toContain(
      'The files of pull request #7 could not be listed (HTTP 500), so every finding is treated as new.',
    );
  });

  test('a 502 once is retried, and the list is used', async () => {
    api.faults = [{ method: 'GET', path: /\/pulls\/7\/files$/, times: 1, status: 502 }];
    const run = await onPullRequest();

    expect(api.count('GET', /\/pulls\/7\/files/)).toBe(2);
    expect(run.status).toBe(0);
    expect(run.summary).toContain('Pull request #7 changes 1 file');
    expect(lines(run.stdout, 'notice').join('\n')).not.toContain('could not list');
  });

  test('a 429 is retried after the Retry-After the server asked for', async () => {
    const throttled = { 'retry-after': '1' };
    api.faults = [{ method: 'GET', path: /\/pulls\/7\/files$/, times: 1, status: 429, headers: throttled }];
    const run = await onPullRequest();

    const asks = api.requests.filter((request) => /\/pulls\/7\/files/.test(request.path));
    expect(asks).toHaveLength(2);
    expect(asks[1].at - asks[0].at).toBeGreaterThanOrEqual(950);
    expect(run.status).toBe(0);
  });

  test('a Retry-After beyond the cap is not waited for', async () => {
    const throttled = { 'retry-after': '3600' };
    api.faults = [{ method: 'GET', path: /\/pulls\/7\/files$/, times: 99, status: 429, headers: throttled }];
    const started = performance.now();
    const run = await onPullRequest();

    expect(performance.now() - started).toBeLessThan(20_000);
    expect(api.count('GET', /\/pulls\/7\/files/)).toBe(1);
    expect(lines(run.stdout, 'notice')).toContain(
      '::notice::scribe-lint could not list the files of pull request #7 (HTTP 429): linting anyway, ' +
        'with every finding counted as new',
    );
    expectFullReport(run);
  });

  test('an API that accepts and never answers: each try times out, and the run still reports', async () => {
    api.faults = [{ method: 'GET', path: /\/pulls\/7\/files$/, times: 99, hang: true }];
    const started = performance.now();
    const run = await onPullRequest();

    expect(performance.now() - started).toBeLessThan(20_000);
    expect(api.count('GET', /\/pulls\/7\/files/)).toBe(3);
    expect(lines(run.stdout, 'notice')).toContain(
      '::notice::scribe-lint could not list the files of pull request #7 (no answer within 0.3 s (request ' +
        'timeout)): linting anyway, with every finding counted as new',
    );
    expect(run.status).toBe(1);
    expectFullReport(run);
  });

  test('a 403 keeps the permissions hint, and the run still reports', async () => {
    api.faults = [{ method: 'GET', path: /\/pulls\/7\/files$/, times: 99, status: 403 }];
    const run = await onPullRequest();

    expect(api.count('GET', /\/pulls\/7\/files/)).toBe(1);
    expect(lines(run.stdout, 'notice').join('\n')).toContain(
      '(HTTP 403: give the workflow `permissions: pull-requests: read` and `contents: read`)',
    );
    expectFullReport(run);
  });
});

describe('the sticky comment', () => {
  test('the comment API failing costs a notice, never the check', async () => {
    api.faults = [{ method: 'GET', path: /\/issues\/7\/comments$/, times: 99, status: 503 }];
    const run = await onPullRequest();

    expect(run.status).toBe(0);
    expect(api.count('GET', /\/issues\/7\/comments/)).toBe(3);
    expect(lines(run.stdout, 'notice')).toContain(
      '::notice::scribe-lint could not update its pull request comment (HTTP 503). The findings are in the ' +
        'annotations and the job summary.',
    );
    expect(lines(run.stdout, 'warning file=')).toHaveLength(1);
  });

  test('a POST that fails with a 5xx is not sent twice: a second comment is worse than a notice', async () => {
    api.faults = [{ method: 'POST', path: /\/issues\/7\/comments$/, times: 99, status: 502 }];
    const run = await onPullRequest();

    expect(api.count('POST', /\/issues\/7\/comments/)).toBe(1);
    expect(run.status).toBe(0);
    expect(lines(run.stdout, 'notice').join('\n')).toContain(
      'could not update its pull request comment (HTTP 502)',
    );
  });

  test("with the Actions token, a person's comment that starts with the marker is left alone", async () => {
    const person = api.addComment(`${MARKER}\nI copied the bot's marker into my review.`, 'a-reviewer');
    const run = await onPullRequest();

    expect(run.status).toBe(0);
    expect(api.comments.find((comment) => comment.id === person.id)?.body).toBe(
      `${MARKER}\nI copied the bot's marker into my review.`,
    );
    const ours = api.comments.filter((comment) => comment.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('constraint-not-valid');
    expect(api.count('PATCH', /.*/)).toBe(0);

    // The next run finds its own comment, not the person's.
    await onPullRequest({ inputs: { shadow: 'false', 'fail-on': 'never' } });
    expect(api.count('POST', /\/issues\/7\/comments/)).toBe(1);
    expect(api.comments.find((comment) => comment.id === person.id)?.body).toContain('I copied');
  });

  test('with a personal access token, only the comment of the account it acts as is updated', async () => {
    api.tokenUser = 'release-manager';
    const person = api.addComment(`${MARKER}\nnot the token's`, 'a-reviewer');
    const mine = api.addComment(`${MARKER}\nan earlier report`, 'release-manager');
    await onPullRequest();

    expect(api.count('GET', /^\/user$/)).toBe(1);
    expect(api.count('POST', /\/issues\/7\/comments/)).toBe(0);
    expect(api.comments.find((comment) => comment.id === person.id)?.body).toBe(`${MARKER}\nnot the token's`);
    expect(api.comments.find((comment) => comment.id === mine.id)?.body).toContain('constraint-not-valid');
  });
});

describe('the event file', () => {
  async function failure(eventText: string | null): Promise<string[]> {
    const run = await onPullRequest({ eventText });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
    return lines(run.stdout, 'error');
  }

  test('invalid JSON is one line, exit 2', async () => {
    const [line, ...rest] = await failure('{"pull_request": {"number": 7');
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^::error::scribe-lint: the event payload GITHUB_EVENT_PATH=\S+event\.json is not valid JSON: /,
    );
  });

  test('a missing file is one line, exit 2', async () => {
    expect(await failure(null)).toEqual([
      expect.stringMatching(
        /^::error::scribe-lint: cannot read the event payload GITHUB_EVENT_PATH=\S+: ENOENT$/,
      ),
    ]);
  });

  test('a pull_request event without a pull_request is one line, exit 2', async () => {
    expect(await failure('{"action": "opened"}')).toEqual([
      '::error::scribe-lint: the pull_request event payload has no pull_request with a number',
    ]);
    expect(await failure('[1, 2]')).toEqual([expect.stringMatching(/is not a JSON object$/)]);
  });
});

describe('a password too short to mask', () => {
  test('is not registered as a log mask, a warning asks for a longer one, and no message shows it', async () => {
    const run = await runAction({
      actionDir,
      workspace: clinicApp(),
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: { 'database-url': 'postgres://auditor:a@127.0.0.1:1/app' },
    });

    expect(run.status).toBe(2);
    const masks = lines(run.stdout, 'add-mask');
    expect(masks).toContain('::add-mask::postgres://auditor:a@127.0.0.1:1/app');
    expect(masks).not.toContain('::add-mask::a');
    expect(lines(run.stdout, 'warning')).toContain(
      '::warning::the password in input database-url is too short to mask in the log without giving it away ' +
        '(under 4 characters); scribe-lint does not print it, but use a long random password',
    );
    expect(lines(run.stdout, 'error')).toEqual([
      '::error::scribe-lint: cannot connect to database auditor@127.0.0.1:1/app: connection refused',
    ]);
  });
});

describe('no migrations where the run looked', () => {
  test('a warning annotation says where it looked and how to set `path` or `migrations`', async () => {
    const root = makeWorkspace({ 'db/migrations/20250101000000_init.sql': INIT });
    cleanup.push(root);
    const run = await runAction({
      actionDir,
      workspace: root,
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: { shadow: 'false' },
    });

    expect(run.status).toBe(0);
    expect(lines(run.stdout, 'warning')).toEqual([
      '::warning title=scribe-lint%3A nothing to lint::scribe-lint: no migration files (.sql) found in ' +
        "supabase/migrations: set the Action's `path` input to the migrations folder, or `migrations` in " +
        'scribe-lint.toml',
    ]);
  });
});

describe('a live database where another session holds a lock the audit needs', () => {
  let database: TestDatabase;
  let holder: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.exec(`
      create table public.audit_logs (id bigint, created_at timestamptz not null) partition by range (created_at);
      alter table public.audit_logs enable row level security;
      create table public.audit_logs_2026_01 partition of public.audit_logs
        for values from ('2026-01-01') to ('2026-02-01');
      alter table public.audit_logs_2026_01 enable row level security;`);
    holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table public.audit_logs in access exclusive mode');
  });
  afterAll(async () => {
    await holder?.query('rollback').catch(() => {});
    await holder?.end();
    await database?.drop();
  });

  test('the blocked checks are info findings, the runway picture a notice, and the report is whole', async () => {
    const root = makeWorkspace({});
    cleanup.push(root);
    const run = await runAction({
      actionDir,
      workspace: root,
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: { 'database-url': database.url },
    });

    expect(run.stdout).not.toContain('internal error');
    expect(run.status).toBe(0);
    expect(lines(run.stdout, 'notice')).toContainEqual(
      expect.stringMatching(
        /^::notice::scribe-lint could not draw the audit partition runway: another session \(pid \d+\) holds ACCESS EXCLUSIVE on `public\.audit_logs`/,
      ),
    );
    const results = JSON.parse(run.sarif).runs[0].results as {
      ruleId: string;
      level: string;
      message: { text: string };
    }[];
    const notVerified = results.filter((result) => result.message.text.startsWith('not verified'));
    expect(notVerified.map((result) => [result.ruleId, result.level])).toEqual([
      ['audit-immutable', 'note'],
      ['audit-partitioned', 'note'],
      ['partition-runway', 'note'],
    ]);
    expect(run.summary).toContain('not verified: another session');
  }, 90_000);
});
