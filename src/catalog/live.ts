// The live database source (`--db <url>`): one session, read-only from its first statement, with timeouts
// on connecting, on each statement and on locks, and `application_name=scribe-lint` so a DBA can see who it
// is. Session settings travel in the startup packet, so the only statements the audit sends are
// BEGIN READ ONLY, catalog SELECTs, savepoints around probes, and ROLLBACK.
//
// Every failure to connect is a UsageError with one line that names host, port, database and user and
// never the password.

import type { SchemaSource } from '../engine.ts';
import { UsageError } from '../errors.ts';
import type { Opened } from '../lint.ts';
import type { CatalogConnection } from '../types.ts';

export interface LiveOptions {
  /** Milliseconds to establish the session (TCP, TLS, authentication). Default 10 s. */
  connectTimeoutMs?: number;
  /** Server-side limit per statement. Default 30 s. */
  statementTimeoutMs?: number;
  /** Server-side limit on waiting for a lock. Default 2 s: the audit must never queue behind DDL. */
  lockTimeoutMs?: number;
}

const DEFAULTS = { connectTimeoutMs: 10_000, statementTimeoutMs: 30_000, lockTimeoutMs: 2_000 };

interface PgClient {
  connect(): Promise<unknown>;
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export async function openLive(url: string, options: LiveOptions = {}): Promise<Opened<SchemaSource>> {
  const settings = { ...DEFAULTS, ...options };
  const target = describeTarget(url);
  const { default: pg } = await import('pg');
  let client: PgClient;
  try {
    client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      // a server that stops answering mid-audit: the client gives up a little after the server would
      query_timeout: settings.statementTimeoutMs + 5_000,
      application_name: 'scribe-lint',
      options: [
        `-c statement_timeout=${settings.statementTimeoutMs}`,
        `-c lock_timeout=${settings.lockTimeoutMs}`,
        '-c idle_in_transaction_session_timeout=60000',
        '-c default_transaction_read_only=on',
        '-c TimeZone=UTC',
      ].join(' '),
    }) as unknown as PgClient;
  } catch (error) {
    throw new UsageError(`invalid database URL ${target}: ${scrub(firstLine(error), url)}`);
  }
  // errors after connecting (server restart) arrive as events; the pending query rejects with them
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('begin read only');
  } catch (error) {
    await client.end().catch(() => {});
    throw new UsageError(`cannot connect to database ${target}: ${scrub(explain(error, settings), url)}`);
  }
  const connection: CatalogConnection = {
    async query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]> {
      return (await client.query(sql, params)).rows as Row[];
    },
  };
  return {
    value: { mode: 'live', connection, locate: () => undefined },
    close: async () => {
      await client.query('rollback').catch(() => {});
      await client.end().catch(() => {});
    },
  };
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

function explain(error: unknown, settings: typeof DEFAULTS): string {
  const { code, message } = error as { code?: string; message?: string };
  if (/timeout/i.test(message ?? ''))
    return `no answer within ${settings.connectTimeoutMs / 1000} s (connect timeout)`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET') return 'connection reset by the server';
  if (code === '28P01') return 'password authentication failed';
  if (code === '28000') return `not allowed to connect: ${firstLine(error)}`;
  if (code === '3D000') return 'database does not exist';
  return firstLine(error);
}

function firstLine(error: unknown): string {
  const message = (error as { message?: string }).message ?? String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}

/** Removes the password from a message, in case a library echoed the URL back. */
function scrub(message: string, url: string): string {
  let secrets: string[] = [];
  try {
    const raw = new URL(url).password;
    secrets = [raw, decodeURIComponent(raw)].filter((secret) => secret !== '');
  } catch {
    // an unparseable URL has no password we can find; pg would not have got further either
  }
  return secrets.reduce((text, secret) => text.split(secret).join('***'), message);
}
