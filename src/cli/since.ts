// `--since <ref>`: the files changed since a git ref, committed or not, relative to the working directory,
// so they match the display paths of findings.

import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.ts';

export function changedFilesSince(ref: string, cwd: string): Set<string> {
  const changed = git(['diff', '--name-only', '--relative', '-z', ref, '--'], cwd, ref);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], cwd, ref);
  return new Set([...changed, ...untracked]);
}

function git(args: string[], cwd: string, ref: string): string[] {
  try {
    const output = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
    return output.split('\0').filter((name) => name !== '');
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '')
      .trim()
      .split('\n')[0];
    throw new UsageError(`--since ${ref}: git could not list changed files${stderr ? `: ${stderr}` : ''}`);
  }
}
