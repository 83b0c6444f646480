import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/version.ts
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

// package.json
var package_default = {
  name: "scribe-lint",
  version: "0.1.0",
  description: "Enforces the SPEC-2 database policy on a Supabase/PostgreSQL app: migration lint, shadow replay, live catalog audit, PHI cache guard.",
  type: "module",
  license: "MIT",
  bin: {
    "scribe-lint": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "rules/*.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node build.mjs",
    typecheck: "tsc --noEmit",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "tsc --noEmit && prettier --check . && vitest run",
    bench: "node bench/run.mjs"
  },
  devDependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@electric-sql/pglite": "^0.5.16",
    "@electric-sql/pglite-pg_hashids": "0.0.15",
    "@electric-sql/pglite-pgmq": "0.0.6",
    "@electric-sql/pglite-pgtap": "0.0.15",
    "@electric-sql/pglite-pgvector": "0.0.15",
    "@types/node": "^20.19.43",
    "@types/pg": "^8.23.1",
    esbuild: "^0.28.2",
    ioredis: "^5.11.1",
    "libpg-query": "18.1.5",
    pg: "^8.23.1",
    prettier: "^3.10.1",
    "smol-toml": "^1.9.1",
    tinyglobby: "^0.2.17",
    typescript: "^5.9.3",
    vitest: "^3.2.7"
  },
  overrides: {
    "@electric-sql/pglite-pgvector": {
      "@electric-sql/pglite": "$@electric-sql/pglite"
    },
    "@electric-sql/pglite-pgmq": {
      "@electric-sql/pglite": "$@electric-sql/pglite"
    },
    "@electric-sql/pglite-pg_hashids": {
      "@electric-sql/pglite": "$@electric-sql/pglite"
    },
    "@electric-sql/pglite-pgtap": {
      "@electric-sql/pglite": "$@electric-sql/pglite"
    }
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version, fingerprint;
function codeFingerprint() {
  return "fa648d9da0a6f6d2";
}
function hashSources(root) {
  let hash = createHash("sha256");
  for (let folder of ["src", "rules"]) {
    let files = readdirSync(path.join(root, folder), { recursive: !0, withFileTypes: !0 }).filter((entry) => entry.isFile() && !entry.name.endsWith(".md")).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).replaceAll("\\", "/")).sort();
    for (let file of files)
      hash.update(file).update("\0").update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

export {
  TOOL_VERSION,
  codeFingerprint
};
