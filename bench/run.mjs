// `npm run bench`: static lint speed of scribe-lint against squawk and against a bare libpg-query parse, on
// the same generated corpus, in one run, so the ratios compare like with like on whatever machine runs it.
//
// Every tool runs as a child process (start-up counted the same way for all three), timed with
// performance.now() around spawnSync, output discarded. One warm-up round checks that each tool works
// and fills the page cache; then N rounds alternate the tools, rotating who goes first, so drift in the
// machine's speed spreads over all of them. The table shows medians; bench/results.json keeps every sample.
//
//   npm run bench                       7 rounds after 1 warm-up
//   npm run bench -- --runs 3           fewer rounds (a quick look)
//   npm run bench -- --check            exit 1 when a target is missed
//   npm run bench -- --static-only      skip the schema and source/Redis sections
//   npm run bench -- --shape alter      only this corpus shape (repeatable; default: every shape)
//   npm run bench -- --cli /tmp/x/cli.js   measure another build (or set SCRIBE_LINT_BENCH_CLI)

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_ROOT, ensureCorpus, SHAPE_NAMES, shapeDir } from './corpus.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const DIST_CLI = path.join(ROOT, 'dist', 'cli.js');
const RESULTS = path.join(BENCH, 'results.json');
const require = createRequire(path.join(ROOT, 'package.json'));

/** The targets of the quality bar (docs/architecture.md): scribe-lint time divided by the other tool's time. */
const TARGETS = { vsSquawk: 1.0, vsBareParse: 1.5 };
/** Sections other engineers own; run when present, their output passed through. */
const EXTRA_SECTIONS = [
  { script: 'schema.mjs', title: 'shadow replay and live schema' },
  { script: 'replay.mjs', title: 'replay against psql, and the incremental cache' },
  { script: 'source-redis.mjs', title: 'source analysis and Redis scan' },
  { script: 'health.mjs', title: 'health audit and baseline' },
];

async function main() {
  const options = readOptions();
  if (options.cli === DIST_CLI) ensureBuilt();
  else if (!existsSync(options.cli)) fail(`--cli ${options.cli} does not exist`);
  else console.log(`measuring ${options.cli}`);

  const loadBefore = warnIfBusy();
  const shapes = {};
  for (const shape of options.shapes) {
    const { manifest, generated, reason } = await ensureCorpus({ shape });
    console.log(
      `\n== corpus ${shape}: ${manifest.files} files, ${manifest.statements} statements, ` +
        `${(manifest.bytes / 1e6).toFixed(1)} MB${generated ? ` (generated: ${reason})` : ''} ==`,
    );
    const shapeLoadBefore = loadNow();
    const tools = defineTools(shape, options.cli);
    const warmUp = checkTools(tools, manifest);
    const samples = measure(tools, options.runs);
    shapes[shape] = summarise(tools, samples, { warmUp, manifest, loadBefore: shapeLoadBefore });
    printTable(shapes[shape]);
  }
  const result = wholeRun(shapes, { loadBefore, runs: options.runs, cli: options.cli });
  printSummary(result);
  await writeResults(result);

  if (!options.staticOnly) runExtraSections();
  if (options.check && !result.targetsMet) process.exitCode = 1;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      check: { type: 'boolean', default: false },
      'static-only': { type: 'boolean', default: false },
      shape: { type: 'string', multiple: true },
      cli: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got ${values.runs}`);
  const shapes = values.shape ?? SHAPE_NAMES;
  const unknown = shapes.find((shape) => !SHAPE_NAMES.includes(shape));
  if (unknown) fail(`unknown --shape ${unknown} (known: ${SHAPE_NAMES.join(', ')})`);
  // Another build than dist/ (which the lead rebuilds for everyone): a private bundle of a working copy.
  const cli = path.resolve(values.cli ?? process.env.SCRIBE_LINT_BENCH_CLI ?? DIST_CLI);
  return { runs, check: values.check, staticOnly: values['static-only'], shapes, cli };
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** dist/ is committed and rebuilt by the lead; build it only when it is missing, warn when it looks old. */
function ensureBuilt() {
  if (!existsSync(DIST_CLI)) {
    console.log('dist/cli.js is missing: building it with `node build.mjs`');
    const build = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) fail('the build failed');
    return;
  }
  const builtAt = statSync(DIST_CLI).mtimeMs;
  const newer = ['src', 'rules'].flatMap((dir) => newerFiles(path.join(ROOT, dir), builtAt));
  if (newer.length > 0) {
    console.log(
      `note: ${newer.length} source file(s) are newer than dist/cli.js (e.g. ${path.relative(ROOT, newer[0])}); ` +
        'run `npm run build` to measure the current code',
    );
  }
}

function newerFiles(dir, than) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).mtimeMs > than);
}

/** Other work on the machine stretches wall times unevenly; say so, since the figures then mislead. */
function warnIfBusy() {
  const load = loadNow();
  const cores = os.cpus().length;
  console.log(`load average at the start: ${load.toFixed(2)} on ${cores} cores`);
  if (load > cores / 2) {
    console.log(
      'note: other processes compete for the CPU, so wall times are noisy (the cpu column is less ' +
        'affected); compare ratios of one run, not wall times across runs',
    );
  }
  return load;
}

/** The one-minute load average, rounded. */
function loadNow() {
  return Math.round(os.loadavg()[0] * 1000) / 1000;
}

// ---------------------------------------------------------------------------------------------------
// The three contenders.

/**
 * squawk-cli's npm package is a JS wrapper that spawns a platform binary; ask the wrapper where it is.
 * It is not a devDependency (its per-platform optional packages do not all resolve from every registry
 * mirror, which breaks `npm ci`), so the benchmark installs it on first use into bench/.tools/.
 */
const SQUAWK_VERSION = '2.66.0';
const TOOLS_DIR = path.join(ROOT, 'bench', '.tools');

function squawkRequire() {
  const local = createRequire(path.join(TOOLS_DIR, 'package.json'));
  try {
    local.resolve('squawk-cli/package.json');
  } catch {
    console.log(`installing squawk-cli@${SQUAWK_VERSION} into bench/.tools/ (first run only)`);
    mkdirSync(TOOLS_DIR, { recursive: true });
    const install = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        TOOLS_DIR,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `squawk-cli@${SQUAWK_VERSION}`,
      ],
      { stdio: 'inherit' },
    );
    if (install.status !== 0) fail('could not install squawk-cli');
  }
  return local;
}

function squawkBinary() {
  try {
    return squawkRequire()('squawk-cli/js/index.js').getBinaryPath();
  } catch (error) {
    fail(`cannot find the squawk binary: ${error.message}`);
  }
}

function defineTools(shape, cli) {
  const dir = shapeDir(shape);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => path.relative(CORPUS_ROOT, path.join(dir, name)));
  const corpus = path.relative(CORPUS_ROOT, dir);
  return [
    {
      id: 'scribe-lint',
      label: 'scribe-lint --no-shadow',
      command: process.execPath,
      args: (output) => [cli, '--no-shadow', '--format', 'json', '-o', output, corpus],
      okStatus: [0, 1],
    },
    {
      id: 'squawk',
      label: 'squawk (Rust binary)',
      command: squawkBinary(),
      args: () => ['--reporter', 'json', ...files],
      okStatus: [0, 1],
    },
    {
      id: 'bare-parse',
      label: 'bare libpg-query parse',
      command: process.execPath,
      args: () => [path.join(BENCH, 'bare-parse.mjs'), corpus],
      okStatus: [0],
    },
  ];
}

function run(tool, output, stdio) {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  // The tools run in the corpus folder: no scribe-lint.toml or .squawk.toml applies, and scribe-lint's
  // source rules find no app code there (from the repository root they would analyse scribe-lint's own src/).
  const child = spawnSync(tool.command, tool.args(output), {
    cwd: CORPUS_ROOT,
    stdio,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (child.error) fail(`${tool.label} could not run: ${child.error.message}`);
  if (!tool.okStatus.includes(child.status)) {
    const stderr = child.stderr ? child.stderr.toString().trim().split('\n').slice(-3).join(' | ') : '';
    fail(`${tool.label} exited ${child.status ?? child.signal}${stderr ? `: ${stderr}` : ''}`);
  }
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { ms, cpuMs, stdout: child.stdout?.toString() ?? '' };
}

/**
 * CPU time (user + system) of this process's finished children, from /proc on Linux; undefined elsewhere.
 * Wall time is what the targets are about, but on a busy machine CPU time shows whether a slow run was
 * slow work or a wait for a core. Resolution: one clock tick (10 ms).
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime; the slice above starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) * (1000 / CLOCK_TICKS_PER_SECOND);
  } catch {
    return undefined;
  }
}

/** sysconf(_SC_CLK_TCK): 100 on every Linux that Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The warm-up round: runs each tool once with its output kept, to check it did the whole job. */
function checkTools(tools, manifest) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'scribe-bench-'));
  // fail() exits the process, which skips `finally`: the exit hook removes the folder in that case too.
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  process.once('exit', removeScratch);
  try {
    const report = path.join(scratch, 'scribe-lint.json');
    const scribe = JSON.parse((run(tools[0], report, 'pipe'), readFileSync(report, 'utf8')));
    const squawk = JSON.parse(run(tools[1], '/dev/null', 'pipe').stdout);
    const bare = run(tools[2], '/dev/null', 'pipe').stdout.trim();
    const squawkSyntaxErrors = squawk.filter((violation) => violation.rule_name === 'syntax-error').length;
    if (squawkSyntaxErrors > 0) fail(`squawk could not parse ${squawkSyntaxErrors} statements of the corpus`);
    const parseErrors = scribe.findings.filter((finding) => finding.ruleId === 'parse-error').length;
    if (parseErrors > 0) fail(`scribe-lint reported ${parseErrors} parse errors on the corpus`);
    if (scribe.summary?.statements !== manifest.statements) {
      fail(
        `scribe-lint linted ${scribe.summary?.statements} statements, the corpus has ${manifest.statements}`,
      );
    }
    if (bare !== `${manifest.files} files, ${manifest.statements} statements`) {
      fail(
        `the bare parse saw "${bare}", the corpus has ${manifest.files} files / ${manifest.statements} statements`,
      );
    }
    return {
      'scribe-lint': {
        findings: scribe.findings.length,
        statements: scribe.summary?.statements,
        byRule: countBy(scribe.findings, (finding) => finding.ruleId),
      },
      squawk: { findings: squawk.length, byRule: countBy(squawk, (violation) => violation.rule_name) },
      'bare-parse': { output: bare },
    };
  } finally {
    removeScratch();
    process.off('exit', removeScratch);
  }
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** N rounds; round r starts with tool r mod 3, so no tool always runs right after the same other. */
function measure(tools, runs) {
  const samples = Object.fromEntries(tools.map((tool) => [tool.id, { wall: [], cpu: [] }]));
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(round + k) % tools.length];
      const { ms, cpuMs } = run(tool, '/dev/null', 'ignore');
      samples[tool.id].wall.push(ms);
      if (cpuMs !== undefined) samples[tool.id].cpu.push(cpuMs);
    }
    if (process.stdout.isTTY) process.stdout.write(`\rround ${round + 1}/${runs}`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  return samples;
}

// ---------------------------------------------------------------------------------------------------
// Results.

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round1 = (ms) => Math.round(ms * 10) / 10;
const round3 = (ratio) => Math.round(ratio * 1000) / 1000;

function statsOf(values) {
  if (values.length === 0) return undefined;
  return {
    median: round1(median(values)),
    min: round1(Math.min(...values)),
    max: round1(Math.max(...values)),
    samples: values.map(round1),
  };
}

function ratiosOf(samples, kind) {
  const scribe = median(samples['scribe-lint'][kind]);
  return {
    vsSquawk: round3(scribe / median(samples.squawk[kind])),
    vsBareParse: round3(scribe / median(samples['bare-parse'][kind])),
  };
}

function summarise(tools, samples, context) {
  const timings = Object.fromEntries(
    tools.map((tool) => [
      tool.id,
      {
        label: tool.label,
        wallMs: statsOf(samples[tool.id].wall),
        cpuMs: statsOf(samples[tool.id].cpu),
        warmUp: context.warmUp[tool.id],
      },
    ]),
  );
  const ratios = ratiosOf(samples, 'wall');
  const met = {
    vsSquawk: ratios.vsSquawk <= TARGETS.vsSquawk,
    vsBareParse: ratios.vsBareParse <= TARGETS.vsBareParse,
  };
  const hasCpu = samples['scribe-lint'].cpu.length > 0;
  return {
    corpus: {
      shape: context.manifest.shape,
      files: context.manifest.files,
      statements: context.manifest.statements,
      bytes: context.manifest.bytes,
    },
    loadAverageBefore: context.loadBefore,
    loadAverageAfter: loadNow(),
    runs: samples['scribe-lint'].wall.length,
    timings,
    ratios,
    cpuRatios: hasCpu ? ratiosOf(samples, 'cpu') : undefined,
    met,
    targetsMet: met.vsSquawk && met.vsBareParse,
  };
}

/** The whole run: the machine, its load at the start and the end, and every shape's result. */
function wholeRun(shapes, { loadBefore, runs, cli }) {
  return {
    measuredAt: new Date().toISOString(),
    machine: { ...machineFacts(), loadAverageBefore: loadBefore, loadAverageAfter: loadNow() },
    cli: path.relative(ROOT, cli).startsWith('..') ? cli : path.relative(ROOT, cli),
    runs,
    targets: TARGETS,
    targetsMet: Object.values(shapes).every((shape) => shape.targetsMet),
    shapes,
  };
}

function machineFacts() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    versions: {
      'scribe-lint': packageVersion(path.join(ROOT, 'package.json')),
      'squawk-cli': packageVersion(squawkRequire().resolve('squawk-cli/package.json')),
      'libpg-query': packageVersion(require.resolve('libpg-query/package.json')),
    },
  };
}

function packageVersion(file) {
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

function printTable(result) {
  const ms = (value) => (value === undefined ? '-' : `${value.toFixed(0)} ms`);
  const rows = Object.values(result.timings).map((timing) => [
    timing.label,
    ms(timing.wallMs.median),
    ms(timing.wallMs.min),
    ms(timing.wallMs.max),
    ms(timing.cpuMs?.median),
  ]);
  const header = ['tool', 'median', 'min', 'max', 'cpu (median)'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const { shape, files, statements } = result.corpus;
  console.log(
    `\nstatic lint, corpus ${shape}, ${files} files / ${statements} statements, wall time over ${result.runs} runs ` +
      `(load ${result.loadAverageBefore.toFixed(2)} -> ${result.loadAverageAfter.toFixed(2)}):`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  printRatio('scribe-lint / squawk    ', result, 'vsSquawk');
  printRatio('scribe-lint / bare parse', result, 'vsBareParse');
}

function printRatio(title, result, key) {
  const verdict = result.met[key] ? 'met' : 'MISSED';
  const cpu = result.cpuRatios ? `; cpu time ratio ${result.cpuRatios[key].toFixed(2)}` : '';
  console.log(
    `${title} = ${result.ratios[key].toFixed(2)}  (target <= ${TARGETS[key].toFixed(2)}: ${verdict}${cpu})`,
  );
}

/** One line per shape with both ratios, and the load at the start and the end of the whole run. */
function printSummary(result) {
  const { loadAverageBefore, loadAverageAfter, cpus } = result.machine;
  console.log(
    `\nsummary (${result.runs} runs per tool and shape; load average ${loadAverageBefore.toFixed(2)} at the start, ` +
      `${loadAverageAfter.toFixed(2)} at the end, ${cpus} cores):`,
  );
  const cell = (shape, key) => {
    const cpu = shape.cpuRatios ? ` (cpu ${shape.cpuRatios[key].toFixed(2)})` : '';
    return `${shape.ratios[key].toFixed(2)}${cpu} ${shape.met[key] ? 'met' : 'MISSED'}`;
  };
  const rows = Object.entries(result.shapes).map(([name, shape]) => [
    name,
    cell(shape, 'vsSquawk'),
    cell(shape, 'vsBareParse'),
  ]);
  const header = [
    'shape',
    `scribe-lint / squawk (<= ${TARGETS.vsSquawk.toFixed(2)})`,
    `scribe-lint / bare parse (<= ${TARGETS.vsBareParse.toFixed(2)})`,
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((text, i) => text.padEnd(widths[i])).join('  '));
  console.log(result.targetsMet ? 'every target met' : 'a target was MISSED');
}

/** Written formatted as prettier would, so `prettier --check .` stays green after a bench run. */
async function writeResults(result) {
  let text = `${JSON.stringify(result, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(RESULTS)) ?? {};
    text = await prettier.format(text, { ...config, filepath: RESULTS });
  } catch {
    // prettier is a dev dependency; without it the plain JSON is still correct.
  }
  writeFileSync(RESULTS, text);
  console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
}

function runExtraSections() {
  for (const section of EXTRA_SECTIONS) {
    const script = path.join(BENCH, section.script);
    console.log(`\n== ${section.title} (bench/${section.script}) ==`);
    if (!existsSync(script)) {
      console.log(`bench/${section.script} is not there yet`);
      continue;
    }
    const child = spawnSync(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' });
    if (child.status !== 0) {
      console.log(`bench/${section.script} exited ${child.status ?? child.signal}`);
      process.exitCode ||= 1;
    }
  }
}

await main();
