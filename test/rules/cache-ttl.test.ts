// cache-ttl as a user sees it: writes without an expiry in app sources, and live keys of allowed cache
// prefixes without a TTL.

import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import cacheTtl from '../../rules/cache-ttl.ts';
import { defaultConfig } from '../../src/config.ts';
import { startRedis, type TestRedis } from '../redis/server.ts';
import { findingLines } from '../helpers/examples.ts';
import { fixtureProject, inlineProject, lintProject, type TestProject } from '../source/project.ts';

let project: TestProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

describe('cache-ttl on sources', () => {
  it('reports writes without an expiry at the write call', async () => {
    project = fixtureProject('app');
    expect(findingLines(await lintProject(project), { ruleId: 'cache-ttl' })).toEqual([
      'src/services/messages.ts:22:9-22:58 cache-ttl `redis.hset` of `stats` keys sets no expiry: `expire` the key in the same function',
      'src/services/notes-node-redis.ts:13:9-13:62 cache-ttl `client.set` of `client` keys sets no expiry: pass `EX`/`PX` (or use `setex`), or `expire` the key in the same function',
      'src/services/programs.ts:16:9-16:47 cache-ttl `redis.set` of `user_role` keys sets no expiry: pass `EX`/`PX` (or use `setex`), or `expire` the key in the same function',
      'src/services/wrapper.ts:8:9-8:55 cache-ttl `cache.set` of `consent-check` keys passes no TTL: pass one, or `expire` the key in the same function',
    ]);
  });

  it('names KEEPTTL and unknown keys, and accepts node-redis, Upstash and expire forms', async () => {
    project = inlineProject({
      'src/cache.ts': [
        "import { createClient } from 'redis';",
        "import { Redis } from '@upstash/redis';",
        'const client = createClient();',
        'const upstash = Redis.fromEnv();',
        'export async function f(key: string) {',
        "  await client.set(key, 'v', { KEEPTTL: true });",
        "  await client.set('program:1', 'v', { EX: 60 });",
        "  await upstash.set('client:1', 'v', { ex: 60 });",
        "  await client.hSet('user_role:1', { a: '1' });",
        "  await client.expire('user_role:1', 60);",
        '}',
        '',
      ].join('\n'),
    });
    expect(findingLines(await lintProject(project), { ruleId: 'cache-ttl' })).toEqual([
      'src/cache.ts:6:9-6:48 cache-ttl `client.set` with `KEEPTTL` sets no expiry of its own: a key it creates never expires',
    ]);
  });
});

describe('cache-ttl on a live Redis', () => {
  let server: TestRedis;
  let client: Redis;

  beforeAll(async () => {
    server = await startRedis();
    client = new Redis(server.port, '127.0.0.1');
    await client.set('program:1', '{}');
    await client.set('program:2', '{}', 'EX', 600);
    await client.set('user_roles:9', 'admin');
    await client.set('client:3', '{}', 'EX', 600);
    await client.set('session:1', 'x');
    await client.set('message:1', 'x');
  });

  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });

  it('reports every prefix whose keys lack a TTL, allowed cache prefix or not', async () => {
    project = inlineProject({});
    const findings = await lintProject(project, { redisUrl: server.url });
    expect(findingLines(findings, { ruleId: 'cache-ttl', withSeverity: true })).toEqual([
      'redis:message warning cache-ttl 1 of 1 keys under prefix `message` have no TTL, e.g. `message:1`',
      'redis:program warning cache-ttl 1 of 2 keys under cached prefix `program` have no TTL, e.g. `program:1`',
      'redis:session warning cache-ttl 1 of 1 keys under prefix `session` have no TTL, e.g. `session:1`',
      'redis:user_roles warning cache-ttl 1 of 1 keys under cached prefix `user_roles` have no TTL, e.g. `user_roles:9`',
    ]);
  });
});

describe('cache-ttl on an incomplete scan', () => {
  it('says the counts are so far when the key budget ran out', () => {
    const reported: string[] = [];
    cacheTtl.checkRedis!({
      groups: [
        {
          prefix: 'client',
          keyCount: 10,
          exampleKeys: ['client:1'],
          keysWithoutTtl: 2,
          examplesWithoutTtl: ['client:4', 'client:`x'],
        },
      ],
      scannedKeys: 10,
      complete: false,
      config: defaultConfig('/'),
      report: (finding) => reported.push(`${finding.object} ${finding.message}`),
    });
    expect(reported).toEqual([
      'redis:client 2 of 10 keys under cached prefix `client` have no TTL (so far: the scan stopped at its key budget), e.g. `client:4`, `client:?x`',
    ]);
  });
});
