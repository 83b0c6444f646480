// Every rule has a page, and every page's examples do what the page says: the invalid example gives
// exactly the documented findings, the valid example none. A rule without its page fails here.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { docsUrl } from '../src/rule-docs.ts';
import { findingLines, lintExample, parseRulePage } from './helpers/examples.ts';
import { isPlatformRule, lintPlatformExample, platformExample } from './platform/page-examples.ts';
import { healthExample, isHealthRule, lintHealthExample } from './health/page-examples.ts';

const rulesDir = path.resolve(import.meta.dirname, '../rules');

describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('rule page %s', (id, rule) => {
  const pagePath = path.join(rulesDir, `${id}.md`);

  it('exists and its docs URL points at it', () => {
    expect(existsSync(pagePath), `rules/${id}.md is missing`).toBe(true);
    expect(docsUrl(id)).toMatch(new RegExp(`/rules/${id}\\.md$`));
  });

  it('has the required sections', () => {
    const page = readFileSync(pagePath, 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of ['## Why', '## Invalid', '## Valid', '## How to fix'])
      expect(page).toContain(section);
  });

  it('invalid example gives exactly the documented findings', async () => {
    const page = parseRulePage(readFileSync(pagePath, 'utf8'));
    expect(
      page.expected.length,
      'the Invalid section needs a text block of expected findings',
    ).toBeGreaterThan(0);
    // A health rule's page shows the live statistics as the reader gives them (test/health/page-examples.ts).
    const findings = isPlatformRule(rule)
      ? await lintPlatformExample(platformExample(readFileSync(pagePath, 'utf8'), 'Invalid'), allRules)
      : isHealthRule(rule)
        ? await lintHealthExample(healthExample(readFileSync(pagePath, 'utf8'), 'Invalid'))
        : await lintExample(page.invalid);
    expect(findingLines(findings, { ruleId: id, style: 'page' })).toEqual(page.expected);
  });

  it('valid example gives none', async () => {
    const page = parseRulePage(readFileSync(pagePath, 'utf8'));
    // A platform rule's page shows the Management API's answers and config files: the stand-in serves them.
    const findings = isPlatformRule(rule)
      ? await lintPlatformExample(platformExample(readFileSync(pagePath, 'utf8'), 'Valid'), allRules)
      : isHealthRule(rule)
        ? await lintHealthExample(healthExample(readFileSync(pagePath, 'utf8'), 'Valid'))
        : await lintExample(page.valid);
    expect(findingLines(findings, { ruleId: id, style: 'page' })).toEqual([]);
  });
});
