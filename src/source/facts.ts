// Facts the TypeScript source analysis (src/source) extracts for the source rules to judge.
// Analysis and judgement are split so phi-cache and cache-ttl share one pass over the files.

import type { Config } from '../config.ts';
import type { Location, Report } from '../types.ts';

export interface CacheWrite {
  /** The write call, e.g. `redis.setex(...)`, spanning the call expression. */
  location: Location;
  /** The method called: `set`, `setex`, `hset`, `json.set`, ... */
  method: string;
  /** The key's static prefix when it can be worked out (`program:` from `` `program:${id}` ``). */
  keyPrefix?: string;
  /** PHI tables whose query results flow into the written value, within the same function. */
  valueFromTables: string[];
  /** True when the write sets an expiry itself or an `expire` on the same key follows in the function. */
  hasExpiry: boolean;
}

export interface SourceContext {
  cacheWrites: readonly CacheWrite[];
  config: Config;
  report: Report;
}
