// The Action's inputs (action.yml), read the way the runner passes them: env `INPUT_<NAME>` with the name
// upper-cased and dashes kept. Secrets are masked before anything else can print them, and no error message
// ever repeats an input's value: a mistyped `fail-on` could be a pasted password.

import * as core from '@actions/core';
import { FAIL_ON_VALUES } from '../config.ts';
import { UsageError } from '../errors.ts';
import type { FailOn } from '../types.ts';

export interface ActionInputs {
  /** Migration files or folders, relative to the workspace; empty means the config's `migrations`. */
  paths: string[];
  databaseUrl?: string;
  redisUrl?: string;
  config?: string;
  failOn?: FailOn;
  /** Replay the migrations into the embedded database (ignored with a database URL). */
  shadow: boolean;
  comment: boolean;
  githubToken?: string;
  /** Where to write SARIF; undefined means the default under the runner's temp folder. */
  sarifFile?: string;
  now: Date;
}

/** Reads and validates every input. Call first: it masks the secrets before anything is logged. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const databaseUrl = optional('database-url');
  const redisUrl = optional('redis-url');
  const githubToken = optional('github-token');
  for (const secret of [databaseUrl, redisUrl, githubToken]) {
    if (secret) secretParts(secret).forEach((part) => core.setSecret(part));
  }
  return {
    paths: core
      .getMultilineInput('path')
      .flatMap((line) => line.split(/\s+/))
      .filter((entry) => entry !== ''),
    databaseUrl,
    redisUrl,
    config: optional('config'),
    failOn: failOnInput(),
    shadow: booleanInput('shadow', true),
    comment: booleanInput('comment', true),
    githubToken,
    sarifFile: optional('sarif-file'),
    now: clock(env.SCRIBE_LINT_NOW),
  };
}

/**
 * The strings to mask for one secret: the whole value, and the password inside a connection URL in both its
 * encoded and decoded forms, since a driver's error message may quote either.
 */
export function secretParts(value: string): string[] {
  const parts = new Set([value.trim()]);
  try {
    const password = new URL(value.trim()).password;
    if (password) {
      parts.add(password);
      parts.add(decodeURIComponent(password));
    }
  } catch {
    // Not a URL: a keyword/value connection string, whose password we pick out below.
  }
  for (const match of value.matchAll(/password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/gi)) {
    parts.add(match[1].replace(/^'|'$/g, ''));
  }
  return [...parts].filter((part) => part.length >= 3);
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

function failOnInput(): FailOn | undefined {
  const value = optional('fail-on');
  if (value === undefined) return undefined;
  if (!(FAIL_ON_VALUES as readonly string[]).includes(value)) {
    throw new UsageError(`input fail-on must be one of ${FAIL_ON_VALUES.join(', ')}`);
  }
  return value as FailOn;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = optional(name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`input ${name} must be true or false`);
}

/** `SCRIBE_LINT_NOW`: a date (read as UTC midnight) or a full ISO timestamp, as in the CLI. */
function clock(value: string | undefined): Date {
  if (value === undefined || value === '') return new Date();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`SCRIBE_LINT_NOW must be a date like 2026-01-15; got "${value}"`);
  return date;
}
