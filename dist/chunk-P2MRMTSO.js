import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/errno.ts
var WORDS = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EEXIST: "already exists",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EMFILE: "too many open files",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EBUSY: "resource busy"
};
function describeError(error) {
  let code = error?.code;
  return code !== void 0 && WORDS[code] ? WORDS[code] : error instanceof Error ? error.message : String(error);
}
function errnoInWords(message) {
  return message.replace(/\b(E[A-Z]+): [^,]*, [a-z]+(?: '[^']*')?/g, (whole, code) => WORDS[code] ?? whole).replace(
    /(: )(E[A-Z]+)\b(?![:-])/g,
    (whole, colon, code) => WORDS[code] ? `${colon}${WORDS[code]}` : whole
  );
}

export {
  describeError,
  errnoInWords
};
