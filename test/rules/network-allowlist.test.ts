// network-allowlist over the network restrictions' allowed CIDRs, IPv4 and IPv6.

import { describe, expect, it } from 'vitest';
import networkAllowlist from '../../rules/network-allowlist.ts';
import type { NetworkFacts } from '../../src/platform/facts.ts';
import { compliantFacts, platformLines } from '../platform/platform-facts.ts';

async function linesFor(network: NetworkFacts): Promise<string[]> {
  const facts = compliantFacts();
  facts.api!.network = network;
  return platformLines(networkAllowlist, facts);
}

const PREFIX =
  'supabase:abcdefghijklmnopqrst warning network-allowlist the database accepts connections from the whole internet';
const FIX = ': restrict it to the addresses of the app and its operators';

describe('network-allowlist', () => {
  it('passes with an allowlist of narrower ranges', async () => {
    expect(await platformLines(networkAllowlist, compliantFacts())).toEqual([]);
    expect(await linesFor({ ipv4: ['10.0.0.0/8'] })).toEqual([]);
  });

  it('reports 0.0.0.0/0 and ::/0, each family on its own', async () => {
    expect(await linesFor({ ipv4: ['0.0.0.0/0'], ipv6: ['::/0'] })).toEqual([
      `${PREFIX} (0.0.0.0/0, ::/0)${FIX}`,
    ]);
    expect(await linesFor({ ipv4: ['203.0.113.0/24'], ipv6: ['::/0'] })).toEqual([`${PREFIX} (::/0)${FIX}`]);
    expect(await linesFor({ ipv4: ['0.0.0.0/0'], ipv6: [] })).toEqual([`${PREFIX} (0.0.0.0/0)${FIX}`]);
  });

  it('reports a project on which no restriction was ever set', async () => {
    expect(await linesFor({})).toEqual([`${PREFIX} (no restrictions set)${FIX}`]);
  });
});
