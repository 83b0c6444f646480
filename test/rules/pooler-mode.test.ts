// pooler-mode over the primary's pooler (Management API) and `[db.pooler]` in supabase/config.toml.

import { describe, expect, it } from 'vitest';
import poolerMode from '../../rules/pooler-mode.ts';
import type { PlatformFacts } from '../../src/platform/facts.ts';
import { configTomlFacts } from '../../src/platform/config-toml.ts';
import { compliantFacts, platformLines } from '../platform/platform-facts.ts';

const FILE = 'supabase/config.toml';
const tomlFacts = (text: string): PlatformFacts => ({ configToml: configTomlFacts(text, FILE) });

describe('pooler-mode on the Management API', () => {
  it('passes when the primary pools in transaction mode', async () => {
    expect(await platformLines(poolerMode, compliantFacts())).toEqual([]);
  });

  it('reports session mode with the pool size and client limit', async () => {
    const facts = compliantFacts();
    facts.api!.poolers[0] = {
      databaseType: 'PRIMARY',
      poolMode: 'session',
      defaultPoolSize: null,
      maxClientConn: 200,
    };
    expect(await platformLines(poolerMode, facts)).toEqual([
      "supabase:abcdefghijklmnopqrst warning pooler-mode the primary's pooler runs in `session` mode (default_pool_size not set, max_client_conn 200): set it to `transaction`, the mode for OLTP",
    ]);
  });

  it('judges the primary only: a replica in session mode is not the OLTP pool', async () => {
    const facts = compliantFacts();
    facts.api!.poolers[1].poolMode = 'session';
    expect(await platformLines(poolerMode, facts)).toEqual([]);
  });

  it('says it could not verify a project whose answer lists no primary', async () => {
    const facts = compliantFacts();
    facts.api!.poolers = [];
    expect(await platformLines(poolerMode, facts)).toEqual([
      'supabase:abcdefghijklmnopqrst info pooler-mode the Management API lists no pooler for the primary database: its pool mode could not be verified',
    ]);
  });
});

describe('pooler-mode on supabase/config.toml', () => {
  it('passes when the local pooler is on in transaction mode, or with the mode left to its default', async () => {
    expect(
      await platformLines(poolerMode, tomlFacts('[db.pooler]\nenabled = true\npool_mode = "transaction"\n')),
    ).toEqual([]);
    expect(
      await platformLines(poolerMode, tomlFacts('[db]\nport = 54322\n\n[db.pooler]\nenabled = true\n')),
    ).toEqual([]);
  });

  it('reports `enabled = false` and a session pool mode at their lines', async () => {
    const text =
      '# local stack\n[db]\nport = 54322\n\n[db.pooler]\n  enabled = false # off\npool_mode = "session"\n\n[api]\nenabled = true\n';
    expect(await platformLines(poolerMode, tomlFacts(text))).toEqual([
      `${FILE}:6:3-6:18 warning pooler-mode \`[db.pooler] enabled\` is false: set \`enabled = true\``,
      `${FILE}:7:1-7:22 warning pooler-mode \`[db.pooler] pool_mode\` is "session": set \`pool_mode = "transaction"\``,
    ]);
  });

  it('places a pooler table without `enabled` at its header', async () => {
    expect(
      await platformLines(
        poolerMode,
        tomlFacts('project_id = "x"\n[db.pooler]\npool_mode = "transaction"\n'),
      ),
    ).toEqual([
      `${FILE}:2:1-2:12 warning pooler-mode \`[db.pooler] enabled\` is not set (off): set \`enabled = true\``,
    ]);
  });

  it("does not take another table's `enabled` for the pooler's", async () => {
    const text = '[db.pooler]\npool_mode = "transaction"\n\n[studio]\nenabled = true\n';
    const [line] = await platformLines(poolerMode, tomlFacts(text));
    expect(line).toBe(
      `${FILE}:1:1-1:12 warning pooler-mode \`[db.pooler] enabled\` is not set (off): set \`enabled = true\``,
    );
  });

  it('reports a config.toml without a [db.pooler] table at its first line', async () => {
    expect(await platformLines(poolerMode, tomlFacts('[db]\nport = 54322\n'))).toEqual([
      `${FILE}:1:1-1:1 warning pooler-mode no \`[db.pooler]\` table: the local pooler is off; add it with \`enabled = true\` and \`pool_mode = "transaction"\``,
    ]);
  });

  it('judges both sources in one run', async () => {
    const facts = compliantFacts();
    facts.api!.poolers[0].poolMode = 'session';
    facts.configToml = configTomlFacts('[db.pooler]\nenabled = false\n', FILE);
    expect((await platformLines(poolerMode, facts)).map((line) => line.split(' ')[0])).toEqual([
      `${FILE}:2:1-2:16`,
      'supabase:abcdefghijklmnopqrst',
    ]);
  });
});
