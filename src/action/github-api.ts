// The REST client the Action uses, pointed at `GITHUB_API_URL` (GitHub Enterprise Server, or the tests'
// stand-in server). @actions/github reads that variable when its module loads; passing `baseUrl` again here
// makes the dependency explicit rather than an import-order accident.

import type { getOctokit } from '@actions/github';

export type GitHubApi = ReturnType<typeof getOctokit>;

export async function createApi(token: string, env: NodeJS.ProcessEnv): Promise<GitHubApi> {
  // Loaded on demand: the module parses GITHUB_EVENT_PATH as it loads, and a bad file must end in one
  // clear line from our error handling, not a stack trace at start-up.
  const { getOctokit: create } = await import('@actions/github');
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return create(token, { baseUrl, userAgent: 'scribe-lint-action' });
}

/** The HTTP status of a failed REST call, when the error carries one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
