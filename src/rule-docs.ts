// Where a rule's documentation lives. The URL is derived from the id, so every rule has one and a rule
// cannot point at another's page; test/rule-docs.test.ts fails when a rule lacks its page.

export const REPOSITORY_URL = 'https://github.com/mental-scribe/scribe-lint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}.md`;
}
