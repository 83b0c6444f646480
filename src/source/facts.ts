// Facts the TypeScript source analysis (src/source) extracts for the source rules to judge.
// Analysis and judgement are split so phi-cache and cache-ttl share one pass over the files.

// Rules see these facts through `SourceContext` (src/types.ts). This module imports only the layers below
// the types, so that the types can name the facts without an import cycle (test/layers.test.ts).

import type { Config } from '../config.ts';
import type { Location } from '../location.ts';

export interface CacheWrite {
  /** The write call, e.g. `redis.setex(...)`, spanning the call expression. */
  location: Location;
  /** The method called: `set`, `setex`, `hset`, `json.set`, ... (lower case; empty for an unchecked file). */
  method: string;
  /** How the call reads in the source, shortened for messages: `redis.set`, `this.cache.set`. */
  callee: string;
  /** The key's static prefix when it can be worked out (`program:` from `` `program:${id}` ``). */
  keyPrefix?: string;
  /** True when the whole key is static text, so `keyPrefix` is the full key. */
  keyIsStatic?: boolean;
  /** PHI tables whose query results flow into the written value, within the same function. */
  valueFromTables: string[];
  /** True when the write sets an expiry itself or an `expire` on the same key follows in the function. */
  hasExpiry: boolean;
  /** `set ... KEEPTTL`: keeps an existing TTL, but a key the write creates gets none. */
  keepsTtl?: boolean;
  /** The receiver is one of the configured wrapper names (`cache.set`), not a recognised Redis client. */
  viaWrapper?: boolean;
  /**
   * Set when this entry stands for a whole file the analysis could not read or parse: nothing in the file
   * was checked. The location points at the problem; `method` is empty.
   */
  unchecked?: string;
}

export interface SourceAnalysisOptions {
  /** Folder the `patterns` are relative to (the config's folder). */
  baseDir: string;
  /** Folder that reported paths are relative to. */
  cwd: string;
  phi: Config['phi'];
  /** Default 5 MB: bigger sources are generated or bundled code, reported as unchecked, never parsed. */
  maxFileBytes?: number;
}
