// dist/ is what users and the Action run, and it is committed: it must be exactly what the build makes now.
// The fresh build is the one this test run made (test/setup/build-dist.ts).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { BUILT_DIST } from './helpers/cli.ts';
import { hashSources } from '../src/version.ts';

const root = path.resolve(import.meta.dirname, '..');

it('dist/ matches a fresh build (run `npm run build` and commit dist/)', () => {
  const committed = readdirSync(path.join(root, 'dist')).sort();
  expect(committed).toEqual(readdirSync(BUILT_DIST).sort());
  for (const name of committed) {
    const same = readFileSync(path.join(root, 'dist', name)).equals(
      readFileSync(path.join(BUILT_DIST, name)),
    );
    expect(same, `dist/${name} differs from a fresh build`).toBe(true);
  }
});

it('the bundle carries the fingerprint of its sources that the source run computes', () => {
  const fingerprint = hashSources(root);
  const carriers = readdirSync(BUILT_DIST)
    .filter((name) => name.endsWith('.js'))
    .filter((name) => readFileSync(path.join(BUILT_DIST, name), 'utf8').includes(`"${fingerprint}"`));
  expect(carriers.length).toBeGreaterThan(0);
});
