// `[health]` in scribe-lint.toml: SPEC-2's numbers by default, every key validated by name, and the init
// template writing the section so that it parses back to the defaults.

import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { configTemplate } from '../../src/cli/init.ts';
import { defaultConfig, parseConfig } from '../../src/config.ts';

const parse = (text: string) =>
  parseConfig(text, { file: '/p/scribe-lint.toml', knownRuleIds: allRules.map((rule) => rule.meta.id) });

describe('[health]', () => {
  it("defaults to the spec's targets", () => {
    expect(defaultConfig().health).toEqual({
      minCalls: 50,
      p95Ms: 150,
      alertMs: 1000,
      auditP95Ms: 50,
      connectionsTarget: 70,
      connectionsAlert: 80,
      sizeFloor: '1MB',
      sizeFloorBytes: 1048576,
      bloatPct: 30,
      seqScanMin: 1000,
      cacheHitPct: 80,
      highWriteTables: [],
    });
  });

  it('reads every key', () => {
    const health = parse(`[health]
min_calls = 5
p95_ms = 200
alert_ms = 2000
audit_p95_ms = 20
connections_target = 60
connections_alert = 90
size_floor = "512kB"
bloat_pct = 20
seq_scan_min = 5000
cache_hit_pct = 95
high_write_tables = ["public.sessions"]
`).health;
    expect(health).toMatchObject({ minCalls: 5, p95Ms: 200, sizeFloor: '512kB', sizeFloorBytes: 524288 });
    expect(health.highWriteTables).toEqual(['public.sessions']);
    expect(parse('[health]\nsize_floor = 2000000\n').health.sizeFloorBytes).toBe(2000000);
  });

  it('names a wrong key or value', () => {
    expect(() => parse('[health]\np95_m = 1\n')).toThrow(
      'unknown key "health.p95_m"; did you mean "p95_ms"?',
    );
    expect(() => parse('[health]\nbloat_pct = 130\n')).toThrow(
      '"health.bloat_pct" must be a whole number from 1 to 100, got 130',
    );
    expect(() => parse('[health]\np95_ms = "fast"\n')).toThrow('"health.p95_ms" must be a whole number');
    expect(() => parse('[health]\nsize_floor = "big"\n')).toThrow(
      '"health.size_floor" must be a size such as "1MB"',
    );
  });

  it("is in init's template, which parses back to the defaults", () => {
    const template = configTemplate(allRules);
    expect(template).toContain('[health]\n');
    expect(template).toContain('size_floor = "1MB"\n');
    expect(parse(template).health).toEqual(defaultConfig().health);
  });
});
