// Builds dist/: self-contained ES module bundles of the CLI and the Action, with the WASM and data files
// they load at run time copied beside them, so both run with no node_modules (as on an Actions runner).
//
// Why esbuild and not ncc: ncc's ES module output of libpg-query + PGlite + @actions/* failed at start
// (`__dirname is not defined in ES module scope` in libpg-query's WASM loader) and did not copy
// libpg-query.wasm. The banner below gives CommonJS-era code the `require`, `__filename` and `__dirname`
// it expects, derived from import.meta.url of the bundle itself.
//
//   node build.mjs             build into dist/
//   node build.mjs --out DIR   build into DIR (the freshness test compares DIR with dist/)

import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const outIndex = process.argv.indexOf('--out');
const outdir = path.resolve(outIndex === -1 ? 'dist' : process.argv[outIndex + 1]);

// The two programs users run, and the worker threads they start: statement linting on every core, and
// the shadow database's PGlite, in a thread so a hanging statement can be stopped.
const entryPoints = {
  cli: 'src/cli.ts',
  action: 'src/action/main.ts',
  'lint-worker': 'src/parallel/worker.ts',
  'shadow-worker': 'src/shadow/worker.ts',
};

const banner = [
  "import { createRequire as __scribeCreateRequire } from 'node:module';",
  "import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';",
  "import { dirname as __scribeDirname } from 'node:path';",
  'const require = __scribeCreateRequire(import.meta.url);',
  'const __filename = __scribeFileUrlToPath(import.meta.url);',
  'const __dirname = __scribeDirname(__filename);',
].join('\n');

const runtimeFiles = [
  'node_modules/libpg-query/wasm/libpg-query.wasm',
  'node_modules/@electric-sql/pglite/dist/pglite.wasm',
  'node_modules/@electric-sql/pglite/dist/pglite.data',
  'node_modules/@electric-sql/pglite/dist/initdb.wasm',
];

// Some ES modules (the Azure Storage SDK under @actions/cache) declare their own top-level `require`,
// `__filename` and `__dirname` between ESM-COMPAT markers; in a chunk they collide with the banner's
// ("Identifier '__filename' has already been declared"). The banner provides the same three, so the
// module's block is dropped.
const dropEsmCompatShims = {
  name: 'drop-esm-compat-shims',
  setup(build) {
    build.onLoad({ filter: /[\\/]@azure[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const shim = /\/\/ ESM-COMPAT-START[\s\S]*?\/\/ ESM-COMPAT-END/;
      return shim.test(text) ? { contents: text.replace(shim, ''), loader: 'js' } : undefined;
    });
  },
};

// The hash of the sources, as src/version.ts `hashSources` computes it from source (test/dist.test.ts checks
// that both agree): caches of replay results are keyed by it (src/shadow/snapshot.ts).
function hashSources(root) {
  const hash = createHash('sha256');
  for (const folder of ['src', 'rules']) {
    const files = readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
      .sort();
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: banner },
  define: { __SCRIBE_LINT_CODE__: JSON.stringify(hashSources(import.meta.dirname)) },
  // Chunks sit beside the entries, so every bundle file finds the runtime files in its own folder.
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  minifySyntax: true,
  // Optional native speed-ups of pg and ioredis that are not installed and not needed.
  external: ['pg-native', 'cloudflare:sockets'],
  plugins: [dropEsmCompatShims],
});
// The real extension builds (PGlite's contrib and its companion packages; contrib.json names each as
// `<package>/<file in its dist folder>`; their own modules look for them above dist/) and the seed.
const extensionTarballs = new Set(Object.values(JSON.parse(readFileSync('src/shadow/contrib.json', 'utf8'))));
for (const spec of extensionTarballs) {
  const slash = spec.lastIndexOf('/');
  runtimeFiles.push(`node_modules/${spec.slice(0, slash)}/dist/${spec.slice(slash + 1)}`);
}
runtimeFiles.push(...readdirSync('src/shadow/seed').map((name) => `src/shadow/seed/${name}`));
for (const file of runtimeFiles) {
  // A missing file would only show at run time, as an extension the bundled shadow cannot load.
  if (!existsSync(file)) throw new Error(`build.mjs: ${file} is missing (run npm ci)`);
  copyFileSync(file, path.join(outdir, path.basename(file)));
}
