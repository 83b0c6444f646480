import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  UsageError
} from "./chunk-KMD5P3L4.js";

// src/urls.ts
function urlWithScheme(url, option, schemes) {
  let expected = `${option} must be a ${schemes.map((scheme) => `${scheme}://`).join(" or ")} URL`, parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(expected);
  }
  if (!schemes.includes(parsed.protocol.slice(0, -1)))
    throw new UsageError(`${expected}, not ${parsed.protocol}//\u2026`);
  return parsed;
}

export {
  urlWithScheme
};
