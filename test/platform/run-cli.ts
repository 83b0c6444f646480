// The built CLI run as a child process without blocking this one: the Management API stand-in lives in
// the test's own process, and `spawnSync` (test/helpers/cli.ts) would stop it from answering.

import { spawn } from 'node:child_process';
import { CLI, type CliRun } from '../helpers/cli.ts';

export interface TimedRun extends CliRun {
  ms: number;
}

export function runCliAsync(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<TimedRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearTimeout(killer);
      resolve({ status, stdout, stderr, ms: Date.now() - started });
    });
  });
}
