// The interfaces between lint.ts and the providers of the non-statement sources (the shadow, the live
// database, the app's sources, Redis). They live here, below both, so that a provider can name the options
// it is opened with without importing lint.ts, which imports the providers (test/layers.test.ts).

import type { Config } from './config.ts';
import type { HealthFacts } from './health/facts.ts';
import type { PlatformFacts } from './platform/facts.ts';
import type { Location } from './location.ts';
import type { RedisKeyGroup } from './redis/facts.ts';
import type { CacheWrite } from './source/facts.ts';
import type { MigrationText } from './history/migration-files.ts';
import type {
  CatalogConnection,
  MigrationFile,
  ObjectKind,
  ReplayStatus,
  Rule,
  SchemaMode,
  Statement,
  StatementObservation,
} from './types.ts';

export interface LintOptions {
  cwd: string;
  config: Config;
  rules: readonly Rule[];
  /** Files or folders given on the command line; empty means the config's `migrations` folder. */
  paths: string[];
  /** Replay the migrations into the embedded database (ignored when `databaseUrl` is given). */
  shadow: boolean;
  /**
   * False with `--no-cache`: the shadow neither reads nor writes its cache folder (SCRIBE_LINT_NO_CACHE=1,
   * read where the folder is decided, does the same).
   */
  cache?: boolean;
  databaseUrl?: string;
  redisUrl?: string;
  /** `--supabase-project <ref>`: read the project's platform settings from the Management API. */
  supabaseProject?: string;
  /** The Management API token (SUPABASE_ACCESS_TOKEN, or the Action's `supabase-token`): never printed. */
  supabaseToken?: string;
  now: Date;
  /** Display paths of files changed since the `--since` ref. */
  changedFiles?: ReadonlySet<string>;
  /** Called with the open schema after the rules ran, before it is closed (the Action reads partitions). */
  inspectSchema?(schema: SchemaSource): Promise<void>;
}

/** A schema to check: the shadow replay or a live database. Opened and closed by the caller. */
export interface SchemaSource {
  mode: SchemaMode;
  connection: CatalogConnection;
  locate(kind: ObjectKind, name: string): Location | undefined;
  replay?: ReplayStatus;
  /**
   * On a shadow that observed locks: what each replayed statement did to the relations that existed before
   * its file (src/shadow/lock-observer.ts). Statements are the objects of the `MigrationFile[]` replayed.
   */
  observed?(statement: Statement): StatementObservation | undefined;
}

/** The lock observations a replay snapshot holds for the files it restored, known before the replay. */
export interface RestoredObservations {
  /** How many applied files the snapshot restored: the history's first ones. */
  appliedFiles: number;
  observed(statement: Statement): StatementObservation | undefined;
}

export interface RedisScan {
  groups: RedisKeyGroup[];
  scannedKeys: number;
  complete: boolean;
}

/** A schema, source or Redis provider: opened for one run, closed after it. */
export interface Opened<T> {
  value: T;
  close(): Promise<void>;
}

/**
 * The providers of the non-statement sources. Each lives in its own module (src/shadow, src/catalog,
 * src/source, src/redis); lint.ts looks them up lazily so a plain `--no-shadow` run loads none of them (but
 * the few lines that spawn a shadow worker ahead, src/shadow/pglite.ts `prewarmShadow`).
 */
export interface Providers {
  /**
   * Boots a shadow worker ahead of `openShadow`, while the history is read and parsed; resolves when the
   * shadow's code is loaded too (a failure here only costs time: `openShadow` loads it again).
   */
  prewarmShadow?(): Promise<void>;
  /**
   * Starts the shadow from the files' text, before they are parsed; `openShadow` then goes on from it when
   * the parsed files ask for the same start, else ends it and starts its own.
   */
  startShadowEarly?(texts: readonly MigrationText[], options: LintOptions): Promise<void>;
  /** Ends an early shadow that `openShadow` did not take. */
  endEarlyShadow?(): void;
  /**
   * Replays the history into the shadow. `restored` hears, before the replay, what the snapshot it goes on
   * from observed the restored files' statements lock (undefined: no snapshot, or no observations).
   */
  openShadow?(
    files: readonly MigrationFile[],
    options: LintOptions,
    restored?: (observations: RestoredObservations | undefined) => void,
  ): Promise<Opened<SchemaSource>>;
  openLive?(url: string, options: LintOptions): Promise<Opened<SchemaSource>>;
  analyzeSources?(options: LintOptions): Promise<CacheWrite[] | undefined>;
  scanRedis?(url: string, options: LintOptions): Promise<RedisScan>;
  /**
   * The live statistics, read in the live audit's session (`db`, absent with only `--redis`) and from
   * Redis `INFO` when `options.redisUrl` is set.
   */
  readHealth?(db: CatalogConnection | undefined, options: LintOptions): Promise<HealthFacts>;
  /**
   * The Supabase project's platform settings (`options.supabaseProject`) and `supabase/config.toml`;
   * undefined when neither is there.
   */
  readPlatform?(options: LintOptions): Promise<PlatformFacts | undefined>;
}
