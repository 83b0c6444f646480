import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';

/** Lints files of the given names, each holding `text`, and shows the migration-filename findings. */
async function check(names: string[], text = 'select 1;\n'): Promise<string[]> {
  const { lines } = await lintMigrations(Object.fromEntries(names.map((name) => [name, text])));
  return lines('migration-filename');
}

describe('migration-filename', () => {
  it('accepts 14-digit versioned names', async () => {
    expect(await check(['20250101000000_a.sql', '20250101000001_b.sql'])).toEqual([]);
  });

  it('reports a name the runner skips, on the first line', async () => {
    expect(await check(['20250101000000_a.sql', 'fix_policies.sql'])).toEqual([
      'fix_policies.sql:1:1-1:10 migration-filename `fix_policies.sql` does not match `<digits>_<name>.sql`: the Supabase CLI will not apply it',
    ]);
  });

  it('reports a short version', async () => {
    expect(await check(['2025_add_index.sql'])).toEqual([
      '2025_add_index.sql:1:1-1:10 migration-filename version `2025` is 4 digits, not 14 (YYYYMMDDHHMMSS): it sorts out of order among the others',
    ]);
  });

  it('reports the second file with a duplicate version, naming the first', async () => {
    expect(await check(['20250101000000_a.sql', '20250101000000_b.sql'])).toEqual([
      '20250101000000_b.sql:1:1-1:10 migration-filename version `20250101000000` is also used by `supabase/migrations/20250101000000_a.sql`: the runner records one version once',
    ]);
  });

  it('spans only the first line of a file that opens with a multi-line statement', async () => {
    expect(await check(['fix_policies.sql'], 'create table t (\r\n  a int\r\n);\r\n')).toEqual([
      'fix_policies.sql:1:1-1:17 migration-filename `fix_policies.sql` does not match `<digits>_<name>.sql`: the Supabase CLI will not apply it',
    ]);
  });
});
