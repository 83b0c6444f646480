// `scribe-lint --redis` end to end, the way a user meets a Redis that is not there or does not answer: one
// line on stderr and exit 2, within the timeouts, never a stack trace and never a hang.

import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.ts';
import { freePort } from './server.ts';

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'scribe-lint-redis-cli-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function stderrLines(text: string): string[] {
  return text.trim().split('\n');
}

describe('scribe-lint --redis', () => {
  it('a refused connection is one line and exit 2', async () => {
    const port = await freePort();
    const run = runBuiltCli(['--no-shadow', '--redis', `redis://:pw-77aa@127.0.0.1:${port}`], { cwd });
    expect(run.status).toBe(2);
    expect(stderrLines(run.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`cannot audit Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}: connection refused$`),
      ),
    ]);
    expect(run.stderr).not.toContain('pw-77aa');
  });

  it('a URL that is not redis:// or rediss:// is one line and exit 2', () => {
    const run = runBuiltCli(['--no-shadow', '--redis', 'http://cache.example:6379'], { cwd });
    expect(run.status).toBe(2);
    expect(stderrLines(run.stderr)).toEqual([
      expect.stringContaining('--redis must be a redis:// or rediss:// URL, not http://…'),
    ]);
  });

  it('a server that accepts and never answers is one line and exit 2 within the command timeout', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const started = performance.now();
      const run = await runAsync(['--no-shadow', '--redis', `redis://127.0.0.1:${port}`]);
      expect(run.status).toBe(2);
      expect(stderrLines(run.stderr)).toEqual([
        expect.stringContaining(
          `cannot audit Redis at redis://127.0.0.1:${port}: timed out waiting for a reply`,
        ),
      ]);
      // the default command timeout is 10 s
      expect(performance.now() - started).toBeLessThan(20_000);
    } finally {
      silent.close();
    }
  });
});

/** The silent server lives in this process, so the CLI must run without blocking it. */
async function runAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const { spawn } = await import('node:child_process');
  const { CLI } = await import('../helpers/cli.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}
