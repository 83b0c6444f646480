// Per-table counters for table-bloat, seq-scan-hotspot and autovacuum-tuning, in one read of
// pg_stat_user_tables: the app's tables only (docs/rules.md, "Never reported on").
//
// pg_relation_size takes ACCESS SHARE on the table, so it would queue behind a migration's ALTER TABLE (and
// lose every table's figures to one lock timeout). A table another session holds or waits for ACCESS
// EXCLUSIVE on is measured from pg_class.relpages instead, the planner's figure from its last VACUUM or
// ANALYZE, which needs no lock, and the read says so.

import { appSchema, notExtensionMember } from '../catalog/schemas.ts';
import type { CatalogConnection } from '../types.ts';
import type { TableStat, Unreadable } from './facts.ts';
import { readGuarded } from './read.ts';

interface Row {
  table: string;
  size: number;
  live: number;
  dead: number;
  seq_scan: number;
  seq_tup_read: number;
  idx_scan: number;
  idx_tup_fetch: number;
  ins: number;
  upd: number;
  del: number;
  options: string[];
  locked: boolean;
}

const TABLES_SQL = `
select n.nspname || '.' || c.relname as "table",
       case when x.relation is not null then c.relpages::float8 * current_setting('block_size')::int
            else pg_relation_size(c.oid)::float8 end as size,
       x.relation is not null as locked,
       s.n_live_tup::float8 as live, s.n_dead_tup::float8 as dead,
       coalesce(s.seq_scan, 0)::float8 as seq_scan, coalesce(s.seq_tup_read, 0)::float8 as seq_tup_read,
       coalesce(s.idx_scan, 0)::float8 as idx_scan, coalesce(s.idx_tup_fetch, 0)::float8 as idx_tup_fetch,
       s.n_tup_ins::float8 as ins, s.n_tup_upd::float8 as upd, s.n_tup_del::float8 as del,
       array(select o from unnest(coalesce(c.reloptions, '{}')) o where o like 'autovacuum%') as options
  from pg_stat_user_tables s
  join pg_class c on c.oid = s.relid
  join pg_namespace n on n.oid = c.relnamespace
 left join (select distinct k.relation from pg_locks k
             where k.locktype = 'relation' and k.mode = 'AccessExclusiveLock' and k.pid <> pg_backend_pid()
               and k.database = (select oid from pg_database where datname = current_database())
           ) x on x.relation = c.oid
 where c.relkind in ('r', 'm') and ${appSchema('n')} and ${notExtensionMember('c.oid')}
 order by 1`;

export async function readTables(
  db: CatalogConnection,
  role: string,
  unreadable: Unreadable[],
): Promise<TableStat[] | undefined> {
  const rows = await readGuarded(
    db,
    'tables',
    'table statistics',
    unreadable,
    () => db.query<Row>(TABLES_SQL),
    role,
  );
  const locked = rows?.filter((row) => row.locked).map((row) => `\`${row.table}\``) ?? [];
  if (locked.length > 0) {
    unreadable.push({
      statistic: 'tables',
      what: `the exact size of ${locked.join(', ')}: another session holds or awaits ACCESS EXCLUSIVE on it, so the planner's estimate from the last VACUUM or ANALYZE stands in`,
      fix: 'run the audit again once that session (a migration?) is done',
    });
  }
  return rows?.map((row) => ({
    table: row.table,
    sizeBytes: Number(row.size),
    liveTuples: Number(row.live),
    deadTuples: Number(row.dead),
    seqScan: Number(row.seq_scan),
    seqTupRead: Number(row.seq_tup_read),
    idxScan: Number(row.idx_scan),
    idxTupFetch: Number(row.idx_tup_fetch),
    inserts: Number(row.ins),
    updates: Number(row.upd),
    deletes: Number(row.del),
    autovacuumOptions: row.options,
  }));
}
