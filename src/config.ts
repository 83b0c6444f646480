// scribe-lint.toml: loading, defaults and validation. Every problem is a UsageError that names the key,
// because a compliance tool that silently ignores a misspelt setting enforces nothing.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { describeError } from './errno.ts';
import { UsageError } from './errors.ts';
import type { FailOn, SeveritySetting } from './severity.ts';
import { nearestName } from './nearest-name.ts';
import { parseRequiredIndex, type RequiredIndex } from './catalog/index-spec.ts';
import { parseSize } from './health/size.ts';

export type Runner = 'supabase' | 'psql' | 'transaction';
/** What a statement that fails on the shadow replay leaves behind (src/shadow/replay.ts). */
export type ShadowOnError = 'skip-statement' | 'rollback-file';

export interface Config {
  migrations: string;
  runner: Runner;
  exposedSchemas: string[];
  failOn: FailOn;
  audit: { tables: string[]; partitionKey: string; runwayMonths: number };
  phi: {
    tables: string[];
    cacheAllow: string[];
    source: string[];
    /** Module specifiers whose clients are Redis-like (ioredis, node-redis, Upstash, ...). */
    clients: string[];
    /** Identifiers of the app's own cache wrappers, whose set-like methods count as cache writes. */
    wrappers: string[];
  };
  shadow: { onError: ShadowOnError };
  /** Publications whose tables Supabase Realtime streams to subscribers (realtime-rls). */
  realtime: { publications: string[] };
  /** Indexes the app's hot queries need (required-index), parsed from `table(column [desc], ...)`. */
  indexes: { required: RequiredIndex[] };
  /** The Supabase platform rules' targets, and how long a Management API request may take. */
  platform: { pitrDays: number; readReplica: boolean; timeoutSeconds: number };
  /** With `--db`: lock and rewrite hazards on tables with fewer rows than this are info (src/small-tables.ts). */
  locks: { smallTableRows: number };
  /** The health rules' targets: SPEC-2's success metrics (src/health, rules/slow-query.ts, ...). */
  health: HealthConfig;
  rules: Record<string, SeveritySetting>;
  /** Directory that relative paths in the config are resolved against. */
  baseDir: string;
  /** The file the config came from, if any. */
  file?: string;
}

export const RUNNERS: readonly Runner[] = ['supabase', 'psql', 'transaction'];
export const SHADOW_ON_ERROR: readonly ShadowOnError[] = ['skip-statement', 'rollback-file'];
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'info', 'never'];
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function defaultConfig(baseDir = process.cwd()): Config {
  return {
    migrations: 'supabase/migrations',
    runner: 'supabase',
    exposedSchemas: ['public'],
    failOn: 'error',
    audit: { tables: ['audit_logs'], partitionKey: 'created_at', runwayMonths: 3 },
    phi: {
      tables: ['messages', 'structured_notes', 'conversations', 'part2_consents'],
      cacheAllow: ['programs', 'clients', 'user_roles'],
      source: ['src/**/*.{ts,tsx,js,mjs}', 'supabase/functions/**/*.ts'],
      clients: ['ioredis', 'redis', '@redis/client', '@upstash/redis', '@vercel/kv', 'upstash_redis'],
      wrappers: ['cache'],
    },
    shadow: { onError: 'skip-statement' },
    realtime: { publications: ['supabase_realtime'] },
    indexes: { required: DEFAULT_REQUIRED_INDEXES.map((entry) => parseRequiredIndex(entry)!) },
    platform: { pitrDays: 30, readReplica: true, timeoutSeconds: 10 },
    locks: { smallTableRows: 10_000 },
    health: defaultHealthConfig(),
    rules: {},
    baseDir,
  };
}

export interface HealthConfig {
  /** Statements with fewer calls are not judged: one-off scripts and migrations are not the workload. */
  minCalls: number;
  p95Ms: number;
  alertMs: number;
  auditP95Ms: number;
  /** Percent of the usable connection slots. */
  connectionsTarget: number;
  connectionsAlert: number;
  /** Tables smaller than this are not judged, as written in the config (`1MB`), and in bytes. */
  sizeFloor: string;
  sizeFloorBytes: number;
  bloatPct: number;
  seqScanMin: number;
  cacheHitPct: number;
  /** Tables autovacuum-tuning judges besides the busiest writers it finds (`schema.table` or `table`). */
  highWriteTables: string[];
}

/** SPEC-2's numbers: "p95 < 150ms", "Queries > 1s (p95)", "Connection pool usage < 70%", ... */
export function defaultHealthConfig(): HealthConfig {
  return {
    minCalls: 50,
    p95Ms: 150,
    alertMs: 1000,
    auditP95Ms: 50,
    connectionsTarget: 70,
    connectionsAlert: 80,
    sizeFloor: '1MB',
    sizeFloorBytes: 1024 * 1024,
    bloatPct: 30,
    seqScanMin: 1000,
    cacheHitPct: 80,
    highWriteTables: [],
  };
}

/** SPEC-2's composite indexes for its hot queries (DESIGN.md). */
const DEFAULT_REQUIRED_INDEXES = [
  'messages(conversation_id, created_at desc)',
  'audit_logs(user_id, action, created_at desc)',
  'conversations(user_id, updated_at desc)',
];

type TomlTable = Record<string, unknown>;

const CONFIG_NAME = 'scribe-lint.toml';

/**
 * Reads the given config file; else the nearest `scribe-lint.toml` from `cwd` upward, stopping at the
 * repository root (the folder holding `.git`) or the file system root, as ESLint and Prettier look for
 * theirs; else returns the defaults. Paths in a config are relative to the folder it is in.
 */
export function loadConfig(options: { file?: string; cwd: string; knownRuleIds: readonly string[] }): Config {
  const file = options.file !== undefined ? path.resolve(options.cwd, options.file) : findConfig(options.cwd);
  if (file === undefined) return defaultConfig(options.cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const shown = options.file ?? (path.relative(options.cwd, file) || file);
    throw new UsageError(`cannot read config ${shown}: ${describeError(error)}`);
  }
  return parseConfig(text, { file, knownRuleIds: options.knownRuleIds });
}

/** The nearest `scribe-lint.toml` in `cwd` or a folder above it, up to the repository root. */
export function findConfig(cwd: string): string | undefined {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(folder, '.git')) || path.dirname(folder) === folder) return undefined;
  }
}

export function parseConfig(
  text: string,
  options: { file: string; knownRuleIds: readonly string[] },
): Config {
  const shown = path.relative(process.cwd(), options.file) || options.file;
  let table: TomlTable;
  try {
    table = parseToml(text) as TomlTable;
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : '';
    const first = (error as Error).message.split('\n')[0];
    throw new UsageError(`${shown}: invalid TOML${where}: ${first}`);
  }
  const config = defaultConfig(path.dirname(options.file));
  config.file = options.file;
  const read = new ConfigReader(shown);
  read.topLevel(table, config);
  read.rules(table.rules, config, options.knownRuleIds);
  return config;
}

/** Walks the parsed TOML, copying known keys into the config and rejecting everything else by name. */
class ConfigReader {
  constructor(private readonly fileName: string) {}

  topLevel(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      switch (key) {
        case 'migrations':
          config.migrations = this.string(key, value);
          break;
        case 'runner':
          config.runner = this.oneOf(key, value, RUNNERS);
          break;
        case 'exposed_schemas':
          config.exposedSchemas = this.strings(key, value);
          break;
        case 'fail_on':
          config.failOn = this.oneOf(key, value, FAIL_ON_VALUES);
          break;
        case 'audit':
          this.audit(this.table(key, value), config);
          break;
        case 'phi':
          this.phi(this.table(key, value), config);
          break;
        case 'shadow':
          this.shadow(this.table(key, value), config);
          break;
        case 'realtime':
          this.realtime(this.table(key, value), config);
          break;
        case 'indexes':
          this.indexes(this.table(key, value), config);
          break;
        case 'platform':
          this.platform(this.table(key, value), config);
          break;
        case 'locks':
          this.locks(this.table(key, value), config);
          break;
        case 'health':
          this.health(this.table(key, value), config);
          break;
        case 'rules':
          break; // validated separately against the rule registry
        default:
          this.unknown(key, TOP_LEVEL_KEYS);
      }
    }
  }

  private audit(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      const name = `audit.${key}`;
      if (key === 'tables') config.audit.tables = this.strings(name, value);
      else if (key === 'partition_key') config.audit.partitionKey = this.string(name, value);
      else if (key === 'runway_months') config.audit.runwayMonths = this.positiveInteger(name, value);
      else this.unknown(name, AUDIT_KEYS);
    }
  }

  private phi(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      const name = `phi.${key}`;
      if (key === 'tables') config.phi.tables = this.strings(name, value);
      else if (key === 'cache_allow') config.phi.cacheAllow = this.strings(name, value);
      else if (key === 'source') config.phi.source = this.strings(name, value);
      else if (key === 'clients') config.phi.clients = this.strings(name, value);
      else if (key === 'wrappers') config.phi.wrappers = this.strings(name, value);
      else this.unknown(name, PHI_KEYS);
    }
  }

  private shadow(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      const name = `shadow.${key}`;
      if (key === 'on_error') config.shadow.onError = this.oneOf(name, value, SHADOW_ON_ERROR);
      else this.unknown(name, SHADOW_KEYS);
    }
  }

  private realtime(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      const name = `realtime.${key}`;
      if (key === 'publications') config.realtime.publications = this.strings(name, value);
      else this.unknown(name, REALTIME_KEYS);
    }
  }

  private indexes(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      const name = `indexes.${key}`;
      if (key === 'required') config.indexes.required = this.requiredIndexes(name, value);
      else this.unknown(name, INDEXES_KEYS);
    }
  }

  private platform(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      const name = `platform.${key}`;
      if (key === 'pitr_days') config.platform.pitrDays = this.positiveInteger(name, value);
      else if (key === 'read_replica') config.platform.readReplica = this.boolean(name, value);
      else if (key === 'timeout_seconds') config.platform.timeoutSeconds = this.positiveInteger(name, value);
      else this.unknown(name, PLATFORM_KEYS);
    }
  }

  private locks(table: TomlTable, config: Config): void {
    for (const [key, value] of Object.entries(table)) {
      const name = `locks.${key}`;
      // 0 turns the lowering off: every hazard keeps its configured severity.
      if (key === 'small_table_rows') config.locks.smallTableRows = this.wholeNumber(name, value, 0, 1e12);
      else this.unknown(name, LOCKS_KEYS);
    }
  }

  private health(table: TomlTable, config: Config): void {
    const health = config.health;
    for (const [key, value] of Object.entries(table)) {
      const name = `health.${key}`;
      if (key === 'min_calls') health.minCalls = this.wholeNumber(name, value, 1, 1e9);
      else if (key === 'p95_ms') health.p95Ms = this.wholeNumber(name, value, 1, 1e7);
      else if (key === 'alert_ms') health.alertMs = this.wholeNumber(name, value, 1, 1e7);
      else if (key === 'audit_p95_ms') health.auditP95Ms = this.wholeNumber(name, value, 1, 1e7);
      else if (key === 'connections_target') health.connectionsTarget = this.wholeNumber(name, value, 1, 100);
      else if (key === 'connections_alert') health.connectionsAlert = this.wholeNumber(name, value, 1, 100);
      else if (key === 'size_floor') [health.sizeFloor, health.sizeFloorBytes] = this.size(name, value);
      else if (key === 'bloat_pct') health.bloatPct = this.wholeNumber(name, value, 1, 100);
      else if (key === 'seq_scan_min') health.seqScanMin = this.wholeNumber(name, value, 1, 1e12);
      else if (key === 'cache_hit_pct') health.cacheHitPct = this.wholeNumber(name, value, 1, 100);
      else if (key === 'high_write_tables') health.highWriteTables = this.strings(name, value);
      else this.unknown(name, HEALTH_KEYS);
    }
  }

  /** A whole number in [min, max]. */
  private wholeNumber(key: string, value: unknown, min: number, max: number): number {
    const number = typeof value === 'bigint' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
      this.fail(key, `a whole number from ${min} to ${max.toLocaleString('en-US')}`, value);
    }
    return number;
  }

  /** A size as PostgreSQL writes one (`1MB`, `512kB`), or a whole number of bytes: the text and the bytes. */
  private size(key: string, value: unknown): [string, number] {
    if (typeof value === 'number' || typeof value === 'bigint') {
      const bytes = this.wholeNumber(key, value, 0, Number.MAX_SAFE_INTEGER);
      return [String(bytes), bytes];
    }
    const bytes = typeof value === 'string' ? parseSize(value) : undefined;
    if (bytes === undefined) this.fail(key, 'a size such as "1MB", "512kB" or a number of bytes', value);
    return [value as string, bytes];
  }

  /** Each entry parsed now: a malformed one is named here, before any check runs. */
  private requiredIndexes(key: string, value: unknown): RequiredIndex[] {
    return this.strings(key, value).map((entry) => {
      const parsed = parseRequiredIndex(entry);
      if (!parsed) {
        throw new UsageError(
          `${this.fileName}: "${key}" entry "${entry}" is not table(column [asc|desc], ...)`,
        );
      }
      return parsed;
    });
  }

  rules(value: unknown, config: Config, knownRuleIds: readonly string[]): void {
    if (value === undefined) return;
    const table = this.table('rules', value);
    for (const [id, setting] of Object.entries(table)) {
      if (!knownRuleIds.includes(id)) {
        throw new UsageError(
          `${this.fileName}: unknown rule "rules.${id}"${suggestion(id, knownRuleIds)} (see \`scribe-lint rules\`)`,
        );
      }
      config.rules[id] = this.oneOf(`rules.${id}`, setting, SEVERITY_SETTINGS);
    }
  }

  private fail(key: string, expected: string, value: unknown): never {
    throw new UsageError(`${this.fileName}: "${key}" must be ${expected}, got ${describe(value)}`);
  }

  /** `known`: the keys valid where this one stands, for a "did you mean" suggestion. */
  private unknown(key: string, known: readonly string[]): never {
    const leaf = key.slice(key.lastIndexOf('.') + 1);
    throw new UsageError(`${this.fileName}: unknown key "${key}"${suggestion(leaf, known)}`);
  }

  private string(key: string, value: unknown): string {
    if (typeof value !== 'string' || value === '') this.fail(key, 'a non-empty string', value);
    return value;
  }

  private strings(key: string, value: unknown): string[] {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item !== '')) {
      this.fail(key, 'an array of non-empty strings', value);
    }
    return value as string[];
  }

  private boolean(key: string, value: unknown): boolean {
    if (typeof value !== 'boolean') this.fail(key, 'true or false', value);
    return value;
  }

  private positiveInteger(key: string, value: unknown): number {
    const number = typeof value === 'bigint' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 120) {
      this.fail(key, 'a whole number from 1 to 120', value);
    }
    return number;
  }

  private oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(key, `one of ${allowed.map((item) => `"${item}"`).join(', ')}`, value);
    }
    return value as T;
  }

  private table(key: string, value: unknown): TomlTable {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) {
      this.fail(key, 'a table', value);
    }
    return value as TomlTable;
  }
}

/** Keys each table accepts, for suggestions (the readers above are the truth; keep these in step). */
const TOP_LEVEL_KEYS = [
  'migrations',
  'runner',
  'exposed_schemas',
  'fail_on',
  'audit',
  'phi',
  'shadow',
  'realtime',
  'indexes',
  'platform',
  'locks',
  'health',
  'rules',
];
const AUDIT_KEYS = ['tables', 'partition_key', 'runway_months'];
const PHI_KEYS = ['tables', 'cache_allow', 'source', 'clients', 'wrappers'];
const SHADOW_KEYS = ['on_error'];
const REALTIME_KEYS = ['publications'];
const INDEXES_KEYS = ['required'];
const PLATFORM_KEYS = ['pitr_days', 'read_replica', 'timeout_seconds'];
const LOCKS_KEYS = ['small_table_rows'];
const HEALTH_KEYS = [
  'min_calls',
  'p95_ms',
  'alert_ms',
  'audit_p95_ms',
  'connections_target',
  'connections_alert',
  'size_floor',
  'bloat_pct',
  'seq_scan_min',
  'cache_hit_pct',
  'high_write_tables',
];

/** `; did you mean "x"?` for the nearest known name, when it is close enough to be a typo. */
function suggestion(given: string, known: readonly string[]): string {
  const best = nearestName(given, known, Math.max(2, Math.floor(given.length / 3)), { ignoreCase: true });
  return best !== undefined ? `; did you mean "${best}"?` : '';
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object' && value !== null) return 'a table';
  return String(value);
}
