// The pull request a run belongs to, and the files it changes. The list comes from the REST API, not from
// git, so it works on the shallow checkout `actions/checkout` makes by default (the base commit is absent).

import { UsageError } from '../errors.ts';
import { httpStatus, type GitHubApi } from './github-api.ts';

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** How many files GitHub says the pull request changes (from the event payload). */
  changedFileCount?: number;
  headSha?: string;
}

export interface ChangedFiles {
  files: Set<string>;
  /** False when GitHub's listing stopped short of every changed file (more than 3,000). */
  complete: boolean;
}

interface EventPayload {
  pull_request?: { number?: unknown; changed_files?: unknown; head?: { sha?: unknown } };
}

/** The pull request of a `pull_request` or `pull_request_target` event; undefined for any other event. */
export function pullRequestOf(
  eventName: string | undefined,
  payload: EventPayload,
  repository: string | undefined,
): PullRequestRef | undefined {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const pull = payload.pull_request;
  const [owner, repo] = (repository ?? '').split('/');
  if (!pull || typeof pull.number !== 'number' || !owner || !repo) {
    throw new UsageError(`the ${eventName} event has no pull request number or GITHUB_REPOSITORY is not set`);
  }
  return {
    owner,
    repo,
    number: pull.number,
    changedFileCount: typeof pull.changed_files === 'number' ? pull.changed_files : undefined,
    headSha: typeof pull.head?.sha === 'string' ? pull.head.sha : undefined,
  };
}

/** Every file path the pull request touches (paginated, 100 a page, up to GitHub's 3,000). */
export async function listChangedFiles(api: GitHubApi, pull: PullRequestRef): Promise<ChangedFiles> {
  let listed: { filename: string }[];
  try {
    listed = await api.paginate(api.rest.pulls.listFiles, {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.number,
      per_page: 100,
    });
  } catch (error) {
    const status = httpStatus(error);
    throw new UsageError(
      `cannot list the pull request's files (HTTP ${status ?? 'error'}): ` +
        'give the workflow `permissions: pull-requests: read` and `contents: read`',
    );
  }
  const files = new Set(listed.map((file) => file.filename));
  const complete =
    pull.changedFileCount !== undefined
      ? files.size >= pull.changedFileCount
      : listed.length < MAX_LISTED_FILES;
  return { files, complete };
}
