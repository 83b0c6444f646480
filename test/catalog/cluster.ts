// A throwaway PostgreSQL 15 cluster in a temporary folder, for tests that need server settings the shared
// server does not have (statement logging, preloaded libraries, password authentication, TLS).

import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

export interface Cluster {
  port: number;
  /** Superuser connection over the unix socket (trust). */
  adminUrl: string;
  /** TCP URL for a role with a password. */
  tcpUrl(user: string, password: string, database?: string): string;
  log(): string;
  stop(): void;
  /** With `tls: true`: the server's self-signed certificate, which is its own CA. */
  caFile?: string;
}

export interface ClusterOptions {
  /** Serve TLS with a self-signed certificate for `localhost` and 127.0.0.1, made with openssl. */
  tls?: boolean;
}

/** A self-signed certificate for `localhost` and 127.0.0.1 and its key, in `dir`, made with openssl. */
export function selfSignedCertificate(dir: string, name: string): { cert: string; key: string } {
  const cert = path.join(dir, `${name}.crt`);
  const key = path.join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost'],
      ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert],
    ],
    { stdio: 'pipe' },
  );
  return { cert, key };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The server's certificate; its key must belong to the server's user and be private to it. */
function serverCertificate(dir: string): { cert: string; key: string } {
  const files = selfSignedCertificate(dir, 'server');
  if (userInfo().uid === 0) execFileSync('chown', ['postgres', files.cert, files.key]);
  chmodSync(files.key, 0o600);
  return files;
}

/** initdb refuses to run as root; run the server binaries as `postgres` then. */
function run(command: string, args: string[]): void {
  const asRoot = userInfo().uid === 0;
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: 'pipe' });
}

export async function startCluster(
  settings: Record<string, string>,
  options: ClusterOptions = {},
): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'scribe-lint-pg-'));
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  run(`${BIN}/initdb`, ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256']);
  const port = await freePort();
  const tls = options.tls ? serverCertificate(dir) : undefined;
  const conf = {
    port: String(port),
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${dir}'`,
    ...(tls && { ssl: 'on', ssl_cert_file: `'${tls.cert}'`, ssl_key_file: `'${tls.key}'` }),
    ...settings,
  };
  writeFileSync(
    path.join(data, 'postgresql.auto.conf'),
    Object.entries(conf)
      .map(([key, value]) => `${key} = ${value}`)
      .join('\n'),
  );
  if (userInfo().uid === 0) execFileSync('chown', ['postgres', path.join(data, 'postgresql.auto.conf')]);
  run(`${BIN}/pg_ctl`, ['-D', data, '-l', logFile, '-w', '-t', '30', 'start']);
  return {
    port,
    adminUrl: `postgres://postgres@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`,
    tcpUrl: (user, password, database = 'postgres') =>
      `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    caFile: tls?.cert,
    log: () => readFileSync(logFile, 'utf8'),
    stop: () => {
      try {
        run(`${BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
