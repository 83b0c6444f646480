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
    send(response, 404, { message: 'Not Found' });
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
