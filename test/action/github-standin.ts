// A local stand-in for the few GitHub REST endpoints the Action calls, answering as GitHub does: page-numbered
// lists with `Link` headers, 201 on create, 403 "Resource not accessible by integration" for a read-only
// token and for `GET /user` with an installation token. It records every request so tests can assert what
// the Action sent, and can misbehave on demand (`faults`): answer an error status, or never answer.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** A review comment on the diff, with the fields GitHub answers that the Action reads or tests assert. */
export interface StandInReviewComment {
  id: number;
  body: string;
  path: string;
  commit_id: string;
  /** The comment's last line in the current diff; null once a push changed its lines (outdated). */
  line: number | null;
  start_line: number | null;
  original_line: number;
  side: string;
  start_side: string | null;
  user: { login: string; type: string };
}

/** The next `times` requests matching `method` and `path` get `status` (with `headers`), or no answer. */
export interface Fault {
  method: string;
  path: RegExp;
  times: number;
  status?: number;
  headers?: Record<string, string>;
  /** Accept the request and never answer it. */
  hang?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body: string;
  /** When it arrived (`performance.now()`), to measure the client's waits. */
  at: number;
}

export class GitHubStandIn {
  /** File paths the pull request changes, in GitHub's order. */
  files: string[] = [];
  comments: StandInComment[] = [];
  /** Unified diffs by file path, served as each listed file's `patch` (absent: GitHub sent none). */
  patches: Record<string, string> = {};
  reviewComments: StandInReviewComment[] = [];
  /** Like the token of a pull request from a fork: reads work, writes answer 403. */
  readOnly = false;
  /**
   * Who the token is: a person's login (a personal access token, `GET /user` answers it), or undefined for
   * the Actions token, which GitHub answers 403 on `GET /user` and whose comments are `github-actions[bot]`'s.
   */
  tokenUser: string | undefined = undefined;
  faults: Fault[] = [];
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private nextId = 1000;
  baseUrl = '';

  constructor(
    readonly token: string,
    readonly repository = 'acme/clinic',
    readonly pullNumber = 7,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      readBody(request).then((body) => this.handle(request, body, response));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addComment(body: string, login = 'a-reviewer'): StandInComment {
    const type = login.endsWith('[bot]') ? 'Bot' : 'User';
    const comment = { id: this.nextId++, body, user: { login, type } };
    this.comments.push(comment);
    return comment;
  }

  addReviewComment(
    fields: Pick<StandInReviewComment, 'body' | 'path' | 'line'> & Partial<StandInReviewComment>,
    login = 'a-reviewer',
  ): StandInReviewComment {
    const type = login.endsWith('[bot]') ? 'Bot' : 'User';
    const comment: StandInReviewComment = {
      id: this.nextId++,
      commit_id: 'b'.repeat(40),
      start_line: null,
      original_line: fields.line ?? 1,
      side: 'RIGHT',
      start_side: null,
      user: { login, type },
      ...fields,
    };
    this.reviewComments.push(comment);
    return comment;
  }

  /** Requests by method and path pattern, e.g. `count('GET', /\/files/)`. */
  count(method: string, path: RegExp): number {
    return this.requests.filter((request) => request.method === method && path.test(request.path)).length;
  }

  private handle(request: IncomingMessage, body: string, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const route = `${request.method} ${url.pathname}`;
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      body,
      at: performance.now(),
    });
    if (request.headers.authorization !== `token ${this.token}`) {
      return send(response, 401, { message: 'Bad credentials' });
    }
    const fault = this.faults.find(
      (each) => each.times > 0 && each.method === request.method && each.path.test(url.pathname),
    );
    if (fault) {
      fault.times--;
      if (fault.hang) return; // the socket stays open; stop() closes it
      return send(response, fault.status ?? 500, { message: 'stand-in fault' }, fault.headers);
    }
    if (route === 'GET /user') {
      if (this.tokenUser === undefined) return forbidden(response);
      return send(response, 200, { login: this.tokenUser, type: 'User' });
    }
    const base = `/repos/${this.repository}`;
    const pull = this.pullNumber;
    if (route === `GET ${base}/pulls/${pull}/files`) {
      const files = this.files.map((filename) => ({
        filename,
        status: 'modified',
        additions: 1,
        deletions: 0,
        ...(this.patches[filename] !== undefined && { patch: this.patches[filename] }),
      }));
      return this.page(url, files, response);
    }
    if (route === `GET ${base}/issues/${pull}/comments`) return this.page(url, this.comments, response);
    if (route === `POST ${base}/issues/${pull}/comments`) {
      if (this.readOnly) return forbidden(response);
      const author = this.tokenUser ?? 'github-actions[bot]';
      return send(response, 201, this.addComment(JSON.parse(body).body, author));
    }
    const update = url.pathname.match(new RegExp(`^${base}/issues/comments/(\\d+)$`));
    if (request.method === 'PATCH' && update) {
      if (this.readOnly) return forbidden(response);
      const comment = this.comments.find((each) => each.id === Number(update[1]));
      if (!comment) return send(response, 404, { message: 'Not Found' });
      comment.body = JSON.parse(body).body;
      return send(response, 200, comment);
    }
    if (route === `GET ${base}/pulls/${pull}/comments`) return this.page(url, this.reviewComments, response);
    if (route === `POST ${base}/pulls/${pull}/comments`) {
      if (this.readOnly) return forbidden(response);
      return this.createReviewComment(JSON.parse(body), response);
    }
    const reviewUpdate = url.pathname.match(new RegExp(`^${base}/pulls/comments/(\\d+)$`));
    if (request.method === 'PATCH' && reviewUpdate) {
      if (this.readOnly) return forbidden(response);
      const comment = this.reviewComments.find((each) => each.id === Number(reviewUpdate[1]));
      if (!comment) return send(response, 404, { message: 'Not Found' });
      comment.body = JSON.parse(body).body;
      return send(response, 200, comment);
    }
    send(response, 404, { message: 'Not Found' });
  }

  /**
   * GitHub's checks on a new review comment: the fields it requires, a file of the pull request, and lines
   * of one hunk of that file's diff on the RIGHT side (added or context lines), `start_line` before `line`.
   */
  private createReviewComment(fields: Record<string, unknown>, response: ServerResponse): void {
    const { body, commit_id, path, line, start_line, side, start_side } = fields;
    if (typeof body !== 'string' || typeof commit_id !== 'string' || typeof path !== 'string')
      return invalid(response, 'body, commit_id and path are required');
    if (typeof line !== 'number') return invalid(response, 'line is required');
    if (side !== undefined && side !== 'RIGHT' && side !== 'LEFT')
      return invalid(response, 'side is invalid');
    if (start_line !== undefined && (typeof start_line !== 'number' || start_line >= line))
      return invalid(response, 'start_line must precede the end line');
    const hunk = hunksOf(this.patches[path] ?? '').find((each) => each.from <= line && line <= each.to);
    const first = typeof start_line === 'number' ? start_line : line;
    if (!this.files.includes(path) || !hunk || first < hunk.from)
      return invalid(response, 'pull_request_review_thread.line must be part of the diff');
    const comment = this.addReviewComment(
      {
        body,
        path,
        line,
        commit_id,
        start_line: typeof start_line === 'number' ? start_line : null,
        original_line: line,
        side: typeof side === 'string' ? side : 'RIGHT',
        start_side: typeof start_side === 'string' ? start_side : null,
      },
      this.tokenUser ?? 'github-actions[bot]',
    );
    send(response, 201, comment);
  }

  /** GitHub's pagination: `per_page` (default 30, at most 100), `page` from 1, `Link` with next and last. */
  private page(url: URL, items: unknown[], response: ServerResponse): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (number: number, rel: string) => {
      const target = new URL(url.pathname, this.baseUrl);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(number));
      return `<${target}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
    send(response, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }
}

/** The RIGHT-side line ranges of a patch's hunks (`@@ -a,b +from,count @@`). */
function hunksOf(patch: string): { from: number; to: number }[] {
  return [...patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)].map((match) => {
    const from = Number(match[1]);
    return { from, to: from + Number(match[2] ?? 1) - 1 };
  });
}

/** The patch GitHub shows for a file the pull request adds: every line a `+` line of one hunk. */
export function newFilePatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n');
}

function invalid(response: ServerResponse, message: string): void {
  send(response, 422, {
    message: 'Validation Failed',
    errors: [{ resource: 'PullRequestReviewComment', code: 'custom', message }],
    documentation_url:
      'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function forbidden(response: ServerResponse): void {
  send(response, 403, {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
