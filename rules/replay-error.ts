import type { Rule } from '../src/types.ts';

// A statement that parses but fails on PostgreSQL fails the deploy, and leaves the shadow schema without
// whatever it would have made, so later findings may be missing. Only the first failure of a chain is
// reported: the replay recognises failures caused by an earlier one (src/shadow/replay.ts).
const rule: Rule = {
  meta: {
    id: 'replay-error',
    description: 'Every statement that parses also runs when the history is replayed into a shadow database.',
    defaultSeverity: 'warning',
    sources: ['schema'],
  },

  async checkSchema(context) {
    if (context.mode !== 'shadow' || !context.replay) return;
    for (const error of context.replay.errors) {
      context.report({ message: `statement failed on replay: ${error.message}`, location: error.location });
    }
  },
};

export default rule;
