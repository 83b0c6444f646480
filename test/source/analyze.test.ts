// The source analysis: which calls are cache writes, where they are, their key prefix, the PHI tables their
// value comes from, and whether they expire. The rules' messages are tested in test/rules.

import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.ts';
import ts from 'typescript';
import { analyzeSourceFiles } from '../../src/source/index.ts';
import { syntaxErrorsOf } from '../../src/source/project.ts';
import type { CacheWrite } from '../../src/source/facts.ts';
import { fixtureProject, inlineProject, placeOf, writesOf, type TestProject } from './project.ts';

let project: TestProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** One line per write: place, callee, key prefix, PHI tables, expiry. */
function summary(write: CacheWrite): string {
  if (write.unchecked) return `${placeOf(write)} unchecked: ${write.unchecked}`;
  const key = write.keyPrefix === undefined ? '?' : `${write.keyPrefix}${write.keyIsStatic ? '' : '…'}`;
  const tables = write.valueFromTables.length ? ` from ${write.valueFromTables.join(',')}` : '';
  const ttl = write.hasExpiry ? 'ttl' : write.keepsTtl ? 'keepttl' : 'no-ttl';
  return `${placeOf(write)} ${write.callee} ${key}${tables} ${ttl}`;
}

async function analyze(files: Record<string, string>): Promise<string[]> {
  project = inlineProject(files);
  return (await writesOf(project)).map(summary);
}

describe('the fixture app', () => {
  it('finds every cache write across app code and edge functions', async () => {
    project = fixtureProject('app');
    expect((await writesOf(project)).map(summary)).toEqual([
      "src/services/broken.ts:2:10 unchecked: syntax error: ':' expected.",
      'src/lib/redis.ts:10:9 redis.set ? ttl',
      'src/services/messages.ts:11:9 redis.set conversation-cache:… from messages ttl',
      'src/services/messages.ts:16:9 redis.set message:… ttl',
      'src/services/messages.ts:21:23 redis.multi().hset summary:… ttl',
      'src/services/messages.ts:22:9 redis.hset stats:… no-ttl',
      'src/services/notes-node-redis.ts:9:9 client.set note:… from structured_notes ttl',
      'src/services/notes-node-redis.ts:13:9 client.set client:… no-ttl',
      'src/services/programs.ts:10:11 redis.setex program:… ttl',
      'src/services/programs.ts:16:9 redis.set user_role:… no-ttl',
      'src/services/wrapper.ts:8:9 cache.set consent-check:… from part2_consents no-ttl',
      'supabase/functions/cache-notes/index.ts:9:9 redis.set conversation:… from conversations ttl',
      'supabase/functions/cache-notes/index.ts:10:9 redis.set client-list:… ttl',
    ]);
  });

  it('returns undefined when the globs match no file, so the source rules do not run', async () => {
    project = inlineProject({ 'docs/readme.md': '# nothing here\n' });
    const config = defaultConfig(project.root);
    expect(
      await analyzeSourceFiles({ baseDir: project.root, cwd: project.root, phi: config.phi }),
    ).toBeUndefined();
  });
});

describe('clients', () => {
  it('ioredis: default, named and namespace imports, typed parameters and class fields', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import IORedis, { Redis } from 'ioredis';",
        "import * as ioredis from 'ioredis';",
        'const one = new IORedis();',
        'const two = new Redis(6379);',
        'const three = new ioredis.Redis();',
        "export async function f(r: Redis) { await one.set('a', 1); await two.set('b', 1); await three.set('c', 1); await r.set('d', 1); }",
        'class Store {',
        '  private readonly client = new Redis();',
        '  constructor(private readonly other: Redis) { this.third = new IORedis(); }',
        '  third: unknown;',
        "  async save() { await this.client.set('e', 1); await this.other.set('f', 1); await (this.third as Redis).set('g', 1); }",
        '}',
        '',
      ].join('\n'),
    });
    expect(writes.map((w) => w.split(' ').slice(0, 2).join(' '))).toEqual([
      'src/a.ts:6:43 one.set',
      'src/a.ts:6:66 two.set',
      'src/a.ts:6:89 three.set',
      'src/a.ts:6:114 r.set',
      'src/a.ts:11:24 this.client.set',
      'src/a.ts:11:55 this.other.set',
      'src/a.ts:11:85 this.third.set',
    ]);
  });

  it('node-redis v4 createClient, a getter function, a lazily assigned client and camelCase commands', async () => {
    const writes = await analyze({
      'src/b.ts': [
        "import { createClient, type RedisClientType } from 'redis';",
        'let client: RedisClientType | undefined;',
        'let lazy;',
        'function getClient() { if (!client) client = createClient(); return client; }',
        'export async function f(id: string) {',
        '  lazy = createClient();',
        "  await getClient().hSet(`h:${id}`, 'k', 'v');",
        '  await getClient().EXPIRE(`h:${id}`, 10);',
        "  await lazy.SET('x', 'y');",
        '}',
        '',
      ].join('\n'),
    });
    expect(writes).toEqual(['src/b.ts:7:21 getClient().hSet h:… ttl', 'src/b.ts:9:9 lazy.SET x no-ttl']);
  });

  it('a client exported by another module, through relative, .js-style and @/ imports and re-exports', async () => {
    const writes = await analyze({
      'src/lib/redis.ts':
        "import { Redis } from '@upstash/redis';\nexport const redis = Redis.fromEnv();\nexport default redis;\n",
      'src/lib/index.ts': "export { redis as cacheClient } from './redis';\n",
      'src/a.ts': "import { redis } from './lib/redis.js';\nawait redis.set('a', 1);\n",
      'src/b.ts': "import client from '@/lib/redis';\nawait client.set('b', 1);\n",
      'src/c.ts': "import { cacheClient } from './lib';\nawait cacheClient.set('c', 1);\n",
    });
    expect(writes).toEqual([
      'src/a.ts:2:7 redis.set a no-ttl',
      'src/b.ts:2:7 client.set b no-ttl',
      'src/c.ts:2:7 cacheClient.set c no-ttl',
    ]);
  });

  it('Deno edge functions: npm:, esm.sh and deno.land/x specifiers', async () => {
    const writes = await analyze({
      'supabase/functions/a/index.ts':
        "import { Redis } from 'npm:@upstash/redis@1.34.0';\nconst r = new Redis({ url: '', token: '' });\nawait r.set('a', 1);\n",
      'supabase/functions/b/index.ts':
        "import { Redis } from 'https://esm.sh/@upstash/redis@1.20.0';\nconst r = Redis.fromEnv();\nawait r.set('b', 1);\n",
      'supabase/functions/c/index.ts':
        "import { Redis } from 'https://deno.land/x/upstash_redis@v1.19.3/mod.ts';\nconst r = new Redis({ url: '', token: '' });\nawait r.set('c', 1, { ex: 5 });\n",
    });
    expect(writes).toEqual([
      'supabase/functions/a/index.ts:3:7 r.set a no-ttl',
      'supabase/functions/b/index.ts:3:7 r.set b no-ttl',
      'supabase/functions/c/index.ts:3:7 r.set c ttl',
    ]);
  });

  it('ignores Maps, unknown objects and reads', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import { Redis } from 'ioredis';",
        'const redis = new Redis();',
        'const cache = new Map<string, string>();',
        'const store = { set(k: string, v: string) { return [k, v]; } };',
        "cache.set('message:1', 'x');",
        "store.set('message:1', 'x');",
        "await redis.get('message:1');",
        "new URLSearchParams().set('message', 'x');",
        '',
      ].join('\n'),
    });
    expect(writes).toEqual([]);
  });

  it('wrappers by name, with or without a TTL argument', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import { cache } from './cache';",
        'export class Service { constructor(private cache: { set(...a: unknown[]): void }) {}',
        "  f() { this.cache.set('a', 1); cache.set('b', 1, 60); cache.set('c', 1, { ttlSeconds: 5 }); cache.set('d', 1, { tags: [] }); }",
        '}',
        '',
      ].join('\n'),
    });
    expect(writes).toEqual([
      'src/a.ts:3:9 this.cache.set a no-ttl',
      'src/a.ts:3:33 cache.set b ttl',
      'src/a.ts:3:56 cache.set c ttl',
      'src/a.ts:3:94 cache.set d no-ttl',
    ]);
  });
});

describe('keys', () => {
  it('works out the static prefix from literals, templates, +, consts, builders and imported consts', async () => {
    const writes = await analyze({
      'src/keys.ts': "export const NOTE_PREFIX = 'structured_note:';\n",
      'src/a.ts': [
        "import { Redis } from 'ioredis';",
        "import { NOTE_PREFIX } from './keys';",
        'const redis = new Redis();',
        "const PREFIX = 'message';",
        "const KEYS = { client: 'client:' } as const;",
        'const messageKey = (id: string) => `${PREFIX}:${id}`;',
        'function programKey(id: string) { return `program:v2:${id}`; }',
        'export async function f(id: string, ns: string) {',
        "  await redis.set('conversations', 1);",
        "  await redis.set(PREFIX + ':' + id, 1);",
        '  await redis.set(messageKey(id), 1);',
        '  await redis.set(programKey(id), 1);',
        '  await redis.set(KEYS.client + id, 1);',
        '  await redis.set(`${ns}:message:${id}`, 1);',
        '  await redis.set(NOTE_PREFIX + id, 1);',
        '}',
        '',
      ].join('\n'),
    });
    expect(writes.map((w) => w.split(' ').slice(0, 3).join(' '))).toEqual([
      'src/a.ts:9:9 redis.set conversations',
      'src/a.ts:10:9 redis.set message:…',
      'src/a.ts:11:9 redis.set message:…',
      'src/a.ts:12:9 redis.set program:v2:…',
      'src/a.ts:13:9 redis.set client:…',
      'src/a.ts:14:9 redis.set ?',
      'src/a.ts:15:9 redis.set structured_note:…',
    ]);
  });

  it('takes the keys of mset in its argument, object and array forms', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import { Redis } from 'ioredis';",
        'const redis = new Redis();',
        "await redis.mset('message:1', 'a', 'program:1', 'b');",
        "await redis.mset({ 'program:1': 'a' });",
        "await redis.mSet([['note:1', 'a']]);",
        '',
      ].join('\n'),
    });
    expect(writes).toEqual([
      'src/a.ts:3:7 redis.mset message:1 no-ttl',
      'src/a.ts:4:7 redis.mset program:1 no-ttl',
      'src/a.ts:5:7 redis.mSet note:1 no-ttl',
    ]);
  });
});

describe('expiry', () => {
  it('recognises the expiry forms of ioredis, node-redis and Upstash', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import { Redis } from 'ioredis';",
        'const r = new Redis();',
        'const OPTIONS = { PX: 500 };',
        'export async function f(opts: object, mode: string) {',
        "  await r.set('a', 1, 'EX', 60);",
        "  await r.set('b', 1, 'px', 60);",
        "  await r.set('c', 1, 'NX');",
        "  await r.set('d', 1, { EX: 60, NX: true });",
        "  await r.set('e', 1, { ex: 60 });",
        "  await r.set('f', 1, { expiration: { type: 'EX', value: 60 } });",
        "  await r.set('g', 1, { KEEPTTL: true });",
        "  await r.set('h', 1, 'KEEPTTL');",
        "  await r.set('i', 1, OPTIONS);",
        "  await r.set('j', 1, opts);",
        "  await r.set('k', 1, mode, 60);",
        "  await r.setex('l', 60, 1);",
        "  await r.psetex('m', 60, 1);",
        "  await r.set('n', 1, () => {});",
        '}',
        '',
      ].join('\n'),
    });
    expect(writes.map((w) => w.split(' ').slice(2).join(' '))).toEqual([
      'a ttl',
      'b ttl',
      'c no-ttl',
      'd ttl',
      'e ttl',
      'f ttl',
      'g keepttl',
      'h keepttl',
      'i ttl',
      'j ttl',
      'k ttl',
      'l ttl',
      'm ttl',
      'n no-ttl',
    ]);
  });

  it('counts an expire of the same key in the same function only', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import { Redis } from 'ioredis';",
        'const r = new Redis();',
        'export async function f(id: string) {',
        '  const key = `roles:${id}`;',
        "  await r.hset(key, 'a', 1);",
        '  await r.expire(key, 60);',
        "  await r.sadd(`set:${ id }`, 'x');",
        '  await r.pexpire(`set:${id}`, 60_000);',
        "  await r.lpush('list:a', 'x');",
        '}',
        "export async function g() { await r.expire('list:a', 60); }",
        "export async function h() { await r.pipeline().rpush('q', 'x').expire('q', 5).exec(); }",
        '',
      ].join('\n'),
    });
    expect(writes).toEqual([
      'src/a.ts:5:9 r.hset roles:… ttl',
      'src/a.ts:7:9 r.sadd set:… ttl',
      'src/a.ts:9:9 r.lpush list:a no-ttl',
      'src/a.ts:12:48 r.pipeline().rpush q ttl',
    ]);
  });
});

describe('values from PHI tables', () => {
  it('follows query results through variables, destructuring, loops, callbacks and local functions', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import { Redis } from 'ioredis';",
        "import { supabase } from './supabase';",
        'const r = new Redis();',
        'async function loadNotes(id: string) {',
        "  const { data } = await supabase.from('structured_notes').select('*').eq('client_id', id);",
        '  return data ?? [];',
        '}',
        'export async function f(id: string) {',
        "  const { data: rows } = await supabase.from('messages').select('*');",
        '  const copy = { list: rows };',
        "  await r.set('a', JSON.stringify(copy), 'EX', 1);",
        "  for (const row of rows ?? []) await r.set('b', row.content, 'EX', 1);",
        "  rows?.forEach((row) => r.set('c', row.content, 'EX', 1));",
        "  await r.set('d', JSON.stringify(await loadNotes(id)), 'EX', 1);",
        "  await r.set('e', id, 'EX', 1);",
        '}',
        'export async function g() {',
        "  const { data } = await supabase.from('programs').select('*');",
        "  await r.set('f', JSON.stringify(data), 'EX', 1);",
        "  await r.set('g', JSON.stringify(Array.from('messages')), 'EX', 1);",
        '}',
        'class Notes {',
        "  async load() { return (await supabase.from('conversations').select()).data; }",
        "  async cache() { const all = await this.load(); await r.set('h', JSON.stringify(all), 'EX', 1); }",
        '}',
        'export { Notes };',
        '',
      ].join('\n'),
    });
    expect(writes.map((w) => w.split(' ').slice(2).join(' '))).toEqual([
      'a from messages ttl',
      'b from messages ttl',
      'c from messages ttl',
      'd from structured_notes ttl',
      'e ttl',
      'f ttl',
      'g ttl',
      'h from conversations ttl',
    ]);
  });

  it('keeps same-named variables of different functions apart', async () => {
    const writes = await analyze({
      'src/a.ts': [
        "import { Redis } from 'ioredis';",
        "import { supabase } from './supabase';",
        'const r = new Redis();',
        'export function service() {',
        '  return {',
        "    async messages() { const { data } = await supabase.from('messages').select(); return data; },",
        "    async program() { const { data } = await supabase.from('programs').select(); await r.setex('p', 60, JSON.stringify(data)); },",
        '  };',
        '}',
        '',
      ].join('\n'),
    });
    expect(writes).toEqual(['src/a.ts:7:88 r.setex p ttl']);
  });
});

describe('files that cannot be checked', () => {
  it('reports a syntax error at its place and still checks the other files', async () => {
    const writes = await analyze({
      'src/bad.ts': 'const a = ;\n',
      'src/bad.mjs': 'export const x = {\n',
      'src/ok.tsx':
        "import { Redis } from 'ioredis';\nconst r = new Redis();\nexport const C = () => <div onClick={() => r.set('a', 1)} />;\n",
    });
    expect(writes).toEqual([
      "src/bad.mjs:2:1 unchecked: syntax error: '}' expected.",
      'src/bad.ts:1:11 unchecked: syntax error: Expression expected.',
      'src/ok.tsx:3:44 r.set a no-ttl',
    ]);
  });

  it('does not parse files over the size limit or binary files', async () => {
    project = inlineProject({ 'src/big.js': `// ${'x'.repeat(2048)}\n`, 'src/bin.ts': 'a\0b' });
    const config = defaultConfig(project.root);
    const writes = await analyzeSourceFiles({
      baseDir: project.root,
      cwd: project.root,
      phi: config.phi,
      maxFileBytes: 1024,
    });
    expect(writes?.map(summary)).toEqual([
      'src/big.js:1:1 unchecked: file is 0.0 MB, over the 0.0009765625 MB limit',
      'src/bin.ts:1:1 unchecked: file is binary (contains NUL bytes)',
    ]);
  });
});

describe('robustness', () => {
  it('reports a file nested too deeply to walk as unchecked and goes on', async () => {
    const deep = `import { Redis } from 'ioredis';\nconst r = new Redis();\nawait r.set('k', ${Array(30_000).fill("'a'").join(' + ')});\n`;
    const writes = await analyze({
      'src/deep.ts': deep,
      'src/ok.ts': "import { Redis } from 'ioredis';\nawait new Redis().set('x', 1);\n",
    });
    expect(writes).toEqual([
      'src/deep.ts:1:1 unchecked: too deeply nested to analyse',
      'src/ok.ts:2:7 new Redis().set x no-ttl',
    ]);
  });

  it('turns source analysis off with an empty source list', async () => {
    project = inlineProject({
      'src/a.ts': "import { Redis } from 'ioredis';\nawait new Redis().set('message:1', 1);\n",
    });
    const config = defaultConfig(project.root);
    config.phi.source = [];
    expect(
      await analyzeSourceFiles({ baseDir: project.root, cwd: project.root, phi: config.phi }),
    ).toBeUndefined();
  });

  it('finds the same syntax errors through a Program when the parser does not record them', () => {
    const file = ts.createSourceFile('/x/a.ts', 'const a = ;\n', ts.ScriptTarget.Latest, true);
    const recorded = syntaxErrorsOf(file).map((d) => [d.start, d.messageText]);
    Reflect.deleteProperty(file, 'parseDiagnostics');
    expect(syntaxErrorsOf(file).map((d) => [d.start, d.messageText])).toEqual(recorded);
    expect(recorded).toEqual([[10, 'Expression expected.']]);
  });
});
