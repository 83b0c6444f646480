// The benchmarks measure TypeScript sources that Node 20 cannot import: each bundles a small entry with
// esbuild into a module beside this folder's scripts, where its bare imports resolve from node_modules.

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
