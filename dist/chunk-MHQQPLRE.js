import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/catalog/secrets.ts
var URL_USERINFO_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:)([^\s/?#@]*)@/gi, WORD_CHARACTER = /[\p{L}\p{N}_]/u;
function maskSecrets(text, secrets) {
  let masked = text.replace(
    URL_USERINFO_PASSWORD,
    (_match, head, password) => password === "" ? `${head}@` : `${head}***@`
  ), ordered = [...new Set(secrets)].filter((secret) => secret !== "").sort((a, b) => b.length - a.length);
  for (let secret of ordered) masked = maskOne(masked, secret);
  return masked;
}
function maskOne(text, secret) {
  if (secret.length >= 8) return text.split(secret).join("***");
  let result = "", from = 0;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1))
    at < from || !standsWhole(text, at, secret.length) || (result += `${text.slice(from, at)}***`, from = at + secret.length);
  return result + text.slice(from);
}
function standsWhole(text, at, length) {
  let before = at === 0 ? "" : text[at - 1], after = text[at + length] ?? "";
  return !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after);
}
function urlPasswords(url) {
  let raw;
  try {
    raw = new URL(url.trim()).password;
  } catch {
    return [];
  }
  if (raw === "") return [];
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
  }
  return [.../* @__PURE__ */ new Set([raw, decoded])];
}

export {
  maskSecrets,
  urlPasswords
};
