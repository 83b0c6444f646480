import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, liveFindings, shadowFindings, type TestDatabase } from '../catalog/helpers.ts';
import { findingLines } from '../helpers/examples.ts';

const RULE = ['invalid-index'];

describe('invalid-index', () => {
  it('reports an ON ONLY index never completed on the shadow, at its CREATE INDEX', async () => {
    const findings = await shadowFindings(
      `create table public.events (at date not null) partition by range (at);
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
create index events_at_idx on only public.events (at)`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      '20250101000000_step.sql:3:14-3:27 invalid-index index `public.events_at_idx` on `public.events` is invalid: not every partition has an attached index',
    ]);
  });

  describe('live', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      // a unique build that failed on duplicates leaves exactly this behind
      await database.exec(`create table public.messages (id int, conversation_id int);
        insert into public.messages values (1, 1), (2, 1);`);
      await database
        .exec(
          'create unique index concurrently messages_conversation_idx on public.messages (conversation_id)',
        )
        .catch(() => {});
    });
    afterAll(() => database?.drop());

    it('reports what a failed CREATE INDEX CONCURRENTLY left behind', async () => {
      expect(findingLines(await liveFindings(database.url, RULE))).toEqual([
        'public.messages_conversation_idx invalid-index index `public.messages_conversation_idx` on `public.messages` is invalid: it is not used by queries but still slows every write',
      ]);
    });
  });
});
