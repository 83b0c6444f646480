import { describe, expect, it } from 'vitest';
import type { Runner } from '../../src/config.ts';
import { lintMigrations } from '../helpers/examples.ts';

const FILE = '20250102000000_index.sql';

async function check(sql: string, runner: Runner): Promise<string[]> {
  const { at } = await lintMigrations({ [FILE]: sql }, { configure: (config) => (config.runner = runner) });
  return at('concurrent-in-transaction');
}

describe('concurrent-in-transaction', () => {
  describe('runner "supabase"', () => {
    it('accepts a CONCURRENTLY statement alone in its file, comments around it', async () => {
      expect(
        await check('-- build in background\ncreate index concurrently i on t (a);\n-- done\n', 'supabase'),
      ).toEqual([]);
    });

    it.each([
      ['create index', 'set lock_timeout = 0;\ncreate index concurrently i on t (a);', `${FILE}:2:1`],
      ['drop index', 'select 1;\n\n  drop index concurrently i;', `${FILE}:3:3`],
      ['reindex', 'reindex (concurrently) index i;\nselect 1;', `${FILE}:1:1`],
      ['detach partition', 'alter table p detach partition c concurrently;\nselect 1;', `${FILE}:1:1`],
    ])('reports %s sharing its file', async (_name, sql, expected) => {
      expect(await check(sql, 'supabase')).toEqual([expected]);
    });

    it('reports every CONCURRENTLY statement of a shared file', async () => {
      const sql = 'create index concurrently a on t (a);\ncreate index concurrently b on t (b);';
      expect(await check(sql, 'supabase')).toEqual([`${FILE}:1:1`, `${FILE}:2:1`]);
    });
  });

  describe('runner "psql"', () => {
    it('accepts statements around it when it autocommits', async () => {
      expect(
        await check('set lock_timeout = 0;\ncreate index concurrently i on t (a);\nselect 1;', 'psql'),
      ).toEqual([]);
    });

    it('accepts it after a committed transaction', async () => {
      expect(
        await check('begin;\nselect 1;\ncommit;\ncreate index concurrently i on t (a);', 'psql'),
      ).toEqual([]);
    });

    it('reports it inside BEGIN ... COMMIT', async () => {
      expect(await check('begin;\ncreate index concurrently i on t (a);\ncommit;', 'psql')).toEqual([
        `${FILE}:2:1`,
      ]);
    });

    it('reports it inside START TRANSACTION', async () => {
      expect(await check('start transaction;\ndrop index concurrently i;\nend;', 'psql')).toEqual([
        `${FILE}:2:1`,
      ]);
    });
  });

  describe('runner "transaction"', () => {
    it('reports CONCURRENTLY even alone in its file', async () => {
      expect(await check('create index concurrently i on t (a);', 'transaction')).toEqual([`${FILE}:1:1`]);
    });

    it('accepts a plain statement', async () => {
      expect(await check('create index i on t (a);', 'transaction')).toEqual([]);
    });
  });
});
