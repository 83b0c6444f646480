// phi-cache as a user sees it: findings of `scribe-lint` on app sources and on a live Redis keyspace.

import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import phiCache from '../../rules/phi-cache.ts';
import { defaultConfig } from '../../src/config.ts';
import { startRedis, type TestRedis } from '../redis/server.ts';
import { findingLines } from '../helpers/examples.ts';
import { fixtureProject, inlineProject, lintProject, type TestProject } from '../source/project.ts';

let project: TestProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

describe('phi-cache on sources', () => {
  it('reports PHI keys and PHI values at the write call, and the file it could not parse', async () => {
    project = fixtureProject('app');
    expect(findingLines(await lintProject(project), { ruleId: 'phi-cache' })).toEqual([
      "src/services/broken.ts:2:10-2:11 phi-cache could not check this file for PHI cache writes: syntax error: ':' expected.",
      'src/services/messages.ts:11:9-11:78 phi-cache `redis.set` caches data read from PHI table `messages`: PHI must not be cached',
      'src/services/messages.ts:16:9-16:55 phi-cache `redis.set` caches under key prefix `message` (table `messages`): PHI must not be cached',
      // `note:` is neither `structured_notes` nor its singular: the value is what gives this one away
      'src/services/notes-node-redis.ts:9:9-9:72 phi-cache `client.set` caches data read from PHI table `structured_notes`: PHI must not be cached',
      'src/services/wrapper.ts:8:9-8:55 phi-cache `cache.set` caches data read from PHI table `part2_consents`: PHI must not be cached',
      'supabase/functions/cache-notes/index.ts:9:9-9:71 phi-cache `redis.set` caches under key prefix `conversation` (table `conversations`) and data read from PHI table `conversations`: PHI must not be cached',
    ]);
  });

  it('accepts a program lookup, allowed prefixes and keys whose name is not PHI', async () => {
    project = inlineProject({
      'src/cache.ts': [
        "import { Redis } from 'ioredis';",
        "import { supabase } from './supabase';",
        'const redis = new Redis();',
        'export async function getProgram(id: string) {',
        "  const { data } = await supabase.from('programs').select('*').eq('id', id).single();",
        '  await redis.setex(`program:${id}`, 3600, JSON.stringify(data));',
        "  await redis.set('messages_enabled', '1', 'EX', 60);",
        "  await redis.set(`messagesQueue${id}`, id, 'EX', 60);",
        '}',
        '',
      ].join('\n'),
    });
    expect(findingLines(await lintProject(project), { ruleId: 'phi-cache' })).toEqual([]);
  });

  it('follows the configured PHI tables and singular forms, case and dash variants included', async () => {
    project = inlineProject({
      'src/cache.ts': [
        "import { Redis } from 'ioredis';",
        'const redis = new Redis();',
        "await redis.set('Part2-Consent:1', 'x', 'EX', 5);",
        "await redis.set('voice_memo:1', 'x', 'EX', 5);",
        '',
      ].join('\n'),
    });
    const config = defaultConfig(project.root);
    config.phi.tables = [...config.phi.tables, 'public.voice_memos'];
    expect(findingLines(await lintProject(project, { config }), { ruleId: 'phi-cache' })).toEqual([
      'src/cache.ts:3:7-3:49 phi-cache `redis.set` caches under key prefix `Part2-Consent` (table `part2_consents`): PHI must not be cached',
      'src/cache.ts:4:7-4:46 phi-cache `redis.set` caches under key prefix `voice_memo` (table `public.voice_memos`): PHI must not be cached',
    ]);
  });

  it('uses the configured wrapper names and source globs', async () => {
    project = inlineProject({
      'app/store.ts':
        "import { kv } from './kv';\nexport const save = (id: string, text: string) => kv.put(`message:${id}`, text);\nkv.set(`message:1`, 'x', 60);\n",
    });
    const config = defaultConfig(project.root);
    config.phi.source = ['app/**/*.ts'];
    config.phi.wrappers = ['kv'];
    expect(findingLines(await lintProject(project, { config }), { ruleId: 'phi-cache' })).toEqual([
      'app/store.ts:3:1-3:29 phi-cache `kv.set` caches under key prefix `message` (table `messages`): PHI must not be cached',
    ]);
  });
});

describe('phi-cache on a live Redis', () => {
  let server: TestRedis;
  let client: Redis;

  beforeAll(async () => {
    server = await startRedis();
    client = new Redis(server.port, '127.0.0.1');
    const pipeline = client.pipeline();
    for (let i = 1; i <= 1200; i++) pipeline.set(`message:${i}`, 'text');
    pipeline.set('structured_notes:7', 'note', 'EX', 60);
    pipeline.set('program:1', '{}', 'EX', 60);
    await pipeline.exec();
  });

  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });

  it('reports each PHI prefix once, with its key count and example key names', async () => {
    project = inlineProject({});
    const findings = await lintProject(project, { redisUrl: server.url });
    // no place in a file, so each line starts with the object; the example keys are what SCAN met first
    expect(findingLines(findings, { ruleId: 'phi-cache', withSeverity: true })).toEqual([
      expect.stringMatching(
        /^redis:message error phi-cache 1,200 keys under PHI prefix `message` \(table `messages`\), e\.g\. `message:\d+`, `message:\d+`, `message:\d+`: PHI must not be cached$/,
      ),
      'redis:structured_notes error phi-cache 1 key under PHI prefix `structured_notes` (table `structured_notes`), e.g. `structured_notes:7`: PHI must not be cached',
    ]);
  });

  it('fails the run with exit-2 error text when Redis is unreachable', async () => {
    project = inlineProject({});
    await expect(lintProject(project, { redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow(
      'cannot audit Redis at redis://127.0.0.1:1: connection refused',
    );
  });
});

describe('phi-cache on prefixes that are neither PHI nor allowed', () => {
  let server: TestRedis;
  let client: Redis;

  beforeAll(async () => {
    server = await startRedis();
    client = new Redis(server.port, '127.0.0.1');
    const pipeline = client.pipeline();
    for (let i = 1; i <= 2003; i++) pipeline.set(`consent-check:${i}`, 'ok');
    pipeline.set('feature-flags', 'on', 'EX', 60);
    pipeline.set('program:1', '{}', 'EX', 60);
    await pipeline.exec();
  });

  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });

  it('lists each unknown prefix with its key count as an info finding, and judges its TTLs', async () => {
    project = inlineProject({});
    const findings = await lintProject(project, { redisUrl: server.url });
    expect(findingLines(findings, { ruleId: 'phi-cache', withSeverity: true })).toEqual([
      expect.stringMatching(
        /^redis:consent-check info phi-cache prefix `consent-check` is not known to be PHI-free, 2,003 keys, e\.g\. `consent-check:\d+`, `consent-check:\d+`, `consent-check:\d+`: add it to `\[phi\] cache_allow` if it holds no PHI, or its table to `\[phi\] tables`$/,
      ),
      'redis:feature-flags info phi-cache prefix `feature-flags` is not known to be PHI-free, 1 key, e.g. `feature-flags`: add it to `[phi] cache_allow` if it holds no PHI, or its table to `[phi] tables`',
    ]);
    // Its keys have no TTL either, and cache-ttl says so: it judges every prefix.
    expect(findingLines(findings, { ruleId: 'cache-ttl' })).toEqual([
      expect.stringMatching(
        /^redis:consent-check cache-ttl 2,003 of 2,003 keys under prefix `consent-check` have no TTL, e\.g\. `consent-check:\d+`/,
      ),
    ]);
  });
});

describe('phi-cache on an incomplete scan', () => {
  it('says the count is a lower bound when the key budget ran out', () => {
    const reported: string[] = [];
    phiCache.checkRedis!({
      groups: [
        { prefix: 'conversation', keyCount: 1000, exampleKeys: ['conversation:1'], keysWithoutTtl: 0 },
      ],
      scannedKeys: 1000,
      complete: false,
      config: defaultConfig('/'),
      report: (finding) => reported.push(`${finding.object} ${finding.message}`),
    });
    expect(reported).toEqual([
      'redis:conversation at least 1,000 keys (the scan stopped at its key budget) under PHI prefix `conversation` (table `conversations`), e.g. `conversation:1`: PHI must not be cached',
    ]);
  });
});
