// A fault in one provider costs that provider's findings and adds one error finding naming what was not
// checked; the other providers' findings are still reported (src/provider-faults.ts).

import { afterEach, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../../src/config.ts';
import { UsageError } from '../../src/errors.ts';
import { lint } from '../../src/lint.ts';
import type { LintOptions, Providers, SchemaSource } from '../../src/providers.ts';
import { writeProject } from '../helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

function options(extra: Partial<LintOptions> = {}): LintOptions {
  const created = writeProject([
    { path: 'supabase/migrations/20250101000000_a.sql', text: 'create index i on public.t (id);\n' },
  ]);
  projects.push(created);
  return {
    cwd: created.root,
    config: defaultConfig(created.root),
    rules: allRules,
    paths: [],
    shadow: true,
    now: new Date('2025-06-01T00:00:00Z'),
    ...extra,
  };
}

/** A schema whose every catalog query fails the way a dying connection does. */
const brokenSchema: SchemaSource = {
  mode: 'live',
  connection: {
    query: async () => {
      throw new Error('Connection terminated unexpectedly');
    },
  },
  locate: () => undefined,
};

const shown = (finding: { ruleId: string; severity: string; message: string }) =>
  `${finding.severity} ${finding.ruleId} ${finding.message}`;

describe('provider faults', () => {
  it('a shadow that fails unexpectedly is one replay-error; statement findings stay', async () => {
    const providers: Providers = {
      openShadow: async () => {
        throw new TypeError('(list ?? []).at is not a function');
      },
    };
    const result = await lint(options(), providers);
    expect(result.findings.map(shown)).toEqual([
      expect.stringMatching(/^error concurrent-index /),
      expect.stringMatching(
        /^error replay-error the shadow replay failed unexpectedly: \(list \?\? \[\]\)\.at is not a function; not checked: fk-index, rls-enabled, .*replay-error$/,
      ),
    ]);
    expect(result.failed).toBe(true);
  });

  it('source analysis and the Redis scan failing: one phi-cache error each, the schema findings stay', async () => {
    const providers: Providers = {
      openShadow: async () => ({
        value: { ...brokenSchema, mode: 'shadow', connection: { query: async () => [] } },
        close: async () => {},
      }),
      analyzeSources: async () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      scanRedis: async () => {
        throw new Error('unexpected reply');
      },
    };
    const result = await lint(options({ redisUrl: 'redis://127.0.0.1:1' }), providers);
    const faults = result.findings.filter((finding) => finding.ruleId === 'phi-cache').map(shown);
    expect(faults).toEqual([
      'error phi-cache the source analysis failed unexpectedly: Maximum call stack size exceeded; not checked: phi-cache, cache-ttl',
      'error phi-cache the Redis scan failed unexpectedly: unexpected reply; not checked: phi-cache, cache-ttl',
    ]);
    expect(result.findings.some((finding) => finding.ruleId === 'concurrent-index')).toBe(true);
    expect(result.failed).toBe(true);
  });

  it('a live database whose queries fault mid-run: one error under the rule that was checking', async () => {
    const providers: Providers = { openLive: async () => ({ value: brokenSchema, close: async () => {} }) };
    const result = await lint(options({ databaseUrl: 'postgres://x@127.0.0.1:1/x' }), providers);
    const schemaFaults = result.findings.filter((finding) => !finding.location).map(shown);
    expect(schemaFaults).toHaveLength(1);
    expect(schemaFaults[0]).toMatch(
      /^error fk-index fk-index could not run: Connection terminated unexpectedly; not checked: fk-index, rls-enabled, /,
    );
    expect(result.rulesNotRun?.map((entry) => entry.ruleId)).toContain('rls-enabled');
    expect(result.failed).toBe(true);
  });

  it('with --since, a fault fails the run even though it is in no changed file', async () => {
    const providers: Providers = {
      openShadow: async () => {
        throw new Error('worker vanished');
      },
    };
    const result = await lint(options({ changedFiles: new Set(['other.sql']) }), providers);
    expect(result.findings.filter((finding) => finding.isNew).map((finding) => finding.ruleId)).toEqual([
      'replay-error',
    ]);
    expect(result.failed).toBe(true);
  });

  it('the user can lower the fault on purpose', async () => {
    const opts = options();
    opts.config.rules['replay-error'] = 'warning';
    const providers: Providers = {
      openShadow: async () => {
        throw new Error('worker vanished');
      },
    };
    const result = await lint(opts, providers);
    expect(result.findings.find((finding) => finding.ruleId === 'replay-error')?.severity).toBe('warning');
  });

  it('a usage error (a connection the user gave that fails) still ends the run', async () => {
    const providers: Providers = {
      openLive: async () => {
        throw new UsageError('cannot connect to the database: ECONNREFUSED');
      },
    };
    await expect(lint(options({ databaseUrl: 'postgres://x@127.0.0.1:1/x' }), providers)).rejects.toThrow(
      UsageError,
    );
  });
});

describe('an incomplete replay under --since', () => {
  it('fails the run although it stopped in a file the change did not touch', async () => {
    const opts = options({ changedFiles: new Set(['supabase/migrations/20250102000000_new.sql']) });
    const result = await lint(opts, {
      openShadow: async () => ({
        value: {
          mode: 'shadow',
          connection: { query: async () => [] },
          locate: () => undefined,
          replay: {
            filesReplayed: 0,
            statementsReplayed: 0,
            startMs: 0,
            warmStart: true,
            incomplete: true,
            errors: [
              {
                location: {
                  file: 'supabase/migrations/20250101000000_a.sql',
                  line: 1,
                  column: 1,
                  endLine: 1,
                  endColumn: 32,
                },
                message: 'the shadow replay did not finish within its overall limit of 1 s: it reached …',
                endsReplay: true,
              },
            ],
          },
        },
        close: async () => {},
      }),
    });
    const stop = result.findings.find((finding) => finding.ruleId === 'replay-error');
    expect(stop).toMatchObject({ severity: 'error', isNew: true });
    expect(result.failed).toBe(true);
  });
});
