import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/source/folders.ts
import { existsSync } from "node:fs";
import path from "node:path";
var GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
function sourceFoldersExist(patterns, baseDir) {
  return patterns.filter((pattern) => !pattern.startsWith("!")).some((pattern) => existsSync(path.resolve(baseDir, fixedFolderOf(pattern))));
}
function fixedFolderOf(pattern) {
  let folders = pattern.split("/").slice(0, -1), literal = folders.findIndex((folder) => GLOB_SYNTAX.test(folder));
  return (literal === -1 ? folders : folders.slice(0, literal)).join("/");
}

export {
  sourceFoldersExist
};
