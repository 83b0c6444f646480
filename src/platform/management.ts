// The five Management API answers the platform rules read, turned into ManagementFacts. The shapes are
// checked field by field: an answer without a field a rule judges is an error naming the field, never a
// silent pass (a missing `pitr_enabled` must not read as "PITR is fine").

import { UsageError } from '../errors.ts';
import { isObject, ManagementClient } from './client.ts';
import type { ManagementFacts, NetworkFacts, PoolerFacts } from './facts.ts';

export const ENDPOINTS = {
  backups: 'database/backups',
  addons: 'billing/addons',
  pooler: 'config/database/pooler',
  ssl: 'ssl-enforcement',
  network: 'network-restrictions',
} as const;

/** All five requests at once: the run waits for the slowest, not for their sum. */
export async function readManagementFacts(client: ManagementClient, ref: string): Promise<ManagementFacts> {
  const [backups, addons, pooler, ssl, network] = await Promise.all([
    client.get(ENDPOINTS.backups),
    client.get(ENDPOINTS.addons),
    client.get(ENDPOINTS.pooler),
    client.get(ENDPOINTS.ssl),
    client.get(ENDPOINTS.network),
  ]);
  const shape = new ShapeReader(ref);
  return {
    backups: shape.backups(backups),
    pitrAddon: shape.pitrAddon(addons),
    poolers: shape.poolers(pooler),
    sslEnforced: shape.ssl(ssl),
    network: shape.network(network),
  };
}

class ShapeReader {
  constructor(private readonly ref: string) {}

  backups(body: unknown): ManagementFacts['backups'] {
    const object = this.object(ENDPOINTS.backups, body);
    return {
      pitrEnabled: this.boolean(ENDPOINTS.backups, 'pitr_enabled', object.pitr_enabled),
      walgEnabled: this.boolean(ENDPOINTS.backups, 'walg_enabled', object.walg_enabled),
    };
  }

  /** The selected `pitr` add-on; its days from the variant id (`pitr_14` keeps 14 days). */
  pitrAddon(body: unknown): ManagementFacts['pitrAddon'] {
    const object = this.object(ENDPOINTS.addons, body);
    const selected = this.array(ENDPOINTS.addons, 'selected_addons', object.selected_addons);
    const pitr = selected.find((addon) => isObject(addon) && addon.type === 'pitr');
    if (!isObject(pitr)) return undefined;
    const variant = isObject(pitr.variant) ? pitr.variant.id : undefined;
    if (typeof variant !== 'string') this.missing(ENDPOINTS.addons, 'selected_addons[].variant.id');
    const days = /^pitr_(\d+)$/.exec(variant)?.[1];
    return { variant, days: days === undefined ? undefined : Number(days) };
  }

  poolers(body: unknown): PoolerFacts[] {
    return this.array(ENDPOINTS.pooler, '(the answer)', body).map((entry) => {
      const object = this.object(ENDPOINTS.pooler, entry);
      const databaseType = object.database_type;
      const poolMode = object.pool_mode;
      if (typeof databaseType !== 'string') this.missing(ENDPOINTS.pooler, 'database_type');
      if (typeof poolMode !== 'string') this.missing(ENDPOINTS.pooler, 'pool_mode');
      return {
        databaseType,
        identifier: typeof object.identifier === 'string' ? object.identifier : undefined,
        poolMode,
        defaultPoolSize: numberOrNull(object.default_pool_size),
        maxClientConn: numberOrNull(object.max_client_conn),
      };
    });
  }

  ssl(body: unknown): boolean {
    const object = this.object(ENDPOINTS.ssl, body);
    const current = isObject(object.currentConfig) ? object.currentConfig.database : undefined;
    return this.boolean(ENDPOINTS.ssl, 'currentConfig.database', current);
  }

  network(body: unknown): NetworkFacts {
    const object = this.object(ENDPOINTS.network, body);
    const config = isObject(object.config) ? object.config : {};
    return {
      ipv4: this.cidrs('config.dbAllowedCidrs', config.dbAllowedCidrs),
      ipv6: this.cidrs('config.dbAllowedCidrsV6', config.dbAllowedCidrsV6),
      status: typeof object.status === 'string' ? object.status : undefined,
    };
  }

  private cidrs(field: string, value: unknown): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    const list = this.array(ENDPOINTS.network, field, value);
    if (!list.every((item) => typeof item === 'string')) this.missing(ENDPOINTS.network, field);
    return list as string[];
  }

  private object(endpoint: string, value: unknown): Record<string, unknown> {
    if (!isObject(value)) this.missing(endpoint, '(an object)');
    return value;
  }

  private array(endpoint: string, field: string, value: unknown): unknown[] {
    if (!Array.isArray(value)) this.missing(endpoint, field);
    return value;
  }

  private boolean(endpoint: string, field: string, value: unknown): boolean {
    if (typeof value !== 'boolean') this.missing(endpoint, field);
    return value;
  }

  private missing(endpoint: string, field: string): never {
    throw new UsageError(
      `Supabase Management API: GET /v1/projects/${this.ref}/${endpoint} answered without the expected ${field}`,
    );
  }
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
