// Running the built command-line tool the way a user does: `node cli.js ...` in a project folder. The
// bundle is this test run's fresh build of the source (test/setup/build-dist.ts), not the committed dist/.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

/** The folder holding this run's build: cli.js, action.js, the workers and their runtime files. */
export const BUILT_DIST = inject('builtDist');
export const CLI = path.join(BUILT_DIST, 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuiltCli(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    maxBuffer: 256 << 20,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
