// Writing the shipped seed: a bootstrapped data directory (initdb plus the Supabase stand-in) that
// src/shadow/seed/ keeps and build.mjs copies into dist/, so a first run anywhere skips initdb.
//
// PGlite's dump is not byte-for-byte reproducible (file times, WAL contents), so the seed is made once per
// stand-in and committed rather than made by every build; its name carries the key of what made it, and
// test/shadow/seed.test.ts fails when the committed seed no longer matches. To make a new one:
//   SCRIBE_LINT_WRITE_SEED=1 npx vitest run test/shadow/seed.test.ts

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { INSTALLED_BY_STANDIN } from './extensions.ts';
import { extensionTarballs, SEED_SOURCE_DIR, seedFileName, staleSeeds } from './pglite.ts';
import { bootstrap, extensionsAt } from './start.ts';

/** Writes the seed for the current stand-in into `dir` and removes seeds made for earlier ones. */
export async function writeShadowSeed(dir = SEED_SOURCE_DIR): Promise<string> {
  const db = await bootstrap({ extensions: extensionsAt(extensionTarballs(INSTALLED_BY_STANDIN)) });
  try {
    // A checkpoint first, so loading the seed does not replay the stand-in from the WAL.
    await db.exec('checkpoint');
    const dump = await db.dumpDataDir('none');
    const file = path.join(dir, seedFileName());
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, gzipSync(new Uint8Array(await dump.arrayBuffer()), { level: 9 }));
    for (const stale of staleSeeds(dir)) rmSync(path.join(dir, stale), { force: true });
    return file;
  } finally {
    await db.close();
  }
}
