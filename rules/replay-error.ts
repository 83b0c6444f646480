import type { Config } from '../src/config.ts';
import type { Rule } from '../src/types.ts';

// A statement that parses but fails on PostgreSQL fails the deploy, and leaves the shadow schema without
// whatever it would have made, so later findings may be missing. Only the first failure of a chain is
// reported: the replay recognises failures caused by an earlier one (src/shadow/consequences.ts). A
// replay that could not finish is reported here too, as an error: a schema nobody checked must not pass.
const rule: Rule = {
  meta: {
    id: 'replay-error',
    description: 'Every statement that parses also runs when the history is replayed into a shadow database.',
    defaultSeverity: 'error',
    sources: ['schema'],
    runsOnIncompleteShadow: true,
    reportsFaultsOf: ['shadow'],
  },

  async checkSchema(context) {
    if (context.mode !== 'shadow' || !context.replay) return;
    for (const error of context.replay.errors) {
      // What the deploy does is said for PostgreSQL's own errors; a statement that stopped the shadow
      // (a hang, a crash of the embedded server) says nothing about what Supabase would do with it.
      const note = error.stoppedShadow ? '' : deployNote(context.config);
      const message = error.endsReplay
        ? error.message
        : `statement failed on replay: ${error.message}${note}`;
      context.report({ message, location: error.location });
    }
  },
};

/** What the runner's deploy does with a file whose statement fails, and what the shadow did instead. */
function deployNote(config: Config): string {
  if (config.runner === 'psql') return '';
  const deploy =
    config.runner === 'supabase'
      ? 'on Supabase this file rolls back whole and the deploy stops here'
      : 'the runner rolls this file back whole and stops here';
  const shadow =
    config.shadow?.onError === 'rollback-file'
      ? 'the shadow rolled it back too and went on with the later files'
      : 'the shadow kept the rest of the file to judge it';
  return ` (${deploy}; ${shadow})`;
}

export default rule;
