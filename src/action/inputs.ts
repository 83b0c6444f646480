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
  /** `supabase-project`: the project ref whose platform settings the Management API is asked for. */
  supabaseProject?: string;
  /** `supabase-token`: the Management API token, masked in the log before anything else is read. */
  supabaseToken?: string;
  config?: string;
  failOn?: FailOn;
  /** Replay the migrations into the embedded database (ignored with a database URL). */
  shadow: boolean;
  comment: boolean;
  /** Keep the shadow cache folder between workflow runs in the Actions cache (src/action/cache.ts). */
  cache: boolean;
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
  for (const [name, secret] of Object.entries({ 'database-url': databaseUrl, 'redis-url': redisUrl })) {
    if (secret) maskInLog(name, secret);
  }
  if (githubToken) maskInLog('github-token', githubToken);
  const supabaseToken = optional('supabase-token')?.trim();
  if (supabaseToken) maskInLog('supabase-token', supabaseToken);
  const supabaseProject = optional('supabase-project')?.trim();
  if (supabaseProject !== undefined && !/^[A-Za-z0-9_-]+$/.test(supabaseProject))
    throw new UsageError('input supabase-project must be a project ref like abcdefghijklmnopqrst');
  if (supabaseProject && !supabaseToken)
    throw new UsageError(
      'input supabase-project needs input supabase-token (a read-only personal access token)',
    );
  return {
    paths: core
      .getMultilineInput('path')
      .flatMap((line) => line.split(/\s+/))
      .filter((entry) => entry !== ''),
    databaseUrl,
    redisUrl,
    supabaseProject,
    supabaseToken,
    config: optional('config'),
    failOn: failOnInput(),
    shadow: booleanInput('shadow', true),
    comment: booleanInput('comment', true),
    cache: booleanInput('cache', true),
    githubToken,
    sarifFile: optional('sarif-file'),
    now: clock(env.SCRIBE_LINT_NOW),
  };
}

/**
 * A runner masks a registered secret wherever it occurs in the log, inside words too, so a short one would
 * garble every line and show, by the pattern of stars, which characters it holds (password `a`:
 * "p***ssword ***uthentic***tion"). Parts shorter than this are not registered; scribe-lint's own messages
 * never print them (src/catalog/secrets.ts masks them where they stand whole), and a warning asks for a
 * longer password.
 */
export const MIN_LOG_MASK_LENGTH = 4;

function maskInLog(input: string, value: string): void {
  const parts = secretParts(value);
  for (const part of parts.filter((each) => each.length >= MIN_LOG_MASK_LENGTH)) core.setSecret(part);
  if (parts.some((part) => part.length < MIN_LOG_MASK_LENGTH)) {
    core.warning(
      `the password in input ${input} is too short to mask in the log without giving it away ` +
        `(under ${MIN_LOG_MASK_LENGTH} characters); scribe-lint does not print it, but use a long random password`,
    );
  }
}

/**
 * The strings to mask for one secret: the whole value, and the password inside a connection URL in both its
 * encoded and decoded forms, since a driver's error message may quote either. Short ones included: callers
 * decide how to mask them (see MIN_LOG_MASK_LENGTH).
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
  return [...parts].filter((part) => part !== '');
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
