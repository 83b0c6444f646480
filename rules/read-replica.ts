import type { Rule } from '../src/types.ts';

// SPEC-2 sends analytics to a read replica, so a long report never competes with the app for the
// primary's connections, CPU and buffer cache.
const rule: Rule = {
  meta: {
    id: 'read-replica',
    description: 'The project has a read replica for analytics (`[platform] read_replica`).',
    defaultSeverity: 'warning',
    sources: ['platform'],
  },

  checkPlatform(context) {
    const api = context.facts.api;
    if (!api || !context.config.platform.readReplica) return;
    if (api.poolers.some((pooler) => pooler.databaseType === 'READ_REPLICA')) return;
    context.report({
      message:
        'the project has no read replica, so analytics queries run on the primary: add one, or set `[platform] read_replica = false`',
      object: `supabase:${context.facts.projectRef}`,
    });
  },
};

export default rule;
