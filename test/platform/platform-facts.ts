// Platform facts for the rule tests, and a run of one rule over them through the real engine (severity
// settings, info downgrades and sorting included), its findings as the lines a user reads.

import { defaultConfig, type Config } from '../../src/config.ts';
import { runLint } from '../../src/engine.ts';
import type { PlatformFacts } from '../../src/platform/facts.ts';
import type { Rule } from '../../src/types.ts';
import { findingLine, EXAMPLE_NOW } from '../helpers/examples.ts';
import { STANDIN_REF } from './management-standin.ts';

/** The stand-in's compliant project, as readPlatform turns it into facts. */
export function compliantFacts(): PlatformFacts {
  return {
    projectRef: STANDIN_REF,
    api: {
      backups: { pitrEnabled: true, walgEnabled: true },
      pitrAddon: { variant: 'pitr_28', days: 28 },
      poolers: [
        { databaseType: 'PRIMARY', poolMode: 'transaction', defaultPoolSize: 15, maxClientConn: 200 },
        { databaseType: 'READ_REPLICA', poolMode: 'transaction', defaultPoolSize: 15, maxClientConn: 200 },
      ],
      sslEnforced: true,
      network: { ipv4: ['203.0.113.0/24'], ipv6: ['2001:db8::/32'], status: 'applied' },
    },
  };
}

/** The rule's findings over the facts, with `[platform] pitr_days = 28` unless `configure` says otherwise. */
export async function platformLines(
  rule: Rule,
  facts: PlatformFacts,
  configure?: (config: Config) => void,
): Promise<string[]> {
  const config = defaultConfig('/nowhere');
  config.platform.pitrDays = 28;
  configure?.(config);
  const result = await runLint({ files: [], config, rules: [rule], now: EXAMPLE_NOW, platform: facts });
  return result.findings.map((finding) => findingLine(finding, { withSeverity: true }));
}
