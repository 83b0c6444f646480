import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';
import type { Config } from '../../src/config.ts';

const CREATE = '20250101000000_tables.sql';
const tables =
  'create table public.clients (id int primary key, status text);\ncreate table public.notes (id int primary key, body text);\n';

const held = (where: string, line: number, table: string) =>
  `long-exclusive-lock runs in the same ${where} after line ${line} took an ACCESS EXCLUSIVE lock on existing table \`${table}\`, so the lock (which blocks reads and writes) stays held until this statement and the transaction finish`;

describe('long-exclusive-lock', () => {
  it('reports the first later statement of the file, once per table (supabase runner)', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_status.sql':
          "set lock_timeout = '5s';\nalter table public.clients add column archived boolean;\n" +
          "comment on column public.clients.archived is 'soft delete';\n" +
          "update public.clients set status = 'active';\n" +
          'alter table public.notes add column title text;\n' +
          "update public.notes set title = 'untitled';",
      },
      { shadow: true },
    );
    expect(lines('long-exclusive-lock')).toEqual([
      `20250102000000_status.sql:4:1-4:44 ${held('migration file', 2, 'public.clients')}`,
      `20250102000000_status.sql:6:1-6:43 ${held('migration file', 5, 'public.notes')}`,
    ]);
  });

  it('underlines the whole later statement, over all its lines: all of it runs under the lock', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_lines.sql':
          'alter table public.clients add column archived boolean;\n' +
          "update public.clients\n  set status = 'active'\n  where status is null;",
      },
      { shadow: true },
    );
    expect(lines('long-exclusive-lock')).toEqual([
      `20250102000000_lines.sql:2:1-4:23 ${held('migration file', 1, 'public.clients')}`,
    ]);
  });

  it('under psql, only inside an explicit BEGIN … COMMIT block', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_psql.sql':
          "alter table public.clients add column archived boolean;\nupdate public.clients set status = 'active';\n" +
          "begin;\nalter table public.notes add column title text;\nupdate public.notes set title = 'x';\ncommit;",
      },
      { shadow: true, configure: (config: Config) => void (config.runner = 'psql') },
    );
    expect(lines('long-exclusive-lock')).toEqual([
      `20250102000000_psql.sql:5:1-5:36 ${held('BEGIN … COMMIT block', 4, 'public.notes')}`,
    ]);
  });

  it('is silent on the safe recipe: the lock alone in its file, the backfill in the next', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_status.sql':
          "set lock_timeout = '5s';\nalter table public.clients add column archived boolean;\ncomment on column public.clients.archived is 'soft delete';",
        '20250103000000_backfill.sql': "update public.clients set status = 'active' where status is null;",
        '20250104000000_new.sql':
          "create table public.drafts (id int);\nalter table public.drafts add column body text;\ninsert into public.drafts values (1, 'x');",
      },
      { shadow: true },
    );
    expect(lines('long-exclusive-lock')).toEqual([]);
  });
});
