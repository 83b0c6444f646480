import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../helpers/examples.ts';
import type { Config } from '../../src/config.ts';
import { fixAndRelint, ruleIds } from '../helpers/fixes.ts';

const CREATE = '20250101000000_tables.sql';
const tables =
  'create table public.clients (id int primary key, name text);\ncreate table public.notes (id int primary key, client_id int);\n';

const takes = (mode: string, table: string, blocks: string) =>
  `lock-timeout takes ${mode} lock on existing table \`${table}\` (${blocks}) with no \`SET lock_timeout\` before it in the file: queued behind one long query, it stalls every query after it`;
const exclusive = (table: string) => takes('an ACCESS EXCLUSIVE', table, 'blocks reads and writes');
const shareRow = (table: string) => takes('a SHARE ROW EXCLUSIVE', table, 'blocks writes');

describe('lock-timeout', () => {
  it('reports ACCESS EXCLUSIVE and SHARE ROW EXCLUSIVE locks on existing tables without a lock_timeout', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_column.sql': 'alter table public.clients add column email text;',
        '20250103000000_fk.sql':
          'alter table public.notes add constraint notes_client_fk foreign key (client_id) references public.clients (id) not valid;',
        '20250104000000_reset.sql':
          "set lock_timeout = '5s';\nreset lock_timeout;\ncreate trigger t before insert on public.notes for each row execute function suppress_redundant_updates_trigger();",
        '20250105000000_zero.sql':
          "set lock_timeout = '5s';\nset lock_timeout = 0;\ndrop table public.notes;",
      },
      { shadow: true },
    );
    expect(lines('lock-timeout')).toEqual([
      `20250102000000_column.sql:1:1-1:27 ${exclusive('public.clients')}`,
      `20250103000000_fk.sql:1:1-1:25 ${shareRow('public.notes')}`,
      `20250103000000_fk.sql:1:92-1:106 ${shareRow('public.clients')}`,
      `20250104000000_reset.sql:3:35-3:47 ${shareRow('public.notes')}`,
      `20250105000000_zero.sql:3:1-3:24 ${exclusive('public.clients')}`,
      `20250105000000_zero.sql:3:1-3:24 ${exclusive('public.notes')}`,
    ]);
  });

  it('reports a table once per transaction: the Supabase CLI runs the file as one', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_two.sql':
          'alter table public.clients add column email text;\nalter table public.clients add column phone text;',
      },
      { shadow: true },
    );
    expect(lines('lock-timeout')).toEqual([`20250102000000_two.sql:1:1-1:27 ${exclusive('public.clients')}`]);
  });

  it('is silent after SET or SET LOCAL lock_timeout, on weaker locks and on new tables', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_set.sql':
          "set lock_timeout = '5s';\nalter table public.clients add column email text;",
        '20250103000000_local.sql':
          "set local lock_timeout to '2s';\nalter table public.notes add column body text;",
        '20250104000000_weak.sql':
          "create index notes_client on public.notes (client_id);\ninsert into public.clients values (1, 'a');",
        '20250105000000_new.sql':
          'create table public.drafts (id int);\nalter table public.drafts add column body text;',
      },
      { shadow: true, configure: (config: Config) => void (config.rules['concurrent-index'] = 'off') },
    );
    expect(lines('lock-timeout')).toEqual([]);
  });

  it('under psql, SET LOCAL counts only inside its BEGIN … COMMIT block', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_psql.sql':
          "begin;\nset local lock_timeout = '5s';\nalter table public.clients add column email text;\ncommit;\n" +
          "set local lock_timeout = '5s';\nalter table public.clients add column phone text;",
      },
      { shadow: true, configure: (config: Config) => void (config.runner = 'psql') },
    );
    expect(lines('lock-timeout')).toEqual([
      `20250102000000_psql.sql:6:1-6:27 ${exclusive('public.clients')}`,
    ]);
  });

  it('underlines the statement head through the table name on a statement over several lines', async () => {
    const { lines } = await lintMigrations(
      {
        [CREATE]: tables,
        '20250102000000_lines.sql': 'alter table\n  "public"."clients"\n  add column email text;',
      },
      { shadow: true },
    );
    expect(lines('lock-timeout')).toEqual([
      `20250102000000_lines.sql:1:1-2:21 ${exclusive('public.clients')}`,
    ]);
  });

  it('fix: one `set lock_timeout` line before the first statement reported, and the files lint clean', async () => {
    const round = await fixAndRelint(
      {
        [CREATE]: tables,
        '20250102000000_two.sql':
          '-- two columns\n  alter table public.clients add column email text;\nalter table public.notes add column body text;\n',
        '20250103000000_reset.sql':
          'select 1; alter table public.clients add column phone text;\nreset lock_timeout;\ndrop table public.notes;',
      },
      'lock-timeout',
      { shadow: true },
    );
    expect(round.before.map((finding) => finding.fix?.edits?.length)).toEqual([1, 1, 1, 1]);
    expect(round.fixed['20250102000000_two.sql']).toBe(
      "-- two columns\n  set lock_timeout = '5s';\n  alter table public.clients add column email text;\n" +
        'alter table public.notes add column body text;\n',
    );
    expect(round.fixed['20250103000000_reset.sql']).toBe(
      "select 1; set lock_timeout = '5s'; alter table public.clients add column phone text;\nreset lock_timeout;\n" +
        "set lock_timeout = '5s';\ndrop table public.notes;",
    );
    expect(ruleIds(round.after)).not.toContain('lock-timeout');
    expect(ruleIds(round.after)).not.toContain('parse-error');
  });

  it('fix: adds no line before a DROP INDEX, whose own fix (CONCURRENTLY) needs it alone in its file', async () => {
    const round = await fixAndRelint(
      {
        [CREATE]: `${tables}create index notes_client on public.notes (client_id);\n`,
        '20250102000000_drop.sql': 'drop index public.notes_client;\n',
      },
      'lock-timeout',
      { shadow: true },
    );
    expect(round.before).toHaveLength(1);
    expect(round.before[0].fix).toBeUndefined();
  });
});
