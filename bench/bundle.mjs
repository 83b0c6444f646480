// What the benchmark sections share. They measure TypeScript sources that Node 20 cannot import: each
// bundles a small entry with esbuild into a module beside this folder's scripts (where its bare imports
// resolve from node_modules) and runs it as a child process per sample, which prints one JSON line.

import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles `source` (TypeScript, imports relative to bench/) and returns the bundle's path; delete it after. */
export async function bundleEntry(name, source) {
  const entry = path.join(here, `.${name}-entry-${process.pid}.ts`);
  const outfile = path.join(here, `.${name}-bundle-${process.pid}.mjs`);
  writeFileSync(entry, source);
  try {
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
  } finally {
    rmSync(entry, { force: true });
  }
  return outfile;
}

/** One sample: the bundle run with `args` in its own process; its last line of output, parsed. */
export function runSample(bundled, args, { cwd, env = {} } = {}) {
  const output = execFileSync(process.execPath, [bundled, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(output.trim().split('\n').at(-1));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
