import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  FAIL_ON_VALUES,
  TOOL_VERSION,
  annotation,
  countFindings,
  existingDetails,
  findingsTable,
  headline,
  lint,
  loadConfig,
  locksTable,
  newFirst,
  nothingFoundText,
  plural,
  prettyReporter,
  rankFindings,
  renderBaseline,
  sarifReporter,
  sourceReader,
  suppressionsTable
} from "./chunk-YZSKYGKY.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-OCHWSWHD.js";
import "./chunk-AXLB2HKF.js";
import "./chunk-DPGUPOSQ.js";
import "./chunk-D6MHLYS2.js";
import "./chunk-FJUC3QGV.js";
import "./chunk-HWSSG3PQ.js";
import "./chunk-6SESNV3M.js";
import {
  maskSecrets
} from "./chunk-MHQQPLRE.js";
import {
  allRules
} from "./chunk-RX4TJJLM.js";
import "./chunk-6KETGI7Z.js";
import "./chunk-T47LOJ3L.js";
import "./chunk-WEHHNOLE.js";
import {
  failsRun,
  listAuditPartitions
} from "./chunk-EJNVVOKB.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-C6ROTVYX.js";
import {
  NotVerifiedError,
  UsageError
} from "./chunk-KMD5P3L4.js";
import {
  __toESM
} from "./chunk-UQJQ7YNX.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  return input == null ? "" : typeof input == "string" || input instanceof String ? input : JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  return Object.keys(annotationProperties).length ? {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  } : {};
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  let cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::", Command = class {
  constructor(command, properties, message) {
    command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = !0;
      for (let key in this.properties)
        if (this.properties.hasOwnProperty(key)) {
          let val = this.properties[key];
          val && (first ? first = !1 : cmdStr += ",", cmdStr += `${key}=${escapeProperty(val)}`);
        }
    }
    return cmdStr += `${CMD_STRING}${escapeData(this.message)}`, cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  let filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!fs.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  let delimiter = `ghadelimiter_${crypto.randomUUID()}`, convertedValue = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (convertedValue.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1), import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2.OK = 200] = "OK", HttpCodes2[HttpCodes2.MultipleChoices = 300] = "MultipleChoices", HttpCodes2[HttpCodes2.MovedPermanently = 301] = "MovedPermanently", HttpCodes2[HttpCodes2.ResourceMoved = 302] = "ResourceMoved", HttpCodes2[HttpCodes2.SeeOther = 303] = "SeeOther", HttpCodes2[HttpCodes2.NotModified = 304] = "NotModified", HttpCodes2[HttpCodes2.UseProxy = 305] = "UseProxy", HttpCodes2[HttpCodes2.SwitchProxy = 306] = "SwitchProxy", HttpCodes2[HttpCodes2.TemporaryRedirect = 307] = "TemporaryRedirect", HttpCodes2[HttpCodes2.PermanentRedirect = 308] = "PermanentRedirect", HttpCodes2[HttpCodes2.BadRequest = 400] = "BadRequest", HttpCodes2[HttpCodes2.Unauthorized = 401] = "Unauthorized", HttpCodes2[HttpCodes2.PaymentRequired = 402] = "PaymentRequired", HttpCodes2[HttpCodes2.Forbidden = 403] = "Forbidden", HttpCodes2[HttpCodes2.NotFound = 404] = "NotFound", HttpCodes2[HttpCodes2.MethodNotAllowed = 405] = "MethodNotAllowed", HttpCodes2[HttpCodes2.NotAcceptable = 406] = "NotAcceptable", HttpCodes2[HttpCodes2.ProxyAuthenticationRequired = 407] = "ProxyAuthenticationRequired", HttpCodes2[HttpCodes2.RequestTimeout = 408] = "RequestTimeout", HttpCodes2[HttpCodes2.Conflict = 409] = "Conflict", HttpCodes2[HttpCodes2.Gone = 410] = "Gone", HttpCodes2[HttpCodes2.TooManyRequests = 429] = "TooManyRequests", HttpCodes2[HttpCodes2.InternalServerError = 500] = "InternalServerError", HttpCodes2[HttpCodes2.NotImplemented = 501] = "NotImplemented", HttpCodes2[HttpCodes2.BadGateway = 502] = "BadGateway", HttpCodes2[HttpCodes2.ServiceUnavailable = 503] = "ServiceUnavailable", HttpCodes2[HttpCodes2.GatewayTimeout = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2.Accept = "accept", Headers2.ContentType = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2.ApplicationJson = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
], HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, { access, appendFile, writeFile } = promises, SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv)
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = pathFromEnv, this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    let htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      let overwrite = !!options?.overwrite, filePath = yield this.filePath();
      return yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: !0 });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    return this._buffer = "", this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = !1) {
    return this._buffer += text, addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    let attrs = Object.assign({}, lang && { lang }), element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = !1) {
    let tag = ordered ? "ol" : "ul", listItems = items.map((item) => this.wrap("li", item)).join(""), element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    let tableBody = rows.map((row) => {
      let cells = row.map((cell2) => {
        if (typeof cell2 == "string")
          return this.wrap("td", cell2);
        let { header, data, colspan, rowspan } = cell2, tag = header ? "th" : "td", attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join(""), element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label2, content) {
    let element = this.wrap("details", this.wrap("summary", label2) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    let { width, height } = options || {}, attrs = Object.assign(Object.assign({}, width && { width }), height && { height }), element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    let tag = `h${level}`, allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1", element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    let element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    let element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    let attrs = Object.assign({}, cite && { cite }), element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    let element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
}, _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises, IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform(), arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2.Success = 0] = "Success", ExitCode2[ExitCode2.Failure = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  let val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val)
    throw new Error(`Input required and not supplied: ${name}`);
  return options && options.trimWhitespace === !1 ? val : val.trim();
}
function getMultilineInput(name, options) {
  let inputs = getInput(name, options).split(`
`).filter((x) => x !== "");
  return options && options.trimWhitespace === !1 ? inputs : inputs.map((input) => input.trim());
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT || "")
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  process.stdout.write(os4.EOL), issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure, error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/action/main.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

// src/action/annotations.ts
var ANNOTATIONS_PER_SEVERITY = 10, ORDER = ["error", "warning", "info"];
function planAnnotations(findings) {
  let open2 = findings.filter((finding) => !finding.suppressed && finding.isNew !== !1), chosen = ORDER.flatMap(
    (severity) => open2.filter((finding) => finding.severity === severity).slice(0, ANNOTATIONS_PER_SEVERITY)
  );
  return {
    commands: chosen.map(annotation).join(""),
    annotated: chosen.length,
    omitted: open2.length - chosen.length
  };
}

// src/action/github-api.ts
var DEFAULT_RETRY_POLICY = {
  timeoutMs: 1e4,
  attempts: 3,
  backoffMs: 1e3,
  maxRetryAfterMs: 3e4
}, ApiTimeoutError = class extends Error {
  name = "ApiTimeoutError";
};
async function createApi(token, env) {
  let { getOctokit: create } = await import("./chunk-KBFA6KTJ.js"), { defaults } = await import("./chunk-LA23LJIA.js"), baseUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""), proxyFetch = defaults.request?.fetch ?? globalThis.fetch;
  return create(token, {
    baseUrl,
    userAgent: "scribe-lint-action",
    request: { ...defaults.request, fetch: patientFetch(proxyFetch, retryPolicy(env)) }
  });
}
function retryPolicy(env) {
  let timeout = Number(env.SCRIBE_LINT_API_TIMEOUT_MS);
  return !Number.isFinite(timeout) || timeout <= 0 ? DEFAULT_RETRY_POLICY : { ...DEFAULT_RETRY_POLICY, timeoutMs: timeout, backoffMs: Math.min(1e3, timeout) };
}
function patientFetch(fetch, policy) {
  return async (input, init) => {
    let method = (init?.method ?? "GET").toUpperCase();
    for (let attempt = 1; ; attempt++) {
      let last = attempt >= policy.attempts, response;
      try {
        response = await fetch(input, { ...init, signal: attemptSignal(init?.signal, policy.timeoutMs) });
      } catch (error2) {
        if (!isTimeout(error2)) throw error2;
        if (last || method === "POST")
          throw new ApiTimeoutError(`no answer within ${seconds(policy.timeoutMs)} (request timeout)`);
        await sleep(backoff(policy, attempt));
        continue;
      }
      let wait = last ? void 0 : retryDelay(response, method, attempt, policy);
      if (wait === void 0) return response;
      await response.body?.cancel().catch(() => {
      }), await sleep(wait);
    }
  };
}
function retryDelay(response, method, attempt, policy) {
  let { status } = response;
  if (!(status === 429 || status >= 500 && method !== "POST")) return;
  let asked = retryAfterMs(response.headers.get("retry-after"));
  return asked === void 0 ? backoff(policy, attempt) : asked <= policy.maxRetryAfterMs ? asked : void 0;
}
function retryAfterMs(header) {
  if (header === null || header.trim() === "") return;
  let value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
}
function backoff(policy, attempt) {
  return policy.backoffMs * 2 ** (attempt - 1);
}
function attemptSignal(outer, timeoutMs) {
  let timeout = AbortSignal.timeout(timeoutMs);
  return outer ? AbortSignal.any([outer, timeout]) : timeout;
}
function isTimeout(error2) {
  return error2?.name === "TimeoutError";
}
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(1))} s`;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function httpStatus(error2) {
  if (timedOut(error2)) return;
  let status = error2?.status;
  return typeof status == "number" ? status : void 0;
}
function describeFailure(error2) {
  let timeout = timedOut(error2);
  if (timeout) return timeout.message;
  let status = httpStatus(error2);
  return status !== void 0 && error2.response !== void 0 ? `HTTP ${status}` : (error2?.message ?? String(error2)).split(`
`)[0] || "unknown error";
}
function timedOut(error2) {
  for (let cause = error2, depth = 0; cause && depth < 5; depth++) {
    if (cause instanceof ApiTimeoutError) return cause;
    cause = cause.cause;
  }
}

// src/action/runway.ts
var HISTORY_MONTHS = 2, SURPLUS_MONTHS = 3;
async function readAuditRunway(connection, config) {
  return (await listAuditPartitions(connection, config)).map((table) => ({
    table: table.table,
    partitions: table.partitions.filter((partition) => partition.from !== "" && partition.to !== "").map((partition) => ({
      name: partition.name,
      from: partition.from === "MINVALUE" ? null : /* @__PURE__ */ new Date(`${partition.from}T00:00:00Z`),
      to: partition.to === "MAXVALUE" ? null : /* @__PURE__ */ new Date(`${partition.to}T00:00:00Z`)
    }))
  }));
}
function requiredWindow(clock2) {
  let from = monthStart(clock2.now);
  return { from, to: addMonths(from, clock2.runwayMonths) };
}
function runwayGaps(partitions, clock2) {
  let window = requiredWindow(clock2), spans = partitions.filter((partition) => partition.from !== null || partition.to !== null).map((partition) => ({
    from: partition.from?.getTime() ?? -1 / 0,
    to: partition.to?.getTime() ?? 1 / 0
  })).sort((a, b) => a.from - b.from), gaps = [], covered = window.from.getTime();
  for (let span of spans)
    if (span.from > covered && gaps.push({ from: new Date(covered), to: new Date(Math.min(span.from, window.to.getTime())) }), covered = Math.max(covered, span.to), covered >= window.to.getTime()) break;
  return covered < window.to.getTime() && gaps.push({ from: new Date(covered), to: window.to }), gaps.filter((gap) => gap.from < gap.to && gap.from < window.to);
}
function runwaySection(tables, clock2) {
  if (tables.length === 0) return "";
  let window = requiredWindow(clock2), lines = tables.map((table) => {
    let gaps = runwayGaps(table.partitions, clock2), state = gaps.length === 0 ? "covered" : `**not covered**: ${gaps.map((gap) => `${day(gap.from)} to ${day(gap.to)}`).join(", ")}`;
    return `- \`${table.table}\`: ${plural(table.partitions.length, "partition")}; required window ${state}`;
  });
  return [
    "#### Audit partition runway",
    "",
    `Required: monthly partitions from ${day(window.from)} up to ${day(window.to)} (${plural(clock2.runwayMonths, "month")} from the current one, \`[audit] runway_months\`).`,
    "",
    "```mermaid",
    runwayGantt(tables, clock2),
    "```",
    "",
    ...lines
  ].join(`
`);
}
function runwayGantt(tables, clock2) {
  let window = requiredWindow(clock2), view = { from: addMonths(window.from, -HISTORY_MONTHS), to: addMonths(window.to, SURPLUS_MONTHS) }, out = [
    "gantt",
    `  title Audit partition runway on ${day(clock2.now)}`,
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %Y-%m",
    // Mermaid's own marker uses the viewer's clock; the lint's clock (SCRIBE_LINT_NOW) is drawn instead.
    "  todayMarker off",
    "  section Policy",
    `  required runway :crit, ${day(window.from)}, ${day(window.to)}`,
    `  now :milestone, ${day(clock2.now)}, 0d`
  ];
  for (let table of tables) {
    out.push(`  section ${label(table.table)}`);
    for (let partition of table.partitions.filter((each) => overlaps(each, view)))
      out.push(partitionBar(partition, view, clock2.now));
    for (let gap of runwayGaps(table.partitions, clock2))
      out.push(`  missing :crit, ${day(gap.from)}, ${day(gap.to)}`);
  }
  return out.join(`
`);
}
function partitionBar(partition, view, now) {
  let from = partition.from && partition.from > view.from ? partition.from : view.from, to = partition.to && partition.to < view.to ? partition.to : view.to, state = to <= now ? "done, " : from <= now ? "active, " : "";
  return `  ${label(partition.name)} :${state}${day(from)}, ${day(to)}`;
}
function overlaps(partition, view) {
  let startsBeforeEnd = partition.from === null || partition.from < view.to, endsAfterStart = partition.to === null || partition.to > view.from;
  return startsBeforeEnd && endsAfterStart;
}
function label(text) {
  return text.replace(/[:;#\r\n]/g, " ").trim() || "(unnamed)";
}
function day(date) {
  return date.toISOString().slice(0, 10);
}
function monthStart(date) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}
function addMonths(date, months) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

// src/action/summary.ts
var SUMMARY_BYTE_LIMIT = 1e6, MAX_REPLAY_ERRORS = 50;
function jobSummary(input, byteLimit = SUMMARY_BYTE_LIMIT) {
  let { result } = input.report, before = [headline(input.report), scopeNote(input), annotationNote(input.annotations)], after = [
    suppressionsTable(input.report),
    locksTable(input.report),
    replaySection(input.report),
    redisSection(input.report),
    input.runway ? runwaySection(input.runway, input.clock) : "",
    input.baseline ?? "",
    `<sub>scribe-lint ${input.toolVersion}, fail-on: ${result.failOn}</sub>`
  ], fixed = join([...before, ...after]), table = fitFindingsTable(
    result.findings,
    byteLimit - utf8Length(fixed) - 2,
    utf8Length,
    "The table was cut to stay under GitHub's 1 MiB summary limit; `--format json` locally lists them all.",
    input.report.showExisting
  );
  return join([...before, table, ...after]);
}
function fitFindingsTable(findings, budget, size, whereTheRestAre, showExisting = !1) {
  let open2 = findings.filter((finding) => !finding.suppressed), { shown, collapsed } = newFirst(open2, showExisting), ranked = rankFindings(shown), details = existingDetails(collapsed), render = (count) => {
    let table = findingsTable(ranked.slice(0, count)), cut = count === ranked.length ? "" : `_\u2026and ${plural(ranked.length - count, "more finding")} not shown. ${whereTheRestAre}_`;
    return [table, cut, details].filter((part) => part !== "").join(`

`);
  };
  if (size(render(ranked.length)) <= budget) return render(ranked.length);
  let fits = 0, tooMany = ranked.length;
  for (; tooMany - fits > 1; ) {
    let middle = Math.floor((fits + tooMany) / 2);
    size(render(middle)) <= budget ? fits = middle : tooMany = middle;
  }
  return render(fits);
}
function scopeNote({ pull }) {
  return pull ? pull.changed.unavailable ? `The files of pull request #${pull.number} could not be listed (${pull.changed.unavailable}), so every finding is treated as new.` : pull.changed.complete ? `Pull request #${pull.number} changes ${plural(pull.changed.files.size, "file")}; findings outside them are listed as existing and do not fail the check.` : `Pull request #${pull.number} changes more files than GitHub lists (3,000), so every finding is treated as new.` : "";
}
function annotationNote(plan) {
  return plan.omitted === 0 ? "" : `${plural(plan.annotated, "finding")} annotated on the diff; ${plan.omitted} more are only in the table below (GitHub shows at most 10 annotations per severity in a step).`;
}
function replaySection({ result }) {
  if (result.schemaMode === "live") return `#### Schema

Checked against the live database, read-only.`;
  let replay = result.replay;
  if (!replay)
    return "#### Schema\n\nNot checked: no shadow replay ran and no `database-url` was given.";
  let errors = replay.errors, state = errors.length === 0 ? "complete" : `incomplete: ${plural(errors.length, "replay error")}, so objects after them may be missing`, start = `${replay.warmStart ? "warm" : "cold"} start in ${Math.round(replay.startMs)} ms`, text = `#### Shadow replay

Replayed ${plural(replay.filesReplayed, "file")} and ${plural(replay.statementsReplayed, "statement")} into the embedded database (${state}; ${start}).`;
  if (errors.length === 0) return text;
  let rows = errors.slice(0, MAX_REPLAY_ERRORS).map(
    (error2) => `| \`${error2.location.file}:${error2.location.line}:${error2.location.column}\` | ${cell(error2.message)} |`
  ), more = errors.length > MAX_REPLAY_ERRORS ? `

_\u2026and ${errors.length - MAX_REPLAY_ERRORS} more._` : "";
  return `${text}

| Where | Replay error |
| --- | --- |
${rows.join(`
`)}${more}`;
}
function redisSection({ result }) {
  if (!result.redis) return "";
  let scope = result.redis.complete ? "the whole keyspace" : "up to the key budget, so the keyspace was not covered completely";
  return `#### Redis

Scanned ${plural(result.redis.scannedKeys, "key")} (${scope}), read-only.`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function join(parts) {
  return `${parts.filter((part) => part !== "").join(`

`)}
`;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/action/comment.ts
var COMMENT_MARKER = "<!-- scribe-lint -->", COMMENT_CHAR_LIMIT = 65e3;
function planComment(report, summaryUrl, limit = COMMENT_CHAR_LIMIT) {
  let counts = countFindings(report.result.findings);
  if (counts.error + counts.warning + counts.info === 0) {
    let existing = counts.existing > 0 ? ` ${plural(counts.existing, "existing finding")} outside this pull request's files.` : "";
    return {
      hasFindings: !1,
      body: `${COMMENT_MARKER}
### \u2705 scribe-lint: all clear

No findings in this pull request's files.${existing} [Job summary](${summaryUrl}).
`
    };
  }
  let top = `${COMMENT_MARKER}
${headline(report)}`, bottom = `[Full report in the job summary](${summaryUrl}).`, table = fitFindingsTable(
    report.result.findings,
    limit - top.length - bottom.length - 8,
    (text) => text.length,
    `See the [job summary](${summaryUrl}).`,
    report.showExisting
  );
  return { hasFindings: !0, body: `${top}

${table}

${bottom}
` };
}
async function tokenIdentity(api) {
  try {
    let { data } = await api.rest.users.getAuthenticated();
    return { kind: "user", login: data.login };
  } catch (error2) {
    if (httpStatus(error2) === 403) return { kind: "app" };
    throw error2;
  }
}
function isStickyComment(comment2, identity) {
  return comment2.body?.startsWith(COMMENT_MARKER) ? identity.kind === "user" ? comment2.user?.login === identity.login : comment2.user?.type === "Bot" : !1;
}
async function syncStickyComment(api, pull, plan) {
  let target = { owner: pull.owner, repo: pull.repo };
  try {
    let identity = await tokenIdentity(api), sticky = (await api.paginate(api.rest.issues.listComments, {
      ...target,
      issue_number: pull.number,
      per_page: 100
    })).find((comment2) => isStickyComment(comment2, identity));
    return sticky ? sticky.body === plan.body ? { outcome: "unchanged" } : (await api.rest.issues.updateComment({ ...target, comment_id: sticky.id, body: plan.body }), { outcome: "updated" }) : plan.hasFindings ? (await api.rest.issues.createComment({ ...target, issue_number: pull.number, body: plan.body }), { outcome: "created" }) : { outcome: "skipped" };
  } catch (error2) {
    let status = httpStatus(error2);
    return { outcome: status === 403 || status === 404 ? "not-permitted" : "failed", status, reason: describeFailure(error2) };
  }
}

// src/action/inputs.ts
function readInputs(env) {
  let databaseUrl = optional("database-url"), redisUrl = optional("redis-url"), githubToken = optional("github-token");
  for (let [name, secret] of Object.entries({ "database-url": databaseUrl, "redis-url": redisUrl }))
    secret && maskInLog(name, secret);
  githubToken && maskInLog("github-token", githubToken);
  let supabaseToken = optional("supabase-token")?.trim();
  supabaseToken && maskInLog("supabase-token", supabaseToken);
  let supabaseProject = optional("supabase-project")?.trim();
  if (supabaseProject !== void 0 && !/^[A-Za-z0-9_-]+$/.test(supabaseProject))
    throw new UsageError("input supabase-project must be a project ref like abcdefghijklmnopqrst");
  if (supabaseProject && !supabaseToken)
    throw new UsageError(
      "input supabase-project needs input supabase-token (a read-only personal access token)"
    );
  return {
    paths: getMultilineInput("path").flatMap((line) => line.split(/\s+/)).filter((entry) => entry !== ""),
    databaseUrl,
    redisUrl,
    supabaseProject,
    supabaseToken,
    config: optional("config"),
    failOn: failOnInput(),
    shadow: booleanInput("shadow", !0),
    comment: booleanInput("comment", !0),
    githubToken,
    sarifFile: optional("sarif-file"),
    now: clock(env.SCRIBE_LINT_NOW)
  };
}
var MIN_LOG_MASK_LENGTH = 4;
function maskInLog(input, value) {
  let parts = secretParts(value);
  for (let part of parts.filter((each) => each.length >= MIN_LOG_MASK_LENGTH)) setSecret(part);
  parts.some((part) => part.length < MIN_LOG_MASK_LENGTH) && warning(
    `the password in input ${input} is too short to mask in the log without giving it away (under ${MIN_LOG_MASK_LENGTH} characters); scribe-lint does not print it, but use a long random password`
  );
}
function secretParts(value) {
  let parts = /* @__PURE__ */ new Set([value.trim()]);
  try {
    let password = new URL(value.trim()).password;
    password && (parts.add(password), parts.add(decodeURIComponent(password)));
  } catch {
  }
  for (let match of value.matchAll(/password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/gi))
    parts.add(match[1].replace(/^'|'$/g, ""));
  return [...parts].filter((part) => part !== "");
}
function optional(name) {
  let value = getInput(name);
  return value === "" ? void 0 : value;
}
function failOnInput() {
  let value = optional("fail-on");
  if (value !== void 0) {
    if (!FAIL_ON_VALUES.includes(value))
      throw new UsageError(`input fail-on must be one of ${FAIL_ON_VALUES.join(", ")}`);
    return value;
  }
}
function booleanInput(name, fallback) {
  let value = optional(name)?.toLowerCase();
  if (value === void 0) return fallback;
  if (value === "true") return !0;
  if (value === "false") return !1;
  throw new UsageError(`input ${name} must be true or false`);
}
function clock(value) {
  if (value === void 0 || value === "") return /* @__PURE__ */ new Date();
  let iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value, date = new Date(iso);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`SCRIBE_LINT_NOW must be a date like 2026-01-15; got "${value}"`);
  return date;
}

// src/action/pull-request.ts
var MAX_LISTED_FILES = 3e3;
function pullRequestOf(eventName, payload, repository) {
  if (eventName !== "pull_request" && eventName !== "pull_request_target") return;
  let pull = payload.pull_request, [owner, repo] = (repository ?? "").split("/");
  if (!pull || typeof pull != "object" || typeof pull.number != "number")
    throw new UsageError(`the ${eventName} event payload has no pull_request with a number`);
  if (!owner || !repo) throw new UsageError("GITHUB_REPOSITORY must be set, as owner/name");
  return {
    owner,
    repo,
    number: pull.number,
    changedFileCount: typeof pull.changed_files == "number" ? pull.changed_files : void 0,
    headSha: typeof pull.head?.sha == "string" ? pull.head.sha : void 0
  };
}
async function listChangedFiles(api, pull) {
  let listed;
  try {
    listed = await api.paginate(api.rest.pulls.listFiles, {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.number,
      per_page: 100
    });
  } catch (error2) {
    return { files: /* @__PURE__ */ new Set(), complete: !1, unavailable: listingFailure(error2) };
  }
  let files = new Set(listed.map((file) => file.filename)), complete = pull.changedFileCount !== void 0 ? files.size >= pull.changedFileCount : listed.length < MAX_LISTED_FILES;
  return { files, complete };
}
function listingFailure(error2) {
  let status = httpStatus(error2), what = describeFailure(error2);
  return status === 401 || status === 403 || status === 404 ? `${what}: give the workflow \`permissions: pull-requests: read\` and \`contents: read\`` : what;
}

// src/action/main.ts
async function runAction(env) {
  let inputs = readInputs(env), workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd()), config = loadConfig({
    file: inputs.config,
    cwd: workspace,
    knownRuleIds: allRules.map((rule) => rule.meta.id)
  });
  inputs.failOn && (config.failOn = inputs.failOn);
  let event = readEventPayload(env), api = inputs.githubToken ? await createApi(inputs.githubToken, env) : void 0, pull = await pullRequestScope(env, event, api), runway, result = await lint({
    cwd: workspace,
    config,
    rules: allRules,
    paths: inputs.paths,
    shadow: inputs.shadow,
    databaseUrl: inputs.databaseUrl,
    redisUrl: inputs.redisUrl,
    supabaseProject: inputs.supabaseProject,
    supabaseToken: inputs.supabaseToken,
    now: inputs.now,
    // Only a complete list can say a finding is outside the pull request; otherwise every finding is new.
    changedFiles: pull?.changed.complete ? pull.changed.files : void 0,
    inspectSchema: async (schema) => {
      runway = await readRunwayOrSay(schema, config);
    }
  }), report = {
    result,
    rules: allRules,
    readSource: sourceReader(workspace),
    toolVersion: TOOL_VERSION
  };
  logReport(report);
  let baseline = await baselineForAudit(inputs, config, env), annotations = planAnnotations(result.findings);
  process.stdout.write(annotations.commands), warnIfNothingFound(result), await writeJobSummary(
    jobSummary({
      report,
      annotations,
      pull: pull && { number: pull.ref.number, changed: pull.changed },
      runway,
      baseline,
      clock: { now: inputs.now, runwayMonths: config.audit.runwayMonths },
      toolVersion: TOOL_VERSION
    }),
    env
  );
  let sarifFile = writeSarif(report, inputs, workspace, env);
  pull && api && inputs.comment && await comment(api, pull.ref, report, env), setOutputs(result, sarifFile), result.failed && setFailed(failureLine(result, config));
}
function warnIfNothingFound(result) {
  result.nothingFound && warning(
    `scribe-lint: ${nothingFoundText(result.nothingFound)}: set the Action's \`path\` input to the migrations folder, or \`migrations\` in scribe-lint.toml`,
    { title: "scribe-lint: nothing to lint" }
  );
}
async function pullRequestScope(env, event, api) {
  let ref = pullRequestOf(env.GITHUB_EVENT_NAME, event, env.GITHUB_REPOSITORY);
  if (!ref) return;
  if (!api)
    throw new UsageError(
      "input github-token is empty: a pull request run needs it to list the changed files"
    );
  let changed = await listChangedFiles(api, ref);
  return changed.unavailable ? notice(
    `scribe-lint could not list the files of pull request #${ref.number} (${changed.unavailable}): linting anyway, with every finding counted as new`
  ) : changed.complete || warning(
    `pull request #${ref.number} changes more files than GitHub lists (3,000): every finding is treated as new`
  ), { ref, changed };
}
function readEventPayload(env) {
  let file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error2) {
    let reason = error2.code ?? error2.message;
    throw new UsageError(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${reason}`);
  }
  let payload;
  try {
    payload = JSON.parse(text);
  } catch (error2) {
    let reason = error2.message.split(`
`)[0];
    throw new UsageError(`the event payload GITHUB_EVENT_PATH=${file} is not valid JSON: ${reason}`);
  }
  if (payload === null || typeof payload != "object" || Array.isArray(payload))
    throw new UsageError(`the event payload GITHUB_EVENT_PATH=${file} is not a JSON object`);
  return payload;
}
var AUDIT_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
async function baselineForAudit(inputs, config, env) {
  if (!(!inputs.databaseUrl || !AUDIT_EVENTS.has(env.GITHUB_EVENT_NAME ?? "")))
    try {
      let { takeBaseline } = await import("./chunk-AKOD4TRK.js"), baseline = await takeBaseline({
        databaseUrl: inputs.databaseUrl,
        redisUrl: inputs.redisUrl,
        config,
        now: inputs.now ?? /* @__PURE__ */ new Date()
      });
      return renderBaseline(baseline, "markdown");
    } catch (error2) {
      warning(`scribe-lint could not measure the baseline: ${error2.message}`);
      return;
    }
}
async function readRunwayOrSay(schema, config) {
  try {
    return await readAuditRunway(schema.connection, config);
  } catch (error2) {
    if (!(error2 instanceof NotVerifiedError)) throw error2;
    notice(`scribe-lint could not draw the audit partition runway: ${error2.message}`);
    return;
  }
}
function logReport(report) {
  let fence = randomUUID2();
  startGroup("scribe-lint report"), process.stdout.write(`::stop-commands::${fence}
`), process.stdout.write(prettyReporter({ ...report, color: !1 })), process.stdout.write(`::${fence}::
`), endGroup();
}
async function writeJobSummary(markdown, env) {
  if (!env.GITHUB_STEP_SUMMARY) {
    info("GITHUB_STEP_SUMMARY is not set: no job summary written");
    return;
  }
  try {
    await summary.addRaw(markdown).write({ overwrite: !0 });
  } catch (error2) {
    warning(`scribe-lint could not write the job summary: ${error2.message}`);
  }
}
function writeSarif(report, inputs, workspace, env) {
  let file = inputs.sarifFile ? path.resolve(workspace, inputs.sarifFile) : path.join(env.RUNNER_TEMP || workspace, "scribe-lint.sarif");
  try {
    mkdirSync(path.dirname(file), { recursive: !0 }), writeFileSync(file, sarifReporter(report));
  } catch (error2) {
    throw new UsageError(
      `cannot write the SARIF file: ${error2.code ?? error2.message}`
    );
  }
  return file;
}
async function comment(api, pull, report, env) {
  let { outcome, status, reason } = await syncStickyComment(api, pull, planComment(report, runUrl(env)));
  outcome === "not-permitted" ? notice(
    `scribe-lint could not comment on pull request #${pull.number} (HTTP ${status}): the token may not write to it, as with pull requests from forks. The findings are in the annotations and the job summary.`
  ) : outcome === "failed" ? notice(
    `scribe-lint could not update its pull request comment (${reason}). The findings are in the annotations and the job summary.`
  ) : info(`pull request comment: ${outcome}`);
}
function runUrl(env) {
  return `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function setOutputs(result, sarifFile) {
  let counts = countFindings(result.findings);
  setOutput("findings", counts.error + counts.warning + counts.info), setOutput("errors", counts.error), setOutput("warnings", counts.warning), setOutput("sarif-file", sarifFile);
}
function failureLine(result, config) {
  let failing = result.findings.filter((finding) => failsRun(finding, config.failOn)).length;
  return `scribe-lint: ${plural(failing, "finding")} at or above fail-on "${config.failOn}"`;
}
function redact(text, env) {
  let secrets = ["INPUT_DATABASE-URL", "INPUT_REDIS-URL", "INPUT_GITHUB-TOKEN"].map((name) => env[name]?.trim()).filter((value) => !!value).flatMap(secretParts);
  return maskSecrets(text, secrets);
}
function failFromOutside(error2) {
  let message = error2 instanceof Error ? error2.message : String(error2);
  setFailed(`scribe-lint: internal error: ${redact(message, process.env)}`), process.exit(1);
}
async function main() {
  process.on("unhandledRejection", failFromOutside), process.on("uncaughtException", failFromOutside);
  try {
    await runAction(process.env);
  } catch (error2) {
    error2 instanceof UsageError ? (setFailed(`scribe-lint: ${redact(error2.message, process.env)}`), process.exitCode = 2) : (setFailed(`scribe-lint: internal error: ${redact(error2.message, process.env)}`), debug(redact(error2.stack ?? "", process.env)));
  }
}
await main();
