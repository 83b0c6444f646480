// The engine's special rules are picked by what their metadata says, not by their ids: the rule that runs on
// an incomplete shadow (replay-error), the one that reports stale suppressions (unused-suppression), and the
// ones that report a provider's faults (replay-error, phi-cache). Each test uses other ids to prove it.

import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { defaultConfig } from '../src/config.ts';
import { runLint } from '../src/engine.ts';
import { lint } from '../src/lint.ts';
import type { Providers, SchemaSource } from '../src/providers.ts';
import type { Rule, RuleMeta } from '../src/types.ts';
import { writeProject } from './helpers/examples.ts';

const project = writeProject([
  {
    path: 'supabase/migrations/20250101000000_a.sql',
    text: '-- scribe-lint-disable-next-line parse-error -- it parses\nselect 1;\n',
  },
]);
afterAll(() => project.remove());

const NOW = new Date('2025-06-01T00:00:00Z');
const meta = (id: string, extra: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  description: 'test rule',
  defaultSeverity: 'error',
  sources: ['schema'],
  ...extra,
});
const reportsOnSchema = (ruleMeta: RuleMeta): Rule => ({
  meta: ruleMeta,
  checkSchema: async ({ report }) => report({ message: `${ruleMeta.id} ran` }),
});
const shown = (finding: { ruleId: string; message: string }) => `${finding.ruleId}: ${finding.message}`;

describe('rule metadata the engine acts on', () => {
  it('runsOnIncompleteShadow: only such a rule runs on a shadow that stopped early', async () => {
    const incompleteShadow: SchemaSource = {
      mode: 'shadow',
      connection: { query: async () => [] },
      locate: () => undefined,
      replay: {
        filesReplayed: 0,
        statementsReplayed: 0,
        errors: [],
        startMs: 0,
        warmStart: false,
        incomplete: true,
      },
    };
    const result = await runLint({
      files: [],
      config: defaultConfig(project.root),
      // The id replay-error alone no longer makes a rule run there.
      rules: [
        reportsOnSchema(meta('stop-reporter', { runsOnIncompleteShadow: true })),
        reportsOnSchema(meta('replay-error')),
      ],
      now: NOW,
      schema: incompleteShadow,
    });
    expect(result.findings.map(shown)).toEqual(['stop-reporter: stop-reporter ran']);
    expect(result.rulesNotRun).toEqual([
      { ruleId: 'replay-error', reason: 'the shadow replay stopped early' },
    ]);
  });

  it('reportsSuppressions: such a rule reports a suppression that suppressed nothing', async () => {
    const parseError = allRules.find((rule) => rule.meta.id === 'parse-error')!;
    const stale: Rule = {
      meta: meta('stale-comments', {
        sources: ['statement'],
        defaultSeverity: 'warning',
        reportsSuppressions: true,
      }),
    };
    const result = await lint({
      cwd: project.root,
      config: defaultConfig(project.root),
      rules: [parseError, stale],
      paths: [],
      shadow: false,
      now: NOW,
    });
    expect(result.findings.map((finding) => `${finding.severity} ${shown(finding)}`)).toEqual([
      'warning stale-comments: suppression of `parse-error` suppressed nothing',
    ]);
  });

  it('reportsFaultsOf: such a rule reports the fault of the shadow or the source analysis it names', async () => {
    const providers: Providers = {
      openShadow: async () => {
        throw new TypeError('shadow broke');
      },
      analyzeSources: async () => {
        throw new TypeError('analysis broke');
      },
    };
    const shadowFaults = reportsOnSchema(meta('shadow-faults', { reportsFaultsOf: ['shadow'] }));
    const sourceFaults: Rule = {
      meta: meta('source-faults', { sources: ['source'], reportsFaultsOf: ['source'] }),
      checkSource: () => {},
    };
    const result = await lint(
      {
        cwd: project.root,
        config: defaultConfig(project.root),
        rules: [reportsOnSchema(meta('schema-check')), shadowFaults, sourceFaults],
        paths: [],
        shadow: true,
        now: NOW,
      },
      providers,
    );
    expect(result.findings.map(shown).sort()).toEqual([
      'shadow-faults: the shadow replay failed unexpectedly: shadow broke; not checked: schema-check, shadow-faults',
      'source-faults: the source analysis failed unexpectedly: analysis broke; not checked: source-faults',
    ]);
  });
});
