import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  maskSecrets
} from "./chunk-MHQQPLRE.js";
import {
  describeError
} from "./chunk-P2MRMTSO.js";
import {
  displayPathOf
} from "./chunk-C74ZEOQR.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";

// src/platform/client.ts
var DEFAULT_API_URL = "https://api.supabase.com", AREA_OF = {
  "database/backups": "read access to the project database backups",
  "billing/addons": "read access to the project add-ons (billing)",
  "config/database/pooler": "read access to the project database configuration",
  "ssl-enforcement": "read access to the project database SSL configuration",
  "network-restrictions": "read access to the project network restrictions"
}, ManagementClient = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** `GET /v1/projects/{ref}/<endpoint>`, its JSON body, retried once after a 429. */
  async get(endpoint) {
    let first = await this.request(endpoint);
    if (first.status !== 429) return this.body(endpoint, first);
    await sleep(retryAfterMs(first.headers.get("retry-after"), this.options.timeoutMs));
    let second = await this.request(endpoint);
    if (second.status === 429)
      throw this.error(`${this.shown(endpoint)} is still rate limited (429) after one retry`);
    return this.body(endpoint, second);
  }
  async request(endpoint) {
    let url = `${this.options.baseUrl.replace(/\/+$/, "")}/v1/projects/${encodeURIComponent(this.options.projectRef)}/${endpoint}`;
    try {
      return await fetch(url, {
        method: "GET",
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: "application/json" },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: "error"
        // a redirect could carry the token's request to another host
      });
    } catch (error) {
      throw this.error(`${this.shown(endpoint)}: ${networkReason(error, this.options.timeoutMs)}`);
    }
  }
  async body(endpoint, response) {
    let text = await this.text(endpoint, response);
    if (!response.ok) throw this.statusError(endpoint, response.status, text);
    try {
      return JSON.parse(text);
    } catch {
      throw this.error(`${this.shown(endpoint)} answered ${response.status} with a body that is not JSON`);
    }
  }
  /** The body, within the same budget: a server that sends headers and then stalls is a timeout too. */
  async text(endpoint, response) {
    try {
      return await response.text();
    } catch (error) {
      throw this.error(`${this.shown(endpoint)}: ${networkReason(error, this.options.timeoutMs)}`);
    }
  }
  statusError(endpoint, status, text) {
    let ref = this.options.projectRef;
    if (status === 401)
      return this.error(
        `the Management API refused the token in SUPABASE_ACCESS_TOKEN (401) for ${this.shown(endpoint)}: use a valid personal access token with ${AREA_OF[endpoint] ?? "read access to the project"}`
      );
    if (status === 403) {
      let missing = missingPermissions(text), grant = missing.length > 0 ? missing.join(", ") : AREA_OF[endpoint] ?? "read access to the project";
      return this.error(`the token may not read ${this.shown(endpoint)} (403): grant it ${grant}`);
    }
    return status === 404 ? this.error(
      `Supabase project "${ref}" not found (404 from ${this.shown(endpoint)}): check --supabase-project and that the token's account can see the project`
    ) : status >= 500 ? this.error(`the Management API failed on ${this.shown(endpoint)} (${status}): try again later`) : this.error(`the Management API answered ${this.shown(endpoint)} with ${status}`);
  }
  shown(endpoint) {
    return `GET /v1/projects/${this.options.projectRef}/${endpoint}`;
  }
  /** Every message passes through here, so a token echoed by a server never reaches the user. */
  error(message) {
    return new UsageError(`Supabase Management API: ${maskSecrets(message, [this.options.token])}`);
  }
};
function missingPermissions(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return [];
  }
  let list = isObject(body) ? body.missing_permissions : void 0;
  return Array.isArray(list) ? list.map((entry) => typeof entry == "string" ? entry : isObject(entry) ? entry.name : void 0).filter((name) => typeof name == "string" && name !== "").map((name) => name.replace(/[^\w:./ -]/g, "")) : [];
}
function retryAfterMs(header, capMs) {
  if (header === null) return Math.min(1e3, capMs);
  let seconds = Number(header.trim()), ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - Date.now();
  return Math.max(0, Math.min(Number.isFinite(ms) ? ms : 1e3, capMs));
}
function networkReason(error, timeoutMs) {
  let name = error?.name;
  if (name === "TimeoutError" || name === "AbortError")
    return `no answer within ${timeoutMs / 1e3} s ([platform] timeout_seconds)`;
  let cause = error?.cause;
  return cause?.code === "ECONNREFUSED" ? "connection refused" : cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN" ? "host not found" : cause?.code === "ECONNRESET" || cause?.code === "UND_ERR_SOCKET" ? "the server closed the connection" : cause?.message ? firstLine(cause.message) : firstLine(error);
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split(`
`)[0].trim();
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/platform/config-toml.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/), codeblock = "", numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    l && (codeblock += i.toString().padEnd(numberLen, " "), codeblock += ":  ", codeblock += l, codeblock += `
`, i === line && (codeblock += " ".repeat(numberLen + column + 2), codeblock += `^
`));
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    let [line, column] = getLineColFromPtr(options.toml, options.ptr), codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options), this.line = line, this.column = column, this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p++), first = c, isLiteral = c === 39, isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  isMultiline && ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10 ? ctx.p++ : c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10 && (ctx.p += 2));
  let parsed2 = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed2 = parsed2 ? parsed2 + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed2;
    } else if (!state)
      !isLiteral && c === 92 && (parsed2 += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
    else if (state === 1)
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1, value = 0, len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p), digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          digit < 0 && TomlError.x("invalid non-hex character in unicode escape", ctx), value = value << 4 | digit;
        }
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed2 += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed2 += "\b" : c === 116 ? parsed2 += "	" : c === 110 ? parsed2 += `
` : c === 102 ? parsed2 += "\f" : c === 114 ? parsed2 += "\r" : c === 101 ? parsed2 += "\x1B" : c === 34 ? parsed2 += '"' : c === 92 ? parsed2 += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
    else c !== 32 && c !== 9 && (state === 2 && TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart), state = !isLiteral && c === 92 ? 1 : 0, sliceStart = ctx.p);
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i, TomlDate = class _TomlDate extends Date {
  #hasDate = !1;
  #hasTime = !1;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = !0, hasTime = !0, offset = "Z", c;
    if (typeof date == "string")
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            fasttype === 2 ? (offset = null, date += "Z") : (c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122 && (offset = date.slice(date.length - 6)), unsafeDelim && (date = date.slice(0, 10) + "T" + date.slice(11));
          } else fasttype === 4 && (date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`);
          hasDate = fasttype !== 4, hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        match ? (match[1] || (hasDate = !1, date = `0000-01-01T${date}`), hasTime = !!match[2], hasTime && date[10] === " " && (date = date.replace(" ", "T")), match[2] && +match[2] > 23 ? date = "" : (offset = match[3] || null, !offset && hasTime && (date += "Z"))) : date = "";
      }
    super(date), isNaN(this.getTime()) || (this.#hasDate = hasDate, this.#hasTime = hasTime, this.#offset = offset);
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    return offset = this.#offset[0] === "-" ? offset : -offset, new Date(this.getTime() - offset * 6e4).toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    return date.#offset = offset, date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#offset = null, date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasTime = !1, date.#offset = null, date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasDate = !1, date.#offset = null, date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    return ctx.d++, value;
  }
  return c === 34 || c === 39 ? parseString(ctx) : c === 116 ? ((ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !0) : c === 102 ? ((ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !1) : c === 43 || c === 45 ? parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end) : ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45 ? parseDate(ctx, c, end) : ctx.s.charCodeAt(ctx.p + 2) === 58 ? parseTime(ctx, c, end) : parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr, state = 0, hasUnderscores = !1;
  if (c === 105)
    return (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, (sign || 1) / 0;
  if (c === 110)
    return (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, NaN;
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === !0 ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    c === 46 ? state = 2 : c === 101 || c === 69 ? state = 4 : TomlError.x("illegal leading zero", ctx, startPtr);
  } else isDigit(c) || TomlError.x("invalid value", ctx, startPtr);
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    state || (state = 1), c === 95 ? (state & 1 || TomlError.x("illegal underscore", ctx), state += 11, hasUnderscores = !0) : state === 1 && c === 46 ? state = 2 : (state === 1 || state === 3) && (c === 101 || c === 69) ? state = 4 : state === 4 && (c === 43 || c === 45) ? state = 6 : isDigit(c) ? state > 9 ? state -= 11 : state & 1 || state++ : TomlError.x("illegal character in numeric literal", ctx);
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === !0 ? BigInt(val) : val;
  }
  state & 1 || TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  return hasUnderscores && (str = str.replaceAll("_", "")), state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    c === 95 ? (underscore & 1 && TomlError.x("illegal underscore", ctx), underscore = 3) : isDigit(c, base) ? underscore & 1 && underscore-- : TomlError.x("illegal character in numeric literal", ctx);
  underscore & 1 && TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  return underscore && (str = str.replaceAll("_", "")), parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== !0)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return BigInt(base === 10 ? str : (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)))
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  if (ctx.p += 5, isDigit(ctx.s.charCodeAt(ctx.p++)) || TomlError.x("invalid date-time: date part is malformed", ctx, startPtr), ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = !0, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, !1, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58 && TomlError.x("invalid date-time: time part is malformed", ctx, startPtr), ctx.s.charCodeAt(ctx.p += 3) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p)))
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  if (ctx.s.charCodeAt(ctx.p += 4) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, !1, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    return date.isValid() || TomlError.x("invalid date", ctx, errPtr), date;
  }
  try {
    switch (temporalSuffix && (str += temporalSuffix), type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    (c < 32 && c !== 9 || c === 127) && TomlError.x("control characters are not allowed in comments", ctx);
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  for (; ctx.p < ctx.s.length; ) {
    for (; ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)); )
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr, state = 0, parsed2 = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed2.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed2;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed2.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed2.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed2.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++, res = /* @__PURE__ */ Object.create(null), seen = /* @__PURE__ */ new Set(), c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 125)
      return ctx.p++, res;
    let k, t = res, hasOwn = !1, errPtr = ctx.p, key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      i && (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null)), k = key[i], (hasOwn = Object.hasOwn(t, k)) && (typeof t[k] != "object" || seen.has(t[k])) && TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      !hasOwn && unsafe && Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 });
    }
    hasOwn && TomlError.x("trying to redefine an already defined value", ctx, errPtr), skipVoid(ctx, !0, !0);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) == "object" && seen.add(value), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 125)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++, res = [], c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 93)
      return ctx.p++, res;
    if (res.push(extractValue(
      ctx,
      93
      /* ] */
    )), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 93)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table, m = meta, k, hasOwn = !1, state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      if (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null), m = (state = m[k]).c, type === 0 && (state.t === 1 || state.t === 2))
        return null;
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l], m = m[l].c;
      }
    }
    if (k = key[i], (hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d)
      return null;
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return !1;
      unsafe && (Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 }), Object.defineProperty(m, k, { enumerable: !0, configurable: !0, writable: !0 })), m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: !1,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  if (state = m[k], state.t !== type && !(type === 1 && state.t === 3) || (type === 2 && (state.d || (state.d = !0, t[k] = []), t[k].push(t = /* @__PURE__ */ Object.create(null)), state.c[state.i++] = state = { t: 1, d: !1, i: 0, c: /* @__PURE__ */ Object.create(null) }), state.d))
    return null;
  if (state.d = !0, type === 1)
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  else if (type === 0 && hasOwn)
    return null;
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  (peek === null || ctx.uk === 2) && TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? !1,
    ld: options.useLegacyDate ?? !0,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml.length; ) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      p ? (m = p[2], tbl = p[1]) : (validateTablePeek(ctx, p, tmp), skipping = !0);
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx), p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      !p && !skipping && validateTablePeek(ctx, p, tmp), skipVoid(ctx, !0, !0);
      let v = extractValue(ctx, void 0);
      p && !skipping && (p[1][p[0]] = v);
    }
    skipVoid(ctx, !0), ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/platform/config-toml.ts
var CONFIG_TOML = "supabase/config.toml";
function readConfigToml(baseDir, cwd) {
  let absolute = path.join(baseDir, CONFIG_TOML);
  if (!existsSync(absolute)) return;
  let file = displayPathOf(absolute, cwd), text;
  try {
    text = readFileSync(absolute, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${describeError(error)}`);
  }
  return configTomlFacts(text, file);
}
function configTomlFacts(text, file) {
  let table = parsed(text, file), db = isObject(table.db) ? table.db : void 0, pooler = db && isObject(db.pooler) ? db.pooler : void 0;
  if (!pooler) return { file };
  let lines = text.split(/\r?\n/), header = headerLine(lines), at = (line) => lineLocation(file, lines, line ?? header ?? 0), setting = (key) => key in pooler ? { value: pooler[key], location: at(keyLine(lines, header, key)) } : void 0;
  return {
    file,
    pooler: { location: at(header), enabled: setting("enabled"), poolMode: setting("pool_mode") }
  };
}
function parsed(text, file) {
  try {
    return parse(text);
  } catch (error) {
    let where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : "";
    throw new UsageError(`${file}: invalid TOML${where}: ${error.message.split(`
`)[0]}`);
  }
}
function headerLine(lines) {
  let index = lines.findIndex((line) => /^\s*\[\s*"?db"?\s*\.\s*"?pooler"?\s*\]/.test(line));
  return index === -1 ? void 0 : index;
}
function keyLine(lines, header, key) {
  if (header === void 0) return;
  let pattern = new RegExp(`^\\s*"?${key}"?\\s*=`);
  for (let index = header + 1; index < lines.length; index++) {
    if (/^\s*\[/.test(lines[index])) return;
    if (pattern.test(lines[index])) return index;
  }
}
function lineLocation(file, lines, index) {
  let text = lines[index] ?? "", column = text.length - text.trimStart().length + 1, end = text.replace(/\s*(#.*)?$/, "").length + 1;
  return { file, line: index + 1, column, endLine: index + 1, endColumn: Math.max(column, end) };
}

// src/platform/management.ts
var ENDPOINTS = {
  backups: "database/backups",
  addons: "billing/addons",
  pooler: "config/database/pooler",
  ssl: "ssl-enforcement",
  network: "network-restrictions"
};
async function readManagementFacts(client, ref) {
  let [backups, addons, pooler, ssl, network] = await Promise.all([
    client.get(ENDPOINTS.backups),
    client.get(ENDPOINTS.addons),
    client.get(ENDPOINTS.pooler),
    client.get(ENDPOINTS.ssl),
    client.get(ENDPOINTS.network)
  ]), shape = new ShapeReader(ref);
  return {
    backups: shape.backups(backups),
    pitrAddon: shape.pitrAddon(addons),
    poolers: shape.poolers(pooler),
    sslEnforced: shape.ssl(ssl),
    network: shape.network(network)
  };
}
var ShapeReader = class {
  constructor(ref) {
    this.ref = ref;
  }
  ref;
  backups(body) {
    let object = this.object(ENDPOINTS.backups, body);
    return {
      pitrEnabled: this.boolean(ENDPOINTS.backups, "pitr_enabled", object.pitr_enabled),
      walgEnabled: this.boolean(ENDPOINTS.backups, "walg_enabled", object.walg_enabled)
    };
  }
  /** The selected `pitr` add-on; its days from the variant id (`pitr_14` keeps 14 days). */
  pitrAddon(body) {
    let object = this.object(ENDPOINTS.addons, body), pitr = this.array(ENDPOINTS.addons, "selected_addons", object.selected_addons).find((addon) => isObject(addon) && addon.type === "pitr");
    if (!isObject(pitr)) return;
    let variant = isObject(pitr.variant) ? pitr.variant.id : void 0;
    typeof variant != "string" && this.missing(ENDPOINTS.addons, "selected_addons[].variant.id");
    let days = /^pitr_(\d+)$/.exec(variant)?.[1];
    return { variant, days: days === void 0 ? void 0 : Number(days) };
  }
  poolers(body) {
    return this.array(ENDPOINTS.pooler, "(the answer)", body).map((entry) => {
      let object = this.object(ENDPOINTS.pooler, entry), databaseType = object.database_type, poolMode = object.pool_mode;
      return typeof databaseType != "string" && this.missing(ENDPOINTS.pooler, "database_type"), typeof poolMode != "string" && this.missing(ENDPOINTS.pooler, "pool_mode"), {
        databaseType,
        identifier: typeof object.identifier == "string" ? object.identifier : void 0,
        poolMode,
        defaultPoolSize: numberOrNull(object.default_pool_size),
        maxClientConn: numberOrNull(object.max_client_conn)
      };
    });
  }
  ssl(body) {
    let object = this.object(ENDPOINTS.ssl, body), current = isObject(object.currentConfig) ? object.currentConfig.database : void 0;
    return this.boolean(ENDPOINTS.ssl, "currentConfig.database", current);
  }
  network(body) {
    let object = this.object(ENDPOINTS.network, body), config = isObject(object.config) ? object.config : {};
    return {
      ipv4: this.cidrs("config.dbAllowedCidrs", config.dbAllowedCidrs),
      ipv6: this.cidrs("config.dbAllowedCidrsV6", config.dbAllowedCidrsV6),
      status: typeof object.status == "string" ? object.status : void 0
    };
  }
  cidrs(field, value) {
    if (value == null) return;
    let list = this.array(ENDPOINTS.network, field, value);
    return list.every((item) => typeof item == "string") || this.missing(ENDPOINTS.network, field), list;
  }
  object(endpoint, value) {
    return isObject(value) || this.missing(endpoint, "(an object)"), value;
  }
  array(endpoint, field, value) {
    return Array.isArray(value) || this.missing(endpoint, field), value;
  }
  boolean(endpoint, field, value) {
    return typeof value != "boolean" && this.missing(endpoint, field), value;
  }
  missing(endpoint, field) {
    throw new UsageError(
      `Supabase Management API: GET /v1/projects/${this.ref}/${endpoint} answered without the expected ${field}`
    );
  }
};
function numberOrNull(value) {
  return typeof value == "number" && Number.isFinite(value) ? value : null;
}

// src/platform/index.ts
var MISSING_TOKEN = "--supabase-project needs a Management API token in SUPABASE_ACCESS_TOKEN (a read-only personal access token is enough)";
async function readPlatform(options, env = process.env) {
  let configToml = readConfigToml(options.config.baseDir, options.cwd), ref = options.supabaseProject;
  if (ref === void 0) return configToml ? { configToml } : void 0;
  if (!options.supabaseToken) throw new UsageError(MISSING_TOKEN);
  let client = new ManagementClient({
    baseUrl: env.SUPABASE_API_URL || DEFAULT_API_URL,
    token: options.supabaseToken,
    projectRef: ref,
    timeoutMs: options.config.platform.timeoutSeconds * 1e3
  });
  return { projectRef: ref, api: await readManagementFacts(client, ref), configToml };
}

export {
  TomlError,
  parse,
  MISSING_TOKEN,
  readPlatform
};
