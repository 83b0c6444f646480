import { describe, expect, it } from 'vitest';
import { connectionTo } from '../../src/shadow/index.ts';

/** A stand-in session that counts what reaches it and answers each query with fresh rows. */
function countingSession() {
  const asked: string[] = [];
  const session = {
    async query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }> {
      asked.push(sql);
      if (sql.includes('broken')) throw new Error('relation "broken" does not exist');
      return { rows: [{ sql, params, n: asked.length }] as Row[] };
    },
  };
  return { session, asked };
}

describe("the schema rules' connection to the shadow", () => {
  it('answers a repeated SELECT once, with a copy for each asker', async () => {
    const { session, asked } = countingSession();
    const connection = connectionTo(session);
    const first = await connection.query<{ n: number }>(
      'select relname from pg_class where relnamespace = $1',
      [2200n],
    );
    first[0].n = 99;
    const second = await connection.query<{ n: number }>(
      'select relname from pg_class where relnamespace = $1',
      [2200n],
    );
    expect(second).toEqual([
      { sql: 'select relname from pg_class where relnamespace = $1', params: [2200n], n: 1 },
    ]);
    expect(asked).toHaveLength(1);
    // other parameters are another question
    await connection.query('select relname from pg_class where relnamespace = $1', ['2200']);
    expect(asked).toHaveLength(2);
  });

  it('forgets its answers after any other statement, and never keeps a failure', async () => {
    const { session, asked } = countingSession();
    const connection = connectionTo(session);
    await connection.query('select 1');
    await connection.query('savepoint scribe_lint_probe');
    await connection.query('select 1');
    expect(asked).toEqual(['select 1', 'savepoint scribe_lint_probe', 'select 1']);
    await expect(connection.query('select * from broken')).rejects.toThrow('"broken" does not exist');
    await expect(connection.query('select * from broken')).rejects.toThrow('"broken" does not exist');
    expect(asked.filter((sql) => sql.includes('broken'))).toHaveLength(2);
  });
});
