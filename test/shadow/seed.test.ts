// The seed shipped in dist/ must be the bootstrap of the current stand-in on the current PGlite: its name
// is the key of both, so a changed stand-in (or a PGlite upgrade) needs a new seed.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { SEED_SOURCE_DIR, seedFileName, staleSeeds } from '../../src/shadow/pglite.ts';
import { writeShadowSeed } from '../../src/shadow/seed.ts';

const regenerate = 'SCRIBE_LINT_WRITE_SEED=1 npx vitest run test/shadow/seed.test.ts';

beforeAll(async () => {
  if (process.env.SCRIBE_LINT_WRITE_SEED === '1') await writeShadowSeed();
});

it('the committed seed matches the current stand-in SQL and PGlite build', () => {
  const seed = path.join(SEED_SOURCE_DIR, seedFileName());
  expect(existsSync(seed), `no seed for the current stand-in; make one: ${regenerate}`).toBe(true);
  expect(staleSeeds(SEED_SOURCE_DIR), `remove stale seeds or run: ${regenerate}`).toEqual([]);
});
