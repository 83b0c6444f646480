// pitr-enabled over the Management API's backups and add-ons: off, too short, unreadable, and the spec's
// 30 days that no single Supabase add-on reaches.

import { describe, expect, it } from 'vitest';
import pitrEnabled from '../../rules/pitr-enabled.ts';
import { compliantFacts, platformLines } from '../platform/platform-facts.ts';

const OBJECT = 'supabase:abcdefghijklmnopqrst';

describe('pitr-enabled', () => {
  it('passes with PITR on and an add-on that keeps the configured days', async () => {
    expect(await platformLines(pitrEnabled, compliantFacts())).toEqual([]);
    const facts = compliantFacts();
    facts.api!.pitrAddon = { variant: 'pitr_14', days: 14 };
    expect(await platformLines(pitrEnabled, facts, (config) => (config.platform.pitrDays = 7))).toEqual([]);
  });

  it('reports PITR off, naming the add-on that reaches the target', async () => {
    const facts = compliantFacts();
    facts.api!.backups.pitrEnabled = false;
    facts.api!.pitrAddon = undefined;
    expect(await platformLines(pitrEnabled, facts, (config) => (config.platform.pitrDays = 14))).toEqual([
      `${OBJECT} error pitr-enabled point-in-time recovery is off (daily backups only): select the \`pitr_14\` add-on`,
    ]);
  });

  it('says that the default 30 days cannot be met by the add-on alone, even with the longest add-on', async () => {
    const note =
      "Supabase's longest PITR add-on keeps 28 days, so 30 days cannot be met by the add-on alone: " +
      'select `pitr_28` and set `[platform] pitr_days = 28`, or keep longer backups elsewhere';
    const lines = await platformLines(
      pitrEnabled,
      compliantFacts(),
      (config) => (config.platform.pitrDays = 30),
    );
    expect(lines).toEqual([
      `${OBJECT} error pitr-enabled PITR keeps 28 days (add-on \`pitr_28\`), below the 30 days \`[platform] pitr_days\` asks: ${note}`,
    ]);
  });

  it('reports a retention below the target', async () => {
    const facts = compliantFacts();
    facts.api!.pitrAddon = { variant: 'pitr_7', days: 7 };
    expect(await platformLines(pitrEnabled, facts, (config) => (config.platform.pitrDays = 10))).toEqual([
      `${OBJECT} error pitr-enabled PITR keeps 7 days (add-on \`pitr_7\`), below the 10 days \`[platform] pitr_days\` asks: select the \`pitr_14\` add-on`,
    ]);
  });

  it('says when PITR is on but its retention cannot be read (info, not a pass)', async () => {
    const facts = compliantFacts();
    facts.api!.pitrAddon = undefined;
    expect(await platformLines(pitrEnabled, facts)).toEqual([
      `${OBJECT} info pitr-enabled PITR is on, but its retention could not be verified: no \`pitr\` add-on is selected`,
    ]);
  });

  it('names missing WAL-G backups too', async () => {
    const facts = compliantFacts();
    facts.api!.backups = { pitrEnabled: false, walgEnabled: false };
    const [line] = await platformLines(pitrEnabled, facts);
    expect(line).toContain('point-in-time recovery is off (no WAL-G backups either)');
  });

  it('is silent without the Management API (config.toml alone)', async () => {
    expect(await platformLines(pitrEnabled, { configToml: { file: 'supabase/config.toml' } })).toEqual([]);
  });
});
