// Where scribe-lint's static lint spends its time: runs `node --cpu-prof dist/cli.js --no-shadow` on the
// benchmark corpus and sums each thread's samples by function (self time) and by source module (the
// bundle's lines mapped back to src/, rules/ or node_modules/), so a slow run can be traced before anyone
// guesses.
//
//   node bench/profile.mjs              profile the corpus, print the top 25 functions and the top modules
//   node bench/profile.mjs --top 40     more rows
//   node bench/profile.mjs --keep       keep the .cpuprofile files (open them in Chrome DevTools)
//   node bench/profile.mjs --bare       profile bench/bare-parse.mjs instead, to compare against the floor
//   node bench/profile.mjs --shape alter    another corpus shape (bench/corpus.mjs; default static)
//   node bench/profile.mjs --cli /tmp/x/cli.js   another build (or set SCRIBE_LINT_BENCH_CLI)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_ROOT, ensureCorpus, shapeDir } from './corpus.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);

const { values } = parseArgs({
  options: {
    top: { type: 'string', default: '25' },
    keep: { type: 'boolean', default: false },
    bare: { type: 'boolean', default: false },
    shape: { type: 'string', default: 'static' },
    cli: { type: 'string' },
  },
});
// Run where bench/run.mjs runs it: in the corpus folder, with no config and no app sources around.
const corpus = path.relative(CORPUS_ROOT, shapeDir(values.shape));
const cli = path.resolve(
  values.cli ?? process.env.SCRIBE_LINT_BENCH_CLI ?? path.join(ROOT, 'dist', 'cli.js'),
);
const target = values.bare
  ? [path.join(BENCH, 'bare-parse.mjs'), corpus]
  : [cli, '--no-shadow', '--format', 'json', '-o', '/dev/null', corpus];

const markerCache = new Map();

await main();

async function main() {
  await ensureCorpus({ shape: values.shape });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scribe-profile-'));
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', ...target],
    { cwd: CORPUS_ROOT, stdio: ['ignore', values.bare ? 'ignore' : 'inherit', 'inherit'] },
  );
  const wallMs = performance.now() - started;
  if (child.status !== 0 && child.status !== 1) {
    console.error(`profile: ${path.basename(target[0])} exited ${child.status ?? child.signal}`);
    process.exit(2);
  }
  // Node writes one profile per thread (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile): the main thread
  // and, when scribe-lint lints in parallel, each worker. Each is summarised on its own.
  console.log(`wall ${wallMs.toFixed(0)} ms (whole process)\n`);
  const profiles = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort((a, b) => threadOf(a) - threadOf(b));
  for (const name of profiles) {
    const thread = threadOf(name);
    console.log(`=== ${thread === 0 ? 'main thread' : `worker thread ${thread}`} ===`);
    summarise(JSON.parse(readFileSync(path.join(dir, name), 'utf8')), Number(values.top));
  }
  if (values.keep) console.log(`profiles kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });

  function threadOf(name) {
    return Number(name.split('.').at(-3));
  }
}

/** Self time per node from the sample stream: each sample charges its time delta to the sampled node. */
function selfTimes(profile) {
  const byNode = new Map();
  profile.samples.forEach((nodeId, i) => {
    byNode.set(nodeId, (byNode.get(nodeId) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return byNode;
}

function summarise(profile, top) {
  const self = selfTimes(profile);
  const byFunction = new Map();
  const byModule = new Map();
  for (const node of profile.nodes) {
    const micros = self.get(node.id) ?? 0;
    if (micros === 0) continue;
    const frame = node.callFrame;
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '(native)';
    const name = `${frame.functionName || '(anonymous)'}  ${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const moduleKey = frame.url ? moduleOf(frame.url, frame.lineNumber) : frame.functionName || '(native)';
    byModule.set(moduleKey, (byModule.get(moduleKey) ?? 0) + micros);
  }
  const profiled = (profile.endTime - profile.startTime) / 1000;
  console.log(`profiled ${profiled.toFixed(0)} ms of this thread\n`);
  printRanking('self time by function', byFunction, profiled, top);
  printRanking('self time by source module', byModule, profiled, 15);
  printRanking(
    'total time by function (self + callees; each function once per stack)',
    totalTimes(profile, self),
    profiled,
    top,
  );
}

/**
 * Time spent in each function or in what it called: every sample is charged to each distinct function on
 * its stack, once, so recursion does not count twice. Self times alone hide a slow caller whose cost sits
 * in builtins it calls (JSON.parse, Buffer#toString) and in the garbage they leave.
 */
function totalTimes(profile, self) {
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  for (const [nodeId, micros] of self) {
    if (micros === 0) continue;
    const seen = new Set();
    for (let id = nodeId; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id).callFrame;
      if (!frame.url) continue;
      const name = `${frame.functionName || '(anonymous)'}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + micros);
    }
  }
  return totals;
}

/**
 * The source module a bundled line came from: esbuild heads each module in a bundle with a `// <path>`
 * comment, so the nearest such comment above the line names it. Other files are named by their path.
 */
function moduleOf(url, lineNumber) {
  const file = shortUrl(url);
  const markers = bundleMarkers(url);
  if (!markers) return file;
  let found = file;
  for (const marker of markers) {
    if (marker.line > lineNumber) break;
    found = marker.module;
  }
  return found;
}

function bundleMarkers(url) {
  // The bundles are the CLI's own folder's .js files (dist/, or the private build given by --cli).
  if (!url.startsWith('file://') || path.dirname(fileURLToPath(url)) !== path.dirname(cli)) return undefined;
  if (!markerCache.has(url)) {
    const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    const markers = [];
    lines.forEach((text, line) => {
      const match = /^\/\/ ((?:src|rules|node_modules)\/\S+)$/.exec(text);
      if (match) markers.push({ line, module: match[1] });
    });
    markerCache.set(url, markers);
  }
  return markerCache.get(url);
}

function shortUrl(url) {
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  return file.startsWith(ROOT) ? path.relative(ROOT, file) : file;
}

function printRanking(title, totals, profiledMs, top) {
  console.log(`${title}:`);
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, micros] of rows) {
    const ms = micros / 1000;
    const share = ((ms / profiledMs) * 100).toFixed(1);
    console.log(`${ms.toFixed(0).padStart(7)} ms ${share.padStart(5)}%  ${name}`);
  }
  console.log('');
}
