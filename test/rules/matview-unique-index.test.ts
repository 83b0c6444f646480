import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines } from '../helpers/examples.ts';

const RULE = ['matview-unique-index'];
const STEP = '20250101000000_step.sql';
const SCHEMA = `create table public.notes (id int primary key, program_id int, body text);
create materialized view public.no_index as select program_id, count(*) from public.notes group by 1;
create materialized view public.partial as select program_id, count(*) from public.notes group by 1;
create unique index on public.partial (program_id) where program_id > 0;
create materialized view public.expression as select program_id, count(*) from public.notes group by 1;
create unique index on public.expression ((program_id + 1));
create materialized view public.plain_index as select program_id, count(*) from public.notes group by 1;
create index on public.plain_index (program_id);
create materialized view public.good as select program_id, count(*) from public.notes group by 1;
create unique index on public.good (program_id)`;

const message = (view: string) =>
  `materialized view \`public.${view}\` has no unique index without predicate or expressions, so REFRESH MATERIALIZED VIEW CONCURRENTLY fails on it`;

describe('matview-unique-index', () => {
  it('reports views whose only indexes are partial, on expressions or not unique (shadow)', async () => {
    const findings = await shadowFindings(SCHEMA, RULE);
    expect(findingLines(findings)).toEqual([
      `${STEP}:2:26-2:41 matview-unique-index ${message('no_index')}`,
      `${STEP}:3:26-3:40 matview-unique-index ${message('partial')}`,
      `${STEP}:5:26-5:43 matview-unique-index ${message('expression')}`,
      `${STEP}:7:26-7:44 matview-unique-index ${message('plain_index')}`,
    ]);
  });

  describe('live', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      await database.exec(SCHEMA);
    });
    afterAll(() => database?.drop());

    it('names the same views', async () => {
      expect(findingLines(await liveFindings(database.url, RULE))).toEqual(
        ['expression', 'no_index', 'partial', 'plain_index'].map(
          (view) => `public.${view} matview-unique-index ${message(view)}`,
        ),
      );
    });
  });
});
