// Experiment: PGlite executing the 125 files raw (one exec per file), vs per statement, from the seed.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { extensionTarballs } from './shadow/pglite.ts';
import { extensionsAt } from './shadow/start.ts';
import { PreloadedMemoryFS, readDataDirTar } from './shadow/data-dir.ts';
const dir = process.argv[2];
const files = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const seed = gunzipSync(readFileSync(`src/shadow/seed/${readdirSync('src/shadow/seed')[0]}`));
const START = [...PGlite.defaultStartParams, '-c', 'shared_buffers=' + (process.argv[3] ?? '16MB')];
const db = await PGlite.create({
  fs: new PreloadedMemoryFS(PGlite.paths.PGDATA, readDataDirTar(seed)!),
  extensions: extensionsAt(extensionTarballs(['pg_cron', 'pg_trgm', 'vector'])),
  startParams: START,
});
await db.exec(
  `set time zone 'UTC'; set search_path = "$user", public, extensions; set synchronous_commit = off;`,
);
let t = performance.now();
let errors = 0;
for (const sql of files) {
  try {
    await db.exec(sql);
  } catch {
    errors++;
  }
}
console.log('raw per file', (performance.now() - t).toFixed(0), 'ms, errors', errors);
process.exit(0);
