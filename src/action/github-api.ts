// The REST client the Action uses, pointed at `GITHUB_API_URL` (GitHub Enterprise Server, or the tests'
// stand-in server). @actions/github reads that variable when its module loads; passing `baseUrl` again here
// makes the dependency explicit rather than an import-order accident.
//
// The API is a network service that misbehaves now and then: every request gets a timeout, and a request
// that may safely be sent twice is retried on 5xx, 429 and a timeout, honouring `Retry-After` up to a cap.
// A POST (creating the comment) is retried only on 429, which GitHub answers before doing anything: after a
// 5xx or a timeout the comment may exist already, and a second one is worse than a notice.

import type { getOctokit } from '@actions/github';

export type GitHubApi = ReturnType<typeof getOctokit>;

type Fetch = typeof globalThis.fetch;

export interface RetryPolicy {
  /** Longest wait for one answer (headers and body). */
  timeoutMs: number;
  /** Tries per request, the first included. */
  attempts: number;
  /** Backoff before the second try; doubled for each further one. */
  backoffMs: number;
  /** A `Retry-After` longer than this is not waited for: the request fails instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  timeoutMs: 10_000,
  attempts: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
};

/** The error a request that got no answer in time fails with (octokit keeps it as the `cause`). */
export class ApiTimeoutError extends Error {
  override readonly name = 'ApiTimeoutError';
}

export async function createApi(token: string, env: NodeJS.ProcessEnv): Promise<GitHubApi> {
  // Loaded on demand: the module parses GITHUB_EVENT_PATH as it loads, and a bad file must end in one
  // clear line from our error handling, not a stack trace at start-up.
  const { getOctokit: create } = await import('@actions/github');
  const { defaults } = await import('@actions/github/lib/utils');
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  // Our own `request` replaces the defaults', so their proxy-aware fetch is kept by wrapping it.
  const proxyFetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  return create(token, {
    baseUrl,
    userAgent: 'scribe-lint-action',
    request: { ...defaults.request, fetch: patientFetch(proxyFetch, retryPolicy(env)) },
  });
}

/** `SCRIBE_LINT_API_TIMEOUT_MS` overrides the per-request timeout (self-hosted API servers, the tests). */
export function retryPolicy(env: NodeJS.ProcessEnv): RetryPolicy {
  const timeout = Number(env.SCRIBE_LINT_API_TIMEOUT_MS);
  if (!Number.isFinite(timeout) || timeout <= 0) return DEFAULT_RETRY_POLICY;
  return { ...DEFAULT_RETRY_POLICY, timeoutMs: timeout, backoffMs: Math.min(1_000, timeout) };
}

/** A fetch with a timeout per try and retries on the answers that say "try again later". */
export function patientFetch(fetch: Fetch, policy: RetryPolicy): Fetch {
  return async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= policy.attempts;
      let response: Response;
      try {
        response = await fetch(input, { ...init, signal: attemptSignal(init?.signal, policy.timeoutMs) });
      } catch (error) {
        if (!isTimeout(error)) throw error;
        if (last || method === 'POST') {
          throw new ApiTimeoutError(`no answer within ${seconds(policy.timeoutMs)} (request timeout)`);
        }
        await sleep(backoff(policy, attempt));
        continue;
      }
      const wait = last ? undefined : retryDelay(response, method, attempt, policy);
      if (wait === undefined) return response;
      await response.body?.cancel().catch(() => {});
      await sleep(wait);
    }
  };
}

/** Milliseconds to wait before trying again, or undefined when this answer is final. */
function retryDelay(response: Response, method: string, attempt: number, policy: RetryPolicy) {
  const { status } = response;
  const retryable = status === 429 || (status >= 500 && method !== 'POST');
  if (!retryable) return undefined;
  const asked = retryAfterMs(response.headers.get('retry-after'));
  if (asked === undefined) return backoff(policy, attempt);
  return asked <= policy.maxRetryAfterMs ? asked : undefined;
}

/** `Retry-After` in seconds or as an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function backoff(policy: RetryPolicy, attempt: number): number {
  return policy.backoffMs * 2 ** (attempt - 1);
}

function attemptSignal(outer: AbortSignal | null | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return outer ? AbortSignal.any([outer, timeout]) : timeout;
}

function isTimeout(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'TimeoutError';
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The HTTP status of a failed REST call, when the server answered at all. */
export function httpStatus(error: unknown): number | undefined {
  if (timedOut(error)) return undefined;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What went wrong with a REST call, in a few words: `HTTP 502`, `no answer within 10 s (request timeout)`. */
export function describeFailure(error: unknown): string {
  const timeout = timedOut(error);
  if (timeout) return timeout.message;
  const status = httpStatus(error);
  if (status !== undefined && (error as { response?: unknown }).response !== undefined)
    return `HTTP ${status}`;
  const message = (error as { message?: string } | null)?.message ?? String(error);
  return message.split('\n')[0] || 'unknown error';
}

function timedOut(error: unknown): ApiTimeoutError | undefined {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    if (cause instanceof ApiTimeoutError) return cause;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}
