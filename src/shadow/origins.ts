// Which migration statement made each database object, so a schema finding lands on the line its author
// wrote. Relations, constraints, policies and extensions are found by an OID watermark: after a statement
// runs, catalog rows with an OID above the last one seen are new, and belong to that statement. Recording
// by OID (not by name) survives renames: names are looked up once, after the whole history has replayed.
// Grants and added columns have no OID of their own; they are recorded from the statement's parse tree.

import { locationIn } from '../location.ts';
import type { Location, ObjectKind } from '../types.ts';
import { objectSpan, type ClauseSource } from './clause-spans.ts';
import type { ShadowSession } from './pglite.ts';

// With each new object its name and what kind it is, as they are right after the statement, so the
// statement's parse tree can say which of its clauses made it (clause-spans.ts).
const NEW_OBJECTS_SQL = `
  select 'class' as catalog, oid::int8 as oid, relname::text as name, relkind::text as detail
    from pg_class where oid > $1 and relkind in ('r', 'p', 'm', 'i', 'I', 'v', 'f')
  union all select 'constraint', con.oid::int8, con.conname::text, con.contype::text || ':' || coalesce(
      (select string_agg(a.attname, ',' order by k.ord) from unnest(con.conkey) with ordinality as k(attnum, ord)
         join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum), '')
    from pg_constraint con where con.oid > $1
  union all select 'policy', oid::int8, polname::text, null from pg_policy where oid > $1
  union all select 'extension', oid::int8, extname::text, null from pg_extension where oid > $1`;

const HIGHEST_OID_SQL = `
  select greatest(
    (select max(oid::int8) from pg_class), (select max(oid::int8) from pg_constraint),
    (select max(oid::int8) from pg_policy), (select max(oid::int8) from pg_extension)
  ) as oid`;

// Current names of everything recorded, resolved after the replay (objects may have been renamed since).
const NAMES_SQL = `
  select c.oid::int8 as oid,
         case when c.relkind = 'i' or c.relkind = 'I' then 'index' when c.relkind = 'm' then 'matview' else 'table' end as kind,
         n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid > $1
  union all
  select con.oid::int8, 'constraint', n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || con.conname
    from pg_constraint con join pg_namespace n on n.oid = con.connamespace
    left join pg_class c on c.oid = con.conrelid left join pg_type t on t.oid = con.contypid
   where con.oid > $1
  union all
  select p.oid::int8, 'policy', n.nspname || '.' || c.relname || '.' || p.polname
    from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
   where p.oid > $1
  union all
  select e.oid::int8, 'extension', e.extname from pg_extension e where e.oid > $1`;

/**
 * NAMES_SQL as one JSON text: a long history has tens of thousands of such objects, and each row decoded
 * by PGlite and copied out of the shadow's thread cost more than the query (0.7 s of a 1,000-file run).
 */
const NAMES_AS_JSON_SQL = `select coalesce(json_agg(json_build_array(oid, kind, name)), '[]')::text as names
  from (${NAMES_SQL}) as named`;

export interface OidRow {
  oid: number | string | bigint;
  /** Set by the watermark query: what the row is (clause-spans.ts), for a narrower location. */
  catalog?: string;
  name?: string | null;
  detail?: string | null;
}

export class OriginRecorder {
  private watermark = 0;
  private firstOid = 0;
  private readonly byOid = new Map<number, Location>();
  /** Names recorded from parse trees (grants, added columns), and the resolved catalog names. */
  private readonly byName = new Map<string, Location>();

  constructor(private readonly db: ShadowSession) {}

  /** Call once before the first statement: everything at or below this OID belongs to the stand-in. */
  async start(): Promise<void> {
    const { rows } = await this.db.query<OidRow>(HIGHEST_OID_SQL);
    this.watermark = this.firstOid = Number(rows[0]?.oid ?? 0);
  }

  /**
   * Credits every object created since the last call to the statement at `location`; with its `source`,
   * each object to the clause of the statement that made it when the parse tree says which.
   */
  async recordNewObjects(location: Location, source?: ClauseSource): Promise<void> {
    const { rows } = await this.db.query<OidRow>(NEW_OBJECTS_SQL, [this.watermark]);
    this.credit(rows, location, source);
  }

  /**
   * The watermark query as literal SQL, to send in the same round trip as the statement it follows
   * (each round trip into PGlite costs about as much as a small DDL statement).
   */
  newObjectsSql(): string {
    return NEW_OBJECTS_SQL.replaceAll('$1', String(this.watermark));
  }

  /** Credits the rows of `newObjectsSql()` to the statement at `location` (see `recordNewObjects`). */
  credit(rows: readonly OidRow[], location: Location, source?: ClauseSource): void {
    for (const row of rows) {
      const oid = Number(row.oid);
      if (!this.byOid.has(oid))
        this.byOid.set(oid, source ? clauseLocation(source, row, location) : location);
      if (oid > this.watermark) this.watermark = oid;
    }
  }

  /** Records an object the catalog cannot attribute (a grant, an added column) under its name. */
  recordName(kind: ObjectKind, name: string, location: Location): void {
    this.byName.set(key(kind, name), location);
  }

  /** Resolves recorded OIDs to the names the objects have at the end of the replay. */
  async finish(): Promise<void> {
    const { rows } = await this.db.query<{ names: string }>(NAMES_AS_JSON_SQL, [this.firstOid]);
    const names = JSON.parse(rows[0]?.names ?? '[]') as [oid: number, kind: ObjectKind, name: string][];
    for (const [oid, kind, name] of names) {
      const location = this.byOid.get(oid);
      if (location) this.byName.set(key(kind, name), location);
    }
  }

  /**
   * Where an object came from. Names: `schema.table`, `schema.index`, `schema.table.constraint`,
   * `schema.table.policy`, `schema.table.column`, `schema.table to role` (grants; `public` for PUBLIC),
   * `extension`. A column or grant without its own record falls back to its table's creation.
   */
  locate(kind: ObjectKind, name: string): Location | undefined {
    const exact = this.byName.get(key(kind, name));
    if (exact) return exact;
    if (kind === 'column') return this.locate('table', name.slice(0, name.lastIndexOf('.')));
    if (kind === 'grant') {
      const [table, role] = name.split(' to ');
      const schema = table.slice(0, table.indexOf('.'));
      return this.byName.get(key('grant', `${schema}.* to ${role}`)) ?? this.locate('table', table);
    }
    return undefined;
  }

  /** What has been recorded so far, as plain data (for a replay snapshot: snapshot.ts). Before `finish`. */
  snapshot(): OriginState {
    return {
      watermark: this.watermark,
      firstOid: this.firstOid,
      byOid: [...this.byOid],
      byName: [...this.byName],
    };
  }

  /**
   * The watermark query as a prepared statement (for the replay, replay.ts): planning its union cost three
   * times what running it does, and a prepared statement is planned once per session.
   */
  prepareNewObjectsSql(name: string): string {
    return `prepare ${name}(oid) as ${NEW_OBJECTS_SQL}`;
  }

  /** Runs the statement `prepareNewObjectsSql(name)` made, for the rows `credit` takes. */
  executeNewObjectsSql(name: string): string {
    return `execute ${name}(${this.watermark})`;
  }

  /** Takes the place of `start` when the replay goes on from a snapshot: as if its statements had run. */
  restore(state: OriginState): void {
    this.watermark = state.watermark;
    this.firstOid = state.firstOid;
    for (const [oid, location] of state.byOid) this.byOid.set(oid, location);
    for (const [name, location] of state.byName) this.byName.set(name, location);
  }
}

/** The recorder's state between files, as a snapshot keeps it. */
export interface OriginState {
  watermark: number;
  firstOid: number;
  byOid: [number, Location][];
  byName: [string, Location][];
}

/** The clause of the statement that made the row's object, else the whole statement. */
function clauseLocation(source: ClauseSource, row: OidRow, statement: Location): Location {
  const object = { catalog: row.catalog ?? '', name: row.name ?? undefined, detail: row.detail ?? undefined };
  const span = objectSpan(source, object);
  return span ? locationIn(source.file, span.start, span.end) : statement;
}

function key(kind: ObjectKind, name: string): string {
  // matviews and tables share one namespace in pg_class; index them under one key so either kind finds it
  const family = kind === 'matview' ? 'table' : kind;
  return `${family}:${name}`;
}
