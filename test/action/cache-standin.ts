// A local stand-in for the GitHub Actions cache service, answering the calls @actions/cache 6 makes:
//
// - v2 (github.com: ACTIONS_CACHE_SERVICE_V2 with ACTIONS_RESULTS_URL): Twirp JSON posts to
//   /twirp/github.actions.results.api.v1.CacheService/<Method>, requests in proto field names
//   (`restore_keys`, `size_bytes` as an int64 string), a signed upload URL the library writes with the Azure
//   Blob SDK (one `PUT` with `x-ms-blob-type: BlockBlob`, or `?comp=block` parts and a `?comp=blocklist`),
//   and a download URL it reads with a plain `GET` (not an Azure host, so no SDK).
// - v1 (GitHub Enterprise Server: ACTIONS_CACHE_URL): REST under `_apis/artifactcache/`: `GET cache?keys=
//   &version=` (204 for a miss), `POST caches` to reserve, `PATCH caches/<id>` with `Content-Range` chunks,
//   `POST caches/<id>` to commit.
//
// An entry matches on its version (the library's hash of the paths and compression) and on its key: exactly
// for the primary key, by prefix for the restore keys, the newest first, as the service does. Every request
// is recorded; `failWith` answers one status (500: an outage) to all of them.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheEntry {
  key: string;
  version: string;
  /** The archive as uploaded (tar, zstd or gzip compressed); empty until the upload arrives. */
  archive: Buffer;
  finalized: boolean;
  createdAt: number;
}

export interface CacheRequest {
  method: string;
  path: string;
  authorization?: string;
  /** The body as text for the JSON calls; the byte count for uploads. */
  body: string;
}

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';
const REST = '/_apis/artifactcache/';

export class CacheServiceStandIn {
  readonly entries: CacheEntry[] = [];
  readonly requests: CacheRequest[] = [];
  /** Answer this status to every request: 500 for a cache service in an outage. */
  failWith: number | undefined = undefined;
  baseUrl = '';
  private server?: Server;
  private clock = 0;
  /** Staged Block Blob parts (`?comp=block`), by blob path and block id, until the block list commits them. */
  private readonly blocks = new Map<string, Buffer>();

  constructor(readonly token = 'standin-runtime-token') {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      readBody(request).then((body) => this.handle(request, body, response));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The environment the runner gives a JavaScript action for this service, v2 (github.com) or v1 (GHES). */
  runnerEnv(protocol: 'v1' | 'v2'): Record<string, string> {
    const common = { ACTIONS_RUNTIME_TOKEN: this.token, RUNNER_OS: 'Linux' };
    if (protocol === 'v1') return { ...common, ACTIONS_CACHE_URL: this.baseUrl };
    return {
      ...common,
      ACTIONS_RESULTS_URL: this.baseUrl,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      // Not a GitHub Enterprise Server host: the library uses v2 only on github.com (and *.ghe.com).
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /** Requests whose `METHOD path` matches, e.g. `count(/^PUT \/blob\//)`. */
  count(pattern: RegExp): number {
    return this.requests.filter((request) => pattern.test(`${request.method} ${request.path}`)).length;
  }

  private handle(request: IncomingMessage, body: Buffer, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const isJson = !url.pathname.startsWith('/blob/') && request.method !== 'PATCH';
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      body: isJson ? body.toString('utf8') : `${body.length} bytes`,
    });
    if (this.failWith) return sendJson(response, this.failWith, { msg: 'stand-in outage' });
    if (url.pathname.startsWith('/blob/')) return this.blob(request, url, body, response);
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return sendJson(response, 401, { msg: 'no runtime token' });
    }
    if (url.pathname.startsWith(TWIRP) && request.method === 'POST') {
      return this.twirp(url.pathname.slice(TWIRP.length), JSON.parse(body.toString('utf8')), response);
    }
    if (url.pathname.startsWith(REST)) return this.rest(request, url, body, response);
    sendJson(response, 404, { msg: 'not found' });
  }

  private twirp(method: string, input: Record<string, unknown>, response: ServerResponse): void {
    const key = String(input.key ?? '');
    const version = String(input.version ?? '');
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = (input.restore_keys as string[] | undefined) ?? [];
      const entry = this.find(key, restoreKeys, version);
      if (!entry) return sendJson(response, 200, { ok: false, signed_download_url: '', matched_key: '' });
      return sendJson(response, 200, {
        ok: true,
        signed_download_url: this.blobUrl(entry),
        matched_key: entry.key,
      });
    }
    if (method === 'CreateCacheEntry') {
      if (this.entries.some((each) => each.key === key && each.version === version)) {
        return sendJson(response, 409, { code: 'already_exists', msg: 'cache entry already exists' });
      }
      const entry = this.newEntry(key, version);
      return sendJson(response, 200, { ok: true, signed_upload_url: this.blobUrl(entry) });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.entries.find((each) => each.key === key && each.version === version);
      if (!entry || entry.archive.length !== Number(input.size_bytes)) {
        return sendJson(response, 200, { ok: false, entry_id: '0', message: 'upload incomplete' });
      }
      entry.finalized = true;
      return sendJson(response, 200, { ok: true, entry_id: String(this.entries.indexOf(entry) + 1) });
    }
    sendJson(response, 404, { code: 'bad_route', msg: `no method ${method}` });
  }

  private rest(request: IncomingMessage, url: URL, body: Buffer, response: ServerResponse): void {
    const resource = url.pathname.slice(REST.length);
    const byId = resource.match(/^caches\/(\d+)$/);
    const entry = byId ? this.entries[Number(byId[1]) - 1] : undefined;
    if (request.method === 'GET' && resource === 'cache') {
      const [key, ...restoreKeys] = (url.searchParams.get('keys') ?? '').split(',');
      const found = this.find(key, restoreKeys, url.searchParams.get('version') ?? '');
      if (!found) return void response.writeHead(204).end();
      return sendJson(response, 200, {
        cacheKey: found.key,
        scope: 'refs/heads/main',
        creationTime: new Date(found.createdAt).toISOString(),
        archiveLocation: this.blobUrl(found),
      });
    }
    if (request.method === 'POST' && resource === 'caches') {
      const { key, version } = JSON.parse(body.toString('utf8')) as { key: string; version: string };
      if (this.entries.some((each) => each.key === key && each.version === version)) {
        return sendJson(response, 409, { message: `Cache already exists. Key: ${key}` });
      }
      const reserved = this.newEntry(key, version);
      return sendJson(response, 201, { cacheId: this.entries.indexOf(reserved) + 1 });
    }
    if (request.method === 'PATCH' && entry) {
      const start = Number(/^bytes (\d+)-/.exec(request.headers['content-range'] ?? '')?.[1] ?? 0);
      const grown = Buffer.alloc(Math.max(entry.archive.length, start + body.length));
      entry.archive.copy(grown);
      body.copy(grown, start);
      entry.archive = grown;
      return void response.writeHead(204).end();
    }
    if (request.method === 'POST' && entry) {
      entry.finalized = entry.archive.length === (JSON.parse(body.toString('utf8')) as { size: number }).size;
      return void response.writeHead(entry.finalized ? 204 : 400).end();
    }
    sendJson(response, 404, { message: 'not found' });
  }

  /** The signed URLs' target: the archive bytes of one entry, written as Azure Block Blob calls do. */
  private blob(request: IncomingMessage, url: URL, body: Buffer, response: ServerResponse): void {
    const entry = this.entries[Number(url.pathname.split('/').pop()) - 1];
    if (!entry) return void response.writeHead(404).end();
    if (request.method === 'GET') {
      if (!entry.finalized) return void response.writeHead(404).end();
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': entry.archive.length,
      });
      return void response.end(entry.archive);
    }
    if (request.method !== 'PUT') return void response.writeHead(405).end();
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      this.blocks.set(`${url.pathname}:${url.searchParams.get('blockid')}`, body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)];
      entry.archive = Buffer.concat(
        ids.map((id) => this.blocks.get(`${url.pathname}:${id[1]}`) ?? Buffer.alloc(0)),
      );
    } else if (request.headers['x-ms-blob-type'] === 'BlockBlob') {
      entry.archive = body;
    } else {
      return void response.writeHead(400).end();
    }
    response.writeHead(201, {
      etag: `"0x${(++this.clock).toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': `standin-${this.clock}`,
      'x-ms-version': String(request.headers['x-ms-version'] ?? '2025-01-05'),
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    });
    response.end();
  }

  private find(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const ready = this.entries
      .filter((entry) => entry.finalized && entry.version === version)
      .sort((a, b) => b.createdAt - a.createdAt);
    return (
      ready.find((entry) => entry.key === key) ??
      restoreKeys.map((prefix) => ready.find((entry) => entry.key.startsWith(prefix))).find(Boolean)
    );
  }

  private newEntry(key: string, version: string): CacheEntry {
    const entry = { key, version, archive: Buffer.alloc(0), finalized: false, createdAt: ++this.clock };
    this.entries.push(entry);
    return entry;
  }

  private blobUrl(entry: CacheEntry): string {
    // Path style (account, container, blob), as the Blob SDK expects of an IP address host.
    return `${this.baseUrl}blob/standin/caches/${this.entries.indexOf(entry) + 1}?sig=standin-signature`;
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
