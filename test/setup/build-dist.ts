// Builds the bundle once per test run into a temporary folder, so the end-to-end tests (CLI, Action,
// parallel, robustness) exercise the source as it is now, not whatever dist/ was last committed with.
// dist.test.ts separately checks that the committed dist/ equals this build. It also gives the run a cache
// folder of its own.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the folder holding this run's fresh build (cli.js, action.js, ...). */
    builtDist: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = path.resolve(import.meta.dirname, '../..');
  const out = mkdtempSync(path.join(tmpdir(), 'scribe-lint-test-dist-'));
  execFileSync(process.execPath, ['build.mjs', '--out', out], { cwd: root, stdio: 'pipe' });
  project.provide('builtDist', out);
  // The shadow's cache (bootstrapped data directory, replay snapshots) of this run only: a test must not
  // restore what an earlier session's code left in the user's cache folder. The test workers inherit it.
  const cache = mkdtempSync(path.join(tmpdir(), 'scribe-lint-test-cache-'));
  process.env.SCRIBE_LINT_CACHE_DIR = cache;
  return () => {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
}
