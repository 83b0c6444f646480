// `scribe-lint baseline --db <url> [--redis <url>]`: opens the live database the way the audit does (one
// read-only session with timeouts, src/catalog/live.ts), measures, and always closes.

import { openLive } from '../catalog/live.ts';
import type { Config } from '../config.ts';
import { measureDatabase } from './measure.ts';
import type { Baseline } from './report.ts';

export interface BaselineOptions {
  databaseUrl: string;
  redisUrl?: string;
  config: Config;
  now: Date;
}

export async function takeBaseline(options: BaselineOptions): Promise<Baseline> {
  const live = await openLive(options.databaseUrl);
  try {
    const database = await measureDatabase(live.value.connection, options.config, options.redisUrl);
    const health = options.config.health;
    return {
      measuredAt: options.now.toISOString(),
      database,
      targets: {
        p95Ms: health.p95Ms,
        connectionsPct: health.connectionsTarget,
        auditP95Ms: health.auditP95Ms,
        cacheHitPct: health.cacheHitPct,
      },
    };
  } finally {
    await live.close();
  }
}
