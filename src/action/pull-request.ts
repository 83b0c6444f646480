// The pull request a run belongs to, and the files it changes. The list comes from the REST API, not from
// git, so it works on the shallow checkout `actions/checkout` makes by default (the base commit is absent).

import { UsageError } from '../errors.ts';
import { describeFailure, httpStatus, type GitHubApi } from './github-api.ts';

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** How many files GitHub says the pull request changes (from the event payload). */
  changedFileCount?: number;
  headSha?: string;
  /** The head branch lives in another repository (a fork): its token may not write to this one. */
  fromFork?: boolean;
}

export interface ChangedFiles {
  files: Set<string>;
  /** False when GitHub's listing stopped short of every changed file (more than 3,000), or failed. */
  complete: boolean;
  /** Set when the list could not be had at all: why, in a sentence, for the notice and the summary. */
  unavailable?: string;
  /** Each listed file's unified diff, where GitHub gives one (not for binary or very large diffs). */
  patches?: ReadonlyMap<string, string>;
}

interface EventPayload {
  pull_request?: {
    number?: unknown;
    changed_files?: unknown;
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
    base?: { repo?: { full_name?: unknown } | null };
  };
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
  if (!pull || typeof pull !== 'object' || typeof pull.number !== 'number') {
    throw new UsageError(`the ${eventName} event payload has no pull_request with a number`);
  }
  if (!owner || !repo) throw new UsageError('GITHUB_REPOSITORY must be set, as owner/name');
  return {
    owner,
    repo,
    number: pull.number,
    changedFileCount: typeof pull.changed_files === 'number' ? pull.changed_files : undefined,
    headSha: typeof pull.head?.sha === 'string' ? pull.head.sha : undefined,
    // Left out for a same-repository pull request, so the reference reads as before forks were told apart.
    fromFork: isFromFork(pull, `${owner}/${repo}`) || undefined,
  };
}

/** A head repository other than the base's; a deleted fork's head repository is null. */
function isFromFork(pull: NonNullable<EventPayload['pull_request']>, repository: string): boolean {
  if (pull.head?.repo === null) return true;
  const head = pull.head?.repo?.full_name;
  const base = pull.base?.repo?.full_name;
  if (typeof head !== 'string') return false;
  return head.toLowerCase() !== (typeof base === 'string' ? base : repository).toLowerCase();
}

/**
 * Every file path the pull request touches (paginated, 100 a page, up to GitHub's 3,000). A listing that
 * fails even after the client's retries comes back empty, incomplete and with the reason: the lint then
 * counts every finding as new rather than losing the run.
 */
export async function listChangedFiles(api: GitHubApi, pull: PullRequestRef): Promise<ChangedFiles> {
  let listed: { filename: string; patch?: string }[];
  try {
    listed = await api.paginate(api.rest.pulls.listFiles, {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.number,
      per_page: 100,
    });
  } catch (error) {
    return { files: new Set(), complete: false, unavailable: listingFailure(error) };
  }
  const files = new Set(listed.map((file) => file.filename));
  const complete =
    pull.changedFileCount !== undefined
      ? files.size >= pull.changedFileCount
      : listed.length < MAX_LISTED_FILES;
  const patches = new Map<string, string>();
  for (const file of listed) if (file.patch !== undefined) patches.set(file.filename, file.patch);
  return { files, complete, patches };
}

/** Only an answer that says "not allowed" gets the permissions hint; a 5xx or a timeout is GitHub's. */
function listingFailure(error: unknown): string {
  const status = httpStatus(error);
  const what = describeFailure(error);
  if (status === 401 || status === 403 || status === 404) {
    return `${what}: give the workflow \`permissions: pull-requests: read\` and \`contents: read\``;
  }
  return what;
}
