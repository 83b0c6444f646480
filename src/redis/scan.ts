// Auditing a live Redis keyspace without touching it: only SCAN (with COUNT) and TTL are sent, plus the
// AUTH/SELECT that the URL asks for. Values are never read, so no PHI passes through this process. SCAN
// goes through ioredis; the TTLs, a million of them on a big keyspace, through a lean second connection
// (ttl-pipe.ts) while the next SCAN is under way. Keys are grouped by prefix as they stream in, so memory
// stays bounded by the number of prefixes, not keys.

import { Redis } from 'ioredis';
import { maskSecrets } from '../catalog/secrets.ts';
import { UsageError } from '../errors.ts';
import type { LintOptions, RedisScan } from '../providers.ts';
import type { RedisKeyGroup } from './facts.ts';
import { RedisReplyError, TtlPipe } from './ttl-pipe.ts';
import { urlWithScheme } from '../urls.ts';

export interface RedisScanOptions {
  /** Stop after this many keys; the result then says the scan was incomplete. Default 1,000,000. */
  keyBudget?: number;
  /** The SCAN COUNT hint. Default 1000. */
  count?: number;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** Distinct prefixes kept; keys beyond go to one `(other prefixes)` group. Default 10,000. */
  maxGroups?: number;
  /**
   * Which prefixes' keys get a TTL query (default: all). The lint run asks for all: cache-ttl judges every
   * key group, whatever its prefix, since a key under an unknown prefix outlives its data just the same.
   */
  ttlFor?: (prefix: string) => boolean;
}

export const DEFAULT_KEY_BUDGET = 1_000_000;
const DEFAULT_COUNT = 1000;
const DEFAULT_COMMAND_TIMEOUT_MS = 10_000;
const EXAMPLES_PER_GROUP = 3;
export const OVERFLOW_PREFIX = '(other prefixes)';

/** The `Providers.scanRedis` of src/lint.ts. */
export async function scanRedis(url: string, _options: LintOptions): Promise<RedisScan> {
  return scanRedisKeyspace(url);
}

export async function scanRedisKeyspace(url: string, options: RedisScanOptions = {}): Promise<RedisScan> {
  const target = parseRedisUrl(url);
  let lastError: Error | undefined;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    commandTimeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableReadyCheck: false, // the ready check sends INFO; this audit sends nothing it does not need
    enableOfflineQueue: true,
    disableClientInfo: true, // no CLIENT SETINFO: not even client metadata is written
    autoResubscribe: false,
  });
  client.on('error', (error: Error) => (lastError = error));
  const scan = new KeyspaceScan(client, target.url, options);
  try {
    await client.connect();
    return await scan.run();
  } catch (error) {
    throw connectionError(error instanceof RedisReplyError ? error : (lastError ?? (error as Error)), target);
  } finally {
    client.disconnect();
    await scan.close();
  }
}

class KeyspaceScan {
  private readonly groups = new Map<string, GroupTally>();
  private readonly budget: number;
  private readonly maxGroups: number;
  private readonly commandTimeoutMs: number;
  private pipe: Promise<TtlPipe> | undefined;

  constructor(
    private readonly client: Redis,
    private readonly url: URL,
    private readonly options: RedisScanOptions,
  ) {
    this.commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    this.budget = Math.max(0, options.keyBudget ?? DEFAULT_KEY_BUDGET);
    this.maxGroups = options.maxGroups ?? 10_000;
  }

  async run(): Promise<RedisScan> {
    const count = String(this.options.count ?? DEFAULT_COUNT);
    let cursor = '0';
    let scanned = 0;
    let truncated = false;
    let pending: Promise<void> = Promise.resolve();
    do {
      // The TTLs of the previous batch travel on the connection while this SCAN is answered.
      const [next, keys] = await this.client.scanBuffer(cursor, 'COUNT', count);
      cursor = next.toString();
      const room = this.budget - scanned;
      const batch = keys.length > room ? keys.slice(0, room) : keys;
      truncated = batch.length < keys.length;
      scanned += batch.length;
      await pending;
      pending = this.tally(batch);
      pending.catch(() => {}); // awaited on the next turn; this only stops an early exit reporting it twice
    } while (cursor !== '0' && scanned < this.budget);
    await pending;
    return { groups: this.results(), scannedKeys: scanned, complete: cursor === '0' && !truncated };
  }

  private async tally(keys: Buffer[]): Promise<void> {
    const groups = keys.map((key) => this.groupOf(key));
    const asked: number[] = [];
    groups.forEach((group, index) => {
      if (group.ttlChecked) asked.push(index);
      else group.add(keys[index], false);
    });
    if (asked.length === 0) return;
    const pipe = await this.ttlPipe();
    const ttls = await pipe.ttls(asked.map((index) => keys[index]));
    asked.forEach((keyIndex, replyIndex) => groups[keyIndex].add(keys[keyIndex], ttls[replyIndex] === -1));
  }

  private ttlPipe(): Promise<TtlPipe> {
    this.pipe ??= TtlPipe.open(this.url, this.commandTimeoutMs);
    return this.pipe;
  }

  /** Closes the TTL connection, if one was opened. */
  async close(): Promise<void> {
    const pipe = this.pipe;
    this.pipe = undefined;
    if (pipe) (await pipe.catch(() => undefined))?.close();
  }

  private groupOf(key: Buffer): GroupTally {
    const colon = key.indexOf(58);
    const prefix = key.toString('utf8', 0, colon === -1 ? key.length : colon);
    let group = this.groups.get(prefix);
    if (group) return group;
    const name = this.groups.size < this.maxGroups ? prefix : OVERFLOW_PREFIX;
    group = this.groups.get(name) ?? new GroupTally(name, this.options.ttlFor?.(name) ?? true);
    this.groups.set(name, group);
    return group;
  }

  private results(): RedisKeyGroup[] {
    return [...this.groups.values()]
      .map((group) => group.result())
      .sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
  }
}

class GroupTally {
  keyCount = 0;
  keysWithoutTtl = 0;
  readonly exampleKeys: string[] = [];
  readonly examplesWithoutTtl: string[] = [];

  constructor(
    readonly prefix: string,
    readonly ttlChecked: boolean,
  ) {}

  add(key: Buffer, withoutTtl: boolean): void {
    this.keyCount++;
    if (this.exampleKeys.length < EXAMPLES_PER_GROUP) this.exampleKeys.push(key.toString('utf8'));
    if (!withoutTtl) return;
    this.keysWithoutTtl++;
    if (this.examplesWithoutTtl.length < EXAMPLES_PER_GROUP)
      this.examplesWithoutTtl.push(key.toString('utf8'));
  }

  result(): RedisKeyGroup {
    return {
      prefix: this.prefix,
      keyCount: this.keyCount,
      exampleKeys: this.exampleKeys,
      keysWithoutTtl: this.keysWithoutTtl,
      examplesWithoutTtl: this.examplesWithoutTtl,
      ttlChecked: this.ttlChecked,
    };
  }
}

interface RedisTarget {
  url: URL;
  /** The URL with its password replaced, for messages. */
  shown: string;
  password: string;
}

export function parseRedisUrl(url: string): RedisTarget {
  const parsed = urlWithScheme(url, '--redis', ['redis', 'rediss']);
  const password = decodeURIComponent(parsed.password);
  const shown = new URL(parsed.toString());
  if (shown.password) shown.password = '***';
  shown.search = ''; // a query string may carry credentials too
  shown.hash = '';
  return { url: parsed, shown: shown.toString().replace(/\/$/, ''), password };
}

function connectionError(error: Error, target: RedisTarget): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const text = error.message ?? String(error);
  let reason: string;
  if (code === 'ECONNREFUSED') reason = 'connection refused';
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') reason = 'host not found';
  else if (code === 'ETIMEDOUT' || /connect ETIMEDOUT/.test(text)) reason = 'timed out connecting';
  else if (/command timed out/i.test(text)) reason = 'timed out waiting for a reply';
  else if (/WRONGPASS|NOAUTH|invalid password|invalid username-password/i.test(text))
    reason = 'authentication failed';
  else if (/NOPERM/.test(text)) reason = `the user may not run SCAN or TTL (${firstLine(text)})`;
  else if (/Connection is closed|ECONNRESET|EPIPE/i.test(text)) reason = 'the server closed the connection';
  else reason = firstLine(text);
  reason = maskSecrets(reason, target.password ? [target.password] : []);
  return new UsageError(`cannot audit Redis at ${target.shown}: ${reason}`);
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
