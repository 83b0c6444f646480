// Keeps the shadow cache folder (src/shadow/pglite.ts: SCRIBE_LINT_CACHE_DIR) between workflow runs with the
// Actions cache, so a pull request on a long history restores the snapshots its base branch already made
// and replays only its own files. Caching only ever saves time: a service that is down, answers 500 or is
// not configured (outside GitHub) costs a notice or a debug line and never changes the lint's result.

import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { EOL } from 'node:os';
import path from 'node:path';
import type { Config } from '../config.ts';
import { collectMigrationPaths } from '../history/migration-files.ts';
import { TOOL_VERSION } from '../version.ts';

/** Every key starts with this; the `v1` changes if the folder's layout ever stops being compatible. */
export const KEY_PREFIX = 'scribe-lint-shadow-v1-';

/**
 * Above this the folder is not saved: twice the shadow's own default bound on its snapshots (512 MB,
 * SCRIBE_LINT_CACHE_MAX_MB), so only a raised bound meets it. The Actions cache holds 10 GB per repository,
 * and every branch keeps its own entries.
 */
export const MAX_SAVE_BYTES = 1024 * 1024 * 1024;

export interface ShadowCacheRequest {
  /** The Action's `cache` input. */
  enabled: boolean;
  /** Whether this run replays into the shadow database at all (shadow on, no database URL). */
  replays: boolean;
  workspace: string;
  config: Pick<Config, 'migrations' | 'baseDir'>;
  /** The Action's `path` input: migration files or folders, relative to the workspace. */
  paths: string[];
  env: NodeJS.ProcessEnv;
}

/** The keys of one run's cache entry. */
export interface ShadowCacheKeys {
  key: string;
  /** Tried in order when `key` has no entry: this base branch's latest, then any branch's. */
  restoreKeys: string[];
}

/** What the restore found, for the save after the lint. */
export interface RestoredShadowCache {
  folder: string;
  keys: ShadowCacheKeys;
  /** The key of the entry restored, if any. */
  matchedKey?: string;
  /** Name, size and time of every file right after the restore, to tell whether the lint added any. */
  fingerprint: string;
  /** Why the service could not be used, if it failed: then the save is not tried (it would fail too). */
  serviceProblem?: string;
}

/**
 * Before the lint: points the shadow cache at a folder of the runner's and restores it from the Actions
 * cache. Undefined when there is nothing to do (input off, no replay, SCRIBE_LINT_NO_CACHE=1, no cache
 * service); never throws.
 */
export async function restoreShadowCache(
  request: ShadowCacheRequest,
): Promise<RestoredShadowCache | undefined> {
  const { env } = request;
  if (!request.enabled || !request.replays || env.SCRIBE_LINT_NO_CACHE === '1') return undefined;
  const missing = missingServiceVariable(env);
  if (missing) {
    core.debug(`shadow cache not persisted: ${missing} is not set (not on a GitHub-hosted cache service)`);
    return undefined;
  }
  try {
    const folder = cacheFolder(request);
    // The lint's shadow database reads this when it starts (src/shadow/pglite.ts cachePath).
    process.env.SCRIBE_LINT_CACHE_DIR = folder;
    const keys = shadowCacheKeys(request);
    const cache = await import('@actions/cache');
    const timeoutMs = cacheTimeoutMs(env);
    const { value: matchedKey, problems } = await cacheCall(
      () => cache.restoreCache([folder], keys.key, keys.restoreKeys),
      timeoutMs,
    );
    const restored: RestoredShadowCache = {
      folder,
      keys,
      matchedKey,
      fingerprint: fingerprint(folder),
    };
    if (matchedKey === undefined && problems.length > 0 && abandonedLate(problems)) {
      // The abandoned restore may still extract into the folder later: the lint must not read it then.
      process.env.SCRIBE_LINT_CACHE_DIR = `${folder}-unrestored`;
    }
    if (problems.length > 0) {
      restored.serviceProblem = problems.join('; ');
      core.notice(
        `scribe-lint could not restore its shadow cache (${restored.serviceProblem}): the migrations are ` +
          'replayed from the start, and the cache is not saved this run',
      );
    } else if (matchedKey) {
      core.info(`shadow cache restored from ${matchedKey}`);
    } else {
      core.info(`shadow cache: no entry for ${keys.key} or its base branch yet`);
    }
    return restored;
  } catch (error) {
    core.notice(`scribe-lint could not restore its shadow cache: ${(error as Error).message}`);
    return undefined;
  }
}

/** After the lint: saves the folder under this run's key when the lint added to it. Never throws. */
export async function saveShadowCache(restored: RestoredShadowCache | undefined): Promise<void> {
  if (!restored || restored.serviceProblem) return;
  const { folder, keys } = restored;
  const skip = reasonNotToSave(restored);
  if (skip) {
    core.info(`shadow cache not saved: ${skip}`);
    return;
  }
  try {
    const cache = await import('@actions/cache');
    // No deadline here: the process would wait for an abandoned upload before it exits anyway, and the
    // library's own retries bound a failing service (about half a minute).
    const { value: id, problems } = await cacheCall(() => cache.saveCache([folder], keys.key));
    if (problems.length > 0) {
      core.notice(
        `scribe-lint could not save its shadow cache (${problems.join('; ')}): the next run replays more`,
      );
    } else if (id !== undefined && id !== -1) {
      core.info(`shadow cache saved as ${keys.key}`);
    } else {
      core.info('shadow cache not saved: the cache service did not reserve the key');
    }
  } catch (error) {
    core.notice(`scribe-lint could not save its shadow cache: ${(error as Error).message}`);
  }
}

function reasonNotToSave(restored: RestoredShadowCache): string | undefined {
  if (restored.matchedKey === restored.keys.key) return `${restored.keys.key} is already saved`;
  const now = fingerprint(restored.folder);
  if (now === '') return 'the shadow cache folder is empty';
  if (now === restored.fingerprint) return 'the lint added nothing to it';
  const bytes = folderBytes(restored.folder);
  if (bytes > MAX_SAVE_BYTES) {
    return `it holds ${megabytes(bytes)} MB, over the ${megabytes(MAX_SAVE_BYTES)} MB bound`;
  }
  return undefined;
}

/** The variables @actions/cache needs; the runner sets them for every JavaScript action. */
function missingServiceVariable(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN) return 'ACTIONS_RUNTIME_TOKEN';
  if (env.ACTIONS_CACHE_SERVICE_V2) return env.ACTIONS_RESULTS_URL ? undefined : 'ACTIONS_RESULTS_URL';
  return env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL ? undefined : 'ACTIONS_CACHE_URL';
}

/** A folder the user chose (SCRIBE_LINT_CACHE_DIR) is kept; otherwise one in the runner's temp folder. */
function cacheFolder(request: ShadowCacheRequest): string {
  const chosen = request.env.SCRIBE_LINT_CACHE_DIR;
  if (chosen) return path.resolve(request.workspace, chosen);
  return path.join(
    request.env.RUNNER_TEMP || path.join(request.workspace, '.scribe-lint'),
    'scribe-lint-cache',
  );
}

/**
 * `scribe-lint-shadow-v1-<os>-<base branch>-<hash>`, the hash over scribe-lint's version and the migration
 * files (names and bytes, in the order they are applied): the same history always gives the same key, and
 * any change to it a new one. A pull request's base branch is in the key so that its restore keys find the
 * snapshots its base branch made.
 */
export function shadowCacheKeys(request: Omit<ShadowCacheRequest, 'enabled' | 'replays'>): ShadowCacheKeys {
  const { env } = request;
  const os = (env.RUNNER_OS || process.platform).toLowerCase();
  // Commas separate keys for the service; a branch name may hold one.
  const branch = (env.GITHUB_BASE_REF || env.GITHUB_REF_NAME || 'local').replaceAll(',', '_');
  const branchPrefix = `${KEY_PREFIX}${os}-${branch}-`;
  return {
    key: branchPrefix + migrationsHash(request),
    restoreKeys: [branchPrefix, `${KEY_PREFIX}${os}-`],
  };
}

function migrationsHash(request: Pick<ShadowCacheRequest, 'workspace' | 'config' | 'paths'>): string {
  const hash = createHash('sha256').update(TOOL_VERSION).update('\0');
  for (const file of migrationFiles(request)) {
    hash.update(path.relative(request.workspace, file)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('unreadable'); // the lint says why; the key only needs to differ from a readable file's
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** The files the lint will read, found as it finds them (src/lint.ts); a bad path is the lint's to report. */
function migrationFiles(request: Pick<ShadowCacheRequest, 'workspace' | 'config' | 'paths'>): string[] {
  const useDefault = request.paths.length === 0;
  const paths = useDefault ? [request.config.migrations] : request.paths;
  const base = useDefault ? request.config.baseDir : request.workspace;
  try {
    return collectMigrationPaths(paths, base, { optional: true });
  } catch {
    return [];
  }
}

/** Relative name, size and modification time of every file under the folder; '' for none. */
function fingerprint(folder: string): string {
  return filesUnder(folder)
    .map(({ name, size, mtimeMs }) => `${name}\t${size}\t${mtimeMs}`)
    .join('\n');
}

function folderBytes(folder: string): number {
  return filesUnder(folder).reduce((total, file) => total + file.size, 0);
}

function filesUnder(folder: string): { name: string; size: number; mtimeMs: number }[] {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => ({ name, stats: statSync(path.join(folder, name), { throwIfNoEntry: false }) }))
    .filter(({ stats }) => stats?.isFile())
    .map(({ name, stats }) => ({ name, size: stats!.size, mtimeMs: stats!.mtimeMs }));
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

type StdoutWrite = typeof process.stdout.write;

/** How long the restore may take before the lint goes on without it; SCRIBE_LINT_CACHE_TIMEOUT_MS. */
export const DEFAULT_CACHE_TIMEOUT_MS = 20_000;

/** The library's messages for a failing service, recognised even after the run stopped waiting for it. */
const LIBRARY_PROBLEM =
  /^(Failed to (restore|save)|uploadCacheArchiveSDK|Cache reservation failed|You've hit a rate limit)/;

const NO_ANSWER = 'no answer within';

function abandonedLate(problems: string[]): boolean {
  return problems.some((problem) => problem.startsWith(NO_ANSWER));
}

interface CacheCall<T> {
  /** Undefined when the call did not finish in time. */
  value?: T;
  problems: string[];
}

/**
 * Runs one @actions/cache call for at most `timeoutMs`, turning the `::error::` and `::warning::` lines it
 * prints for a failing service into debug lines: the library never throws for those, but an error
 * annotation on every pull request while the cache service is down would read as a problem with the
 * migrations. The messages are returned, so the caller says it once, as a notice. The library retries a
 * failing service for about half a minute; past the deadline the run goes on and the call finishes in the
 * background (its lines still filtered, now only those it is known to print).
 */
async function cacheCall<T>(call: () => Promise<T>, timeoutMs = Infinity): Promise<CacheCall<T>> {
  const problems: string[] = [];
  const write: StdoutWrite = process.stdout.write;
  let abandoned = false;
  let lastRetryReason: string | undefined;
  const filtered = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    // The library's lines carry no properties; the lint's annotations always name a file.
    const retried = /^Attempt \d+ of \d+ failed with error: (.*?)\. Retrying/.exec(text)?.[1];
    if (retried && !abandoned) lastRetryReason = retried;
    const message = /^::(?:error|warning)::(.*)$/s.exec(text.trimEnd())?.[1];
    const passThrough = (write as (...args: unknown[]) => boolean).bind(this);
    if (message === undefined || (abandoned && !LIBRARY_PROBLEM.test(message)))
      return passThrough(chunk, ...rest);
    if (!abandoned) problems.push(unescapeCommandData(message));
    return passThrough(`::debug::${message}${EOL}`, ...rest);
  };
  process.stdout.write = filtered as StdoutWrite;
  const running = call().finally(() => {
    process.stdout.write = write;
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    if (Number.isFinite(timeoutMs)) timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([running.then((value) => ({ value })), deadline]);
    if (outcome !== 'timeout') return { value: outcome.value, problems };
    abandoned = true;
    running.catch(() => undefined);
    const late = `${NO_ANSWER} ${Math.round(timeoutMs / 1000)} s`;
    return { problems: [...problems, lastRetryReason ? `${late}; last: ${lastRetryReason}` : late] };
  } finally {
    clearTimeout(timer);
  }
}

function cacheTimeoutMs(env: NodeJS.ProcessEnv): number {
  const text = env.SCRIBE_LINT_CACHE_TIMEOUT_MS?.trim();
  if (!text) return DEFAULT_CACHE_TIMEOUT_MS;
  if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
  core.notice(
    `SCRIBE_LINT_CACHE_TIMEOUT_MS must be a whole number of milliseconds above 0; using ${DEFAULT_CACHE_TIMEOUT_MS}`,
  );
  return DEFAULT_CACHE_TIMEOUT_MS;
}

/** The runner's escaping of a command's message (`%25`, `%0D`, `%0A`), undone for our own notice. */
function unescapeCommandData(text: string): string {
  return text.replaceAll('%0D', '').replaceAll('%0A', ' ').replaceAll('%25', '%');
}
