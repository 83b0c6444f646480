// dist/ is what users and the Action run, and it is committed: it must be exactly what the build makes now.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(path.join(tmpdir(), 'scribe-lint-dist-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

it('dist/ matches a fresh build (run `npm run build` and commit dist/)', () => {
  execFileSync(process.execPath, ['build.mjs', '--out', fresh], { cwd: root, stdio: 'pipe' });
  const committed = readdirSync(path.join(root, 'dist')).sort();
  expect(committed).toEqual(readdirSync(fresh).sort());
  for (const name of committed) {
    const same = readFileSync(path.join(root, 'dist', name)).equals(readFileSync(path.join(fresh, name)));
    expect(same, `dist/${name} differs from a fresh build`).toBe(true);
  }
}, 120_000);
