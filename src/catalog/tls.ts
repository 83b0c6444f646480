// TLS for the live session, read from the URL the way libpq reads it (PostgreSQL docs, "SSL Support"), and
// handed to node-postgres as explicit options. Left to node-postgres, `sslmode=require` prints a nine-line
// security warning on every run and means something else in its next major version; here it means what
// libpq documents:
//
//   disable      no TLS
//   allow/prefer TLS without verification; a server that does not offer TLS is asked again without it
//                (libpq's `allow` tries plain first; the result is the same connection to a server)
//   require      TLS without verification, unless `sslrootcert` is given: then the chain is verified
//                against it, as libpq does when a root certificate is present (verify-ca)
//   verify-ca    TLS; the server's certificate chain must lead to `sslrootcert` (or the system CAs)
//   verify-full  verify-ca, and the certificate must name the host connected to
//
// `sslrootcert=system` trusts the system CAs and implies verify-full, as in libpq 16. Without `sslmode`
// the session is plain, as node-postgres has always done (libpq's default would be `prefer`); `ssl=true`
// (a node-postgres parameter) is read as verify-full, what it meant there. `sslcert`/`sslkey` are passed on.

import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { UsageError } from '../errors.ts';

const MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
type SslMode = (typeof MODES)[number];

/** The URL parameters this module reads; they are taken out of the URL node-postgres sees. */
const TLS_PARAMETERS = ['sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'ssl', 'uselibpqcompat'];

export interface TlsSettings {
  ssl: false | ConnectionOptions;
  /** `prefer`/`allow`: connect without TLS when the server does not offer it. */
  fallBackToPlain: boolean;
}

export function tlsOptions(url: string): TlsSettings {
  const params = new URL(url).searchParams;
  const rootCert = params.get('sslrootcert') ?? undefined;
  const mode = sslModeOf(params, rootCert);
  if (mode === 'disable') return { ssl: false, fallBackToPlain: false };
  const files: ConnectionOptions = {};
  if (rootCert && rootCert !== 'system') files.ca = readPem('sslrootcert', rootCert);
  const cert = params.get('sslcert');
  const key = params.get('sslkey');
  if (cert) files.cert = readPem('sslcert', cert);
  if (key) files.key = readPem('sslkey', key);
  const verifyChain = mode === 'verify-ca' || mode === 'verify-full' || (mode === 'require' && !!rootCert);
  const ssl: ConnectionOptions = { ...files, rejectUnauthorized: verifyChain };
  // Node checks the host name as part of verifying; verify-ca (and require with a root cert) must not.
  if (mode !== 'verify-full') ssl.checkServerIdentity = () => undefined;
  return { ssl, fallBackToPlain: mode === 'prefer' || mode === 'allow' };
}

function sslModeOf(params: URLSearchParams, rootCert: string | undefined): SslMode {
  const given = params.get('sslmode');
  if (given !== null) {
    if (!(MODES as readonly string[]).includes(given)) {
      throw new UsageError(`--db: sslmode must be one of ${MODES.join(', ')}; got "${given}"`);
    }
    if (rootCert === 'system' && given !== 'verify-full') {
      throw new UsageError('--db: sslrootcert=system needs sslmode=verify-full (or no sslmode)');
    }
    return given as SslMode;
  }
  if (rootCert === 'system') return 'verify-full';
  const ssl = params.get('ssl');
  if (ssl === 'true' || ssl === '1') return 'verify-full';
  return 'disable';
}

function readPem(parameter: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`--db: cannot read ${parameter} ${file}: ${reason}`);
  }
}

/** The URL without the TLS parameters, for node-postgres, which would otherwise act on them itself. */
export function withoutTlsParameters(url: string): string {
  const parsed = new URL(url);
  if (!TLS_PARAMETERS.some((name) => parsed.searchParams.has(name))) return url;
  for (const name of TLS_PARAMETERS) parsed.searchParams.delete(name);
  return parsed.toString();
}
