// The engine's handling of what rules report: severities from the config, and a rule's request to lower one.

import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config.ts';
import { runLint } from '../src/engine.ts';
import type { Rule, Severity } from '../src/types.ts';

/** A rule that reports one finding per requested severity from its Redis check (no files needed). */
function ruleAsking(asked: (Severity | undefined)[]): Rule {
  return {
    meta: { id: 'asks', description: 'test rule', defaultSeverity: 'warning', sources: ['redis'] },
    checkRedis: ({ report }) => asked.forEach((severity, i) => report({ message: `m${i}`, severity })),
  };
}

async function severities(asked: (Severity | undefined)[], configured?: Severity | 'off') {
  const config = defaultConfig('/nowhere');
  if (configured) config.rules.asks = configured;
  const result = await runLint({
    files: [],
    config,
    rules: [ruleAsking(asked)],
    now: new Date(),
    redis: { groups: [], scannedKeys: 0, complete: true },
  });
  return result.findings.map((finding) => `${finding.message}:${finding.severity}`);
}

describe('finding severities', () => {
  it('uses the configured severity unless the rule asks for a lower one', async () => {
    expect(await severities([undefined, 'info', 'error'])).toEqual(['m0:warning', 'm1:info', 'm2:warning']);
  });

  it('never raises a finding above the config, and drops everything of a rule that is off', async () => {
    expect(await severities(['error', 'warning'], 'info')).toEqual(['m0:info', 'm1:info']);
    expect(await severities(['info'], 'off')).toEqual([]);
  });
});
