// The floor of the benchmark: load libpg-query and parse every .sql file of a folder, nothing else.
// Run as its own process by bench/run.mjs so that Node start-up and WASM loading are counted exactly as
// they are for scribe-lint. One thread, files in name order, as a linter without workers would parse.
//
//   node bench/bare-parse.mjs <folder>    prints "<files> files, <statements> statements"

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadModule, parseSync } from 'libpg-query';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/bare-parse.mjs <folder>');
  process.exit(2);
}

await loadModule();
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.sql'))
  .sort();
let statements = 0;
for (const name of names) {
  statements += parseSync(readFileSync(path.join(dir, name), 'utf8')).stmts?.length ?? 0;
}
console.log(`${names.length} files, ${statements} statements`);
