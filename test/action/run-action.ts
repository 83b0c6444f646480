// Running the bundled Action the way a runner does: from a folder holding only action.yml and dist/ (no
// node_modules anywhere above it), with the GITHUB_* and INPUT_* environment a runner sets, and the output
// and summary files it provides. The process is spawned asynchronously so the in-process API stand-in
// keeps answering while the Action runs.

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILT_DIST } from '../helpers/cli.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The defaults action.yml declares, as the runner passes them when a workflow sets nothing. */
const INPUT_DEFAULTS: Record<string, string> = {
  path: '',
  'database-url': '',
  'redis-url': '',
  config: '',
  'fail-on': '',
  shadow: 'true',
  comment: 'true',
  'sarif-file': '',
};

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The SARIF file named by the `sarif-file` output, read before the runner folder is removed. */
  sarif: string;
  /** Everything the run wrote that a person or a later step could read. */
  everything: string;
}

export interface RunOptions {
  actionDir: string;
  workspace: string;
  apiUrl: string;
  token: string;
  event: 'pull_request' | 'schedule';
  pull?: { number: number; changedFiles: number };
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The event file's text instead of the payload `event` and `pull` describe; null: no file at all. */
  eventText?: string | null;
}

/** Copies action.yml and this run's build (as dist/) into a new empty folder; returns the folder. */
export function installAction(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'scribe-action-'));
  cpSync(path.join(REPO_ROOT, 'action.yml'), path.join(folder, 'action.yml'));
  cpSync(BUILT_DIST, path.join(folder, 'dist'), { recursive: true });
  return folder;
}

/** The entry file action.yml names under `runs.main`. */
export function actionEntry(actionDir: string): string {
  const metadata = readFileSync(path.join(actionDir, 'action.yml'), 'utf8');
  const main = metadata.match(/^\s+main:\s*(\S+)\s*$/m)?.[1];
  if (!main) throw new Error('action.yml has no runs.main');
  return path.join(actionDir, main);
}

/** A throwaway app repository with the given files. */
export function makeWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'scribe-app-'));
  for (const [name, text] of Object.entries(files)) writeFile(root, name, text);
  return root;
}

export function writeFile(root: string, name: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), text);
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'scribe-runner-'));
  try {
    const files = {
      event: path.join(runnerDir, 'event.json'),
      output: path.join(runnerDir, 'output'),
      summary: path.join(runnerDir, 'summary.md'),
      temp: path.join(runnerDir, 'temp'),
    };
    mkdirSync(files.temp);
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    if (options.eventText !== null)
      writeFileSync(files.event, options.eventText ?? JSON.stringify(eventPayload(options)));
    const inputs = { ...INPUT_DEFAULTS, 'github-token': options.token, ...options.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? runnerDir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: 'acme/clinic',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '4242',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: files.temp,
      SCRIBE_LINT_NOW: '2026-01-15',
      ...options.env,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const { status, stdout, stderr } = await spawnNode(
      actionEntry(options.actionDir),
      options.workspace,
      env,
    );
    const summary = readFileSync(files.summary, 'utf8');
    const outputText = readFileSync(files.output, 'utf8');
    const sarifPath = parseOutputs(outputText)['sarif-file'];
    const sarif = sarifPath && existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : '';
    return {
      status,
      stdout,
      stderr,
      summary,
      outputs: parseOutputs(outputText),
      sarif,
      everything: [stdout, stderr, summary, outputText, sarif].join('\n'),
    };
  } finally {
    rmSync(runnerDir, { recursive: true, force: true });
  }
}

function eventPayload(options: RunOptions): object {
  if (options.event !== 'pull_request' || !options.pull) return { repository: { name: 'clinic' } };
  return {
    action: 'synchronize',
    number: options.pull.number,
    pull_request: {
      number: options.pull.number,
      changed_files: options.pull.changedFiles,
      head: { sha: 'b'.repeat(40), ref: 'feature' },
      base: { sha: 'c'.repeat(40), ref: 'main' },
    },
    repository: { name: 'clinic', owner: { login: 'acme' } },
  };
}

/** The runner's output file format: `name<<DELIMITER`, the value lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

function spawnNode(
  entry: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
