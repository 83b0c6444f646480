import type { Rule } from '../src/types.ts';

// A suppression that no longer suppresses anything hides the next real finding of that rule on the same
// statement. The engine reports these after applying suppressions (src/suppress.ts), because only then is
// it known which suppressions were used; this module carries the rule's metadata.
const rule: Rule = {
  meta: {
    id: 'unused-suppression',
    description: 'Every suppression comment suppresses a finding and names known rules.',
    defaultSeverity: 'warning',
    sources: ['statement'],
    reportsSuppressions: true,
  },
};

export default rule;
