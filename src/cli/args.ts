// Command-line arguments (docs/architecture.md, "The interfaces"). Parsed with node's own util.parseArgs; every mistake is a
// UsageError naming the flag, so the user sees one line and exit code 2.

import { parseArgs } from 'node:util';
import { FAIL_ON_VALUES } from '../config.ts';
import { UsageError } from '../errors.ts';
import { FORMATS, type Format } from '../report/index.ts';
import type { FailOn } from '../types.ts';

export type Command = 'lint' | 'fix' | 'init' | 'rules' | 'baseline' | 'help' | 'version';

export interface CliArgs {
  command: Command;
  paths: string[];
  db?: string;
  redis?: string;
  /** `--supabase-project <ref>`: the project whose platform settings the Management API is asked for. */
  supabaseProject?: string;
  shadow: boolean;
  /** False with `--no-cache`: the shadow neither reads nor writes its cache folder. */
  cache: boolean;
  since?: string;
  /** `--show-existing`: findings outside the change in full, not collapsed to a count per rule. */
  showExisting: boolean;
  format: Format;
  output?: string;
  config?: string;
  failOn?: FailOn;
  now?: Date;
  debug: boolean;
  force: boolean;
  /** `fix --dry-run`: print the diff, write nothing. */
  dryRun: boolean;
}

const OPTIONS = {
  db: { type: 'string' },
  redis: { type: 'string' },
  'supabase-project': { type: 'string' },
  'no-shadow': { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  since: { type: 'string' },
  'show-existing': { type: 'boolean', default: false },
  format: { type: 'string', short: 'f', default: 'pretty' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  now: { type: 'string' },
  debug: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see \`scribe-lint --help\`)`);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const command: Command = values.help
    ? 'help'
    : values.version
      ? 'version'
      : first === 'init' || first === 'rules' || first === 'baseline' || first === 'fix'
        ? first
        : 'lint';
  const paths = command === 'lint' ? positionals : rest;
  if (command === 'lint' || command === 'fix') checkThreads(env.SCRIBE_LINT_THREADS);
  if (command !== 'lint' && command !== 'fix' && paths.length > 0)
    throw new UsageError(`\`scribe-lint ${command}\` takes no paths`);
  if (values['dry-run'] && command !== 'fix')
    throw new UsageError('--dry-run goes with `scribe-lint fix` (see `scribe-lint --help`)');
  return {
    command,
    paths,
    db: nonEmpty('--db', values.db),
    redis: nonEmpty('--redis', values.redis),
    supabaseProject: projectRef(values['supabase-project']),
    shadow: !values['no-shadow'],
    cache: !values['no-cache'] && env.SCRIBE_LINT_NO_CACHE !== '1',
    since: nonEmpty('--since', values.since),
    showExisting: values['show-existing'],
    format: oneOf('--format', values.format, FORMATS),
    output: nonEmpty('--output', values.output),
    config: nonEmpty('--config', values.config),
    failOn:
      values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON_VALUES),
    now: parseNow(values.now ?? env.SCRIBE_LINT_NOW, values.now !== undefined ? '--now' : 'SCRIBE_LINT_NOW'),
    debug: values.debug,
    force: values.force,
    dryRun: values['dry-run'],
  };
}

/**
 * `SCRIBE_LINT_THREADS` must be a whole number of at least 1. The pool reads it itself (it starts before
 * the arguments are parsed); checking it here turns a typo into a usage error instead of a silent default.
 */
function checkThreads(value: string | undefined): void {
  if (value !== undefined && !/^[1-9][0-9]*$/.test(value.trim()))
    throw new UsageError(`SCRIBE_LINT_THREADS must be a whole number of at least 1; got "${value}"`);
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

/** A project ref goes into the API's URL path: letters, digits, `-` and `_` only. */
function projectRef(value: string | undefined): string | undefined {
  const ref = nonEmpty('--supabase-project', value)?.trim();
  if (ref !== undefined && !/^[A-Za-z0-9_-]+$/.test(ref))
    throw new UsageError(`--supabase-project must be a project ref like abcdefghijklmnopqrst; got "${ref}"`);
  return ref;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}

/** `2026-01-15` and `2026-01-15T08:30:00Z`, with seconds, fraction and offset optional. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A date (`2026-01-15`, read as UTC midnight) or an ISO timestamp. Strict: JavaScript's Date rolls
 * `2026-02-30` over to 2 March and reads many other strings somehow, and an empty value is a mistake, not
 * "use the clock": a date rule judged on the wrong day passes or fails for the wrong reason.
 */
export function parseNow(value: string | undefined, source: string): Date | undefined {
  if (value === undefined) return undefined;
  const invalid = () => new UsageError(`${source} must be a date like 2026-01-15; got "${value}"`);
  const match = ISO_DATE.exec(value);
  if (!match) throw invalid();
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const sameDay =
    utc.getUTCFullYear() === Number(year) &&
    utc.getUTCMonth() === Number(month) - 1 &&
    utc.getUTCDate() === Number(day);
  if (!sameDay || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) throw invalid();
  // Without an offset, a timestamp is UTC, as a bare date is (JavaScript would take the local zone).
  const date = new Date(match[4] === undefined ? `${value}T00:00:00Z` : match[7] ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) throw invalid();
  return date;
}

export const HELP = `scribe-lint: enforce the SPEC-2 database policy on a Supabase/PostgreSQL app

Usage:
  scribe-lint [paths...] [options]   lint migration files or folders (default: the config's
                                     \`migrations\`, else supabase/migrations)
  scribe-lint fix [--dry-run] [--since <git-ref>] [files...]
                                     apply the findings' fixes: edits to the migrations changed
                                     since <git-ref> or named, SQL as new migration files;
                                     --dry-run prints the diff and writes nothing
  scribe-lint init [--force]         write a commented scribe-lint.toml with the spec defaults
  scribe-lint rules                  list the rules with their severity and description
  scribe-lint baseline --db <url> [--redis <url>] [-f pretty|markdown|json]
                                     SPEC-2's performance baseline and success metrics, measured
                                     read-only on the live database (and Redis INFO)

Options:
  --db <url>              check a live database, read-only (DATABASE_URL is not read implicitly)
  --redis <url>           audit a live Redis keyspace (SCAN, TYPE, TTL only)
  --supabase-project <ref>
                          read the project's platform settings from the Supabase Management API
                          (GET only; token in SUPABASE_ACCESS_TOKEN, SUPABASE_API_URL overrides the URL)
  --no-shadow             skip the embedded replay of the migrations
  --no-cache              replay the whole history, without reading or writing the shadow's cache
                          (also SCRIBE_LINT_NO_CACHE=1; the folder: SCRIBE_LINT_CACHE_DIR, else the
                          XDG cache folder)
  --since <git-ref>       only findings in files changed since <git-ref> can fail the run; they
                          are listed first, the others as a count per rule
  --show-existing         with --since, list the findings outside the change in full too
  -f, --format <name>     pretty | json | sarif | github | markdown (default pretty)
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default: the nearest scribe-lint.toml, up to the repo root)
  --fail-on <severity>    error | warning | info | never (default from config, else error)
  --now <date>            the clock for date rules (also SCRIBE_LINT_NOW)
  --debug                 print stack traces of internal errors
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 clean, 1 findings at or above fail-on, 2 usage, config, file or connection error.
`;
