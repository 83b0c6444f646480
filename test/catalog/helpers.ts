// Shared by the schema-rule tests: a fresh database on the real PostgreSQL server per test file, the
// live audit run against it, and the same SQL replayed on the shadow, so both paths can be compared.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { allRules } from '../../rules/index.ts';
import { openLive } from '../../src/catalog/live.ts';
import { defaultConfig, type Config } from '../../src/config.ts';
import { runLint } from '../../src/engine.ts';
import type { Finding } from '../../src/types.ts';
import { EXAMPLE_NOW, lintExample } from '../helpers/examples.ts';

export const SERVER_URL = process.env.SCRIBE_LINT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL as the server's admin user in the test database. */
  exec(sql: string): Promise<void>;
  drop(): Promise<void>;
}

/** A database with a random name on the test server; the Supabase roles it needs are created if missing. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `scribe_lint_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(SERVER_URL, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    url,
    name,
    exec: async (sql) => {
      await client.query(sql);
    },
    drop: async () => {
      await client.end();
      const again = new pg.Client({ connectionString: SERVER_URL });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Roles the tests' schemas grant to, created cluster-wide when absent (roles are shared by all databases,
 * so they are never dropped: another test file may be using them).
 */
export const SUPABASE_ROLES_SQL = `
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
exception when unique_violation or duplicate_object then null;
end $$;`;

export async function liveFindings(
  url: string,
  ruleIds: string[],
  config: Config = defaultConfig(),
): Promise<Finding[]> {
  const opened = await openLive(url);
  try {
    const result = await runLint({
      files: [],
      config,
      rules: allRules.filter((rule) => ruleIds.includes(rule.meta.id)),
      now: EXAMPLE_NOW,
      schema: opened.value,
    });
    return result.findings;
  } finally {
    await opened.close();
  }
}

/** Lints one migration file on the shadow and keeps the findings of the given rules. */
export async function shadowFindings(sql: string | string[], ruleIds: string[]): Promise<Finding[]> {
  const texts = Array.isArray(sql) ? sql : [sql];
  const files = texts.map((text, index) => ({
    path: `supabase/migrations/2025010100000${index}_step.sql`,
    text,
  }));
  const findings = await lintExample(files);
  return findings.filter((finding) => ruleIds.includes(finding.ruleId));
}

/** `line:column rule message` for compact assertions on shadow findings. */
export function at(finding: Finding): string {
  return `${finding.location?.line}:${finding.location?.column} ${finding.ruleId} ${finding.message}`;
}
