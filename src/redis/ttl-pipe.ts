// A lean pipelined connection that sends TTL and nothing else (after the AUTH/SELECT the URL asks for).
// A full client builds an object and a promise per command; for a million keys that costs several
// seconds of this process's time, while the TTLs themselves are cheap for Redis. Here a batch of TTLs is
// one buffer out and a stream of integer replies in.

import net from 'node:net';
import tls from 'node:tls';

interface Request {
  expected: number;
  replies: number[];
  error?: Error;
  resolve(replies: number[]): void;
  reject(error: Error): void;
}

const TTL_HEADER = Buffer.from('*2\r\n$3\r\nTTL\r\n');
const CRLF = Buffer.from('\r\n');

export class RedisReplyError extends Error {
  override readonly name = 'RedisReplyError';
}

export class TtlPipe {
  private readonly queue: Request[] = [];
  private partial: Buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('Connection is closed.')));
    socket.on('timeout', () => {
      this.fail(new Error('Command timed out'));
      socket.destroy();
    });
  }

  /** Connects, authenticates and selects the database the URL names. */
  static async open(url: URL, timeoutMs: number): Promise<TtlPipe> {
    const port = Number(url.port || 6379);
    const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
    const socket =
      url.protocol === 'rediss:'
        ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host })
        : net.connect({ host, port });
    socket.setNoDelay(true);
    socket.setTimeout(timeoutMs);
    const pipe = new TtlPipe(socket);
    const handshake: Buffer[][] = [];
    const password = decodeURIComponent(url.password);
    const username = decodeURIComponent(url.username);
    if (password) handshake.push(username ? command('AUTH', username, password) : command('AUTH', password));
    const db = url.pathname.replace(/^\//, '');
    if (db && db !== '0') handshake.push(command('SELECT', db));
    if (handshake.length > 0) await pipe.send(handshake.flat(), handshake.length);
    else
      await new Promise<void>((resolve, reject) => {
        socket.once(url.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => resolve());
        socket.once('error', reject);
        socket.once('timeout', () => reject(new Error('Command timed out')));
      });
    return pipe;
  }

  /** TTL of each key, in order: seconds, -1 for none, -2 for a key deleted since SCAN saw it. */
  ttls(keys: readonly Buffer[]): Promise<number[]> {
    const parts: Buffer[] = [];
    for (const key of keys) parts.push(TTL_HEADER, Buffer.from(`$${key.length}\r\n`), key, CRLF);
    return this.send(parts, keys.length);
  }

  close(): void {
    this.socket.destroy();
  }

  private send(parts: Buffer[], expected: number): Promise<number[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ expected, replies: [], resolve, reject });
      this.socket.write(Buffer.concat(parts));
    });
  }

  private receive(chunk: Buffer): void {
    const buffer = this.partial.length > 0 ? Buffer.concat([this.partial, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      this.reply(buffer, start, end - 1); // a line ends in \r\n
      start = end + 1;
    }
    this.partial = Buffer.from(buffer.subarray(start));
  }

  /** Only the reply types TTL, AUTH and SELECT produce: `:integer`, `+OK`, `-error`. */
  private reply(buffer: Buffer, start: number, end: number): void {
    const request = this.queue[0];
    if (!request) return this.fail(new Error('unexpected reply from Redis'));
    const type = buffer[start];
    if (type === 0x3a /* : */) request.replies.push(parseInteger(buffer, start + 1, end));
    else if (type === 0x2b /* + */) request.replies.push(0);
    else if (type === 0x2d /* - */) {
      request.error ??= new RedisReplyError(buffer.toString('utf8', start + 1, end));
      request.replies.push(-2);
    } else return this.fail(new Error('unexpected reply type from Redis'));
    if (request.replies.length < request.expected) return;
    this.queue.shift();
    if (request.error) request.reject(request.error);
    else request.resolve(request.replies);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.queue.splice(0)) request.reject(error);
  }
}

function command(...args: string[]): Buffer[] {
  const parts = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.from(arg, 'utf8');
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, CRLF);
  }
  return parts;
}

function parseInteger(buffer: Buffer, start: number, end: number): number {
  let index = start;
  const negative = buffer[index] === 0x2d;
  if (negative) index++;
  let value = 0;
  for (; index < end; index++) value = value * 10 + (buffer[index] - 0x30);
  return negative ? -value : value;
}
