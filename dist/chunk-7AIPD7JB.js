import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  UsageError
} from "./chunk-CVR6BUHM.js";
import "./chunk-UQJQ7YNX.js";

// src/catalog/live.ts
var DEFAULTS = { connectTimeoutMs: 1e4, statementTimeoutMs: 3e4, lockTimeoutMs: 2e3 };
async function openLive(url, options = {}) {
  let settings = { ...DEFAULTS, ...options }, target = describeTarget(url), { default: pg } = await import("./chunk-MFZ3BE52.js"), client;
  try {
    client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      // a server that stops answering mid-audit: the client gives up a little after the server would
      query_timeout: settings.statementTimeoutMs + 5e3,
      application_name: "scribe-lint",
      options: [
        `-c statement_timeout=${settings.statementTimeoutMs}`,
        `-c lock_timeout=${settings.lockTimeoutMs}`,
        "-c idle_in_transaction_session_timeout=60000",
        "-c default_transaction_read_only=on",
        "-c TimeZone=UTC"
      ].join(" ")
    });
  } catch (error) {
    throw new UsageError(`invalid database URL ${target}: ${scrub(firstLine(error), url)}`);
  }
  client.on("error", () => {
  });
  try {
    await client.connect(), await client.query("begin read only");
  } catch (error) {
    throw await client.end().catch(() => {
    }), new UsageError(`cannot connect to database ${target}: ${scrub(explain(error, settings), url)}`);
  }
  return {
    value: { mode: "live", connection: {
      async query(sql, params) {
        return (await client.query(sql, params)).rows;
      }
    }, locate: () => {
    } },
    close: async () => {
      await client.query("rollback").catch(() => {
      }), await client.end().catch(() => {
      });
    }
  };
}
function describeTarget(url) {
  try {
    let parsed = new URL(url), user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "", port = parsed.port || "5432", database = parsed.pathname.replace(/^\//, "") || decodeURIComponent(parsed.username) || "postgres", host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
    return `${user}${host}:${port}/${decodeURIComponent(database)}`;
  } catch {
    return "(unparseable URL)";
  }
}
function explain(error, settings) {
  let { code, message } = error;
  return /timeout/i.test(message ?? "") ? `no answer within ${settings.connectTimeoutMs / 1e3} s (connect timeout)` : code === "ECONNREFUSED" ? "connection refused" : code === "ENOTFOUND" || code === "EAI_AGAIN" ? "host not found" : code === "ECONNRESET" ? "connection reset by the server" : code === "28P01" ? "password authentication failed" : code === "28000" ? `not allowed to connect: ${firstLine(error)}` : code === "3D000" ? "database does not exist" : firstLine(error);
}
function firstLine(error) {
  return (error.message ?? String(error)).split(`
`)[0].trim() || "unknown error";
}
function scrub(message, url) {
  let secrets = [];
  try {
    let raw = new URL(url).password;
    secrets = [raw, decodeURIComponent(raw)].filter((secret) => secret !== "");
  } catch {
  }
  return secrets.reduce((text, secret) => text.split(secret).join("***"), message);
}
export {
  describeTarget,
  openLive
};
