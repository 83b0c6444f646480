import type { NetworkFacts } from '../src/platform/facts.ts';
import type { Rule } from '../src/types.ts';

// SPEC-2's security checklist asks for a network allowlist: with the database reachable from every
// address, a leaked password is all an attacker needs.
const rule: Rule = {
  meta: {
    id: 'network-allowlist',
    description: 'Database network restrictions do not allow the whole internet (`0.0.0.0/0`, `::/0`).',
    defaultSeverity: 'warning',
    sources: ['platform'],
  },

  checkPlatform(context) {
    const api = context.facts.api;
    if (!api) return;
    const open = openRanges(api.network);
    if (open.length === 0) return;
    context.report({
      message: `the database accepts connections from the whole internet (${open.join(', ')}): restrict it to the addresses of the app and its operators`,
      object: `supabase:${context.facts.projectRef}`,
    });
  },
};

/**
 * The ranges that cover every address. No list at all means no restriction was ever set, which Supabase
 * applies as both families open; a list that is present is the allowlist of its family.
 */
function openRanges(network: NetworkFacts): string[] {
  if (network.ipv4 === undefined && network.ipv6 === undefined) return ['no restrictions set'];
  return [...(network.ipv4 ?? []), ...(network.ipv6 ?? [])].filter((cidr) => /\/0$/.test(cidr.trim()));
}

export default rule;
