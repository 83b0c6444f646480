// The health rules' edges on given statistics, through the engine (the live reader is exercised on a real
// workload in health.test.ts): thresholds are strict, the size floor applies, text from the server is made
// one safe line, and every "could not read" is an info finding naming the grant.

import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig, type Config } from '../../src/config.ts';
import { runLint } from '../../src/engine.ts';
import type { HealthFacts, StatementStat, TableStat } from '../../src/health/facts.ts';
import { formatSize, parseSize } from '../../src/health/size.ts';
import { EXAMPLE_NOW } from '../helpers/examples.ts';
import { lineOf } from './workload.ts';

async function lines(given: Partial<HealthFacts>, configure?: (config: Config) => void): Promise<string[]> {
  const config = defaultConfig();
  configure?.(config);
  const result = await runLint({
    files: [],
    config,
    rules: allRules,
    now: EXAMPLE_NOW,
    health: { unreadable: [], ...given },
  });
  return result.findings.map(lineOf);
}

function statement(query: string, meanMs: number, stddevMs = 0, auditTables: string[] = []): StatementStat {
  return { queryid: '1', query, calls: 100, meanMs, stddevMs, totalMs: meanMs * 100, auditTables };
}

function table(name: string, figures: Partial<TableStat>): TableStat {
  return {
    table: name,
    sizeBytes: 2 * 1024 * 1024,
    liveTuples: 1000,
    deadTuples: 0,
    seqScan: 0,
    seqTupRead: 0,
    idxScan: 0,
    idxTupFetch: 0,
    inserts: 1000,
    updates: 0,
    deletes: 0,
    autovacuumOptions: [],
    ...figures,
  };
}

describe('slow-query and audit-query-time', () => {
  it('judges the estimate, not the mean: a spread statement is slow at a fast mean', async () => {
    // 100 + 1.645 × 40 = 165.8 ms
    expect(await lines({ statements: { rows: [statement('select 1', 100, 40)], hiddenSlow: 0 } })).toEqual([
      'pg_stat_statements:1 warning slow-query `select 1` has an estimated p95 of 166 ms, above the 150 ms target (estimated as mean + 1.645 × standard deviation; 100 calls, mean 100 ms, total 10 s)',
    ]);
  });

  it('is silent at exactly the target, and follows [health] p95_ms', async () => {
    const rows = [statement('select 1', 150)];
    expect(await lines({ statements: { rows, hiddenSlow: 0 } })).toEqual([]);
    expect(
      await lines({ statements: { rows, hiddenSlow: 0 } }, (config) => (config.health.p95Ms = 100)),
    ).toHaveLength(1);
  });

  it('writes server text as one cut line, without control characters or backticks', async () => {
    const query = `select \`x\`,\n\t\u001b[31m  y from public.${'t'.repeat(100)}`;
    const [line] = await lines({ statements: { rows: [statement(query, 200)], hiddenSlow: 0 } });
    const shownText = /slow-query `([^`]*)` has/.exec(line)?.[1] ?? '';
    expect(shownText.startsWith("select 'x', [31m y from public.ttt")).toBe(true);
    expect(shownText.endsWith('t…')).toBe(true);
    expect(shownText).toHaveLength(80);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reports an audit statement against the audit target, and a slow one under both rules', async () => {
    const rows = [statement('select * from audit_logs', 160, 0, ['audit_logs'])];
    expect((await lines({ statements: { rows, hiddenSlow: 0 } })).map((line) => line.split(' ')[2])).toEqual([
      'audit-query-time',
      'slow-query',
    ]);
  });
});

describe('connection-headroom', () => {
  it('is silent at exactly the target share', async () => {
    // 7 of 10 usable slots: 70 %
    expect(await lines({ connections: { clientBackends: 7, maxConnections: 13, reserved: 3 } })).toEqual([]);
  });
});

describe('table rules', () => {
  it('leave tables at or under the size floor alone, and follow [health] size_floor', async () => {
    const bloated = table('public.t', { sizeBytes: 1024 * 1024, deadTuples: 1000, updates: 1000 });
    expect(await lines({ tables: [bloated] })).toEqual([]);
    const found = await lines({ tables: [bloated] }, (config) => (config.health.sizeFloorBytes = 1000));
    expect(found.map((line) => line.split(' ')[2])).toEqual(['autovacuum-tuning', 'table-bloat']);
  });

  it('seq-scan-hotspot: not when most rows come through indexes', async () => {
    const scanned = table('public.t', { seqScan: 5000, seqTupRead: 1000, idxScan: 900, idxTupFetch: 5000 });
    expect(await lines({ tables: [scanned] })).toEqual([]);
  });

  it('autovacuum-tuning: a listed high-write table is judged whatever its size; a tuned one never', async () => {
    const small = table('app.queue', { sizeBytes: 8192 });
    const tuned = table('public.jobs', {
      updates: 50_000,
      autovacuumOptions: ['autovacuum_vacuum_scale_factor=0.01'],
    });
    const found = await lines(
      { tables: [small, tuned] },
      (config) => (config.health.highWriteTables = ['queue']),
    );
    expect(found).toEqual([
      "app.queue info autovacuum-tuning `app.queue` (8 kB, 0 updates and deletes against 1,000 live rows) is a high-write table and runs on the server's default autovacuum thresholds: set autovacuum_vacuum_scale_factor and autovacuum_vacuum_threshold for it",
    ]);
  });
});

describe('cache-hit-rate', () => {
  it('notes a database buffer cache under 99 % as info, once enough blocks were read', async () => {
    expect(await lines({ database: { name: 'postgres', blocksHit: 9000, blocksRead: 1000 } })).toEqual([
      'postgres info cache-hit-rate the buffer cache hit ratio of database `postgres` is 90.0 % (9,000 hits, 1,000 reads), below 99 %: the working set may not fit in shared_buffers',
    ]);
    expect(await lines({ database: { name: 'postgres', blocksHit: 900, blocksRead: 100 } })).toEqual([]);
  });

  it('says a Redis with no lookups yet could not be verified', async () => {
    expect(await lines({ redis: { keyspaceHits: 0, keyspaceMisses: 0 } })).toEqual([
      'redis info cache-hit-rate could not verify the Redis cache hit rate: no lookups since the server started (target: at least 80 %)',
    ]);
  });
});

describe('sizes', () => {
  it('reads PostgreSQL units (1024-based) and bytes, and rejects anything else', () => {
    expect(parseSize('1MB')).toBe(1048576);
    expect(parseSize('512 kB')).toBe(524288);
    expect(parseSize('2GB')).toBe(2 * 1024 ** 3);
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('1 MiB')).toBeUndefined();
    expect(parseSize('-1MB')).toBeUndefined();
    expect(formatSize(5660672)).toBe('5.4 MB');
    expect(formatSize(8192)).toBe('8 kB');
  });
});
