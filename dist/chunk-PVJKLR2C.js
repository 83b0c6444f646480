import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  sourceFoldersExist
} from "./chunk-AXLB2HKF.js";
import {
  allRules,
  failsRun,
  runLint
} from "./chunk-MA2L4SEP.js";
import {
  collectMigrationPaths,
  displayPathOf,
  loadParser,
  nearestName,
  readMigrationFile
} from "./chunk-ID2OFEOQ.js";
import {
  NotVerifiedError,
  UsageError
} from "./chunk-KMD5P3L4.js";

// src/cli/main.ts
import { readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path5 from "node:path";

// src/config.ts
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
  let parsed = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed;
    } else if (!state)
      !isLiteral && c === 92 && (parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
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
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed += "\b" : c === 116 ? parsed += "	" : c === 110 ? parsed += `
` : c === 102 ? parsed += "\f" : c === 114 ? parsed += "\r" : c === 101 ? parsed += "\x1B" : c === 34 ? parsed += '"' : c === 92 ? parsed += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
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
  let startPtr, state = 0, parsed = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
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
function parse(toml2, options = {}) {
  let ctx = {
    s: toml2,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? !1,
    ld: options.useLegacyDate ?? !0,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml2.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml2.length; ) {
    if (toml2.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml2.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml2.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
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
    skipVoid(ctx, !0), ctx.p < toml2.length && (tmp = toml2.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml2.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

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

// src/config.ts
var RUNNERS = ["supabase", "psql", "transaction"], SHADOW_ON_ERROR = ["skip-statement", "rollback-file"], FAIL_ON_VALUES = ["error", "warning", "info", "never"], SEVERITY_SETTINGS = ["error", "warning", "info", "off"];
function defaultConfig(baseDir = process.cwd()) {
  return {
    migrations: "supabase/migrations",
    runner: "supabase",
    exposedSchemas: ["public"],
    failOn: "error",
    audit: { tables: ["audit_logs"], partitionKey: "created_at", runwayMonths: 3 },
    phi: {
      tables: ["messages", "structured_notes", "conversations", "part2_consents"],
      cacheAllow: ["programs", "clients", "user_roles"],
      source: ["src/**/*.{ts,tsx,js,mjs}", "supabase/functions/**/*.ts"],
      clients: ["ioredis", "redis", "@redis/client", "@upstash/redis", "@vercel/kv", "upstash_redis"],
      wrappers: ["cache"]
    },
    shadow: { onError: "skip-statement" },
    rules: {},
    baseDir
  };
}
var CONFIG_NAME = "scribe-lint.toml";
function loadConfig(options) {
  let file = options.file !== void 0 ? path.resolve(options.cwd, options.file) : findConfig(options.cwd);
  if (file === void 0) return defaultConfig(options.cwd);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    let shown = options.file ?? (path.relative(options.cwd, file) || file);
    throw new UsageError(`cannot read config ${shown}: ${describeError(error)}`);
  }
  return parseConfig(text, { file, knownRuleIds: options.knownRuleIds });
}
function findConfig(cwd) {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    let candidate = path.join(folder, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(folder, ".git")) || path.dirname(folder) === folder) return;
  }
}
function parseConfig(text, options) {
  let shown = path.relative(process.cwd(), options.file) || options.file, table;
  try {
    table = parse(text);
  } catch (error) {
    let where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : "", first = error.message.split(`
`)[0];
    throw new UsageError(`${shown}: invalid TOML${where}: ${first}`);
  }
  let config = defaultConfig(path.dirname(options.file));
  config.file = options.file;
  let read = new ConfigReader(shown);
  return read.topLevel(table, config), read.rules(table.rules, config, options.knownRuleIds), config;
}
var ConfigReader = class {
  constructor(fileName) {
    this.fileName = fileName;
  }
  fileName;
  topLevel(table, config) {
    for (let [key, value] of Object.entries(table))
      switch (key) {
        case "migrations":
          config.migrations = this.string(key, value);
          break;
        case "runner":
          config.runner = this.oneOf(key, value, RUNNERS);
          break;
        case "exposed_schemas":
          config.exposedSchemas = this.strings(key, value);
          break;
        case "fail_on":
          config.failOn = this.oneOf(key, value, FAIL_ON_VALUES);
          break;
        case "audit":
          this.audit(this.table(key, value), config);
          break;
        case "phi":
          this.phi(this.table(key, value), config);
          break;
        case "shadow":
          this.shadow(this.table(key, value), config);
          break;
        case "rules":
          break;
        // validated separately against the rule registry
        default:
          this.unknown(key, TOP_LEVEL_KEYS);
      }
  }
  audit(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `audit.${key}`;
      key === "tables" ? config.audit.tables = this.strings(name, value) : key === "partition_key" ? config.audit.partitionKey = this.string(name, value) : key === "runway_months" ? config.audit.runwayMonths = this.positiveInteger(name, value) : this.unknown(name, AUDIT_KEYS);
    }
  }
  phi(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `phi.${key}`;
      key === "tables" ? config.phi.tables = this.strings(name, value) : key === "cache_allow" ? config.phi.cacheAllow = this.strings(name, value) : key === "source" ? config.phi.source = this.strings(name, value) : key === "clients" ? config.phi.clients = this.strings(name, value) : key === "wrappers" ? config.phi.wrappers = this.strings(name, value) : this.unknown(name, PHI_KEYS);
    }
  }
  shadow(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `shadow.${key}`;
      key === "on_error" ? config.shadow.onError = this.oneOf(name, value, SHADOW_ON_ERROR) : this.unknown(name, SHADOW_KEYS);
    }
  }
  rules(value, config, knownRuleIds) {
    if (value === void 0) return;
    let table = this.table("rules", value);
    for (let [id, setting] of Object.entries(table)) {
      if (!knownRuleIds.includes(id))
        throw new UsageError(
          `${this.fileName}: unknown rule "rules.${id}"${suggestion(id, knownRuleIds)} (see \`scribe-lint rules\`)`
        );
      config.rules[id] = this.oneOf(`rules.${id}`, setting, SEVERITY_SETTINGS);
    }
  }
  fail(key, expected, value) {
    throw new UsageError(`${this.fileName}: "${key}" must be ${expected}, got ${describe(value)}`);
  }
  /** `known`: the keys valid where this one stands, for a "did you mean" suggestion. */
  unknown(key, known) {
    let leaf = key.slice(key.lastIndexOf(".") + 1);
    throw new UsageError(`${this.fileName}: unknown key "${key}"${suggestion(leaf, known)}`);
  }
  string(key, value) {
    return (typeof value != "string" || value === "") && this.fail(key, "a non-empty string", value), value;
  }
  strings(key, value) {
    return (!Array.isArray(value) || !value.every((item) => typeof item == "string" && item !== "")) && this.fail(key, "an array of non-empty strings", value), value;
  }
  positiveInteger(key, value) {
    let number = typeof value == "bigint" ? Number(value) : value;
    return (typeof number != "number" || !Number.isInteger(number) || number < 1 || number > 120) && this.fail(key, "a whole number from 1 to 120", value), number;
  }
  oneOf(key, value, allowed) {
    return (typeof value != "string" || !allowed.includes(value)) && this.fail(key, `one of ${allowed.map((item) => `"${item}"`).join(", ")}`, value), value;
  }
  table(key, value) {
    return (typeof value != "object" || value === null || Array.isArray(value) || value instanceof Date) && this.fail(key, "a table", value), value;
  }
}, TOP_LEVEL_KEYS = [
  "migrations",
  "runner",
  "exposed_schemas",
  "fail_on",
  "audit",
  "phi",
  "shadow",
  "rules"
], AUDIT_KEYS = ["tables", "partition_key", "runway_months"], PHI_KEYS = ["tables", "cache_allow", "source", "clients", "wrappers"], SHADOW_KEYS = ["on_error"];
function suggestion(given, known) {
  let best = nearestName(given, known, Math.max(2, Math.floor(given.length / 3)), { ignoreCase: !0 });
  return best !== void 0 ? `; did you mean "${best}"?` : "";
}
function describe(value) {
  return Array.isArray(value) ? "an array" : value instanceof Date ? "a date" : typeof value == "string" ? `"${value}"` : typeof value == "object" && value !== null ? "a table" : String(value);
}

// src/lint.ts
import path2 from "node:path";

// src/provider-faults.ts
var SOURCE_OF = {
  shadow: "schema",
  live: "schema",
  source: "source",
  redis: "redis",
  health: "health",
  platform: "platform"
}, ProviderFaults = class {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  faults = [];
  /**
   * Runs one provider step (opening the shadow, analysing sources, scanning Redis). A fault becomes a
   * recorded fault and the step yields undefined, as if the source were absent.
   */
  async guard(provider, what, step) {
    try {
      return await step();
    } catch (error) {
      if (error instanceof UsageError) throw error;
      let lost = this.rulesFed(provider).map((rule) => rule.meta.id);
      this.record(
        provider,
        this.firstRuleFor(provider),
        `${what} failed unexpectedly: ${oneLine(error)}`,
        lost
      );
      return;
    }
  }
  /**
   * The rules with their schema checks guarded: a check that faults reports nothing of its own (a half-run
   * check proves nothing) and is named in the fault finding instead; the other rules still run.
   */
  guardSchemaRules(rules, provider) {
    return rules.map((rule) => {
      let check = rule.checkSchema;
      return check ? { ...rule, checkSchema: (context) => this.checkGuarded(rule, check, context, provider) } : rule;
    });
  }
  async checkGuarded(rule, check, context, provider) {
    let reports = [];
    try {
      await check({ ...context, report: (finding) => reports.push(finding) });
    } catch (error) {
      if (error instanceof UsageError || error instanceof NotVerifiedError)
        throw reports.forEach((finding) => context.report(finding)), error;
      let ruleId = this.reporterOf(provider) ?? rule.meta.id;
      this.record(provider, ruleId, `${rule.meta.id} could not run: ${oneLine(error)}`, [rule.meta.id]);
      return;
    }
    reports.forEach((finding) => context.report(finding));
  }
  /** Why each faulted source is missing, for the report's list of rules that did not run. */
  missingSources() {
    let reasons = {};
    for (let fault of this.faults) reasons[SOURCE_OF[fault.provider]] ??= fault.reason;
    return reasons;
  }
  /**
   * Adds one finding per faulted provider to the result (they count in every run, with `--since` too:
   * what was not checked was not checked in the changed files either), and the incomplete-replay stop.
   */
  addTo(result, config, changedFiles) {
    for (let fault of this.merged()) {
      let severity = configuredOrError(fault.ruleId, config);
      if (severity === void 0) continue;
      let notChecked = fault.notChecked.length > 0 ? `; not checked: ${fault.notChecked.join(", ")}` : "", finding = { ruleId: fault.ruleId, severity, message: `${fault.reason}${notChecked}` };
      changedFiles && (finding.isNew = !0), result.findings.push(finding), addNotRun(result, fault);
    }
    changedFiles && countIncompleteReplay(result, this.incompleteShadowReporters()), result.failed = result.findings.some((finding) => failsRun(finding, result.failOn));
  }
  record(provider, ruleId, reason, notChecked) {
    this.faults.push({ provider, ruleId, reason, notChecked });
  }
  /** One fault per provider: the first reason, every rule it cost. */
  merged() {
    let byProvider = /* @__PURE__ */ new Map();
    for (let fault of this.faults) {
      let seen = byProvider.get(fault.provider);
      seen ? seen.notChecked.push(...fault.notChecked.filter((id) => !seen.notChecked.includes(id))) : byProvider.set(fault.provider, { ...fault, notChecked: [...fault.notChecked] });
    }
    return [...byProvider.values()];
  }
  rulesFed(provider) {
    let source = SOURCE_OF[provider];
    return this.rules.filter((rule) => checkOf(rule, source) !== void 0);
  }
  firstRuleFor(provider) {
    return this.reporterOf(provider) ?? this.rulesFed(provider)[0]?.meta.id ?? "fk-index";
  }
  /** The rule that reports every fault of this provider (`meta.reportsFaultsOf`), if there is one. */
  reporterOf(provider) {
    if (provider !== "live")
      return this.rules.find((rule) => rule.meta.reportsFaultsOf?.includes(provider))?.meta.id;
  }
  /** The rules that report an incomplete replay's stop (`meta.runsOnIncompleteShadow`). */
  incompleteShadowReporters() {
    return new Set(this.rules.filter((rule) => rule.meta.runsOnIncompleteShadow).map((rule) => rule.meta.id));
  }
};
function checkOf(rule, source) {
  return {
    statement: rule.checkStatement ?? rule.checkFile,
    schema: rule.checkSchema,
    source: rule.checkSource,
    redis: rule.checkRedis,
    health: rule.checkHealth,
    platform: rule.checkPlatform
  }[source];
}
function configuredOrError(ruleId, config) {
  let setting = config.rules[ruleId];
  if (setting !== "off")
    return setting ?? "error";
}
function addNotRun(result, fault) {
  let listed = new Set((result.rulesNotRun ?? []).map((entry) => entry.ruleId)), added = fault.notChecked.filter((id) => !listed.has(id)).map((ruleId) => ({ ruleId, reason: fault.reason }));
  added.length > 0 && (result.rulesNotRun = [...result.rulesNotRun ?? [], ...added]);
}
function countIncompleteReplay(result, reporters) {
  if (!result.replay?.incomplete) return;
  let stops = result.replay.errors.filter((error) => error.endsReplay);
  for (let finding of result.findings) {
    if (!reporters.has(finding.ruleId) || !finding.location) continue;
    stops.find(
      (error) => error.message === finding.message && sameLocation(error.location, finding.location)
    ) && (finding.isNew = !0);
  }
}
function sameLocation(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
function oneLine(error) {
  return (error instanceof Error ? error.message : String(error)).split(`
`)[0].trim() || String(error);
}

// src/lint.ts
async function lint(options, given) {
  let parallel = await checkStatementsInParallel(options);
  await loadParser();
  let providers = given ?? await defaultProviders(), files = parallel?.files ?? readMigrations(options), opened = [], faults = new ProviderFaults(options.rules), schemaProvider = options.databaseUrl ? "live" : "shadow";
  try {
    let schema = await faults.guard(
      schemaProvider,
      schemaWhat(options),
      () => openSchema(files, options, providers)
    );
    schema && opened.push(schema);
    let cacheWrites = await faults.guard(
      "source",
      "the source analysis",
      async () => providers.analyzeSources?.(options)
    ), redis = options.redisUrl ? await faults.guard(
      "redis",
      "the Redis scan",
      async () => providers.scanRedis?.(options.redisUrl, options)
    ) : void 0, health = await readHealth(schema?.value, options, providers, faults), platform = await faults.guard(
      "platform",
      "reading the platform settings",
      async () => providers.readPlatform?.(options)
    ), result = await runLint({
      files,
      config: options.config,
      rules: faults.guardSchemaRules(options.rules, schemaProvider),
      now: options.now,
      schema: schema?.value,
      cacheWrites,
      redis,
      health,
      platform,
      changedFiles: options.changedFiles,
      statementFindings: parallel?.statementFindings,
      missingSources: { ...missingSources(files, options), ...faults.missingSources() }
    });
    return faults.addTo(result, options.config, options.changedFiles), files.length === 0 && !options.databaseUrl && !options.redisUrl && (result.nothingFound = { lookedAt: lookedAt(options) }), schema && await options.inspectSchema?.(schema.value), result;
  } finally {
    for (let resource of opened) await resource.close();
  }
}
async function checkStatementsInParallel(options) {
  let ruleIds = parallelRuleIds(options.rules);
  if (options.databaseUrl || options.shadow || !ruleIds) return;
  let { checkInParallel } = await import("./chunk-O564Z4NU.js");
  return checkInParallel(
    migrationPaths(options),
    options.cwd,
    options.config,
    ruleIds,
    process.env,
    options.changedFiles
  );
}
function parallelRuleIds(rules) {
  if (rules.every((rule) => allRules.includes(rule)))
    return rules.map((rule) => rule.meta.id);
}
function schemaWhat(options) {
  return options.databaseUrl ? "the live database audit" : "the shadow replay";
}
function missingSources(files, options) {
  return {
    schema: options.shadow ? files.length === 0 ? "no migration files to replay and no --db" : "the shadow replay did not run" : "--no-shadow and no --db",
    redis: "no --redis",
    source: "no app source folder matches `[phi] source`",
    health: options.databaseUrl ? "the live database audit did not open" : "no --db or --redis"
  };
}
function lookedAt(options) {
  return options.paths.length > 0 ? options.paths.join(", ") : displayPathOf(path2.resolve(options.config.baseDir, options.config.migrations), options.cwd);
}
function migrationPaths(options) {
  let useDefault = options.paths.length === 0, paths = useDefault ? [options.config.migrations] : options.paths, base = useDefault ? options.config.baseDir : options.cwd;
  return collectMigrationPaths(paths, base, { optional: useDefault });
}
function readMigrations(options) {
  return migrationPaths(options).map((file) => readMigrationFile(file, options.cwd));
}
async function readHealth(schema, options, providers, faults) {
  let live = schema?.mode === "live" ? schema.connection : void 0;
  if (!(options.databaseUrl && !live && !options.redisUrl) && !(!options.databaseUrl && !options.redisUrl))
    return faults.guard(
      "health",
      "reading the live statistics",
      async () => providers.readHealth?.(live, options)
    );
}
async function openSchema(files, options, providers) {
  if (options.databaseUrl) return providers.openLive?.(options.databaseUrl, options);
  if (options.shadow && files.length > 0) return providers.openShadow?.(files, options);
}
async function defaultProviders() {
  return {
    openShadow: async (files, options) => (await import("./chunk-JKWVRAEN.js")).openShadow(files, options),
    openLive: async (url) => (await import("./chunk-YZOMQH35.js")).openLive(url),
    analyzeSources: async (options) => {
      if (sourceFoldersExist(options.config.phi.source, options.config.baseDir))
        return (await import("./chunk-JNASOGGE.js")).analyzeSources(options);
    },
    scanRedis: async (url, options) => (await import("./chunk-B336MQPH.js")).scanRedis(url, options)
  };
}

// src/report/counts.ts
function countFindings(findings) {
  let counts = { error: 0, warning: 0, info: 0, suppressed: 0, existing: 0 };
  for (let finding of findings)
    finding.suppressed ? counts.suppressed++ : finding.isNew === !1 ? counts.existing++ : counts[finding.severity]++;
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var ORDER = { error: 0, warning: 1, info: 2 };
function bySeverity(findings) {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

// src/report/text.ts
var CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeCodePoint(char) {
  let code = char.codePointAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
}
function escapeControls(text, keep = "") {
  return text.replace(CONTROL, (char) => keep.includes(char) ? char : escapeCodePoint(char));
}
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]$/u;
function displayWidth(char) {
  if (ZERO_WIDTH.test(char)) return 0;
  let code = char.codePointAt(0);
  return code >= 4352 && code <= 4447 || code >= 11904 && code <= 12350 || code >= 12353 && code <= 13311 || code >= 13312 && code <= 19903 || code >= 19968 && code <= 40959 || code >= 40960 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 128591 || code >= 129280 && code <= 129791 || code >= 131072 && code <= 262141 ? 2 : 1;
}
var TAB = "    ";
function cellsOf(line) {
  let cells = [], at = 0;
  for (let char of line) {
    let shown = char === "	" ? TAB : escapeControls(char), width = shown === char ? displayWidth(char) : shown.length;
    cells.push({ at, shown, width }), at += char.length;
  }
  return cells;
}
var FRAME_WIDTH = 120, LEAD = 30, CUT = "\u2026";
function frameLine(line, from, to) {
  let cells = cellsOf(line), columns = [], total = 0;
  for (let cell2 of cells)
    columns.push(total), total += cell2.width;
  let columnOf = (index) => {
    let cell2 = cells.findIndex((candidate) => candidate.at >= index);
    return cell2 === -1 ? total : columns[cell2];
  }, start = columnOf(from), end = Math.max(start, columnOf(to)), low = 0, high = total;
  total > FRAME_WIDTH && (low = Math.max(0, Math.min(start - LEAD, total - FRAME_WIDTH)), high = low + FRAME_WIDTH);
  let kept = cells.filter((cell2, index) => columns[index] >= low && columns[index] + cell2.width <= high), first = kept.length > 0 ? columns[cells.indexOf(kept[0])] : low, last = kept.length > 0 ? first + kept.reduce((sum, cell2) => sum + cell2.width, 0) : low, before = first > 0 ? CUT : "", after = last < total ? CUT : "", underlineStart = before.length + Math.max(0, start - first), underlineEnd = before.length + Math.min(end, last) - first;
  return {
    text: before + kept.map((cell2) => cell2.shown).join("") + after,
    underlineStart,
    underlineWidth: Math.max(1, underlineEnd - underlineStart)
  };
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" }, githubReporter = ({ result }) => bySeverity(
  result.findings.filter((finding) => !finding.suppressed && finding.isNew !== !1)
).map(annotation).join("");
function annotation(finding) {
  let properties = [];
  if (finding.location) {
    let { file, line, column, endLine, endColumn } = finding.location;
    properties.push(
      `file=${file}`,
      `line=${line}`,
      `col=${column}`,
      `endLine=${endLine}`,
      `endColumn=${endColumn}`
    );
  }
  properties.push(`title=scribe-lint ${finding.ruleId}`);
  let object = finding.object && !finding.location ? `${finding.object}: ` : "", property = properties.map((entry) => {
    let at = entry.indexOf("=");
    return `${entry.slice(0, at)}=${escapeProperty(entry.slice(at + 1))}`;
  });
  return `::${COMMAND[finding.severity]} ${property.join(",")}::${escapeData(object + finding.message)}
`;
}
function escapeData(text) {
  return percentEscape(escapeControls(text, `\r
`));
}
function escapeProperty(text) {
  return percentEscape(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function percentEscape(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

// src/rule-docs.ts
var REPOSITORY_URL = "https://github.com/mental-scribe/scribe-lint";
function docsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}.md`;
}

// src/report/json.ts
var jsonReporter = ({ result, toolVersion }) => {
  let counts = countFindings(result.findings), report = {
    findings: result.findings.map(flatten),
    summary: {
      tool: { name: "scribe-lint", version: toolVersion },
      files: result.fileCount,
      statements: result.statementCount,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: counts.suppressed,
      existing: counts.existing,
      failOn: result.failOn,
      failed: result.failed,
      schema: result.schemaMode ?? null,
      replay: result.replay ?? null,
      redis: result.redis ?? null,
      nothingFound: result.nothingFound ?? null,
      rulesNotRun: result.rulesNotRun ?? [],
      suppressions: result.suppressions.map((suppression) => ({
        file: suppression.location.file,
        line: suppression.location.line,
        rules: suppression.ruleIds,
        reason: suppression.reason
      }))
    }
  };
  return `${JSON.stringify(report, null, 2)}
`;
};
function flatten(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...finding.location && {
      file: finding.location.file,
      line: finding.location.line,
      column: finding.location.column,
      endLine: finding.location.endLine,
      endColumn: finding.location.endColumn
    },
    ...finding.object !== void 0 && { object: finding.object },
    ...finding.suppressed && { suppressed: !0, suppressionReason: finding.suppressed.reason },
    ...finding.isNew !== void 0 && { new: finding.isNew },
    docsUrl: docsUrl(finding.ruleId)
  };
}

// src/report/notes.ts
function nothingFoundText(nothingFound) {
  return `no migration files (.sql) found in ${escapeControls(nothingFound.lookedAt)}`;
}
var NOTHING_FOUND_HINT = "to lint another folder, set `migrations` in scribe-lint.toml or pass it as an argument: scribe-lint path/to/migrations";
function notRunGroups(notRun) {
  let byReason = /* @__PURE__ */ new Map();
  for (let { ruleId, reason } of notRun) byReason.set(reason, [...byReason.get(reason) ?? [], ruleId]);
  return [...byReason].map(([reason, ruleIds]) => ({ reason, ruleIds }));
}
function notRunText(notRun, code = (id) => id) {
  return notRunGroups(notRun).map((group) => `${group.ruleIds.map(code).join(", ")} (${group.reason})`).join("; ");
}

// src/report/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", info: "\u{1F535}" }, markdownReporter = (input) => [
  headline(input),
  runNotes(input),
  findingsTable(input.result.findings),
  suppressionsTable(input),
  schemaStatus(input)
].filter((part) => part !== "").join(`

`) + `
`;
function headline({ result }) {
  let counts = countFindings(result.findings), open = counts.error + counts.warning + counts.info, scope = `${plural(result.fileCount, "migration file")}, ${plural(result.statementCount, "statement")}`;
  if (open === 0 && result.nothingFound)
    return `### \u26A0\uFE0F scribe-lint: no migration files found

Checked ${scope}.${extras(counts)}`;
  if (open === 0)
    return `### \u2705 scribe-lint: no findings

Checked ${scope}.${extras(counts)}`;
  let parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
  return counts.info > 0 && parts.push(`${counts.info} info`), `### ${result.failed ? "\u274C" : "\u26A0\uFE0F"} scribe-lint: ${parts.join(", ")}

Checked ${scope}.${extras(counts)}`;
}
function runNotes({ result }) {
  let notes = [];
  return result.nothingFound && notes.push(`> \u26A0\uFE0F ${cell(nothingFoundText(result.nothingFound))}; ${NOTHING_FOUND_HINT}.`), result.rulesNotRun && result.rulesNotRun.length > 0 && notes.push(`Not run: ${notRunText(result.rulesNotRun, (id) => `\`${id}\``)}.`), notes.join(`

`);
}
function extras(counts) {
  let notes = [];
  return counts.suppressed > 0 && notes.push(`${counts.suppressed} suppressed with a reason`), counts.existing > 0 && notes.push(`${counts.existing} existing (outside the changed files, not failing)`), notes.length > 0 ? ` Also ${notes.join("; ")}.` : "";
}
function findingsTable(findings) {
  let shown = bySeverity(findings.filter((finding) => !finding.suppressed));
  return shown.length === 0 ? "" : ["| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |", ...shown.map(
    (finding) => `| ${ICON[finding.severity]} ${finding.severity} | [\`${finding.ruleId}\`](${docsUrl(finding.ruleId)}) | ${cell(locationText(finding))} | ${cell(finding.message)}${finding.isNew === !1 ? " _(existing)_" : ""} |`
  )].join(`
`);
}
function locationText(finding) {
  if (!finding.location) return `\`${escapeControls(finding.object ?? "")}\``;
  let { file, line, column } = finding.location;
  return `\`${escapeControls(file)}:${line}:${column}\``;
}
function suppressionsTable({ result }) {
  return result.suppressions.length === 0 ? "" : ["#### Suppressions", "", "| Where | Rules | Reason |", "| --- | --- | --- |", ...result.suppressions.map(
    (suppression) => `| \`${escapeControls(suppression.location.file)}:${suppression.location.line}\` | ${suppression.ruleIds.map((id) => `\`${id}\``).join(", ")} | ${cell(suppression.reason)} |`
  )].join(`
`);
}
function schemaStatus({ result }) {
  if (result.schemaMode === "live") return `#### Schema

Checked against the live database (read-only).`;
  let replay = result.replay;
  if (!replay) return "";
  let errors = replay.errors.length, state = errors === 0 ? "complete" : `incomplete: ${plural(errors, "replay error")}, later objects may be missing`;
  return `#### Shadow replay

Replayed ${plural(replay.filesReplayed, "file")} and ${plural(replay.statementsReplayed, "statement")} into the embedded database (${state}).`;
}
function cell(text) {
  return escapeControls(text.replace(/\|/g, "\\|").replace(/\r?\n/g, " "));
}

// src/report/pretty.ts
var MAX_FRAME_LINES = 6;
function paint(enabled) {
  let wrap = (open, close) => (text) => enabled ? `\x1B[${open}m${text}\x1B[${close}m` : text, colours = {
    error: wrap(31, 39),
    warning: wrap(33, 39),
    info: wrap(36, 39)
  };
  return {
    severity: (severity, text) => colours[severity](text),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    link: (url, text) => enabled ? `\x1B]8;;${url}\x1B\\${text}\x1B]8;;\x1B\\` : text
  };
}
var prettyReporter = (input) => {
  let style = paint(input.color ?? !1);
  return [...input.result.findings.filter((finding) => !finding.suppressed).map((finding) => renderFinding(finding, input, style)), summary(input, style)].join(`
`);
};
function renderFinding(finding, input, style) {
  let label = finding.isNew === !1 ? `${finding.severity} (existing)` : finding.severity, rule = style.link(docsUrl(finding.ruleId), finding.ruleId), message = escapeControls(finding.message, `
`), object = finding.object && escapeControls(finding.object), lines = [
    `${style.bold(style.severity(finding.severity, `${label}[${rule}]`))}${style.bold(`: ${message}`)}`
  ];
  if (finding.location) {
    let { file, line, column } = finding.location;
    lines.push(
      `  ${style.dim("-->")} ${escapeControls(file)}:${line}:${column}${object ? style.dim(`  (${object})`) : ""}`
    ), lines.push(...codeFrame(finding.location, input.readSource(file), finding.severity, style));
  } else object && lines.push(`  ${style.dim("-->")} ${object}`);
  return lines.push(`   ${style.dim("= docs:")} ${docsUrl(finding.ruleId)}`, ""), lines.join(`
`);
}
function codeFrame(location, source, severity, style) {
  if (source === void 0) return [];
  let fileLines = source.split(`
`), last = Math.min(location.endLine, fileLines.length), gutterWidth = String(last).length, gutter = (label) => style.dim(`${label.padStart(gutterWidth)} |`), frame = [gutter("")];
  for (let line = location.line; line <= last; line++) {
    let elideFrom = location.line + MAX_FRAME_LINES - 2;
    if (last - location.line + 1 > MAX_FRAME_LINES && line >= elideFrom && line < last) {
      line === elideFrom && frame.push(style.dim(`${".".repeat(gutterWidth)} |`));
      continue;
    }
    let text = (fileLines[line - 1] ?? "").replace(/\r$/, ""), from = line === location.line ? location.column - 1 : leadingSpace(text), to = line === location.endLine ? location.endColumn - 1 : text.length, shown = frameLine(text, from, Math.max(from, to)), carets = style.severity(severity, "^".repeat(shown.underlineWidth));
    frame.push(`${gutter(String(line))} ${shown.text}`), frame.push(`${gutter("")} ${" ".repeat(shown.underlineStart)}${carets}`);
  }
  return frame;
}
function leadingSpace(text) {
  return text.length - text.trimStart().length;
}
function summary(input, style) {
  let { result } = input, counts = countFindings(result.findings), scope = `${plural(result.fileCount, "file")}, ${plural(result.statementCount, "statement")}`, open = counts.error + counts.warning + counts.info, lines = [];
  if (open === 0 && result.nothingFound)
    lines.push(
      style.bold(`${style.severity("warning", "!")} ${nothingFoundText(result.nothingFound)} (${scope})`)
    );
  else if (open === 0)
    lines.push(style.bold(`\u2714 no findings (${scope})`));
  else {
    let parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
    counts.info > 0 && parts.push(`${counts.info} info`);
    let mark = result.failed ? style.severity("error", "\u2716") : style.severity("warning", "!");
    lines.push(style.bold(`${mark} ${parts.join(", ")} (${scope})`));
  }
  if (result.nothingFound && (open > 0 && lines.push(`  ${nothingFoundText(result.nothingFound)}`), lines.push(`  ${NOTHING_FOUND_HINT}`)), result.rulesNotRun && result.rulesNotRun.length > 0 && lines.push(`  not run: ${notRunText(result.rulesNotRun)}`), counts.existing > 0 && lines.push(`  ${counts.existing} existing outside the changed files (not failing)`), result.replay) {
    let errors = result.replay.errors.length;
    lines.push(
      `  shadow: replayed ${plural(result.replay.filesReplayed, "file")}, ${plural(result.replay.statementsReplayed, "statement")}` + (errors > 0 ? `; ${plural(errors, "replay error")}, so the shadow schema is incomplete` : "")
    );
  }
  result.schemaMode === "live" && lines.push("  schema: live database, read-only"), result.redis && lines.push(
    `  redis: scanned ${plural(result.redis.scannedKeys, "key")}${result.redis.complete ? "" : " (budget reached, scan incomplete)"}`
  );
  for (let suppression of result.suppressions) {
    let where = `${suppression.location.file}:${suppression.location.line}`;
    lines.push(
      `  suppressed ${suppression.ruleIds.join(", ")} at ${escapeControls(where)}: ${escapeControls(suppression.reason)}`
    );
  }
  return `${lines.join(`
`)}
`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
}, sarifReporter = (input) => {
  let fingerprints = new Fingerprinter(input.readSource), log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scribe-lint",
            version: input.toolVersion,
            informationUri: REPOSITORY_URL,
            rules: input.rules.map(describeRule)
          }
        },
        invocations: [{ executionSuccessful: !0, toolExecutionNotifications: notifications(input.result) }],
        results: input.result.findings.map((finding) => toResult(finding, input, fingerprints))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function notifications(result) {
  let list = [];
  result.nothingFound && list.push({
    descriptor: { id: "nothing-found" },
    level: "warning",
    message: { text: `${nothingFoundText(result.nothingFound)}; ${NOTHING_FOUND_HINT}` }
  });
  for (let { ruleId, reason } of result.rulesNotRun ?? [])
    list.push({
      descriptor: { id: "rule-not-run" },
      associatedRule: { id: ruleId },
      level: "note",
      message: { text: `${ruleId} did not run: ${reason}` }
    });
  return list;
}
function describeRule(rule) {
  return {
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: `${rule.meta.description} Sources: ${rule.meta.sources.join(", ")}.` },
    helpUri: docsUrl(rule.meta.id),
    help: { text: `See ${docsUrl(rule.meta.id)}` },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] }
  };
}
function toResult(finding, input, fingerprints) {
  let ruleIndex = input.rules.findIndex((rule) => rule.meta.id === finding.ruleId), location = {};
  if (finding.location) {
    let { file, line, column, endLine, endColumn } = finding.location;
    location.physicalLocation = {
      artifactLocation: { uri: file },
      region: { startLine: line, startColumn: column, endLine, endColumn }
    };
  }
  return finding.object && (location.logicalLocations = [{ fullyQualifiedName: finding.object }]), {
    ruleId: finding.ruleId,
    ...ruleIndex >= 0 && { ruleIndex },
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    ...Object.keys(location).length > 0 && { locations: [location] },
    partialFingerprints: { "scribeLint/v1": fingerprints.of(finding) },
    ...finding.suppressed && {
      suppressions: [{ kind: "inSource", justification: finding.suppressed.reason }]
    }
  };
}
var Fingerprinter = class {
  constructor(readSource) {
    this.readSource = readSource;
  }
  readSource;
  seen = /* @__PURE__ */ new Map();
  lineCache = /* @__PURE__ */ new Map();
  of(finding) {
    let anchor = finding.location ? this.lineText(finding.location.file, finding.location.line) : "", subject = finding.location?.file ?? finding.object ?? "", base = hash(`${finding.ruleId}\0${subject}\0${finding.object ?? ""}\0${anchor}`), occurrence = (this.seen.get(base) ?? 0) + 1;
    return this.seen.set(base, occurrence), `${base}:${occurrence}`;
  }
  lineText(file, line) {
    return this.lineCache.has(file) || this.lineCache.set(file, this.readSource(file)?.split(`
`)), (this.lineCache.get(file)?.[line - 1] ?? "").replace(/\s+/g, " ").trim();
  }
};
function hash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

// src/report/types.ts
var FORMATS = ["pretty", "json", "sarif", "github", "markdown"];

// src/report/index.ts
var REPORTERS = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter
};

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
var TOOL_VERSION = package_default.version;

// src/cli/args.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  db: { type: "string" },
  redis: { type: "string" },
  "no-shadow": { type: "boolean", default: !1 },
  since: { type: "string" },
  format: { type: "string", short: "f", default: "pretty" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  now: { type: "string" },
  debug: { type: "boolean", default: !1 },
  force: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 },
  version: { type: "boolean", short: "v", default: !1 }
};
function parseCliArgs(argv, env) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: !0, strict: !0 });
  } catch (error) {
    throw new UsageError(`${error.message.split(`
`)[0]} (see \`scribe-lint --help\`)`);
  }
  let { values, positionals } = parsed, [first, ...rest] = positionals, command = values.help ? "help" : values.version ? "version" : first === "init" || first === "rules" ? first : "lint", paths = command === "lint" ? positionals : rest;
  if (command === "lint" && checkThreads(env.SCRIBE_LINT_THREADS), command !== "lint" && paths.length > 0)
    throw new UsageError(`\`scribe-lint ${command}\` takes no paths`);
  return {
    command,
    paths,
    db: nonEmpty("--db", values.db),
    redis: nonEmpty("--redis", values.redis),
    shadow: !values["no-shadow"],
    since: nonEmpty("--since", values.since),
    format: oneOf("--format", values.format, FORMATS),
    output: nonEmpty("--output", values.output),
    config: nonEmpty("--config", values.config),
    failOn: values["fail-on"] === void 0 ? void 0 : oneOf("--fail-on", values["fail-on"], FAIL_ON_VALUES),
    now: parseNow(values.now ?? env.SCRIBE_LINT_NOW, values.now !== void 0 ? "--now" : "SCRIBE_LINT_NOW"),
    debug: values.debug,
    force: values.force
  };
}
function checkThreads(value) {
  if (value !== void 0 && !/^[1-9][0-9]*$/.test(value.trim()))
    throw new UsageError(`SCRIBE_LINT_THREADS must be a whole number of at least 1; got "${value}"`);
}
function nonEmpty(flag, value) {
  if (value !== void 0) {
    if (value.trim() === "") throw new UsageError(`${flag} needs a value`);
    return value;
  }
}
function oneOf(flag, value, allowed) {
  if (!allowed.includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
function parseNow(value, source) {
  if (value === void 0) return;
  let invalid = () => new UsageError(`${source} must be a date like 2026-01-15; got "${value}"`), match = ISO_DATE.exec(value);
  if (!match) throw invalid();
  let [, year, month, day, hour = "00", minute = "00", second = "00"] = match, utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (!(utc.getUTCFullYear() === Number(year) && utc.getUTCMonth() === Number(month) - 1 && utc.getUTCDate() === Number(day)) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) throw invalid();
  let date = new Date(match[4] === void 0 ? `${value}T00:00:00Z` : match[7] ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) throw invalid();
  return date;
}
var HELP = `scribe-lint: enforce the SPEC-2 database policy on a Supabase/PostgreSQL app

Usage:
  scribe-lint [paths...] [options]   lint migration files or folders (default: the config's
                                     \`migrations\`, else supabase/migrations)
  scribe-lint init [--force]         write a commented scribe-lint.toml with the spec defaults
  scribe-lint rules                  list the rules with their severity and description

Options:
  --db <url>              check a live database, read-only (DATABASE_URL is not read implicitly)
  --redis <url>           audit a live Redis keyspace (SCAN, TYPE, TTL only)
  --no-shadow             skip the embedded replay of the migrations
  --since <git-ref>       only findings in files changed since <git-ref> can fail the run
  -f, --format <name>     pretty | json | sarif | github | markdown (default pretty)
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default: the nearest scribe-lint.toml, up to the repo root)
  --fail-on <severity>    error | warning | info | never (default from config, else error)
  --now <date>            the clock for date rules (also SCRIBE_LINT_NOW)
  --debug                 print stack traces of internal errors
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 clean, 1 findings at or above fail-on, 2 usage, config, file or connection error.
`;

// src/cli/init.ts
import { existsSync as existsSync2, writeFileSync } from "node:fs";
import path3 from "node:path";
function toml(value) {
  return Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]` : JSON.stringify(value);
}
function configTemplate(rules) {
  let d = defaultConfig(), ruleLines = rules.map((rule) => `# ${rule.meta.id} = "${rule.meta.defaultSeverity}"`).join(`
`);
  return `# scribe-lint configuration. Every key is optional; the values shown are the defaults from SPEC-2.

# Folder of migration files, applied by the runner in lexical order.
migrations = ${toml(d.migrations)}

# How migrations are applied, which decides where CONCURRENTLY may stand:
#   "supabase"    the Supabase CLI sends each file as one implicit transaction
#   "psql"        each statement autocommits unless wrapped in BEGIN ... COMMIT
#   "transaction" every file runs inside one transaction
runner = ${toml(d.runner)}

# Schemas exposed through the Data API: every table in them needs row level security.
exposed_schemas = ${toml(d.exposedSchemas)}

# The lowest severity that fails the run: "error", "warning", "info" or "never".
fail_on = ${toml(d.failOn)}

[audit]
# Append-only audit tables: immutable under RLS, partitioned by month.
tables = ${toml(d.audit.tables)}
# The column the audit tables are range-partitioned on.
partition_key = ${toml(d.audit.partitionKey)}
# Months of monthly partitions that must already exist, counted from the start of the current month
# (UTC) and including it: 3 means this month and the next two.
runway_months = ${d.audit.runwayMonths}

[phi]
# Tables holding PHI: never cached.
tables = ${toml(d.phi.tables)}
# Key prefixes that may be cached (each needs a TTL).
cache_allow = ${toml(d.phi.cacheAllow)}
# App and edge-function sources checked for cache writes.
source = ${toml(d.phi.source)}
# Modules whose clients are Redis-like.
clients = ${toml(d.phi.clients)}
# Names of the app's own cache wrappers, whose set-like methods count as cache writes.
wrappers = ${toml(d.phi.wrappers)}

[shadow]
# What the embedded replay does when a statement fails:
#   "skip-statement" leave it out and replay the rest of the file (more findings per run)
#   "rollback-file"  drop the whole file, as the deploy would, and replay later files on that state
on_error = ${toml(d.shadow.onError)}

[rules]
# Per-rule severity: "error", "warning", "info" or "off". Uncomment to change.
${ruleLines}
`;
}
function writeConfigTemplate(cwd, rules, force) {
  let file = path3.join(cwd, "scribe-lint.toml");
  if (existsSync2(file) && !force)
    throw new UsageError("scribe-lint.toml already exists (use --force to overwrite)");
  try {
    writeFileSync(file, configTemplate(rules));
  } catch (error) {
    throw new UsageError(`cannot write scribe-lint.toml: ${describeError(error)}`);
  }
  return file;
}

// src/cli/since.ts
import { execFileSync } from "node:child_process";
import path4 from "node:path";
function changedFilesSince(ref, cwd) {
  let [top] = git(["rev-parse", "--show-toplevel"], cwd, ref, `
`), changed = git(["diff", "--name-only", "-z", ref, "--"], top, ref), untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], top, ref);
  return new Set([...changed, ...untracked].map((name) => displayPathOf(path4.resolve(top, name), cwd)));
}
function git(args, cwd, ref, separator = "\0") {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 67108864
    }).split(separator).filter((name) => name !== "");
  } catch (error) {
    let stderr = String(error.stderr ?? "").trim().split(`
`)[0];
    throw new UsageError(`--since ${ref}: git could not list changed files${stderr ? `: ${stderr}` : ""}`);
  }
}

// src/cli/main.ts
async function runCli(argv, io) {
  let debug = argv.includes("--debug");
  try {
    let args = parseCliArgs(argv, io.env);
    return debug = args.debug, await runCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError)
      io.stderr.write(`scribe-lint: ${errnoInWords(error.message)}
`);
    else {
      let detail = debug ? `
${error.stack}` : " (run with --debug for details)";
      io.stderr.write(`scribe-lint: internal error: ${error.message}${detail}
`);
    }
    return 2;
  }
}
async function runCommand(args, io) {
  switch (args.command) {
    case "help":
      return io.stdout.write(HELP), 0;
    case "version":
      return io.stdout.write(`${TOOL_VERSION}
`), 0;
    case "init": {
      let file = writeConfigTemplate(io.cwd, allRules, args.force);
      return io.stdout.write(`wrote ${path5.relative(io.cwd, file)}
`), 0;
    }
    case "rules":
      return io.stdout.write(listRules(loadCliConfig(args, io))), 0;
    case "lint":
      return lintCommand(args, io);
  }
}
function loadCliConfig(args, io) {
  let config = loadConfig({
    file: args.config,
    cwd: io.cwd,
    knownRuleIds: allRules.map((rule) => rule.meta.id)
  });
  return args.failOn && (config.failOn = args.failOn), config;
}
async function lintCommand(args, io) {
  let config = loadCliConfig(args, io), result = await lint({
    cwd: io.cwd,
    config,
    rules: allRules,
    paths: args.paths,
    shadow: args.shadow,
    databaseUrl: args.db,
    redisUrl: args.redis,
    now: args.now ?? /* @__PURE__ */ new Date(),
    changedFiles: args.since ? changedFilesSince(args.since, io.cwd) : void 0
  });
  return writeReport(render(result, args.format, io, args.output === void 0), args.output, io), result.failed ? 1 : 0;
}
function render(result, format, io, toTerminal) {
  return REPORTERS[format]({
    result,
    rules: allRules,
    readSource: sourceReader(io.cwd),
    color: toTerminal && wantsColor(io),
    toolVersion: TOOL_VERSION
  });
}
function writeReport(text, output, io) {
  if (output === void 0) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync2(path5.resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${describeError(error)}`);
  }
}
function wantsColor(io) {
  let force = io.env.FORCE_COLOR;
  return force !== void 0 ? force !== "0" && force !== "false" : io.stdout.isTTY === !0 && io.env.NO_COLOR === void 0 && io.env.TERM !== "dumb";
}
function sourceReader(cwd) {
  let cache = /* @__PURE__ */ new Map();
  return (displayPath) => {
    if (!cache.has(displayPath))
      try {
        cache.set(displayPath, readFileSync2(path5.resolve(cwd, displayPath), "utf8").replace(/^\uFEFF/, ""));
      } catch {
        cache.set(displayPath, void 0);
      }
    return cache.get(displayPath);
  };
}
function listRules(config) {
  let rows = allRules.map((rule) => {
    let severity = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    return {
      id: rule.meta.id,
      severity,
      sources: rule.meta.sources.join(", "),
      description: rule.meta.description
    };
  }), idWidth = Math.max(...rows.map((row) => row.id.length));
  return `${rows.map(
    (row) => `${row.id.padEnd(idWidth)}  ${row.severity.padEnd(7)}  ${row.description}
${" ".repeat(idWidth + 11)}sources: ${row.sources}; ${docsUrl(row.id)}`
  ).join(`
`)}
`;
}

export {
  FAIL_ON_VALUES,
  loadConfig,
  lint,
  countFindings,
  plural,
  bySeverity,
  annotation,
  nothingFoundText,
  headline,
  findingsTable,
  suppressionsTable,
  prettyReporter,
  sarifReporter,
  TOOL_VERSION,
  runCli,
  render,
  sourceReader
};
