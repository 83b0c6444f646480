#!/usr/bin/env node
// Source and Redis benchmark for the PHI cache guard: (1) the TypeScript source analysis over a generated
// app of 2,000 files (components, services with Supabase queries and Redis writes, utilities, types, edge
// functions), target under 5 s; (2) the live Redis audit of 1,000,000 keys on a throwaway redis-server on
// a free port, target under 10 s. Every sample is a fresh process, so loading the TypeScript compiler and
// ioredis is counted. Prints medians (and every sample with --json).
//
// Node 20 cannot import the TypeScript sources, so the measured code is bundled with esbuild into a
// temporary module beside this file (so its bare imports resolve from the project's node_modules).
//
// Usage: node bench/source-redis.mjs [--runs N] [--skip-source] [--skip-redis] [--json]

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { bundleEntry, median, runSample } from './bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const json = args.includes('--json');

const SOURCE_FILES = 2000;
const SOURCE_TARGET_MS = 5000;
const REDIS_KEYS = 1_000_000;
const REDIS_TARGET_MS = 10_000;

const ENTRY = `
import { defaultConfig } from '../src/config.ts';
import { analyzeSourceFiles } from '../src/source/index.ts';
import { scanRedisKeyspace } from '../src/redis/scan.ts';

const [mode, target] = process.argv.slice(2);
const started = performance.now();
if (mode === 'source') {
  const config = defaultConfig(target);
  const writes = (await analyzeSourceFiles({ baseDir: target, cwd: target, phi: config.phi })) ?? [];
  console.log(JSON.stringify({
    totalMs: performance.now() - started,
    writes: writes.filter((w) => !w.unchecked).length,
    unchecked: writes.filter((w) => w.unchecked).length,
    phiValues: writes.filter((w) => w.valueFromTables.length > 0).length,
  }));
} else {
  const scan = await scanRedisKeyspace(target);
  console.log(JSON.stringify({
    totalMs: performance.now() - started,
    scannedKeys: scan.scannedKeys,
    complete: scan.complete,
    groups: scan.groups.length,
    withoutTtl: scan.groups.reduce((sum, g) => sum + g.keysWithoutTtl, 0),
  }));
}
`;

function sample(bundlePath, mode, target) {
  return runSample(bundlePath, [mode, target]);
}

// ---------------------------------------------------------------------------------------------------
// A deterministic generated app (seeded PRNG, no clock).

function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TABLES = [
  'programs',
  'clients',
  'user_roles',
  'messages',
  'structured_notes',
  'conversations',
  'part2_consents',
  'audit_logs',
];

function service(index, pick) {
  const table = pick(TABLES);
  const singular = table.replace(/s$/, '');
  const lines = [
    "import { Redis } from 'ioredis';",
    "import { supabase } from '@/integrations/supabase/client';",
    "import { logger } from '@/lib/logger';",
    '',
    'const redis = new Redis(process.env.REDIS_URL!);',
    `const PREFIX = '${singular}:';`,
    '',
  ];
  for (let fn = 0; fn < 12; fn++) {
    const expiry = pick(["'EX', 3600", "'PX', 60000", '']);
    lines.push(
      `export async function get${singular}${index}_${fn}(id: string, options: { fresh?: boolean } = {}) {`,
      '  const cached = options.fresh ? null : await redis.get(PREFIX + id);',
      '  if (cached) return JSON.parse(cached) as Record<string, unknown>;',
      `  const { data, error } = await supabase.from('${table}').select('*').eq('id', id).maybeSingle();`,
      `  if (error) { logger.error('load failed', { table: '${table}', id, error }); throw error; }`,
      '  const rows = Array.isArray(data) ? data : [data];',
      '  for (const row of rows) {',
      '    if (!row) continue;',
      `    await redis.set(\`\${PREFIX}\${id}:\${String(row.id)}\`, JSON.stringify(row)${expiry ? `, ${expiry}` : ''});`,
      '  }',
      '  return data;',
      '}',
      '',
    );
  }
  return lines.join('\n');
}

function component(index, pick) {
  const lines = [
    "import { useEffect, useMemo, useState } from 'react';",
    "import { Button } from '@/components/ui/button';",
    "import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';",
    '',
    `interface Props${index} { title: string; items: Array<{ id: string; label: string; count: number }>; onSelect?: (id: string) => void; }`,
    '',
    `export function Panel${index}({ title, items, onSelect }: Props${index}) {`,
    "  const [query, setQuery] = useState('');",
    '  const [selected, setSelected] = useState<string | null>(null);',
    '  const visible = useMemo(() => items.filter((item) => item.label.toLowerCase().includes(query.toLowerCase())), [items, query]);',
    '  useEffect(() => { if (selected) onSelect?.(selected); }, [selected, onSelect]);',
    '  return (',
    '    <Card className="w-full">',
    '      <CardHeader><CardTitle>{title}</CardTitle></CardHeader>',
    '      <CardContent>',
    '        <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search" />',
    '        <ul>',
  ];
  for (let row = 0; row < 25; row++) {
    lines.push(
      `          {visible.slice(${row}, ${row + 1}).map((item) => (<li key={item.id} className="${pick(['py-1', 'py-2', 'px-2'])}"><Button variant="ghost" onClick={() => setSelected(item.id)}>{item.label} ({item.count})</Button></li>))}`,
    );
  }
  lines.push('        </ul>', '      </CardContent>', '    </Card>', '  );', '}', '');
  return lines.join('\n');
}

function utility(index) {
  const lines = [`// Helpers batch ${index}.`, ''];
  for (let fn = 0; fn < 20; fn++) {
    lines.push(
      `export function format${index}_${fn}(value: number | string | null, locale = 'en-US'): string {`,
      "  if (value === null) return '—';",
      "  const number = typeof value === 'number' ? value : Number.parseFloat(value);",
      '  if (Number.isNaN(number)) return String(value);',
      '  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(number);',
      '}',
      '',
    );
  }
  return lines.join('\n');
}

function types(index) {
  const lines = [];
  for (let type = 0; type < 15; type++) {
    lines.push(
      `export interface Record${index}_${type} {`,
      '  id: string;',
      '  created_at: string;',
      '  updated_at: string | null;',
      '  program_id: string;',
      '  metadata: Record<string, unknown>;',
      `  status: 'draft' | 'active' | 'archived';`,
      '}',
      '',
    );
  }
  return lines.join('\n');
}

function edgeFunction(index, pick) {
  const table = pick(TABLES);
  return [
    "import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';",
    "import { Redis } from 'https://esm.sh/@upstash/redis@1.34.0';",
    '',
    "const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);",
    'const redis = Redis.fromEnv();',
    '',
    'Deno.serve(async (req) => {',
    '  const { id } = await req.json();',
    `  const { data } = await supabase.from('${table}').select('*').eq('id', id).single();`,
    `  await redis.set(\`fn${index}:\${id}\`, data, { ex: 300 });`,
    "  return new Response(JSON.stringify({ ok: true }), { headers: { 'Content-Type': 'application/json' } });",
    '});',
    '',
  ].join('\n');
}

function writeSourceProject() {
  const root = mkdtempSync(path.join(tmpdir(), 'scribe-lint-bench-source-'));
  const random = createRandom(0x5eed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let bytes = 0;
  for (let index = 0; index < SOURCE_FILES; index++) {
    const kind = index % 10;
    let file;
    let text;
    if (kind < 4) [file, text] = [`src/components/panel-${index}.tsx`, component(index, pick)];
    else if (kind < 6) [file, text] = [`src/services/service-${index}.ts`, service(index, pick)];
    else if (kind < 8) [file, text] = [`src/lib/format-${index}.ts`, utility(index)];
    else if (kind < 9) [file, text] = [`src/types/records-${index}.ts`, types(index)];
    else [file, text] = [`supabase/functions/fn-${index}/index.ts`, edgeFunction(index, pick)];
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
    bytes += Buffer.byteLength(text);
  }
  return { root, bytes };
}

// ---------------------------------------------------------------------------------------------------
// A throwaway redis-server with a million keys.

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'scribe-lint-bench-redis-'));
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--enable-debug-command',
      'local',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    let output = '';
    child.on('error', (error) => reject(new Error(`cannot start redis-server: ${error.message}`)));
    child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
  });
  const stop = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `redis://127.0.0.1:${port}`, port, stop };
}

/** 1,000,000 keys in the shapes of the app's cache: mostly programs and clients, some PHI, some with TTLs. */
async function fillRedis(port) {
  const client = new Redis(port, '127.0.0.1');
  try {
    await client.call('DEBUG', 'POPULATE', 600_000, 'program');
    await client.call('DEBUG', 'POPULATE', 250_000, 'client');
    await client.call('DEBUG', 'POPULATE', 100_000, 'message');
    await client.call('DEBUG', 'POPULATE', 40_000, 'user_role');
    // 10,000 keys with a TTL, so both TTL outcomes are exercised.
    const pipeline = client.pipeline();
    for (let i = 0; i < 10_000; i++) pipeline.set(`session:${i}`, 'x', 'EX', 3600);
    await pipeline.exec();
    return Number(await client.dbsize());
  } finally {
    client.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const bundlePath = await bundleEntry('source-redis', ENTRY);
  const report = {};
  try {
    if (!args.includes('--skip-source')) report.source = await benchSource(bundlePath);
    if (!args.includes('--skip-redis')) report.redis = await benchRedis(bundlePath);
  } finally {
    rmSync(bundlePath, { force: true });
  }
  if (json) console.log(JSON.stringify(report));
  const missed = Object.values(report).some((section) => !section.met);
  if (missed) process.exitCode = 1;
}

async function benchSource(bundlePath) {
  const { root, bytes } = writeSourceProject();
  try {
    const samples = [];
    for (let run = 0; run < runs; run++) samples.push(sample(bundlePath, 'source', root));
    const ms = median(samples.map((s) => s.totalMs));
    const met = ms < SOURCE_TARGET_MS;
    console.log(
      `source analysis: ${SOURCE_FILES} files (${(bytes / 1e6).toFixed(1)} MB), ${samples[0].writes} cache writes ` +
        `(${samples[0].phiValues} with PHI values); median ${ms.toFixed(0)} ms over ${runs} runs ` +
        `[${samples.map((s) => s.totalMs.toFixed(0)).join(', ')}]; target < ${SOURCE_TARGET_MS} ms: ${met ? 'met' : 'MISSED'}`,
    );
    return { files: SOURCE_FILES, bytes, medianMs: ms, samples, met };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function benchRedis(bundlePath) {
  const server = await startRedis();
  try {
    const keys = await fillRedis(server.port);
    const samples = [];
    for (let run = 0; run < runs; run++) samples.push(sample(bundlePath, 'redis', server.url));
    const ms = median(samples.map((s) => s.totalMs));
    const met = ms < REDIS_TARGET_MS && samples.every((s) => s.complete && s.scannedKeys >= REDIS_KEYS);
    console.log(
      `redis scan: ${keys} keys, ${samples[0].groups} prefixes, TTL asked for every key; median ${ms.toFixed(0)} ms ` +
        `over ${runs} runs [${samples.map((s) => s.totalMs.toFixed(0)).join(', ')}]; ` +
        `target < ${REDIS_TARGET_MS} ms: ${met ? 'met' : 'MISSED'}`,
    );
    return { keys, medianMs: ms, samples, met };
  } finally {
    server.stop();
  }
}

await main();
