#!/usr/bin/env node
// Health benchmark (issue 11's targets): on a throwaway PostgreSQL 15 cluster with pg_stat_statements
// preloaded, the benchmark's live schema (bench/schema.mjs: 1,000 tables, 2,000 foreign keys, 500
// partitions) plus 5,000 distinct statements in pg_stat_statements, measure (1) the live audit with every
// schema and health rule (`scribe-lint --db`, as lint() runs it) and (2) `scribe-lint baseline`. Each sample
// is a child process, so module loading counts. Prints medians; targets: both under 2 s.
//
// Usage: node bench/health.mjs [--runs N] [--json]

import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { liveSchemaSql } from './schema.mjs';
import { bundleEntry, median, runSample } from './bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const runs = Math.max(3, Number(args[args.indexOf('--runs') + 1]) || 5);
const TARGET_MS = 2000;

// The measured program: one lint (live audit, every rule) or one baseline, in its own process.
const ENTRY = `
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allRules } from '../rules/index.ts';
import { defaultConfig } from '../src/config.ts';
import { lint } from '../src/lint.ts';
import { takeBaseline } from '../src/baseline/index.ts';

const [mode, url] = process.argv.slice(2);
const now = new Date('2025-11-15T00:00:00Z');
const empty = mkdtempSync(path.join(tmpdir(), 'scribe-lint-bench-health-'));
const config = defaultConfig(empty);
const started = performance.now();
let findings = 0;
if (mode === 'audit') {
  const result = await lint({ cwd: empty, config, rules: allRules, paths: [], shadow: false, databaseUrl: url, now });
  findings = result.findings.length;
} else {
  const baseline = await takeBaseline({ databaseUrl: url, config, now });
  findings = baseline.database.slowestQueries.length ?? 0;
}
console.log(JSON.stringify({ totalMs: performance.now() - started, findings }));
`;

/** Bundles a TypeScript entry beside this file (its bare imports resolve from node_modules). */
/** 5 shapes × 1,000 tables: 5,000 distinct normalised statements, each run twice. */
function workloadSql() {
  const statements = [];
  for (let i = 0; i < 1000; i++) {
    const table = `public.t${i}`;
    statements.push(
      `select id from ${table} where id = 1`,
      `select count(*) from ${table}`,
      `select id from ${table} order by id desc limit 3`,
      `select id from ${table} where id in (1, 2)`,
      `update ${table} set id = id where id = -1`,
    );
  }
  return [...statements, ...statements].join(';\n');
}

async function withCluster(fn) {
  const cluster = await bundleEntry('cluster', `export { startCluster } from '../test/catalog/cluster.ts';`);
  const { startCluster } = await import(pathToFileURL(cluster).href);
  const server = await startCluster({
    shared_preload_libraries: "'pg_stat_statements'",
    'pg_stat_statements.max': '10000',
    max_connections: '50',
  });
  try {
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    await client.query('create extension pg_stat_statements');
    await client.query(liveSchemaSql());
    await client.query(workloadSql());
    const [{ statements }] = (
      await client.query('select count(*)::int as statements from pg_stat_statements')
    ).rows;
    await client.end();
    return await fn(server.adminUrl, statements);
  } finally {
    server.stop();
    rmSync(cluster, { force: true });
  }
}

function sample(bundled, mode, url) {
  return runSample(bundled, [mode, url], { cwd: root });
}

async function main() {
  const bundled = await bundleEntry('health', ENTRY);
  try {
    const report = await withCluster(async (url, statements) => {
      const audit = [];
      const baseline = [];
      sample(bundled, 'audit', url); // warm-up: page cache and statistics
      for (let run = 0; run < runs; run++) {
        audit.push(sample(bundled, 'audit', url));
        baseline.push(sample(bundled, 'baseline', url));
      }
      const summary = (samples) => ({
        medianMs: Math.round(median(samples.map((s) => s.totalMs))),
        samplesMs: samples.map((s) => Math.round(s.totalMs)),
      });
      return { statements, findings: audit[0].findings, audit: summary(audit), baseline: summary(baseline) };
    });
    if (args.includes('--json')) {
      console.log(JSON.stringify(report));
      return;
    }
    const verdict = (ms) =>
      ms < TARGET_MS ? `under the ${TARGET_MS} ms target` : `OVER the ${TARGET_MS} ms target`;
    console.log(`health: 1,500 relations, ${report.statements} statements in pg_stat_statements`);
    console.log(
      `  live audit, every schema and health rule: median ${report.audit.medianMs} ms, ${verdict(report.audit.medianMs)} ` +
        `(${report.findings} findings; samples ${report.audit.samplesMs.join(', ')})`,
    );
    console.log(
      `  baseline: median ${report.baseline.medianMs} ms, ${verdict(report.baseline.medianMs)} ` +
        `(samples ${report.baseline.samplesMs.join(', ')})`,
    );
  } finally {
    rmSync(bundled, { force: true });
  }
}

await main();
