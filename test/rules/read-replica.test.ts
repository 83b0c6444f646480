// read-replica over the pooler configuration's database list.

import { describe, expect, it } from 'vitest';
import readReplica from '../../rules/read-replica.ts';
import { compliantFacts, platformLines } from '../platform/platform-facts.ts';

describe('read-replica', () => {
  it('passes when a READ_REPLICA database is listed', async () => {
    expect(await platformLines(readReplica, compliantFacts())).toEqual([]);
  });

  it('reports a project with only the primary', async () => {
    const facts = compliantFacts();
    facts.api!.poolers = facts.api!.poolers.filter((pooler) => pooler.databaseType === 'PRIMARY');
    expect(await platformLines(readReplica, facts)).toEqual([
      'supabase:abcdefghijklmnopqrst warning read-replica the project has no read replica, so analytics queries run on the primary: add one, or set `[platform] read_replica = false`',
    ]);
  });

  it('asks for none with `[platform] read_replica = false`', async () => {
    const facts = compliantFacts();
    facts.api!.poolers = [];
    expect(
      await platformLines(readReplica, facts, (config) => (config.platform.readReplica = false)),
    ).toEqual([]);
  });
});
