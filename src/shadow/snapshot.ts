// The incremental shadow: after a replay, a snapshot of the shadow (PGlite's data directory, with what the
// replay knew: origins, replay errors, failures, lock observations, session settings) is kept in the cache
// folder under a key that chains the stand-in and the exact text and path of every applied file, in
// order. A later run looks for the longest prefix of its own history that has a snapshot, starts the
// shadow from it and replays only the files after it; what it reports is what a full replay reports.
//
// An entry is two files, `replay-<key>.tar` (the data directory) and `replay-<key>.json` (the rest, with
// the tar's size and SHA-256; written last, so an entry without it does not exist). Anything about an
// entry that does not fit (another format, another key, a tar whose bytes differ, JSON that does not
// parse) makes it count as absent: it is ignored and replaced, never trusted. The folder is bounded: the
// entries used least recently are removed once the snapshots pass `maxBytes`.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationFile } from '../types.ts';
import { TOOL_VERSION, codeFingerprint } from '../version.ts';
import type { ShadowClient } from './pglite.ts';
import type { SnapshotData } from './protocol.ts';
import { statementIn, type OnError, type ReplayState } from './replay.ts';

/** Bumped whenever what an entry holds, or what the replay records, changes meaning. */
const FORMAT = 1;

/** The snapshots' share of the cache folder, unless SCRIBE_LINT_CACHE_MAX_MB says otherwise. */
const DEFAULT_MAX_MB = 512;

/**
 * After a restored prefix, a snapshot is written only when the replay past it took longer than writing the
 * new one would (at least this long, and longer for a larger data directory, written at about this many
 * bytes a millisecond): a run that replayed one new file on a long history keeps the old one instead of
 * writing 100 MB to save a few hundred milliseconds.
 */
const WORTH_SAVING_MS = 250;
const WRITTEN_BYTES_PER_MS = 100_000;

/** What the keys are made of: a file's path and text, and whether it is applied; its statements, once parsed. */
export type SnapshotFile = Pick<MigrationFile, 'displayPath' | 'text' | 'applied'> &
  Partial<Pick<MigrationFile, 'statements'>>;

/** Session settings a replayed `SET` (or `SET ROLE`) changed: a restored shadow is a new session. */
export interface SessionState {
  settings: [name: string, value: string][];
  role?: string;
}

interface Entry {
  format: number;
  key: string;
  state: ReplayState;
  session: SessionState;
  data: { bytes: number; sha256: string };
}

/** A usable snapshot of the first `state.files` applied files. */
export interface Found {
  key: string;
  state: ReplayState;
  session: SessionState;
  data: SnapshotData;
}

/** What decides a replay besides its files: each is part of every key. */
export interface ReplayMode {
  /** The PGlite build and the stand-in (pglite.ts `cacheKey`). */
  standin: string;
  onError: OnError;
  observeLocks: boolean;
}

export class SnapshotCache {
  /** `keys[i]`: the key of the first i + 1 applied files. */
  private readonly keys: string[];
  private readonly applied: SnapshotFile[];

  constructor(
    private readonly dir: string,
    files: readonly SnapshotFile[],
    mode: ReplayMode,
    private readonly maxBytes = maxBytesFromEnv(),
  ) {
    this.applied = files.filter((file) => file.applied);
    this.keys = chainKeys(this.applied, mode);
  }

  /**
   * The snapshot of the longest prefix of the history that has a usable one. Before the files are parsed
   * (no `statements`), the lock observations it holds cannot be checked against them: openShadow looks
   * again once they are, handing over what the first look found (`known`), which is then taken without
   * reading its entry again when the statements it names are there.
   */
  find(known?: Found): Found | undefined {
    const knownCount = known ? this.keys.indexOf(known.key) + 1 : 0;
    if (known && knownCount === known.state.files && this.observationsFit(known.state, knownCount))
      return known;
    for (let count = this.keys.length; count > 0; count--) {
      const found = this.read(this.keys[count - 1], count);
      if (found) return found;
    }
    return undefined;
  }

  /** Forgets an entry that turned out unusable (its data directory did not load). */
  discard(found: Found): void {
    for (const file of this.entryFiles(found.key)) rmSync(file, { force: true });
  }

  /**
   * Keeps the shadow's state after a full replay, unless the replay was restored from this very history,
   * or replayed too little past its snapshot to be worth the write, or left state no snapshot can carry (a
   * temporary table, a changed session user). Never fails the run: a snapshot only saves time.
   */
  async save(
    db: ShadowClient,
    state: ReplayState,
    restored: Found | undefined,
    replayMs: number,
  ): Promise<void> {
    const restoredFiles = restored?.state.files ?? 0;
    if (state.files === 0 || state.files === restoredFiles) return;
    const writeMs = Math.max(WORTH_SAVING_MS, (restored?.data.bytes ?? 0) / WRITTEN_BYTES_PER_MS);
    if (restored && replayMs < writeMs) return;
    const key = this.keys[state.files - 1];
    const [json, tar] = this.entryFiles(key);
    try {
      const session = await sessionState(db);
      if (!session) return;
      const data = await db.dump(tar);
      const entry: Entry = { format: FORMAT, key, state, session, data };
      const temporary = `${json}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(entry));
      renameSync(temporary, json);
      this.evict(key);
    } catch {
      rmSync(json, { force: true });
    }
  }

  private entryFiles(key: string): [json: string, tar: string] {
    return [path.join(this.dir, `replay-${key}.json`), path.join(this.dir, `replay-${key}.tar`)];
  }

  private read(key: string, count: number): Found | undefined {
    const [json, tar] = this.entryFiles(key);
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(json, 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    if (!this.fits(entry, key, count)) return undefined;
    touch(json, tar);
    return { key, state: entry.state, session: entry.session, data: { file: tar, ...entry.data } };
  }

  /** The shape checks: an entry written by another version, for another key, or damaged, does not fit. */
  private fits(entry: Entry, key: string, count: number): boolean {
    if (typeof entry !== 'object' || entry === null) return false;
    if (entry.format !== FORMAT || entry.key !== key || entry.state?.files !== count) return false;
    const { data, session, state } = entry;
    if (!Number.isSafeInteger(data?.bytes) || !/^[0-9a-f]{64}$/.test(String(data?.sha256))) return false;
    if (!Array.isArray(session?.settings) || !Array.isArray(state.errors)) return false;
    if (!Array.isArray(state.origins?.byOid) || !Array.isArray(state.origins?.byName)) return false;
    if (!Array.isArray(state.failures?.missing) || !Array.isArray(state.failures?.extensions)) return false;
    return this.observationsFit(state, count);
  }

  /** Whether every statement the lock observations name is in the history (true before the parse). */
  private observationsFit(state: ReplayState, count: number): boolean {
    const files = this.applied.slice(0, count);
    if (files.some((file) => !file.statements)) return true;
    const statementAt = statementIn(files);
    return (state.observer?.observations ?? []).every(([name]) => statementAt(name) !== undefined);
  }

  /** Removes the entries used least recently while the snapshots take more than `maxBytes`. */
  private evict(keep: string): void {
    const entries = new Map<string, { bytes: number; used: number }>();
    for (const name of readdirSync(this.dir)) {
      const match = /^replay-([0-9a-f]+)\.(json|tar)$/.exec(name);
      if (!match) continue;
      const stats = statSync(path.join(this.dir, name), { throwIfNoEntry: false });
      if (!stats) continue;
      const entry = entries.get(match[1]) ?? { bytes: 0, used: 0 };
      entry.bytes += stats.size;
      entry.used = Math.max(entry.used, stats.mtimeMs);
      entries.set(match[1], entry);
    }
    let total = [...entries.values()].reduce((sum, entry) => sum + entry.bytes, 0);
    const oldestFirst = [...entries].filter(([key]) => key !== keep).sort((a, b) => a[1].used - b[1].used);
    for (const [key, entry] of oldestFirst) {
      if (total <= this.maxBytes) break;
      for (const file of this.entryFiles(key)) rmSync(file, { force: true });
      total -= entry.bytes;
    }
  }
}

/** Applies a snapshot's session settings to the restored shadow's new session. */
export async function restoreSession(db: ShadowClient, session: SessionState): Promise<void> {
  const settings = session.settings.map(
    ([name, value]) => `select set_config(${literal(name)}, ${literal(value)}, false)`,
  );
  const role = session.role === undefined ? [] : [`set role ${identifier(session.role)}`];
  const sql = [...settings, ...role].join(';\n');
  if (sql !== '') await db.exec(sql);
}

/**
 * The session's changed settings and role; undefined when a snapshot could not carry the session (a
 * temporary object lives only in the session). `session_authorization` first: setting it resets the rest.
 */
async function sessionState(db: ShadowClient): Promise<SessionState | undefined> {
  const { rows } = await db.query<{ temporary: number; current: string; session: string }>(
    `select (select count(*) from pg_class where relpersistence = 't')::int as temporary,
            current_user::text as current, session_user::text as session`,
  );
  const facts = rows[0];
  if (!facts || facts.temporary > 0) return undefined;
  const settings = await db.query<{ name: string; setting: string }>(
    `select name, setting from pg_settings where source = 'session' and name <> 'role'
      order by name <> 'session_authorization', name`,
  );
  return {
    settings: settings.rows.map((row) => [row.name, row.setting]),
    ...(facts.current !== facts.session && { role: facts.current }),
  };
}

/** Each prefix's key: the mode, then every applied file's path and text, chained in runner order. */
function chainKeys(applied: readonly SnapshotFile[], mode: ReplayMode): string[] {
  let previous = createHash('sha256')
    .update(
      JSON.stringify([
        FORMAT,
        TOOL_VERSION,
        codeFingerprint(),
        mode.standin,
        mode.onError,
        mode.observeLocks,
      ]),
    )
    .digest('hex');
  return applied.map((file) => {
    previous = createHash('sha256')
      .update(previous)
      .update('\0')
      .update(file.displayPath)
      .update('\0')
      .update(file.text)
      .digest('hex');
    return previous.slice(0, 32);
  });
}

function maxBytesFromEnv(): number {
  const megabytes = Number(process.env.SCRIBE_LINT_CACHE_MAX_MB);
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : DEFAULT_MAX_MB) * 1024 * 1024;
}

/** Marks an entry as just used (eviction removes the least recently used first). */
function touch(...files: string[]): void {
  const now = new Date();
  for (const file of files) {
    try {
      utimesSync(file, now, now);
    } catch {
      // a read-only cache folder still serves
    }
  }
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
