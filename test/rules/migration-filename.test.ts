import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

async function check(names: string[]): Promise<{ at: string[]; messages: string[] }> {
  const { findings, at } = await lintMigrations(
    Object.fromEntries(names.map((name) => [name, 'select 1;\n'])),
  );
  return {
    at: at('migration-filename'),
    messages: findings
      .filter((finding) => finding.ruleId === 'migration-filename')
      .map((finding) => finding.message),
  };
}

describe('migration-filename', () => {
  it('accepts 14-digit versioned names', async () => {
    expect((await check(['20250101000000_a.sql', '20250101000001_b.sql'])).at).toEqual([]);
  });

  it('reports a name the runner skips', async () => {
    const result = await check(['20250101000000_a.sql', 'fix_policies.sql']);
    expect(result.at).toEqual(['fix_policies.sql:1:1']);
    expect(result.messages[0]).toContain('will not apply it');
  });

  it('reports a short version', async () => {
    const result = await check(['2025_add_index.sql']);
    expect(result.at).toEqual(['2025_add_index.sql:1:1']);
    expect(result.messages[0]).toContain('is 4 digits, not 14');
  });

  it('reports the second file with a duplicate version, naming the first', async () => {
    const result = await check(['20250101000000_a.sql', '20250101000000_b.sql']);
    expect(result.at).toEqual(['20250101000000_b.sql:1:1']);
    expect(result.messages[0]).toContain('also used by `supabase/migrations/20250101000000_a.sql`');
  });
});
