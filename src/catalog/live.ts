// The live database source (`--db <url>`): one session, read-only from its first statement, with timeouts
// on connecting, on each statement and on locks, and `application_name=scribe-lint` so a DBA can see who it
// is. Session settings travel in the startup packet, so the only statements the audit sends are
// BEGIN READ ONLY, catalog SELECTs, savepoints around probes, and ROLLBACK.
//
// Every failure to connect is a UsageError with one line that names host, port, database and user and
// never the password. A query that waits out lock_timeout behind another session's ACCESS EXCLUSIVE lock is
// tried once more; if it waits again, it fails with a NotVerifiedError naming the locked relation, which the
// engine turns into an info finding of the rule that asked, and the audit goes on.

import { NotVerifiedError, UsageError } from '../errors.ts';
import type { Opened, SchemaSource } from '../providers.ts';
import type { CatalogConnection } from '../types.ts';
import { maskSecrets, urlPasswords } from './secrets.ts';
import { tlsOptions, withoutTlsParameters, type TlsSettings } from './tls.ts';
import { urlWithScheme } from '../urls.ts';

export interface LiveOptions {
  /** Milliseconds to establish the session (TCP, TLS, authentication). Default 10 s. */
  connectTimeoutMs?: number;
  /** Server-side limit per statement. Default 30 s. */
  statementTimeoutMs?: number;
  /** Server-side limit on waiting for a lock. Default 2 s: the audit must never queue behind DDL. */
  lockTimeoutMs?: number;
}

const DEFAULTS = { connectTimeoutMs: 10_000, statementTimeoutMs: 30_000, lockTimeoutMs: 2_000 };
type Settings = typeof DEFAULTS;

const LOCK_NOT_AVAILABLE = '55P03';

interface PgClient {
  connect(): Promise<unknown>;
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export async function openLive(url: string, options: LiveOptions = {}): Promise<Opened<SchemaSource>> {
  const settings = { ...DEFAULTS, ...options };
  const target = checkDatabaseUrl(url);
  const tls = tlsOptions(url);
  const client = await connect(url, tls, settings, target);
  const connection = new LockPatientConnection(client, settings, target);
  return {
    value: { mode: 'live', connection, locate: () => undefined },
    close: async () => {
      // A server that stopped answering would make ROLLBACK wait out the query timeout once more.
      if (!connection.stalled) await client.query('rollback').catch(() => {});
      await withinMs(
        client.end().catch(() => {}),
        1_000,
      );
    },
  };
}

/**
 * A URL of another kind (`mysql://`, `http://`, a bare word) is a usage error before anything is tried;
 * returns `user@host:port/database` for messages.
 */
export function checkDatabaseUrl(url: string): string {
  urlWithScheme(url, '--db', ['postgres', 'postgresql']);
  return describeTarget(url);
}

/**
 * Connects; with `sslmode=prefer` (or `allow`) a server that refuses TLS is asked again without it, as
 * libpq does.
 */
async function connect(url: string, tls: TlsSettings, settings: Settings, target: string): Promise<PgClient> {
  try {
    return await connectOnce(url, tls.ssl, settings);
  } catch (error) {
    if (tls.fallBackToPlain && noTlsOnServer(error)) {
      try {
        return await connectOnce(url, false, settings);
      } catch (second) {
        throw connectionFailure(second, settings, target, url);
      }
    }
    throw connectionFailure(error, settings, target, url);
  }
}

async function connectOnce(url: string, ssl: TlsSettings['ssl'], settings: Settings): Promise<PgClient> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    // the TLS parameters are ours to read (tls.ts); left in, pg would read them its own way and warn
    connectionString: withoutTlsParameters(url),
    ssl,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    query_timeout: queryTimeoutMs(settings),
    application_name: 'scribe-lint',
    options: [
      `-c statement_timeout=${settings.statementTimeoutMs}`,
      `-c lock_timeout=${settings.lockTimeoutMs}`,
      '-c idle_in_transaction_session_timeout=60000',
      '-c default_transaction_read_only=on',
      '-c TimeZone=UTC',
    ].join(' '),
  }) as unknown as PgClient;
  // errors after connecting (server restart) arrive as events; the pending query rejects with them
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('begin read only');
  } catch (error) {
    await withinMs(
      client.end().catch(() => {}),
      1_000,
    );
    throw error;
  }
  return client;
}

function connectionFailure(error: unknown, settings: Settings, target: string, url: string): UsageError {
  return new UsageError(
    `cannot connect to database ${target}: ${maskSecrets(explain(error, settings), urlPasswords(url))}`,
  );
}

function noTlsOnServer(error: unknown): boolean {
  return /does not support SSL/i.test((error as { message?: string }).message ?? '');
}

/**
 * The session's queries. Savepoints the rules open are tracked, so that after a lock timeout the transaction
 * (aborted by the error) can be put back where the rule expects it: to its savepoint, or a fresh
 * `BEGIN READ ONLY` when none is open.
 */
class LockPatientConnection implements CatalogConnection {
  private readonly savepoints: string[] = [];
  /** Set when the server stopped answering: nothing more is sent. */
  stalled = false;

  constructor(
    private readonly client: PgClient,
    private readonly settings: Settings,
    private readonly target: string,
  ) {}

  async query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]> {
    try {
      return await this.run<Row>(sql, params);
    } catch (error) {
      if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
    }
    await this.recover();
    try {
      return await this.run<Row>(sql, params);
    } catch (error) {
      if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
      throw lockedOut(await this.exclusiveLockHolders(), this.settings.lockTimeoutMs);
    }
  }

  private async run<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]> {
    let rows: Row[];
    try {
      rows = (await this.client.query(sql, params)).rows as Row[];
    } catch (error) {
      // A server that stopped answering mid-audit is a connection problem, not a bug: one line, exit 2.
      if (isQueryTimeout(error)) {
        this.stalled = true;
        throw new UsageError(`database ${this.target} stopped answering: ${queryTimeout(this.settings)}`);
      }
      throw error;
    }
    this.track(sql);
    return rows;
  }

  private track(sql: string): void {
    const savepoint = /^\s*savepoint\s+(\w+)\s*$/i.exec(sql);
    if (savepoint) this.savepoints.push(savepoint[1].toLowerCase());
    const released = /^\s*release\s+(?:savepoint\s+)?(\w+)\s*$/i.exec(sql);
    const at = released ? this.savepoints.lastIndexOf(released[1].toLowerCase()) : -1;
    if (at !== -1) this.savepoints.splice(at);
  }

  /** After an error the transaction is aborted; make it usable again. */
  private async recover(): Promise<void> {
    const open = this.savepoints.at(-1);
    if (open) {
      await this.client.query(`rollback to savepoint ${open}`);
      return;
    }
    await this.client.query('rollback');
    await this.client.query('begin read only');
  }

  /**
   * Relations another session holds ACCESS EXCLUSIVE on, in this database or shared: the only lock a
   * catalog read (ACCESS SHARE) waits for. Read after the second wait, while the holder still has it.
   */
  private async exclusiveLockHolders(): Promise<{ relation: string; pid: number }[]> {
    await this.recover();
    const found = await this.client
      .query(
        `select coalesce(n.nspname || '.' || c.relname, l.relation::text) as relation, l.pid
         from pg_locks l
         left join pg_class c on c.oid = l.relation
         left join pg_namespace n on n.oid = c.relnamespace
        where l.locktype = 'relation' and l.mode = 'AccessExclusiveLock' and l.granted
          and l.pid <> pg_backend_pid()
          and l.database in (0, (select oid from pg_database where datname = current_database()))
        order by 1`,
      )
      .catch(async () => {
        await this.recover();
        return { rows: [] };
      });
    return found.rows as { relation: string; pid: number }[];
  }
}

function lockedOut(holders: { relation: string; pid: number }[], lockTimeoutMs: number): NotVerifiedError {
  const waited = `waited twice for lock_timeout (${lockTimeoutMs / 1000} s)`;
  if (holders.length === 0) return new NotVerifiedError(`a lock held by another session: ${waited}`);
  const names = [...new Set(holders.map((holder) => `\`${holder.relation}\``))];
  const pids = [...new Set(holders.map((holder) => holder.pid))].join(', ');
  return new NotVerifiedError(
    `another session (pid ${pids}) holds ACCESS EXCLUSIVE on ${names.join(', ')}: ${waited}`,
    holders.length === 1 ? holders[0].relation : undefined,
  );
}

/** `user@host:port/database` for messages: everything a user needs to recognise the target, no secret. */
export function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    const port = parsed.port || '5432';
    const database = parsed.pathname.replace(/^\//, '') || decodeURIComponent(parsed.username) || 'postgres';
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    return `${user}${host}:${port}/${decodeURIComponent(database)}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Waits for the promise, but no longer than `ms`. */
async function withinMs(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([promise, deadline]);
  clearTimeout(timer);
}

function isQueryTimeout(error: unknown): boolean {
  return (error as { message?: string } | null)?.message === 'Query read timeout';
}

function queryTimeout(settings: Settings): string {
  return `no answer to a query within ${queryTimeoutMs(settings) / 1000} s`;
}

/** A server that stops answering mid-audit: the client gives up a little after the server would. */
function queryTimeoutMs(settings: Settings): number {
  return settings.statementTimeoutMs + 5_000;
}

function explain(error: unknown, settings: Settings): string {
  const { code, message } = error as { code?: string; message?: string };
  if (isQueryTimeout(error)) return queryTimeout(settings);
  if (/timeout/i.test(message ?? ''))
    return `no answer within ${settings.connectTimeoutMs / 1000} s (connect timeout)`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET') return 'connection reset by the server';
  if (code === '28P01') return 'password authentication failed';
  if (code === '28000') return `not allowed to connect: ${firstLine(error)}`;
  if (code === '3D000') return 'database does not exist';
  const tls = explainTls(error);
  if (tls) return tls;
  return firstLine(error);
}

/** TLS failures in words, with Node's code so the user can look it up. */
function explainTls(error: unknown): string | undefined {
  const { code, message } = error as { code?: string; message?: string };
  if (/does not support SSL/i.test(message ?? '')) return 'the server does not accept TLS connections';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return `the server's certificate is not for this host name (sslmode=verify-full): ${firstLine(error)}`;
  const unverified = [
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'CERT_SIGNATURE_FAILURE',
  ];
  if (code && unverified.includes(code))
    return `the server's certificate is not signed by a trusted CA (${code}): check sslrootcert`;
  if (code === 'CERT_HAS_EXPIRED') return "the server's certificate has expired";
  return undefined;
}

function firstLine(error: unknown): string {
  const message = (error as { message?: string }).message ?? String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}
