// The bundled Action, end to end: copied with action.yml into an empty folder, run as a subprocess with a
// runner's environment, talking to a local stand-in for the GitHub REST API.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitHubStandIn, newFilePatch } from './github-standin.ts';
import { installAction, makeWorkspace, runAction, writeFile, type RunOptions } from './run-action.ts';

const TOKEN = 'ghs_standInToken0123456789';
const MARKER = '<!-- scribe-lint -->';
const DOCS = 'https://github.com/mental-scribe/scribe-lint/blob/main/rules';

/** A schema that satisfies the schema rules, so the findings below come from the statement rules alone. */
const INIT = `create table public.clients (id bigint primary key, name text, program_id bigint);
alter table public.clients enable row level security;
create table public.programs (id bigint primary key);
alter table public.programs enable row level security;
create index idx_clients_program on public.clients (program_id);
`;
/** Most tests check the Action's plumbing; the statement rules are enough and start faster. */
const NO_SHADOW = { shadow: 'false' };
/** Outside the pull request: an existing finding that must be listed but never fail the check. */
const OLD = 'create index idx_clients_name on public.clients (name);\n';
const PR_FILE = 'supabase/migrations/20250201000000_link_programs.sql';
const FOREIGN_KEY =
  'alter table public.clients add constraint clients_program_fk foreign key (program_id) references public.programs (id);\n';

let actionDir: string;
const cleanup: string[] = [];

beforeAll(() => {
  actionDir = installAction();
  cleanup.push(actionDir);
});

afterAll(() => {
  for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = makeWorkspace(files);
  cleanup.push(root);
  return root;
}

function clinicApp(prFile: string): string {
  return workspace({
    'supabase/migrations/20250101000000_init.sql': INIT,
    'supabase/migrations/20250115000000_old_index.sql': OLD,
    [PR_FILE]: prFile,
  });
}

/** Workflow-command lines of one kind, in the order printed. */
function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`));
}

describe('on a pull request', () => {
  const api = new GitHubStandIn(TOKEN);
  let root: string;
  let base: Omit<RunOptions, 'apiUrl'>;

  beforeAll(async () => {
    await api.start();
    // 250 changed files: the migration is on the third page of 100.
    api.files = Array.from({ length: 250 }, (_, i) => `src/generated/file-${i}.ts`);
    api.files.splice(230, 0, PR_FILE);
    // 120 earlier comments: the sticky one lands on the second page of 100.
    for (let i = 0; i < 120; i++) api.addComment(`review comment ${i}`);
    root = clinicApp(FOREIGN_KEY);
    base = {
      actionDir,
      workspace: root,
      token: TOKEN,
      event: 'pull_request',
      pull: { number: 7, changedFiles: 251 },
      inputs: NO_SHADOW,
    };
  });
  afterAll(() => api.stop());

  test('first run: annotates the new finding, lists the existing one, writes summary, SARIF, outputs, one comment', async () => {
    const run = await runAction({ ...base, apiUrl: api.baseUrl });

    // Only a warning is new, and an existing error never fails the check.
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(commands(run.stdout, 'warning')).toEqual([
      `::warning file=${PR_FILE},line=1,col=32,endLine=1,endColumn=118,title=scribe-lint constraint-not-valid::` +
        'FOREIGN KEY constraint `clients_program_fk` on existing table `public.clients` scans every row under a ' +
        'lock that blocks writes; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement',
    ]);
    expect(commands(run.stdout, 'error')).toEqual([]);

    expect(run.summary).toContain('### ⚠️ scribe-lint: 0 errors, 1 warning');
    expect(run.summary).toContain('Pull request #7 changes 251 files');
    expect(run.summary).toContain(
      `| 🟡 warning | [\`constraint-not-valid\`](${DOCS}/constraint-not-valid.md) | \`${PR_FILE}:1:32\` |`,
    );
    // The existing error is collapsed to a count per rule after the new findings.
    expect(run.summary).not.toContain('20250115000000_old_index.sql');
    expect(run.summary).toContain(
      '<details><summary>1 existing finding not in the change: 1 concurrent-index</summary>',
    );
    expect(run.summary).toContain(`| [\`concurrent-index\`](${DOCS}/concurrent-index.md) | 1 |`);
    expect(run.summary.indexOf(PR_FILE)).toBeLessThan(run.summary.indexOf('<details>'));
    expect(run.summary).toMatch(/#### (Shadow replay|Schema)/);

    expect(run.outputs).toMatchObject({ findings: '1', errors: '0', warnings: '1' });
    expect(run.outputs['sarif-file']).toMatch(/scribe-runner-\w+\/temp\/scribe-lint\.sarif$/);
    const sarif = JSON.parse(run.sarif);
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId).sort()).toEqual([
      'concurrent-index',
      'constraint-not-valid',
    ]);

    // Files: three pages of 100; comments: two pages; one comment created.
    expect(api.count('GET', /\/pulls\/7\/files/)).toBe(3);
    expect(api.count('GET', /\/issues\/7\/comments/)).toBe(2);
    expect(api.count('POST', /\/issues\/7\/comments/)).toBe(1);
    const sticky = api.comments.filter((comment) => comment.body.startsWith(MARKER));
    expect(sticky).toHaveLength(1);
    expect(sticky[0].body).toContain('constraint-not-valid');
    expect(sticky[0].body).toContain('https://github.example/acme/clinic/actions/runs/4242');
    // New first in the comment too: the existing error is only a count per rule.
    expect(sticky[0].body).not.toContain('20250115000000_old_index.sql');
    expect(sticky[0].body).toContain(
      '<details><summary>1 existing finding not in the change: 1 concurrent-index</summary>',
    );
  });

  test('second run with a new error: the same comment is updated in place, errors annotated first, step fails', async () => {
    writeFile(
      root,
      PR_FILE,
      `${FOREIGN_KEY}create index idx_clients_program on public.clients (program_id);\n`,
    );
    const before = api.requests.length;
    const run = await runAction({ ...base, apiUrl: api.baseUrl });

    expect(run.status).toBe(1);
    const annotationLines = run.stdout.split('\n').filter((line) => /^::(error|warning) file=/.test(line));
    expect(annotationLines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::warning']);
    expect(annotationLines[0]).toContain(`file=${PR_FILE},line=2,col=1,`);
    expect(annotationLines[0]).toContain('title=scribe-lint concurrent-index::');
    expect(run.stdout).toContain('::error::scribe-lint: 1 finding at or above fail-on "error"');
    expect(run.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1' });

    const requests = api.requests.slice(before);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    expect(requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    const sticky = api.comments.filter((comment) => comment.body.startsWith(MARKER));
    expect(sticky).toHaveLength(1);
    expect(sticky[0].body).toContain('### ❌ scribe-lint: 1 error, 1 warning');
    expect(requests.find((request) => request.method === 'PATCH')?.path).toBe(
      `/repos/acme/clinic/issues/comments/${sticky[0].id}`,
    );
  });

  test('findings fixed: the comment becomes a short all-clear', async () => {
    writeFile(root, PR_FILE, FOREIGN_KEY.replace(');\n', ') not valid;\n'));
    const run = await runAction({ ...base, apiUrl: api.baseUrl });

    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0' });
    const sticky = api.comments.filter((comment) => comment.body.startsWith(MARKER));
    expect(sticky).toHaveLength(1);
    expect(sticky[0].body).toBe(
      `${MARKER}\n### ✅ scribe-lint: all clear\n\nNo findings in this pull request's files. 1 existing finding ` +
        "outside this pull request's files. [Job summary](https://github.example/acme/clinic/actions/runs/4242).\n",
    );
    expect(api.count('POST', /\/issues\/7\/comments/)).toBe(1);

    // A run that changes nothing leaves the comment alone.
    const before = api.requests.length;
    await runAction({ ...base, apiUrl: api.baseUrl });
    expect(api.requests.slice(before).filter((request) => request.method !== 'GET')).toHaveLength(0);
  });

  test('every request carries the token and nothing else of the inputs', () => {
    expect(api.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    expect(api.requests.some((request) => request.body.includes(TOKEN))).toBe(false);
  });
});

describe('on a pull request from a fork (read-only token)', () => {
  const api = new GitHubStandIn(TOKEN);
  beforeAll(async () => {
    await api.start();
    api.files = [PR_FILE];
    api.readOnly = true;
  });
  afterAll(() => api.stop());

  test('says so in a notice and does not fail for it', async () => {
    const run = await runAction({
      actionDir,
      workspace: clinicApp(FOREIGN_KEY),
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'pull_request',
      pull: { number: 7, changedFiles: 1 },
      inputs: NO_SHADOW,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '::notice::scribe-lint could not comment on pull request #7 (HTTP 403): the token may not write to it',
    );
    expect(api.count('POST', /\/issues\/7\/comments/)).toBe(1);
    expect(api.comments).toHaveLength(0);
    expect(commands(run.stdout, 'warning')).toHaveLength(1);
  });
});

describe('fix suggestions on a pull request', () => {
  const api = new GitHubStandIn(TOKEN);
  const SUGGESTION = '<!-- scribe-lint-suggestion:concurrent-index:';
  /** Split over two lines: the fix edits the first, so the second may change and the comment stays put. */
  const INDEX = 'create index idx_clients_name\n  on public.clients (name);\n';
  let root: string;
  let base: Omit<RunOptions, 'apiUrl'>;

  function prFile(text: string): void {
    writeFile(root, PR_FILE, text);
    api.patches = { [PR_FILE]: newFilePatch(text) };
  }
  const ours = () => api.reviewComments.filter((comment) => comment.body.startsWith(SUGGESTION));

  beforeAll(async () => {
    await api.start();
    api.files = [PR_FILE];
    root = clinicApp(INDEX);
    prFile(INDEX);
    base = {
      actionDir,
      workspace: root,
      token: TOKEN,
      event: 'pull_request',
      pull: { number: 7, changedFiles: 1 },
      inputs: NO_SHADOW,
    };
  });
  afterAll(() => api.stop());

  test('first run: one review comment on the line, with the CONCURRENTLY suggestion, on the head commit', async () => {
    const run = await runAction({ ...base, apiUrl: api.baseUrl });

    expect(run.status).toBe(1);
    expect(ours()).toHaveLength(1);
    const [comment] = ours();
    expect(comment).toMatchObject({
      path: PR_FILE,
      line: 1,
      start_line: null,
      side: 'RIGHT',
      commit_id: 'b'.repeat(40),
    });
    expect(comment.body).toContain(
      `[\`concurrent-index\`](${DOCS}/concurrent-index.md): \`CREATE INDEX\` on existing table \`public.clients\``,
    );
    expect(comment.body).toContain('\n```suggestion\ncreate index concurrently idx_clients_name\n```\n');
    expect(run.stdout).toContain('fix suggestions: 1 created, 0 updated, 0 unchanged');
  });

  test('second run with the finding changed: the same comment is updated, never duplicated', async () => {
    prFile('create index idx_clients_name\n  on public.programs (id);\n');
    const [before] = ours();
    const run = await runAction({ ...base, apiUrl: api.baseUrl });

    expect(run.status).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(before.id);
    expect(ours()[0].body).toContain('on existing table `public.programs`');
    expect(api.count('POST', /\/pulls\/7\/comments/)).toBe(1);
    expect(api.count('PATCH', new RegExp(`/pulls/comments/${before.id}$`))).toBe(1);

    // Nothing changed: nothing written.
    const writes = api.count('PATCH', /\/pulls\/comments\//);
    await runAction({ ...base, apiUrl: api.baseUrl });
    expect(api.count('PATCH', /\/pulls\/comments\//)).toBe(writes);
    expect(api.count('POST', /\/pulls\/7\/comments/)).toBe(1);
  });

  test('a 403 on the review comments costs one notice and the same exit code', async () => {
    prFile('create index idx_programs_id\n  on public.programs (id);\n');
    api.faults = [{ method: 'POST', path: /\/pulls\/7\/comments$/, times: 1, status: 403 }];
    const run = await runAction({ ...base, apiUrl: api.baseUrl });

    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(commands(run.stdout, 'notice')).toEqual([
      '::notice::scribe-lint could not post 1 fix suggestion on pull request #7 (HTTP 403): the token may not ' +
        'write review comments (give the workflow `pull-requests: write`; pull requests from forks get a ' +
        'read-only token). The findings are in the annotations and the job summary.',
    ]);
    expect(run.stdout).toContain('::error::scribe-lint: 1 finding at or above fail-on "error"');
    expect(api.comments.filter((comment) => comment.body.startsWith(MARKER))).toHaveLength(1);
  });

  test("a read-only token: the comment's notice is the only one, and no suggestion is tried", async () => {
    prFile('create index idx_clients_id\n  on public.clients (id);\n');
    api.readOnly = true;
    const before = api.requests.length;
    const run = await runAction({ ...base, apiUrl: api.baseUrl });
    api.readOnly = false;

    expect(run.status).toBe(1);
    expect(commands(run.stdout, 'notice')).toEqual([
      '::notice::scribe-lint could not comment on pull request #7 (HTTP 403): the token may not write to it, as ' +
        'with pull requests from forks. The findings are in the annotations and the job summary.',
    ]);
    expect(
      api.requests.slice(before).filter((request) => /\/pulls\/(7\/)?comments/.test(request.path)),
    ).toEqual([]);
  });

  test('a pull request from a fork: a notice, and no review comment call at all', async () => {
    const before = api.requests.length;
    const run = await runAction({
      ...base,
      apiUrl: api.baseUrl,
      eventText: JSON.stringify({
        pull_request: {
          number: 7,
          changed_files: 1,
          head: { sha: 'b'.repeat(40), repo: { full_name: 'someone/clinic' } },
          base: { sha: 'c'.repeat(40), repo: { full_name: 'acme/clinic' } },
        },
      }),
    });

    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::notice::scribe-lint did not post 1 fix suggestion on pull request #7: it comes from a fork, whose token ' +
        'may not write. The findings are in the annotations and the job summary.',
    );
    expect(
      api.requests.slice(before).filter((request) => /\/pulls\/(7\/)?comments/.test(request.path)),
    ).toEqual([]);
  });
});

describe('the SQL of a fix for a new migration', () => {
  const api = new GitHubStandIn(TOKEN);
  beforeAll(async () => {
    await api.start();
    api.files = [PR_FILE];
  });
  afterAll(() => api.stop());

  test('is in the sticky comment, in a collapsed block under a line naming its finding', async () => {
    // No index on clients.program_id: the foreign key the pull request adds is unindexed (fk-index, shadow).
    const unindexed = INIT.replace('create index idx_clients_program on public.clients (program_id);\n', '');
    const run = await runAction({
      actionDir,
      workspace: workspace({
        'supabase/migrations/20250101000000_init.sql': unindexed,
        [PR_FILE]: FOREIGN_KEY,
      }),
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'pull_request',
      pull: { number: 7, changedFiles: 1 },
    });

    expect(run.stderr).toBe('');
    const [sticky] = api.comments.filter((comment) => comment.body.startsWith(MARKER));
    expect(sticky.body).toContain('`fk-index`');
    expect(sticky.body).toMatch(
      new RegExp(
        '<details><summary>1 fix as SQL for a new migration</summary>\\n\\n```sql\\n' +
          `-- fk-index \\(${PR_FILE}:1\\)\\n` +
          'create index concurrently [^\\n]*on public\\.clients \\(program_id\\);\\n```\\n\\n</details>',
      ),
    );
  });
});

describe('on a schedule (no pull request)', () => {
  const api = new GitHubStandIn(TOKEN);
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  test('annotates at most 10 per severity, errors first, puts the rest in the summary, calls no API', async () => {
    const indexes = Array.from({ length: 12 }, (_, i) => `create index idx_${i} on public.clients (name);`);
    const keys = Array.from(
      { length: 12 },
      (_, i) =>
        `alter table public.clients add constraint fk_${i} foreign key (program_id) references public.programs (id);`,
    );
    const root = workspace({
      'supabase/migrations/20250101000000_init.sql': INIT,
      'supabase/migrations/20250201000000_many.sql': [...indexes, ...keys].join('\n') + '\n',
    });
    const run = await runAction({
      actionDir,
      workspace: root,
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
      inputs: NO_SHADOW,
    });

    expect(run.status).toBe(1);
    const kinds = run.stdout
      .split('\n')
      .filter((line) => /^::(error|warning|notice) file=/.test(line))
      .map((line) => line.slice(2, line.indexOf(' ')));
    expect(kinds).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning')]);
    expect(run.summary).toContain('20 findings annotated on the diff; 4 more are only in the table below');
    expect(run.summary.match(/^\| 🔴 error \|/gm)).toHaveLength(12);
    expect(run.summary.match(/^\| 🟡 warning \|/gm)).toHaveLength(12);
    expect(run.outputs).toMatchObject({ findings: '24', errors: '12', warnings: '12' });
    expect(api.requests).toHaveLength(0);
  });

  test('a bad input is one line, exit 2, and its value is not echoed', async () => {
    const root = workspace({ 'supabase/migrations/20250101000000_init.sql': INIT });
    const common = {
      actionDir,
      workspace: root,
      apiUrl: api.baseUrl,
      token: TOKEN,
      event: 'schedule',
    } as const;
    const badFailOn = await runAction({
      ...common,
      inputs: { ...NO_SHADOW, 'fail-on': 'hunter2-pasted-here' },
    });
    expect(badFailOn.status).toBe(2);
    expect(commands(badFailOn.stdout, 'error')).toEqual([
      '::error::scribe-lint: input fail-on must be one of error, warning, info, never',
    ]);
    expect(badFailOn.everything).not.toContain('hunter2');

    const badClock = await runAction({ ...common, env: { SCRIBE_LINT_NOW: 'someday' } });
    expect(badClock.status).toBe(2);
    expect(commands(badClock.stdout, 'error')).toEqual([
      '::error::scribe-lint: SCRIBE_LINT_NOW must be a date like 2026-01-15; got "someday"',
    ]);
  });
});
