// `--since <ref>`: the files changed since a git ref, committed or not, as display paths (relative to the
// working directory, absolute outside it), so they match the paths of findings. git is asked from the
// repository root: run from a subfolder, `git diff --relative` would miss the migrations above it.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { displayPathOf } from '../history/migration-files.ts';

export function changedFilesSince(ref: string, cwd: string): Set<string> {
  const [top] = git(['rev-parse', '--show-toplevel'], cwd, ref, '\n');
  const changed = git(['diff', '--name-only', '-z', ref, '--'], top, ref);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top, ref);
  return new Set([...changed, ...untracked].map((name) => displayPathOf(path.resolve(top, name), cwd)));
}

function git(args: string[], cwd: string, ref: string, separator = '\0'): string[] {
  try {
    const output = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
    return output.split(separator).filter((name) => name !== '');
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '')
      .trim()
      .split('\n')[0];
    throw new UsageError(`--since ${ref}: git could not list changed files${stderr ? `: ${stderr}` : ''}`);
  }
}
