import { describe, expect, it } from 'vitest';
import type { Runner } from '../../src/config.ts';
import { lintMigrations } from '../helpers/examples.ts';

const FILE = '20250102000000_index.sql';

async function check(sql: string, runner: Runner): Promise<string[]> {
  const { lines } = await lintMigrations(
    { [FILE]: sql },
    { configure: (config) => (config.runner = runner) },
  );
  return lines('concurrent-in-transaction');
}

const sharesFile = (form: string, others: number) =>
  `concurrent-in-transaction \`${form}\` shares its file with ${others} other statement${others === 1 ? '' : 's'}: ` +
  'the Supabase CLI sends a file as one implicit transaction, where PostgreSQL refuses CONCURRENTLY; move it to a file of its own';
const insideBlock = (form: string) =>
  `concurrent-in-transaction \`${form}\` is inside an explicit BEGIN … COMMIT block, where PostgreSQL refuses it; move it outside`;

describe('concurrent-in-transaction', () => {
  describe('runner "supabase"', () => {
    it('accepts a CONCURRENTLY statement alone in its file, comments around it', async () => {
      expect(
        await check('-- build in background\ncreate index concurrently i on t (a);\n-- done\n', 'supabase'),
      ).toEqual([]);
    });

    it.each([
      [
        'create index',
        'set lock_timeout = 0;\ncreate index concurrently i on t (a);',
        `${FILE}:2:14-2:26 ${sharesFile('CREATE INDEX CONCURRENTLY', 1)}`,
      ],
      [
        'drop index',
        'select 1;\n\n  drop index concurrently i;',
        `${FILE}:3:14-3:26 ${sharesFile('DROP INDEX CONCURRENTLY', 1)}`,
      ],
      [
        'reindex',
        'reindex (concurrently) index i;\nselect 1;',
        `${FILE}:1:10-1:22 ${sharesFile('REINDEX CONCURRENTLY', 1)}`,
      ],
      [
        'detach partition',
        'alter table p detach partition c concurrently;\nselect 1;',
        `${FILE}:1:34-1:46 ${sharesFile('DETACH PARTITION CONCURRENTLY', 1)}`,
      ],
      [
        'a create index over several lines, underlining only CONCURRENTLY',
        'select 1;\ncreate\n  index\n  concurrently i\n  on t (a)\n  where a > 0;',
        `${FILE}:4:3-4:15 ${sharesFile('CREATE INDEX CONCURRENTLY', 1)}`,
      ],
    ])('reports %s sharing its file', async (_name, sql, expected) => {
      expect(await check(sql, 'supabase')).toEqual([expected]);
    });

    it('reports every CONCURRENTLY statement of a shared file', async () => {
      const sql = 'create index concurrently a on t (a);\ncreate index concurrently b on t (b);';
      expect(await check(sql, 'supabase')).toEqual([
        `${FILE}:1:14-1:26 ${sharesFile('CREATE INDEX CONCURRENTLY', 1)}`,
        `${FILE}:2:14-2:26 ${sharesFile('CREATE INDEX CONCURRENTLY', 1)}`,
      ]);
    });

    it('counts the other statements in the message', async () => {
      const sql = 'set lock_timeout = 0;\nselect 1;\ndrop index concurrently i;';
      expect(await check(sql, 'supabase')).toEqual([
        `${FILE}:3:12-3:24 ${sharesFile('DROP INDEX CONCURRENTLY', 2)}`,
      ]);
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
        `${FILE}:2:14-2:26 ${insideBlock('CREATE INDEX CONCURRENTLY')}`,
      ]);
    });

    it('reports it inside START TRANSACTION', async () => {
      expect(await check('start transaction;\ndrop index concurrently i;\nend;', 'psql')).toEqual([
        `${FILE}:2:12-2:24 ${insideBlock('DROP INDEX CONCURRENTLY')}`,
      ]);
    });

    it('underlines CONCURRENTLY in a multi-line statement inside the block', async () => {
      expect(await check('begin;\nreindex (concurrently)\n  table t;\ncommit;', 'psql')).toEqual([
        `${FILE}:2:10-2:22 ${insideBlock('REINDEX CONCURRENTLY')}`,
      ]);
    });
  });

  describe('runner "transaction"', () => {
    it('reports CONCURRENTLY even alone in its file', async () => {
      expect(await check('create index concurrently i on t (a);', 'transaction')).toEqual([
        `${FILE}:1:14-1:26 concurrent-in-transaction \`CREATE INDEX CONCURRENTLY\` cannot run with runner "transaction": every file runs in one transaction, where PostgreSQL refuses CONCURRENTLY`,
      ]);
    });

    it('accepts a plain statement', async () => {
      expect(await check('create index i on t (a);', 'transaction')).toEqual([]);
    });
  });
});
