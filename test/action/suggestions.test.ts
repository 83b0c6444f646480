// Fix suggestions on the pull request's diff, without a subprocess: the lines a fix's byte edits touch, which
// of them a patch added, the review comment planned for each finding, and keeping those comments in step with
// the findings against the GitHub stand-in (created once, updated in place, never duplicated, a refusal
// reported rather than thrown). And the sticky comment's collapsed SQL for fixes that need a new migration.

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { planComment, sqlFixesDetails } from '../../src/action/comment.ts';
import { createApi, type GitHubApi } from '../../src/action/github-api.ts';
import type { PullRequestRef } from '../../src/action/pull-request.ts';
import { pullRequestOf } from '../../src/action/pull-request.ts';
import {
  addedLines,
  lineChange,
  planSuggestions,
  suggestionKey,
  suggestionNotice,
  syncSuggestions,
  MAX_SUGGESTIONS,
  type SuggestionPlan,
} from '../../src/action/suggestions.ts';
import type { LintResult } from '../../src/engine.ts';
import type { ReportInput } from '../../src/report/types.ts';
import type { Finding, FixEdit } from '../../src/types.ts';
import { GitHubStandIn, newFilePatch } from './github-standin.ts';

const FILE = 'supabase/migrations/20250201000000_indexes.sql';
const DOCS = 'https://github.com/mental-scribe/scribe-lint/blob/main/rules';

/** The edit that inserts ` concurrently` after the first `index` of `text` (what concurrent-index proposes). */
function concurrently(text: string, file = FILE): FixEdit {
  const at = Buffer.byteLength(text.slice(0, text.indexOf('index') + 'index'.length), 'utf8');
  return { file, start: at, end: at, text: ' concurrently' };
}

function indexFinding(text: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'concurrent-index',
    severity: 'error',
    message:
      '`CREATE INDEX` on existing table `public.clients` without CONCURRENTLY blocks writes for the whole build',
    location: { file: FILE, line, column: 1, endLine: line, endColumn: 10 },
    isNew: true,
    fix: { edits: [concurrently(text)] },
    ...extra,
  };
}

describe('the lines a fix touches', () => {
  test('an insertion inside a line: that line, before and after', () => {
    const text = 'select 1;\ncreate index idx on public.clients (name);\n';
    expect(lineChange([concurrently(text)], text)).toEqual({
      file: FILE,
      first: 2,
      last: 2,
      before: 'create index idx on public.clients (name);',
      after: 'create index concurrently idx on public.clients (name);',
    });
  });

  test('byte offsets, not string indexes: a multibyte name before the edit', () => {
    const text = '-- café ☕\ncreate index "idx_é" on public.clients (name);\n';
    const change = lineChange([concurrently(text)], text);
    expect(change?.after).toBe('create index concurrently "idx_é" on public.clients (name);');
    expect(change?.first).toBe(2);
  });

  test('edits over several lines replace exactly those lines', () => {
    const text = 'create table t (a int);\ncreate index idx\n  on t\n  (a);\nselect 1;\n';
    const start = Buffer.byteLength('create table t (a int);\ncreate index idx\n  on ');
    const edits: FixEdit[] = [
      {
        file: FILE,
        start: start - 'idx\n  on '.length,
        end: start - 'idx\n  on '.length,
        text: 'concurrently ',
      },
      { file: FILE, start, end: start + 1, text: 'public.t' },
    ];
    expect(lineChange(edits, text)).toMatchObject({
      first: 2,
      last: 3,
      after: 'create index concurrently idx\n  on public.t',
    });
  });

  test('removing a whole line, its break included, suggests nothing in its place', () => {
    const text = 'begin;\ncreate index concurrently idx on t (a);\ncommit;\n';
    const edits: FixEdit[] = [{ file: FILE, start: 0, end: 'begin;\n'.length, text: '' }];
    expect(lineChange(edits, text)).toMatchObject({
      first: 1,
      last: 2,
      after: 'create index concurrently idx on t (a);',
    });
  });

  test('no change for edits outside the text, overlapping, across files, or changing nothing', () => {
    const text = 'create index idx on t (a);\n';
    expect(lineChange([{ file: FILE, start: 5, end: 500, text: '' }], text)).toBeUndefined();
    expect(
      lineChange(
        [
          { file: FILE, start: 0, end: 6, text: 'x' },
          { file: FILE, start: 3, end: 8, text: 'y' },
        ],
        text,
      ),
    ).toBeUndefined();
    expect(lineChange([concurrently(text), concurrently(text, 'other.sql')], text)).toBeUndefined();
    expect(lineChange([{ file: FILE, start: 0, end: 6, text: 'create' }], text)).toBeUndefined();
  });
});

describe('the lines a patch adds', () => {
  test('added lines only, counted on the new side across hunks', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' create table t (a int);',
      '-select 1;',
      '+select 2;',
      '+select 3;',
      ' select 4;',
      '@@ -10,2 +11,3 @@ create table t (a int);',
      ' select 10;',
      '+select 11;',
      ' select 12;',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 12]);
  });

  test("a new file's patch adds every line", () => {
    expect([...addedLines(newFilePatch('a;\nb;\nc;\n'))]).toEqual([1, 2, 3]);
  });
});

describe('planning suggestions', () => {
  const text = 'create table public.clients (id bigint);\ncreate index idx on public.clients (id);\n';
  const sources = (file: string) => (file === FILE ? text : undefined);

  test('a finding whose touched lines the pull request added: one comment with the suggestion and a marker', () => {
    const [plan, ...rest] = planSuggestions(
      [indexFinding(text, 2)],
      sources,
      new Map([[FILE, new Set([2])]]),
    );
    expect(rest).toEqual([]);
    const key = suggestionKey('concurrent-index', FILE, 'create index idx on public.clients (id);');
    expect(plan).toEqual({
      key,
      path: FILE,
      startLine: 2,
      line: 2,
      body:
        `<!-- scribe-lint-suggestion:${key} -->\n` +
        `🔴 **scribe-lint** [\`concurrent-index\`](${DOCS}/concurrent-index.md): \`CREATE INDEX\` on existing table ` +
        '`public.clients` without CONCURRENTLY blocks writes for the whole build\n\n' +
        '```suggestion\ncreate index concurrently idx on public.clients (id);\n```\n',
    });
    expect(key).toMatch(
      /^concurrent-index:supabase%2Fmigrations%2F20250201000000_indexes\.sql:[0-9a-f]{12}$/,
    );
  });

  test('nothing for lines the pull request did not add, existing or suppressed findings, or files without a patch', () => {
    const added = new Map([[FILE, new Set([1])]]);
    expect(planSuggestions([indexFinding(text, 2)], sources, added)).toEqual([]);
    const all = new Map([[FILE, new Set([1, 2])]]);
    expect(planSuggestions([indexFinding(text, 2, { isNew: false })], sources, all)).toEqual([]);
    expect(planSuggestions([indexFinding(text, 2, { suppressed: { reason: 'ok' } })], sources, all)).toEqual(
      [],
    );
    expect(planSuggestions([indexFinding(text, 2)], sources, new Map())).toEqual([]);
    expect(planSuggestions([indexFinding(text, 2, { fix: { sql: 'select 1;' } })], sources, all)).toEqual([]);
  });

  test('the key follows the lines, not their number: the same statement further down keeps it', () => {
    const moved = `-- a note\n\n${text}`;
    const first = planSuggestions([indexFinding(text, 2)], sources, new Map([[FILE, new Set([2])]]));
    const later = planSuggestions(
      [indexFinding(moved, 4)],
      () => moved,
      new Map([[FILE, new Set([1, 2, 3, 4])]]),
    );
    expect(later[0].key).toBe(first[0].key);
    expect(later[0].line).toBe(4);
  });

  test('two findings on the same lines get two keys, and at most MAX_SUGGESTIONS are planned', () => {
    const twice = planSuggestions(
      [indexFinding(text, 2), indexFinding(text, 2, { ruleId: 'concurrent-index' })],
      sources,
      new Map([[FILE, new Set([2])]]),
    );
    expect(twice.map((plan) => plan.key)).toEqual([twice[0].key, `${twice[0].key}:2`]);
    const many = Array.from({ length: MAX_SUGGESTIONS + 5 }, () => indexFinding(text, 2));
    expect(planSuggestions(many, sources, new Map([[FILE, new Set([2])]]))).toHaveLength(MAX_SUGGESTIONS);
  });

  test('20,000 findings in one 20,000-line file are planned in well under half a second, the file read once', () => {
    const statements = Array.from(
      { length: 20_000 },
      (_, i) => `create index idx_${i} on public.clients (id);`,
    );
    const big = `${statements.join('\n')}\n`;
    let reads = 0;
    const read = () => (reads++, big);
    let offset = 0;
    const findings = statements.map((statement, i) => {
      const at = offset + 'create index'.length; // ASCII: string and byte offsets agree
      offset += statement.length + 1;
      return indexFinding(statement, i + 1, {
        fix: { edits: [{ file: FILE, start: at, end: at, text: ' concurrently' }] },
      });
    });
    const planned = planSuggestions(findings, read, new Map([[FILE, new Set([19_999, 20_000])]]));
    expect(planned.map((plan) => plan.line)).toEqual([19_999, 20_000]);
    expect(planned[1].body).toContain(
      '```suggestion\ncreate index concurrently idx_19999 on public.clients (id);\n```',
    );
    expect(reads).toBe(1);
  });

  test('a file without a final line break: its last line can be suggested too', () => {
    const bare = 'select 1;\ncreate index idx on t (a);';
    const [plan] = planSuggestions([indexFinding(bare, 2)], () => bare, new Map([[FILE, new Set([2])]]));
    expect(plan).toMatchObject({ startLine: 2, line: 2 });
    expect(plan.body).toContain('```suggestion\ncreate index concurrently idx on t (a);\n```');
  });

  test('a suggestion holding ``` gets a longer fence', () => {
    const odd = 'create index idx on t (a); -- ```\n';
    const [plan] = planSuggestions([indexFinding(odd, 1)], () => odd, new Map([[FILE, new Set([1])]]));
    expect(plan.body).toContain('\n````suggestion\ncreate index concurrently idx on t (a); -- ```\n````\n');
  });
});

describe('keeping the review comments in step', () => {
  const TOKEN = 'ghs_standInToken0123456789';
  const standIn = new GitHubStandIn(TOKEN);
  const pull: PullRequestRef = { owner: 'acme', repo: 'clinic', number: 7 };
  const head = 'b'.repeat(40);
  const text = 'create table public.clients (id bigint);\ncreate index idx on public.clients (id);\n';
  let api: GitHubApi;

  function plans(source = text, message?: string): SuggestionPlan[] {
    const finding = indexFinding(source, 2, message ? { message } : {});
    return planSuggestions([finding], () => source, addedLinesFor(source));
  }
  function addedLinesFor(source: string) {
    return new Map([[FILE, addedLines(newFilePatch(source))]]);
  }

  beforeAll(async () => {
    await standIn.start();
    api = await createApi(TOKEN, { GITHUB_API_URL: standIn.baseUrl, SCRIBE_LINT_API_TIMEOUT_MS: '500' });
  });
  afterAll(() => standIn.stop());
  beforeEach(() => {
    standIn.files = [FILE];
    standIn.patches = { [FILE]: newFilePatch(text) };
    standIn.reviewComments = [];
    standIn.readOnly = false;
    standIn.faults = [];
    standIn.requests.length = 0;
  });

  test('first run creates the comment on the head commit; the same findings again change nothing', async () => {
    // 120 comments by people first: ours must be found on the second page of the listing.
    for (let i = 0; i < 120; i++) standIn.addReviewComment({ body: `nit ${i}`, path: FILE, line: 1 });
    expect(await syncSuggestions(api, pull, head, plans())).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      failed: 0,
    });
    const posted = JSON.parse(standIn.requests.find((request) => request.method === 'POST')!.body);
    expect(posted).toEqual({
      commit_id: head,
      path: FILE,
      line: 2,
      side: 'RIGHT',
      body: plans()[0].body,
    });

    const before = standIn.requests.length;
    expect(await syncSuggestions(api, pull, head, plans())).toMatchObject({ created: 0, unchanged: 1 });
    const again = standIn.requests.slice(before);
    expect(again.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(again.filter((request) => /\/pulls\/7\/comments/.test(request.path))).toHaveLength(2);
    expect(
      standIn.reviewComments.filter((comment) => comment.body.includes('scribe-lint-suggestion')),
    ).toHaveLength(1);
  });

  test('a changed finding on the same lines: the comment is updated in place, not posted again', async () => {
    await syncSuggestions(api, pull, head, plans());
    const [ours] = standIn.reviewComments;
    const changed = plans(text, 'a reworded message');
    expect(await syncSuggestions(api, pull, head, changed)).toMatchObject({ created: 0, updated: 1 });
    expect(standIn.reviewComments).toHaveLength(1);
    expect(standIn.reviewComments[0]).toMatchObject({ id: ours.id, body: changed[0].body });
    expect(standIn.count('PATCH', new RegExp(`/pulls/comments/${ours.id}$`))).toBe(1);
  });

  test('a multi-line suggestion sends start_line and start_side', async () => {
    const source = 'create index idx\n  on public.clients (id);\n';
    standIn.patches = { [FILE]: newFilePatch(source) };
    const edits: FixEdit[] = [
      concurrently(source),
      { file: FILE, start: source.indexOf('public'), end: source.indexOf('public'), text: 'only ' },
    ];
    const finding = indexFinding(source, 1, { fix: { edits } });
    const planned = planSuggestions([finding], () => source, addedLinesFor(source));
    expect(await syncSuggestions(api, pull, head, planned)).toMatchObject({ created: 1 });
    expect(standIn.reviewComments[0]).toMatchObject({ start_line: 1, line: 2, start_side: 'RIGHT' });
    expect(standIn.reviewComments[0].body).toContain(
      '```suggestion\ncreate index concurrently idx\n  on only public.clients (id);\n```',
    );
  });

  test("a person's comment quoting our marker, and our outdated comment, are left; a new one is posted", async () => {
    const [plan] = plans();
    const quoted = standIn.addReviewComment({ body: plan.body, path: FILE, line: 2 }, 'a-reviewer');
    const outdated = standIn.addReviewComment(
      { body: plan.body, path: FILE, line: null },
      'github-actions[bot]',
    );
    expect(await syncSuggestions(api, pull, head, [plan])).toMatchObject({ created: 1, updated: 0 });
    expect(standIn.reviewComments).toHaveLength(3);
    expect(standIn.reviewComments.find((each) => each.id === quoted.id)?.body).toBe(plan.body);
    expect(standIn.reviewComments.find((each) => each.id === outdated.id)?.line).toBeNull();
  });

  test('a read-only token: every suggestion counted as failed with the status, one request, no throw', async () => {
    standIn.readOnly = true;
    const two = [...plans(), { ...plans()[0], key: 'other', body: 'x' }];
    const sync = await syncSuggestions(api, pull, head, two);
    expect(sync).toMatchObject({ created: 0, failed: 2, status: 403, reason: 'HTTP 403' });
    expect(standIn.count('POST', /\/pulls\/7\/comments/)).toBe(1);
    expect(suggestionNotice(pull, sync)).toBe(
      'scribe-lint could not post 2 fix suggestions on pull request #7 (HTTP 403): the token may not write review ' +
        'comments (give the workflow `pull-requests: write`; pull requests from forks get a read-only token). The ' +
        'findings are in the annotations and the job summary.',
    );
  });

  test('a 422 for one comment (its lines not in the diff) does not stop the next', async () => {
    const [good] = plans();
    const outside = { ...good, key: 'elsewhere', line: 40, startLine: 40 };
    const sync = await syncSuggestions(api, pull, head, [outside, good]);
    expect(sync).toMatchObject({ created: 1, failed: 1, status: 422, reason: 'HTTP 422' });
    expect(standIn.reviewComments.map((comment) => comment.line)).toEqual([2]);
  });

  test('a listing that fails is a failed sync, not an exception', async () => {
    standIn.faults = [{ method: 'GET', path: /\/pulls\/7\/comments$/, times: 3, status: 502 }];
    const sync = await syncSuggestions(api, pull, head, plans());
    expect(sync).toMatchObject({ failed: 1, status: 502, reason: 'HTTP 502' });
    expect(standIn.reviewComments).toEqual([]);
  });
});

describe('the pull request event', () => {
  const event = (head: string | null) => ({
    pull_request: {
      number: 7,
      head: { sha: 'b'.repeat(40), repo: head === null ? null : { full_name: head } },
      base: { repo: { full_name: 'acme/clinic' } },
    },
  });
  test('a head repository other than the base is a fork; a deleted one too', () => {
    expect(pullRequestOf('pull_request', event('someone/clinic'), 'acme/clinic')?.fromFork).toBe(true);
    expect(pullRequestOf('pull_request', event(null), 'acme/clinic')?.fromFork).toBe(true);
    expect(pullRequestOf('pull_request', event('acme/clinic'), 'acme/clinic')?.fromFork).toBeUndefined();
    expect(
      pullRequestOf('pull_request', { pull_request: { number: 7 } }, 'acme/clinic')?.fromFork,
    ).toBeUndefined();
  });
});

describe('SQL fixes in the sticky comment', () => {
  const SQL = 'create index concurrently clients_program_id_idx on public.clients (program_id);';
  function fkFinding(extra: Partial<Finding> = {}): Finding {
    return {
      ruleId: 'fk-index',
      severity: 'warning',
      message: 'foreign key `clients_program_fk` on `public.clients (program_id)` has no index',
      location: { file: FILE, line: 3, column: 1, endLine: 3, endColumn: 20 },
      isNew: true,
      fix: { sql: SQL },
      ...extra,
    };
  }
  function reportOf(findings: Finding[]): ReportInput {
    const result: LintResult = {
      findings,
      suppressions: [],
      fileCount: 1,
      statementCount: 1,
      failOn: 'error',
      failed: false,
    };
    return { result, rules: allRules, readSource: () => undefined, toolVersion: '0.0.0' };
  }

  test('a collapsed block with each statement under the finding it fixes, shared SQL once', () => {
    const other = fkFinding({ location: { file: FILE, line: 9, column: 1, endLine: 9, endColumn: 2 } });
    expect(sqlFixesDetails([fkFinding(), other])).toBe(
      [
        '<details><summary>1 fix as SQL for a new migration</summary>',
        '',
        '```sql',
        `-- fk-index (${FILE}:3)`,
        SQL,
        '```',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  test('the comment carries it after the findings table; existing and suppressed findings add nothing', () => {
    const plan = planComment(reportOf([fkFinding()]), 'https://x/run');
    expect(plan.body).toContain(
      `<details><summary>1 fix as SQL for a new migration</summary>\n\n\`\`\`sql\n`,
    );
    expect(plan.body).toContain(SQL);
    expect(plan.body.indexOf('| Severity |')).toBeLessThan(plan.body.indexOf('fix as SQL'));
    const quiet = planComment(
      reportOf([fkFinding({ isNew: false }), fkFinding({ suppressed: { reason: 'later' } })]),
      'https://x/run',
    );
    expect(quiet.body).not.toContain(SQL);
  });

  test('SQL too long for the comment is left out with a line saying where it is', () => {
    const huge = fkFinding({ fix: { sql: `${'select 1;\n'.repeat(5000)}` } });
    const plan = planComment(reportOf([huge]), 'https://x/run', 20_000);
    expect(plan.body.length).toBeLessThanOrEqual(20_000);
    expect(plan.body).toContain(
      "_The SQL fixes are too long for this comment: the step's log shows each under its finding._",
    );
  });
});
