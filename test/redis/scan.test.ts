// The live Redis scan against a real redis-server: key groups and TTL counts, the key budget, that only
// SCAN and TTL are sent and nothing changes, and one-line errors for every way a connection can fail.

import net from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { OVERFLOW_PREFIX, scanRedisKeyspace } from '../../src/redis/scan.ts';
import { freePort, startRedis, type TestRedis } from './server.ts';

let server: TestRedis;
let client: Redis;

beforeAll(async () => {
  server = await startRedis(['--requirepass', 'secret pass']);
  client = new Redis({ port: server.port, host: '127.0.0.1', password: 'secret pass' });
  const pipeline = client.pipeline();
  for (let i = 1; i <= 3; i++) pipeline.set(`program:${i}`, `{"id":${i}}`, 'EX', 3600);
  for (let i = 4; i <= 5; i++) pipeline.set(`program:${i}`, `{"id":${i}}`);
  for (let i = 1; i <= 4; i++) pipeline.set(`message:${i}`, 'patient said something');
  pipeline.hset('structured_note:9', 'body', 'assessment');
  pipeline.setex('client:1', 600, 'x');
  pipeline.sadd('lonely', 'a');
  pipeline.set(Buffer.from([0xff, 0x3a, 0x31]), 'binary key');
  pipeline.select(2);
  pipeline.set('user_role:7', 'admin');
  pipeline.select(0);
  await pipeline.exec();
  await client.acl('SETUSER', 'auditor', 'on', '>audit pw', '~*', '+scan', '+ttl');
});

afterAll(async () => {
  client?.disconnect();
  await server?.stop();
});

const url = () => `redis://:secret%20pass@127.0.0.1:${server.port}`;

describe('scanning a keyspace', () => {
  it('groups keys by prefix, with counts, example names and keys without TTL', async () => {
    const scan = await scanRedisKeyspace(url());
    expect(scan.complete).toBe(true);
    expect(scan.scannedKeys).toBe(13);
    const byPrefix = Object.fromEntries(scan.groups.map((g) => [g.prefix, [g.keyCount, g.keysWithoutTtl]]));
    expect(byPrefix).toEqual({
      '\ufffd': [1, 1],
      client: [1, 0],
      lonely: [1, 1],
      message: [4, 4],
      program: [5, 2],
      structured_note: [1, 1],
    });
    const program = scan.groups.find((g) => g.prefix === 'program')!;
    expect(program.exampleKeys).toHaveLength(3);
    expect([...program.examplesWithoutTtl!].sort()).toEqual(['program:4', 'program:5']);
  });

  it('asks TTLs only for the prefixes it is told to', async () => {
    const scan = await scanRedisKeyspace(url(), { ttlFor: (prefix) => prefix === 'program' });
    const message = scan.groups.find((g) => g.prefix === 'message')!;
    expect([message.keyCount, message.keysWithoutTtl, message.ttlChecked]).toEqual([4, 0, false]);
    expect(scan.groups.find((g) => g.prefix === 'program')!.keysWithoutTtl).toBe(2);
  });

  it('selects the database the URL names, for SCAN and for TTL', async () => {
    const scan = await scanRedisKeyspace(`${url()}/2`);
    expect(scan.groups.map((g) => [g.prefix, g.keyCount, g.keysWithoutTtl])).toEqual([['user_role', 1, 1]]);
  });

  it('stops at the key budget and says the scan is incomplete', async () => {
    const scan = await scanRedisKeyspace(url(), { keyBudget: 5, count: 2 });
    expect(scan.scannedKeys).toBe(5);
    expect(scan.complete).toBe(false);
    expect(scan.groups.reduce((sum, g) => sum + g.keyCount, 0)).toBe(5);
  });

  it('puts keys beyond the prefix limit into one overflow group', async () => {
    const scan = await scanRedisKeyspace(url(), { maxGroups: 2 });
    expect(scan.groups).toHaveLength(3);
    const named = scan.groups.filter((g) => g.prefix !== OVERFLOW_PREFIX);
    expect(named).toHaveLength(2);
    const overflow = scan.groups.find((g) => g.prefix === OVERFLOW_PREFIX)!;
    expect(overflow.keyCount).toBe(13 - named.reduce((sum, g) => sum + g.keyCount, 0));
  });

  it('works for a user allowed nothing but SCAN and TTL', async () => {
    const scan = await scanRedisKeyspace(`redis://auditor:audit%20pw@127.0.0.1:${server.port}`);
    expect(scan.scannedKeys).toBe(13);
  });

  it('sends only SCAN and TTL and leaves the keyspace as it was', async () => {
    const before = await snapshot();
    const monitor = await client.monitor();
    const commands: string[] = [];
    monitor.on('monitor', (_time: string, args: string[]) => commands.push(args[0].toLowerCase()));
    await scanRedisKeyspace(url());
    await new Promise((resolve) => setTimeout(resolve, 100));
    monitor.disconnect();
    expect(new Set(commands)).toEqual(new Set(['auth', 'scan', 'ttl']));
    expect(await snapshot()).toEqual(before);
  });
});

/** Every key with its type, whether it has a TTL, and its serialized value. */
async function snapshot(): Promise<string[]> {
  const keys = await client.keysBuffer('*');
  const rows = await Promise.all(
    keys.map(async (key) => {
      const [type, ttl, dump] = await Promise.all([
        client.type(key),
        client.ttl(key),
        client.dumpBuffer(key),
      ]);
      return `${key.toString('hex')} ${type} ${ttl === -1 ? 'no-ttl' : 'ttl'} ${dump?.toString('hex')}`;
    }),
  );
  return [...rows.sort(), `dbsize ${await client.dbsize()}`];
}

describe('connection problems', () => {
  async function failure(target: string, options = {}): Promise<UsageError> {
    const error = await scanRedisKeyspace(target, options).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }

  it('a refused connection', async () => {
    const port = await freePort();
    expect((await failure(`redis://127.0.0.1:${port}`)).message).toBe(
      `cannot audit Redis at redis://127.0.0.1:${port}: connection refused`,
    );
  });

  it('a wrong password, without ever showing it', async () => {
    const error = await failure(`redis://:hunter2@127.0.0.1:${server.port}/0`);
    expect(error.message).toBe(
      `cannot audit Redis at redis://:***@127.0.0.1:${server.port}/0: authentication failed`,
    );
    expect(error.message).not.toContain('hunter2');
  });

  it('a one-letter wrong password leaves the message readable', async () => {
    expect((await failure(`redis://:a@127.0.0.1:${server.port}/0`)).message).toBe(
      `cannot audit Redis at redis://:***@127.0.0.1:${server.port}/0: authentication failed`,
    );
  });

  it('no password for a server that needs one', async () => {
    expect((await failure(`redis://127.0.0.1:${server.port}`)).message).toMatch(/: authentication failed$/);
  });

  it('a server that accepts and never answers', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const started = Date.now();
      const error = await failure(`redis://127.0.0.1:${port}`, {
        commandTimeoutMs: 300,
        connectTimeoutMs: 300,
      });
      expect(error.message).toBe(
        `cannot audit Redis at redis://127.0.0.1:${port}: timed out waiting for a reply`,
      );
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      silent.close();
    }
  });

  it('a URL that is not a Redis URL', async () => {
    expect((await failure('postgres://u:p@localhost/db')).message).toBe(
      '--redis must be a redis:// or rediss:// URL, not postgres://…',
    );
    expect((await failure('not a url')).message).toBe('--redis must be a redis:// or rediss:// URL');
  });
});
