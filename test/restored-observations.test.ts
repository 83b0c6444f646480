// The rules judged on observed locks check the files a replay snapshot restored while the shadow replays
// the rest (src/lint.ts checkRestoredFiles): what they report is what the replay's own observations say.

import { afterEach, describe, expect, it } from 'vitest';
import lockTimeout from '../rules/lock-timeout.ts';
import { defaultConfig } from '../src/config.ts';
import { lint } from '../src/lint.ts';
import type { Opened, Providers, RestoredObservations, SchemaSource } from '../src/providers.ts';
import type { MigrationFile, Statement, StatementObservation } from '../src/types.ts';
import { writeProject } from './helpers/examples.ts';

const projects: { remove(): void }[] = [];
afterEach(() => projects.splice(0).forEach((created) => created.remove()));

const HISTORY = [
  { path: 'supabase/migrations/20250101000000_a.sql', text: 'create table public.a (id int primary key);\n' },
  { path: 'supabase/migrations/20250102000000_b.sql', text: 'alter table public.a add column b int;\n' },
  { path: 'supabase/migrations/20250103000000_c.sql', text: 'alter table public.a add column c int;\n' },
];

const exclusive = (): StatementObservation => ({
  locks: [{ relation: 'public.a', mode: 'AccessExclusiveLock' }],
  rewritten: [],
});

/** The last statement of the file named `name`. */
function statementOf(files: readonly MigrationFile[], name: string): Statement {
  return files.find((file) => file.displayPath.endsWith(name))!.statements.at(-1)!;
}

/**
 * A shadow whose snapshot restored the first two files: it tells lint.ts their observations, then ends its
 * "replay" once a rule has read one of them (or after 5 s), with the observations `finalFor` gives.
 */
function shadowProvider(
  finalFor: (
    files: readonly MigrationFile[],
    restored: Map<Statement, StatementObservation>,
  ) => Map<Statement, StatementObservation>,
  seen: { readBeforeReplayEnded: boolean },
): Providers {
  return {
    openShadow: async (files, _options, restored): Promise<Opened<SchemaSource>> => {
      const snapshot = new Map([[statementOf(files, '_b.sql'), exclusive()]]);
      let read: () => void = () => {};
      const firstRead = new Promise<boolean>((resolve) => (read = () => resolve(true)));
      const observations: RestoredObservations = {
        appliedFiles: 2,
        observed: (statement) => {
          read();
          return snapshot.get(statement);
        },
      };
      restored?.(observations);
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000));
      seen.readBeforeReplayEnded = await Promise.race([firstRead, timeout]);
      const final = finalFor(files, snapshot);
      return {
        value: {
          mode: 'shadow',
          connection: { query: async () => [] },
          locate: () => undefined,
          replay: { filesReplayed: 3, statementsReplayed: 3, errors: [], startMs: 0, warmStart: true },
          observed: (statement) => final.get(statement),
        },
        close: async () => {},
      };
    },
  };
}

async function lintWith(providers: Providers) {
  const project = writeProject(HISTORY);
  projects.push(project);
  const result = await lint(
    {
      cwd: project.root,
      config: defaultConfig(project.root),
      rules: [lockTimeout],
      paths: [],
      shadow: true,
      now: new Date('2025-06-01T00:00:00Z'),
    },
    providers,
  );
  return result.findings.map(
    (finding) => `${finding.location?.file}:${finding.location?.line} ${finding.ruleId}`,
  );
}

describe('the files a snapshot restored', () => {
  it('are checked on their restored observations before the replay ends, as a full replay would report', async () => {
    const seen = { readBeforeReplayEnded: false };
    const findings = await lintWith(
      shadowProvider(
        (files, restored) => new Map([...restored, [statementOf(files, '_c.sql'), exclusive()]]),
        seen,
      ),
    );
    expect(seen.readBeforeReplayEnded).toBe(true);
    expect(findings).toEqual([
      'supabase/migrations/20250102000000_b.sql:1 lock-timeout',
      'supabase/migrations/20250103000000_c.sql:1 lock-timeout',
    ]);
  });

  it('are checked again when the replay ended with other observations (its snapshot did not load)', async () => {
    const seen = { readBeforeReplayEnded: false };
    const findings = await lintWith(
      shadowProvider(
        (files) =>
          new Map([
            [statementOf(files, '_b.sql'), { locks: [], rewritten: [] }],
            [statementOf(files, '_c.sql'), exclusive()],
          ]),
        seen,
      ),
    );
    expect(seen.readBeforeReplayEnded).toBe(true);
    expect(findings).toEqual(['supabase/migrations/20250103000000_c.sql:1 lock-timeout']);
  });
});
