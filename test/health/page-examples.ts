// The examples of a health rule's page. Health rules judge a live server's statistics, which a migration
// example on the shadow cannot produce, so a health page shows the statistics themselves: a `json` block in
// each of Invalid and Valid holding the facts the reader (src/health) hands the rules, as a live run with
// that workload reads them. The example is run through the engine with those facts and every rule; the
// real reader is exercised on a real workload, with the same finding texts, in test/health/health.test.ts.

import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../../src/config.ts';
import { runLint } from '../../src/engine.ts';
import type { HealthFacts } from '../../src/health/facts.ts';
import type { Finding, Rule } from '../../src/types.ts';
import { EXAMPLE_NOW, fences, section } from '../helpers/examples.ts';

const FACT_KEYS = ['unreadable', 'statements', 'connections', 'tables', 'database', 'redis'];

export function isHealthRule(rule: Rule): boolean {
  return rule.meta.sources.includes('health');
}

/** The facts of the page's Invalid or Valid section; a section without its `json` block is an error. */
export function healthExample(page: string, title: 'Invalid' | 'Valid'): HealthFacts {
  const blocks = fences(section(page, title), 'json');
  if (blocks.length !== 1) throw new Error(`the ${title} section needs one json block of health facts`);
  const given = JSON.parse(blocks[0]) as Record<string, unknown>;
  const unknown = Object.keys(given).filter((key) => !FACT_KEYS.includes(key));
  if (unknown.length > 0)
    throw new Error(`unknown health facts in the ${title} example: ${unknown.join(', ')}`);
  return { unreadable: [], ...given } as HealthFacts;
}

export async function lintHealthExample(facts: HealthFacts): Promise<Finding[]> {
  const result = await runLint({
    files: [],
    config: defaultConfig(),
    rules: allRules,
    now: EXAMPLE_NOW,
    health: facts,
  });
  return result.findings;
}
