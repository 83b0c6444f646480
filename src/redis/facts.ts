// Facts the live Redis scan (src/redis) gathers for the redis rules to judge. Values are never read.
// Rules see these facts through `RedisContext` (src/types.ts), which is why this module imports nothing.

export interface RedisKeyGroup {
  /** The key prefix up to the first `:` (the whole key when it has none). */
  prefix: string;
  keyCount: number;
  /** A few key names, for the message. */
  exampleKeys: string[];
  /** How many keys of the group have no TTL (TTL -1); 0 when `ttlChecked` is false. */
  keysWithoutTtl: number;
  /** A few names of keys without TTL, for the cache-ttl message. */
  examplesWithoutTtl?: string[];
  /** False when the scan did not ask for this group's TTLs (only allowed cache prefixes need them). */
  ttlChecked?: boolean;
}
