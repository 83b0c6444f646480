// A local stand-in for the Supabase Management API: the five GET endpoints the platform rules read,
// answered with the field names and types of the API's OpenAPI document (V1BackupsResponse,
// ListProjectAddonsResponse, SupavisorConfigResponse[], SslEnforcementResponse,
// NetworkRestrictionsResponse). Each test sets how it behaves: a project's answers, an error status, a
// rate limit that lifts after one retry, or silence. Every request is recorded, so tests can check that
// only GETs with the bearer token were sent.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STANDIN_REF = 'abcdefghijklmnopqrst';
export const STANDIN_TOKEN = 'sbp_0123456789abcdef0123456789abcdef01234567';

/** The five answers of one project, keyed by the path after `/v1/projects/{ref}/`. */
export interface ProjectAnswers {
  'database/backups': Record<string, unknown>;
  'billing/addons': Record<string, unknown>;
  'config/database/pooler': Record<string, unknown>[];
  'ssl-enforcement': Record<string, unknown>;
  'network-restrictions': Record<string, unknown>;
}

export type StandinMode =
  | { kind: 'project'; answers: ProjectAnswers }
  | { kind: 'status'; status: number; body?: unknown }
  /** 429 with `Retry-After` on each endpoint's first request, then the project's answers. */
  | { kind: 'rate-limited'; retryAfter: string; answers: ProjectAnswers }
  /** Accept the connection and never answer. */
  | { kind: 'silent' };

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
}

function pooler(type: 'PRIMARY' | 'READ_REPLICA', identifier: string, mode: string): Record<string, unknown> {
  return {
    identifier,
    database_type: type,
    is_using_scram_auth: true,
    db_user: `postgres.${STANDIN_REF}`,
    db_host: 'aws-0-eu-central-1.pooler.supabase.com',
    db_port: 6543,
    db_name: 'postgres',
    connection_string: `postgresql://postgres.${STANDIN_REF}:[YOUR-PASSWORD]@aws-0-eu-central-1.pooler.supabase.com:6543/postgres`,
    connectionString: `postgresql://postgres.${STANDIN_REF}:[YOUR-PASSWORD]@aws-0-eu-central-1.pooler.supabase.com:6543/postgres`,
    default_pool_size: 15,
    max_client_conn: 200,
    pool_mode: mode,
  };
}

function addon(type: string, id: string, name: string, amount: number): Record<string, unknown> {
  return {
    type,
    variant: {
      id,
      name,
      price: { description: `$${amount}/month`, type: 'fixed', interval: 'monthly', amount },
    },
  };
}

/** A project that passes every platform rule once `[platform] pitr_days` is 28 (the longest add-on). */
export function compliantAnswers(): ProjectAnswers {
  return {
    'database/backups': {
      region: 'eu-central-1',
      walg_enabled: true,
      pitr_enabled: true,
      backups: [{ is_physical_backup: true, status: 'COMPLETED', inserted_at: '2025-11-14T03:00:00.000Z' }],
      physical_backup_data: {
        earliest_physical_backup_date_unix: 1760745600,
        latest_physical_backup_date_unix: 1763164800,
      },
    },
    'billing/addons': {
      selected_addons: [
        addon('compute_instance', 'ci_small', 'Small', 15),
        addon('pitr', 'pitr_28', '28 days', 400),
      ],
      available_addons: [],
    },
    'config/database/pooler': [
      pooler('PRIMARY', STANDIN_REF, 'transaction'),
      pooler('READ_REPLICA', `${STANDIN_REF}-rr-eu-central-1-xkqwz`, 'transaction'),
    ],
    'ssl-enforcement': { currentConfig: { database: true }, appliedSuccessfully: true },
    'network-restrictions': {
      entitlement: 'allowed',
      config: { dbAllowedCidrs: ['203.0.113.0/24'], dbAllowedCidrsV6: ['2001:db8::/32'] },
      status: 'applied',
      updated_at: '2025-10-01T09:00:00.000Z',
      applied_at: '2025-10-01T09:00:05.000Z',
    },
  };
}

/** A project that fails every platform rule: no PITR, no replica, session mode, no SSL, open to all. */
export function nonCompliantAnswers(): ProjectAnswers {
  return {
    'database/backups': {
      region: 'eu-central-1',
      walg_enabled: true,
      pitr_enabled: false,
      backups: [],
      physical_backup_data: {},
    },
    'billing/addons': {
      selected_addons: [addon('compute_instance', 'ci_micro', 'Micro', 10)],
      available_addons: [],
    },
    'config/database/pooler': [pooler('PRIMARY', STANDIN_REF, 'session')],
    'ssl-enforcement': { currentConfig: { database: false }, appliedSuccessfully: true },
    'network-restrictions': {
      entitlement: 'allowed',
      config: { dbAllowedCidrs: ['0.0.0.0/0'], dbAllowedCidrsV6: ['::/0'] },
      status: 'applied',
    },
  };
}

export interface Standin {
  url: string;
  requests: RecordedRequest[];
  set(mode: StandinMode): void;
  close(): Promise<void>;
}

export async function startStandin(mode: StandinMode): Promise<Standin> {
  let current = mode;
  const requests: RecordedRequest[] = [];
  const limited = new Set<string>();
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
    });
    answer(current, request, response, limited);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    set: (next) => {
      current = next;
      limited.clear();
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const PREFIX = /^\/v1\/projects\/([^/]+)\/(.+)$/;

function answer(
  mode: StandinMode,
  request: IncomingMessage,
  response: ServerResponse,
  limited: Set<string>,
): void {
  if (mode.kind === 'silent') return; // the socket stays open, unanswered, until the client gives up
  if (mode.kind === 'status')
    return send(response, mode.status, mode.body ?? { message: `status ${mode.status}` });
  if (request.method !== 'GET') return send(response, 405, { message: 'method not allowed' });
  if (request.headers.authorization !== `Bearer ${STANDIN_TOKEN}`)
    return send(response, 401, { message: 'Unauthorized' });
  const match = PREFIX.exec(request.url ?? '');
  if (!match || match[1] !== STANDIN_REF) return send(response, 404, { message: 'Project not found' });
  const endpoint = match[2] as keyof ProjectAnswers;
  if (!(endpoint in mode.answers)) return send(response, 404, { message: 'Not found' });
  if (mode.kind === 'rate-limited' && !limited.has(endpoint)) {
    limited.add(endpoint);
    response.setHeader('Retry-After', mode.retryAfter);
    return send(response, 429, { message: 'Too many requests' });
  }
  send(response, 200, mode.answers[endpoint]);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}
