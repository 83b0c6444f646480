// A GET-only client of the Supabase Management API. Every failure a user can fix (a refused token, a
// missing permission, a wrong project ref, a slow or failing API) is a UsageError: one line on stderr and
// exit 2. The token goes into the Authorization header and nowhere else: no message this module builds
// contains it, and whatever the server says is masked before it is repeated.

import { maskSecrets } from '../catalog/secrets.ts';
import { UsageError } from '../errors.ts';

export const DEFAULT_API_URL = 'https://api.supabase.com';

export interface ManagementClientOptions {
  /** `SUPABASE_API_URL`, else DEFAULT_API_URL. */
  baseUrl: string;
  token: string;
  projectRef: string;
  /** Each request's budget, retry wait included (`[platform] timeout_seconds`). */
  timeoutMs: number;
}

/** Why a request needs which permission, for the 401/403 line when the server names none. */
const AREA_OF: Record<string, string> = {
  'database/backups': 'read access to the project database backups',
  'billing/addons': 'read access to the project add-ons (billing)',
  'config/database/pooler': 'read access to the project database configuration',
  'ssl-enforcement': 'read access to the project database SSL configuration',
  'network-restrictions': 'read access to the project network restrictions',
};

export class ManagementClient {
  constructor(private readonly options: ManagementClientOptions) {}

  /** `GET /v1/projects/{ref}/<endpoint>`, its JSON body, retried once after a 429. */
  async get(endpoint: string): Promise<unknown> {
    const first = await this.request(endpoint);
    if (first.status !== 429) return this.body(endpoint, first);
    await sleep(retryAfterMs(first.headers.get('retry-after'), this.options.timeoutMs));
    const second = await this.request(endpoint);
    if (second.status === 429)
      throw this.error(`${this.shown(endpoint)} is still rate limited (429) after one retry`);
    return this.body(endpoint, second);
  }

  private async request(endpoint: string): Promise<Response> {
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}/v1/projects/${encodeURIComponent(this.options.projectRef)}/${endpoint}`;
    try {
      return await fetch(url, {
        method: 'GET',
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error', // a redirect could carry the token's request to another host
      });
    } catch (error) {
      throw this.error(`${this.shown(endpoint)}: ${networkReason(error, this.options.timeoutMs)}`);
    }
  }

  private async body(endpoint: string, response: Response): Promise<unknown> {
    const text = await this.text(endpoint, response);
    if (!response.ok) throw this.statusError(endpoint, response.status, text);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw this.error(`${this.shown(endpoint)} answered ${response.status} with a body that is not JSON`);
    }
  }

  /** The body, within the same budget: a server that sends headers and then stalls is a timeout too. */
  private async text(endpoint: string, response: Response): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw this.error(`${this.shown(endpoint)}: ${networkReason(error, this.options.timeoutMs)}`);
    }
  }

  private statusError(endpoint: string, status: number, text: string): UsageError {
    const ref = this.options.projectRef;
    if (status === 401)
      return this.error(
        `the Management API refused the token in SUPABASE_ACCESS_TOKEN (401) for ${this.shown(endpoint)}: use a valid personal access token with ${AREA_OF[endpoint] ?? 'read access to the project'}`,
      );
    if (status === 403) {
      const missing = missingPermissions(text);
      const grant =
        missing.length > 0 ? missing.join(', ') : (AREA_OF[endpoint] ?? 'read access to the project');
      return this.error(`the token may not read ${this.shown(endpoint)} (403): grant it ${grant}`);
    }
    if (status === 404)
      return this.error(
        `Supabase project "${ref}" not found (404 from ${this.shown(endpoint)}): check --supabase-project and that the token's account can see the project`,
      );
    if (status >= 500)
      return this.error(`the Management API failed on ${this.shown(endpoint)} (${status}): try again later`);
    return this.error(`the Management API answered ${this.shown(endpoint)} with ${status}`);
  }

  private shown(endpoint: string): string {
    return `GET /v1/projects/${this.options.projectRef}/${endpoint}`;
  }

  /** Every message passes through here, so a token echoed by a server never reaches the user. */
  private error(message: string): UsageError {
    return new UsageError(`Supabase Management API: ${maskSecrets(message, [this.options.token])}`);
  }
}

/** The permission names of a 403 body (`missing_permissions`: strings, or objects with a `name`). */
function missingPermissions(text: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [];
  }
  const list = isObject(body) ? body.missing_permissions : undefined;
  if (!Array.isArray(list)) return [];
  return list
    .map((entry: unknown) => (typeof entry === 'string' ? entry : isObject(entry) ? entry.name : undefined))
    .filter((name): name is string => typeof name === 'string' && name !== '')
    .map((name) => name.replace(/[^\w:./ -]/g, '')); // a server's text, kept to one plain line
}

/**
 * `Retry-After` in seconds or as an HTTP date, capped at the request budget: a server asking for an hour
 * must not hold a CI job for an hour.
 */
export function retryAfterMs(header: string | null, capMs: number): number {
  if (header === null) return Math.min(1000, capMs);
  const seconds = Number(header.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Math.max(0, Math.min(Number.isFinite(ms) ? ms : 1000, capMs));
}

function networkReason(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer within ${timeoutMs / 1000} s ([platform] timeout_seconds)`;
  // fetch's own error says only "fetch failed"; the reason is in its cause.
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'host not found';
  if (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET')
    return 'the server closed the connection';
  return cause?.message ? firstLine(cause.message) : firstLine(error);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim();
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
