// The Supabase platform settings the platform rules judge (issue 12): read once per run from the
// Management API (GET only) and from `supabase/config.toml`, by src/platform. Field names follow the
// Management API's OpenAPI document where they come from it, so a reader can find each one there.

import type { Location } from '../location.ts';

export interface PlatformFacts {
  /** The project ref the settings belong to, when the Management API was asked. */
  projectRef?: string;
  /** What the Management API answered; absent without `--supabase-project`. */
  api?: ManagementFacts;
  /** `supabase/config.toml` (relative to the config's folder), when the project has one. */
  configToml?: ConfigTomlFacts;
}

export interface ManagementFacts {
  /** `GET /v1/projects/{ref}/database/backups`. */
  backups: { pitrEnabled: boolean; walgEnabled: boolean };
  /**
   * The `pitr` entry of `GET /v1/projects/{ref}/billing/addons` `selected_addons`: its variant id
   * (`pitr_7`, `pitr_14`, `pitr_28`) and the days it keeps, when the id ends in a number.
   */
  pitrAddon?: { variant: string; days?: number };
  /** `GET /v1/projects/{ref}/config/database/pooler`: one entry per database (primary and replicas). */
  poolers: PoolerFacts[];
  /** `GET /v1/projects/{ref}/ssl-enforcement` `currentConfig.database`. */
  sslEnforced: boolean;
  /** `GET /v1/projects/{ref}/network-restrictions`. */
  network: NetworkFacts;
}

export interface PoolerFacts {
  /** `PRIMARY` or `READ_REPLICA` (kept as given, so an unknown kind is shown rather than guessed). */
  databaseType: string;
  identifier?: string;
  poolMode: string;
  defaultPoolSize: number | null;
  maxClientConn: number | null;
}

export interface NetworkFacts {
  /** `config.dbAllowedCidrs`; undefined when the answer has none (no IPv4 restriction was ever set). */
  ipv4?: string[];
  /** `config.dbAllowedCidrsV6`; undefined likewise. */
  ipv6?: string[];
  /** `status`: `stored` (saved, not yet applied) or `applied`. */
  status?: string;
}

/** One `key = value` of config.toml and the line it stands on. */
export interface TomlSetting {
  value: unknown;
  location: Location;
}

export interface ConfigTomlFacts {
  /** Display path (relative to the working directory, forward slashes). */
  file: string;
  /** The `[db.pooler]` table; absent when the file has none. */
  pooler?: { location: Location; enabled?: TomlSetting; poolMode?: TomlSetting };
}
