// Test projects for the source analysis: inline files, or a fixture tree from test/fixtures/source whose
// files carry a `.txt` suffix (so the repo's own type-check and formatter leave them alone) that is
// dropped when the tree is copied into a temporary project.

import { cpSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.ts';
import { defaultConfig, type Config } from '../../src/config.ts';
import { lint } from '../../src/lint.ts';
import { analyzeSourceFiles } from '../../src/source/index.ts';
import type { CacheWrite } from '../../src/source/facts.ts';
import type { Finding } from '../../src/types.ts';
import { EXAMPLE_NOW, pageLine, writeProject, type ExampleFile } from '../helpers/examples.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/source');

export interface TestProject {
  root: string;
  remove(): void;
}

export function inlineProject(files: Record<string, string>): TestProject {
  const list: ExampleFile[] = Object.entries(files).map(([file, text]) => ({ path: file, text }));
  return writeProject(list);
}

export function fixtureProject(name: string): TestProject {
  const project = writeProject([]);
  cpSync(path.join(fixtures, name), project.root, { recursive: true });
  dropTxtSuffix(project.root);
  return project;
}

function dropTxtSuffix(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) dropTxtSuffix(full);
    else if (entry.name.endsWith('.txt')) renameSync(full, full.slice(0, -'.txt'.length));
  }
}

export async function writesOf(
  project: TestProject,
  config: Config = defaultConfig(project.root),
): Promise<CacheWrite[]> {
  return (await analyzeSourceFiles({ baseDir: project.root, cwd: project.root, phi: config.phi })) ?? [];
}

/** Lints a project with every rule, no shadow database, and optionally a live Redis. */
export async function lintProject(
  project: TestProject,
  options: { redisUrl?: string; config?: Config } = {},
): Promise<Finding[]> {
  const result = await lint({
    cwd: project.root,
    config: options.config ?? defaultConfig(project.root),
    rules: allRules,
    paths: [],
    shadow: false,
    redisUrl: options.redisUrl,
    now: EXAMPLE_NOW,
  });
  return result.findings;
}

/** `file:line:column rule message`, or `object rule message` for live findings. */
export function findingsOf(findings: readonly Finding[], ruleId: string): string[] {
  return findings.filter((finding) => finding.ruleId === ruleId).map(pageLine);
}

/** `file:line:column method` of each write, for compact assertions on the facts. */
export function placeOf(write: CacheWrite): string {
  return `${write.location.file}:${write.location.line}:${write.location.column}`;
}
