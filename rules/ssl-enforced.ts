import type { Rule } from '../src/types.ts';

// Without enforcement, a client that does not ask for TLS (a script, a misconfigured driver) connects in
// clear text, and its password and every row it reads cross the network readable.
const rule: Rule = {
  meta: {
    id: 'ssl-enforced',
    description: 'The database refuses connections without SSL.',
    defaultSeverity: 'error',
    sources: ['platform'],
  },

  checkPlatform(context) {
    const api = context.facts.api;
    if (!api || api.sslEnforced) return;
    context.report({
      message:
        'SSL is not enforced for database connections (`currentConfig.database` is false): a client that does not ask for TLS connects in clear text',
      object: `supabase:${context.facts.projectRef}`,
    });
  },
};

export default rule;
