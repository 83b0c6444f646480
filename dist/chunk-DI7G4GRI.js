import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  urlWithScheme
} from "./chunk-6SESNV3M.js";
import {
  maskSecrets,
  urlPasswords
} from "./chunk-MHQQPLRE.js";
import {
  NotVerifiedError,
  UsageError
} from "./chunk-KMD5P3L4.js";

// src/catalog/tls.ts
import { readFileSync } from "node:fs";
var MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"], TLS_PARAMETERS = ["sslmode", "sslrootcert", "sslcert", "sslkey", "ssl", "uselibpqcompat"];
function tlsOptions(url) {
  let params = new URL(url).searchParams, rootCert = params.get("sslrootcert") ?? void 0, mode = sslModeOf(params, rootCert);
  if (mode === "disable") return { ssl: !1, fallBackToPlain: !1 };
  let files = {};
  rootCert && rootCert !== "system" && (files.ca = readPem("sslrootcert", rootCert));
  let cert = params.get("sslcert"), key = params.get("sslkey");
  cert && (files.cert = readPem("sslcert", cert)), key && (files.key = readPem("sslkey", key));
  let ssl = { ...files, rejectUnauthorized: mode === "verify-ca" || mode === "verify-full" || mode === "require" && !!rootCert };
  return mode !== "verify-full" && (ssl.checkServerIdentity = () => {
  }), { ssl, fallBackToPlain: mode === "prefer" || mode === "allow" };
}
function sslModeOf(params, rootCert) {
  let given = params.get("sslmode");
  if (given !== null) {
    if (!MODES.includes(given))
      throw new UsageError(`--db: sslmode must be one of ${MODES.join(", ")}; got "${given}"`);
    if (rootCert === "system" && given !== "verify-full")
      throw new UsageError("--db: sslrootcert=system needs sslmode=verify-full (or no sslmode)");
    return given;
  }
  if (rootCert === "system") return "verify-full";
  let ssl = params.get("ssl");
  return ssl === "true" || ssl === "1" ? "verify-full" : "disable";
}
function readPem(parameter, file) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    let reason = error.code ?? error.message;
    throw new UsageError(`--db: cannot read ${parameter} ${file}: ${reason}`);
  }
}
function withoutTlsParameters(url) {
  let parsed = new URL(url);
  if (!TLS_PARAMETERS.some((name) => parsed.searchParams.has(name))) return url;
  for (let name of TLS_PARAMETERS) parsed.searchParams.delete(name);
  return parsed.toString();
}

// src/catalog/live.ts
var DEFAULTS = { connectTimeoutMs: 1e4, statementTimeoutMs: 3e4, lockTimeoutMs: 2e3 }, LOCK_NOT_AVAILABLE = "55P03";
async function openLive(url, options = {}) {
  let settings = { ...DEFAULTS, ...options }, target = checkDatabaseUrl(url), tls = tlsOptions(url), client = await connect(url, tls, settings, target), connection = new LockPatientConnection(client, settings, target);
  return {
    value: { mode: "live", connection, locate: () => {
    } },
    close: async () => {
      connection.stalled || await client.query("rollback").catch(() => {
      }), await withinMs(
        client.end().catch(() => {
        }),
        1e3
      );
    }
  };
}
function checkDatabaseUrl(url) {
  return urlWithScheme(url, "--db", ["postgres", "postgresql"]), describeTarget(url);
}
async function connect(url, tls, settings, target) {
  try {
    return await connectOnce(url, tls.ssl, settings);
  } catch (error) {
    if (tls.fallBackToPlain && noTlsOnServer(error))
      try {
        return await connectOnce(url, !1, settings);
      } catch (second) {
        throw connectionFailure(second, settings, target, url);
      }
    throw connectionFailure(error, settings, target, url);
  }
}
async function connectOnce(url, ssl, settings) {
  let { default: pg } = await import("./chunk-NUFP7DBQ.js"), client = new pg.Client({
    // the TLS parameters are ours to read (tls.ts); left in, pg would read them its own way and warn
    connectionString: withoutTlsParameters(url),
    ssl,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    query_timeout: queryTimeoutMs(settings),
    application_name: "scribe-lint",
    options: [
      `-c statement_timeout=${settings.statementTimeoutMs}`,
      `-c lock_timeout=${settings.lockTimeoutMs}`,
      "-c idle_in_transaction_session_timeout=60000",
      "-c default_transaction_read_only=on",
      "-c TimeZone=UTC"
    ].join(" ")
  });
  client.on("error", () => {
  });
  try {
    await client.connect(), await client.query("begin read only");
  } catch (error) {
    throw await withinMs(
      client.end().catch(() => {
      }),
      1e3
    ), error;
  }
  return client;
}
function connectionFailure(error, settings, target, url) {
  return new UsageError(
    `cannot connect to database ${target}: ${maskSecrets(explain(error, settings), urlPasswords(url))}`
  );
}
function noTlsOnServer(error) {
  return /does not support SSL/i.test(error.message ?? "");
}
var LockPatientConnection = class {
  constructor(client, settings, target) {
    this.client = client;
    this.settings = settings;
    this.target = target;
  }
  client;
  settings;
  target;
  savepoints = [];
  /** Set when the server stopped answering: nothing more is sent. */
  stalled = !1;
  async query(sql, params) {
    try {
      return await this.run(sql, params);
    } catch (error) {
      if (error.code !== LOCK_NOT_AVAILABLE) throw error;
    }
    await this.recover();
    try {
      return await this.run(sql, params);
    } catch (error) {
      throw error.code !== LOCK_NOT_AVAILABLE ? error : lockedOut(await this.exclusiveLockHolders(), this.settings.lockTimeoutMs);
    }
  }
  async run(sql, params) {
    let rows;
    try {
      rows = (await this.client.query(sql, params)).rows;
    } catch (error) {
      throw isQueryTimeout(error) ? (this.stalled = !0, new UsageError(`database ${this.target} stopped answering: ${queryTimeout(this.settings)}`)) : error;
    }
    return this.track(sql), rows;
  }
  track(sql) {
    let savepoint = /^\s*savepoint\s+(\w+)\s*$/i.exec(sql);
    savepoint && this.savepoints.push(savepoint[1].toLowerCase());
    let released = /^\s*release\s+(?:savepoint\s+)?(\w+)\s*$/i.exec(sql), at = released ? this.savepoints.lastIndexOf(released[1].toLowerCase()) : -1;
    at !== -1 && this.savepoints.splice(at);
  }
  /** After an error the transaction is aborted; make it usable again. */
  async recover() {
    let open = this.savepoints.at(-1);
    if (open) {
      await this.client.query(`rollback to savepoint ${open}`);
      return;
    }
    await this.client.query("rollback"), await this.client.query("begin read only");
  }
  /**
   * Relations another session holds ACCESS EXCLUSIVE on, in this database or shared: the only lock a
   * catalog read (ACCESS SHARE) waits for. Read after the second wait, while the holder still has it.
   */
  async exclusiveLockHolders() {
    return await this.recover(), (await this.client.query(
      `select coalesce(n.nspname || '.' || c.relname, l.relation::text) as relation, l.pid
         from pg_locks l
         left join pg_class c on c.oid = l.relation
         left join pg_namespace n on n.oid = c.relnamespace
        where l.locktype = 'relation' and l.mode = 'AccessExclusiveLock' and l.granted
          and l.pid <> pg_backend_pid()
          and l.database in (0, (select oid from pg_database where datname = current_database()))
        order by 1`
    ).catch(async () => (await this.recover(), { rows: [] }))).rows;
  }
};
function lockedOut(holders, lockTimeoutMs) {
  let waited = `waited twice for lock_timeout (${lockTimeoutMs / 1e3} s)`;
  if (holders.length === 0) return new NotVerifiedError(`a lock held by another session: ${waited}`);
  let names = [...new Set(holders.map((holder) => `\`${holder.relation}\``))], pids = [...new Set(holders.map((holder) => holder.pid))].join(", ");
  return new NotVerifiedError(
    `another session (pid ${pids}) holds ACCESS EXCLUSIVE on ${names.join(", ")}: ${waited}`,
    holders.length === 1 ? holders[0].relation : void 0
  );
}
function describeTarget(url) {
  try {
    let parsed = new URL(url), user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "", port = parsed.port || "5432", database = parsed.pathname.replace(/^\//, "") || decodeURIComponent(parsed.username) || "postgres", host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
    return `${user}${host}:${port}/${decodeURIComponent(database)}`;
  } catch {
    return "(unparseable URL)";
  }
}
async function withinMs(promise, ms) {
  let timer, deadline = new Promise((resolve) => timer = setTimeout(resolve, ms));
  await Promise.race([promise, deadline]), clearTimeout(timer);
}
function isQueryTimeout(error) {
  return error?.message === "Query read timeout";
}
function queryTimeout(settings) {
  return `no answer to a query within ${queryTimeoutMs(settings) / 1e3} s`;
}
function queryTimeoutMs(settings) {
  return settings.statementTimeoutMs + 5e3;
}
function explain(error, settings) {
  let { code, message } = error;
  if (isQueryTimeout(error)) return queryTimeout(settings);
  if (/timeout/i.test(message ?? ""))
    return `no answer within ${settings.connectTimeoutMs / 1e3} s (connect timeout)`;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET") return "connection reset by the server";
  if (code === "28P01") return "password authentication failed";
  if (code === "28000") return `not allowed to connect: ${firstLine(error)}`;
  if (code === "3D000") return "database does not exist";
  let tls = explainTls(error);
  return tls || firstLine(error);
}
function explainTls(error) {
  let { code, message } = error;
  if (/does not support SSL/i.test(message ?? "")) return "the server does not accept TLS connections";
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID")
    return `the server's certificate is not for this host name (sslmode=verify-full): ${firstLine(error)}`;
  if (code && [
    "SELF_SIGNED_CERT_IN_CHAIN",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "UNABLE_TO_GET_ISSUER_CERT",
    "CERT_SIGNATURE_FAILURE"
  ].includes(code))
    return `the server's certificate is not signed by a trusted CA (${code}): check sslrootcert`;
  if (code === "CERT_HAS_EXPIRED") return "the server's certificate has expired";
}
function firstLine(error) {
  return (error.message ?? String(error)).split(`
`)[0].trim() || "unknown error";
}

export {
  openLive,
  checkDatabaseUrl,
  describeTarget
};
