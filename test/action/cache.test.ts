// The Action keeps its shadow cache folder in the Actions cache, tested through the real @actions/cache code
// against a local stand-in of the cache service: a miss (lint, then an upload), a hit on a fresh runner
// (restored before the lint, so the shadow starts warm), a pull request restoring its base branch's entry,
// and a service answering 500 to everything (same result, a notice, no error annotation).
//
// The installed Action here has no shipped seed, so a shadow start is cold unless the cache folder holds a
// bootstrapped data directory: "warm start" in the summary is the restored folder at work.

import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/config.ts';
import { KEY_PREFIX, shadowCacheKeys } from '../../src/action/cache.ts';
import { CacheServiceStandIn } from './cache-standin.ts';
import { GitHubStandIn } from './github-standin.ts';
import {
  installAction,
  makeWorkspace,
  runAction,
  writeFile,
  type ActionRun,
  type RunOptions,
} from './run-action.ts';

const TOKEN = 'ghs_standInToken0123456789';
const INIT = `create table public.clients (id bigint primary key, name text, program_id bigint);
alter table public.clients enable row level security;
create table public.programs (id bigint primary key);
alter table public.programs enable row level security;
`;
/** A foreign key with no index on its column: a finding that fails the check. */
const LINK =
  'alter table public.clients add constraint clients_program_fk foreign key (program_id) references public.programs (id);\n';
const PR_FILE = 'supabase/migrations/20250301000000_notes.sql';
const NOTES =
  'create table public.notes (id bigint primary key);\nalter table public.notes enable row level security;\n';

/** A cold shadow start (no seed) on a shared CI machine, plus the cache service's retries. */
const SLOW = 120_000;

const cleanup: string[] = [];
let actionDir: string;
const api = new GitHubStandIn(TOKEN);

beforeAll(async () => {
  actionDir = installAction();
  cleanup.push(actionDir);
  const dist = path.join(actionDir, 'dist');
  for (const seed of readdirSync(dist).filter((name) => name.startsWith('shadow-seed-'))) {
    rmSync(path.join(dist, seed));
  }
  await api.start();
  api.files = [PR_FILE];
});

afterAll(async () => {
  await api.stop();
  for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
});

function folder(name: string): string {
  const made = makeWorkspace({});
  cleanup.push(made);
  return path.join(made, name);
}

/** One machine's runner temp folder; emptied before each run, as every hosted job starts on a fresh VM. */
function freshRunnerTemp(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function newWorkspace(): string {
  const root = makeWorkspace({
    'supabase/migrations/20250101000000_init.sql': INIT,
    'supabase/migrations/20250201000000_link.sql': LINK,
  });
  cleanup.push(root);
  return root;
}

interface CacheRun {
  service: CacheServiceStandIn;
  protocol: 'v1' | 'v2';
  workspace: string;
  runnerTemp: string;
  event?: RunOptions['event'];
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The install to run: the seedless one unless given. */
  install?: string;
}

function run({
  service,
  protocol,
  workspace,
  runnerTemp,
  event = 'schedule',
  inputs,
  env,
  install = actionDir,
}: CacheRun): Promise<ActionRun> {
  const branch: Record<string, string> =
    event === 'pull_request'
      ? { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature', GITHUB_REF_NAME: '7/merge' }
      : { GITHUB_REF_NAME: 'main' };
  return runAction({
    actionDir: install,
    workspace,
    apiUrl: api.baseUrl,
    token: TOKEN,
    event,
    pull: { number: 7, changedFiles: 1 },
    inputs,
    env: { ...service.runnerEnv(protocol), ...branch, ...env, RUNNER_TEMP: freshRunnerTemp(runnerTemp) },
  });
}

/** What a reader of the check sees: exit code, annotations, outputs. */
function verdict(result: ActionRun) {
  const annotations = result.stdout
    .split('\n')
    .filter((line) => /^::(error|warning|notice) file=/.test(line));
  return {
    status: result.status,
    annotations,
    findings: result.outputs.findings,
    errors: result.outputs.errors,
  };
}

function commandLines(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`));
}

const keyPattern = (branch: string) => new RegExp(`^${KEY_PREFIX}linux-${branch}-[0-9a-f]{24}$`);

describe.each(['v2', 'v1'] as const)('with cache service %s', (protocol) => {
  const service = new CacheServiceStandIn();
  let workspace: string;
  let runnerTemp: string;
  let first: ActionRun;

  beforeAll(async () => {
    await service.start();
    workspace = newWorkspace();
    runnerTemp = folder('runner-temp');
  });

  afterAll(() => service.stop());

  test(
    'a miss: the lint runs cold, then the folder is uploaded under a key of the base branch',
    async () => {
      first = await run({ service, protocol, workspace, runnerTemp });

      expect(first.summary).toContain('cold start');
      expect(Number(first.outputs.errors)).toBeGreaterThan(0);
      expect(first.status).toBe(1);
      expect(service.entries).toHaveLength(1);
      const [entry] = service.entries;
      expect(entry.key).toMatch(keyPattern('main'));
      expect(entry.finalized).toBe(true);
      expect(entry.archive.length).toBeGreaterThan(1000);
      const uploads = protocol === 'v2' ? service.count(/^PUT \/blob\//) : service.count(/^PATCH \/_apis\//);
      expect(uploads).toBeGreaterThan(0);
      expect(first.stdout).toContain(`shadow cache saved as ${entry.key}`);
      expect(
        service.requests.every(
          (request) =>
            request.path.startsWith('/blob/') || request.authorization === `Bearer ${service.token}`,
        ),
      ).toBe(true);
    },
    SLOW,
  );

  test(
    'a hit on a fresh runner: restored before the lint, which starts warm; nothing saved again',
    async () => {
      const requestsBefore = service.requests.length;
      const second = await run({ service, protocol, workspace, runnerTemp });

      expect(second.stdout).toContain(`shadow cache restored from ${service.entries[0].key}`);
      expect(second.summary).toContain('warm start');
      expect(verdict(second)).toEqual(verdict(first));
      expect(second.stdout).toContain(`shadow cache not saved: ${service.entries[0].key} is already saved`);
      expect(service.entries).toHaveLength(1);
      const reserves = service.requests
        .slice(requestsBefore)
        .filter((request) => /CreateCacheEntry|^\/_apis\/artifactcache\/caches$/.test(request.path));
      expect(reserves).toEqual([]);
    },
    SLOW,
  );

  test(
    "a pull request adding a migration restores its base branch's entry",
    async () => {
      writeFile(workspace, PR_FILE, NOTES);
      try {
        const pull = await run({ service, protocol, workspace, runnerTemp, event: 'pull_request' });

        expect(pull.stdout).toContain(`shadow cache restored from ${service.entries[0].key}`);
        expect(pull.summary).toContain('warm start');
        expect(pull.summary).toContain('Replayed 3 files');
      } finally {
        rmSync(path.join(workspace, PR_FILE));
      }
    },
    SLOW,
  );
});

// The shipped seed makes these starts warm and quick, which leaves room for the service's retries within
// the minute a run is given.
describe('when the cache cannot be used', () => {
  const service = new CacheServiceStandIn();
  let seeded: string;
  let workspace: string;
  let runnerTemp: string;
  let withoutCache: ActionRun;
  const runDown = (env: Record<string, string> = {}) =>
    run({ service, protocol: 'v2', workspace, runnerTemp, install: seeded, env });

  beforeAll(async () => {
    seeded = installAction();
    cleanup.push(seeded);
    await service.start();
    workspace = newWorkspace();
    runnerTemp = folder('runner-temp');
    withoutCache = await run({
      service,
      protocol: 'v2',
      workspace,
      runnerTemp,
      install: seeded,
      inputs: { cache: 'false' },
    });
  });

  afterAll(() => service.stop());

  beforeEach(() => {
    service.failWith = undefined;
    service.requests.length = 0;
  });

  /** The notices about the cache, after checking the library's own error lines became debug lines. */
  function cacheNotices(down: ActionRun): string[] {
    const problems = [...commandLines(down.stdout, 'error'), ...commandLines(down.stdout, 'warning')];
    expect(problems.filter((line) => /cache|Failed to/i.test(line))).toEqual([]);
    return commandLines(down.stdout, 'notice').filter((line) => line.includes('shadow cache'));
  }

  test('input cache: false never calls the service', () => {
    expect(service.requests).toEqual([]);
    expect(withoutCache.stdout).not.toContain('shadow cache');
    expect(Number(withoutCache.outputs.errors)).toBeGreaterThan(0);
  });

  test(
    'a service answering 500 to everything: after the time bound the lint goes on, with a notice',
    async () => {
      service.failWith = 500;
      const down = await runDown();

      expect(verdict(down)).toEqual(verdict(withoutCache));
      const notices = cacheNotices(down);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(
        'scribe-lint could not restore its shadow cache (no answer within 20 s; last: Failed request: (500)',
      );
      expect(notices[0]).toContain('the cache is not saved this run');
      // The notice came at the bound, before the library's retries (at least 24 s of waits) gave up: the
      // run went on to the lint without them.
      const wentOn = down.stdout.indexOf('::notice::scribe-lint could not restore');
      const gaveUp = down.stdout.indexOf('::debug::Failed to restore:');
      expect(wentOn).toBeGreaterThan(-1);
      expect(gaveUp).toBeGreaterThan(wentOn);
      expect(service.count(/GetCacheEntryDownloadURL/)).toBe(5); // the library's attempts, all 500
      expect(service.count(/CreateCacheEntry|^PUT /)).toBe(0); // no save tried on a service that is down
    },
    SLOW,
  );

  test(
    'a service refusing every call (400, not retried): the library gives up at once, and so does the cache',
    async () => {
      service.failWith = 400;
      const down = await runDown();

      expect(verdict(down)).toEqual(verdict(withoutCache));
      const notices = cacheNotices(down);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(
        /^::notice::scribe-lint could not restore its shadow cache \(Failed to restore: .*\(400\)/,
      );
      expect(service.count(/GetCacheEntryDownloadURL/)).toBe(1);
      expect(service.count(/CreateCacheEntry|^PUT /)).toBe(0);
    },
    SLOW,
  );

  test(
    'outside GitHub (no ACTIONS_* variables) nothing is tried and the result is the same',
    async () => {
      const local = await runAction({
        actionDir: seeded,
        workspace,
        apiUrl: api.baseUrl,
        token: TOKEN,
        event: 'schedule',
        env: { GITHUB_REF_NAME: 'main', RUNNER_TEMP: freshRunnerTemp(runnerTemp) },
      });

      expect(verdict(local)).toEqual(verdict(withoutCache));
      expect(service.requests).toEqual([]);
      const said = local.stdout.split('\n').filter((line) => line.includes('shadow cache'));
      expect(said).toEqual([
        '::debug::shadow cache not persisted: ACTIONS_RUNTIME_TOKEN is not set (not on a GitHub-hosted cache service)',
      ]);
      expect(existsSync(path.join(runnerTemp, 'scribe-lint-cache'))).toBe(false);
    },
    SLOW,
  );
});

describe('the keys', () => {
  const keysOf = (root: string, env: Record<string, string>) =>
    shadowCacheKeys({ workspace: root, config: defaultConfig(root), paths: [], env });

  test('a pull request keys on its base branch and falls back to it, then to any branch', () => {
    const root = newWorkspace();
    const keys = keysOf(root, {
      RUNNER_OS: 'Linux',
      GITHUB_BASE_REF: 'release,2',
      GITHUB_REF_NAME: '7/merge',
    });

    expect(keys.key).toMatch(/^scribe-lint-shadow-v1-linux-release_2-[0-9a-f]{24}$/);
    expect(keys.restoreKeys).toEqual([
      'scribe-lint-shadow-v1-linux-release_2-',
      'scribe-lint-shadow-v1-linux-',
    ]);
  });

  test('the same history gives the same key; one changed byte or one more file, another', () => {
    const env = { RUNNER_OS: 'Linux', GITHUB_REF_NAME: 'main' };
    const one = newWorkspace();
    const same = newWorkspace();
    const key = keysOf(one, env).key;

    expect(keysOf(same, env).key).toBe(key);
    writeFile(same, 'supabase/migrations/20250101000000_init.sql', INIT.replace('name text', 'name  text'));
    expect(keysOf(same, env).key).not.toBe(key);
    writeFile(one, PR_FILE, NOTES);
    expect(keysOf(one, env).key).not.toBe(key);
  });
});
