// Errors that end a run with exit code 2 and one line on stderr: bad usage, bad config, unreadable input,
// an unreachable database. Anything else that escapes is a bug and is reported as one.

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/**
 * A check that could not be made (a live query waited out its lock timeout twice): the engine reports it as
 * an info finding of the rule that was checking, naming `object` when known, and goes on with the rest.
 */
export class NotVerifiedError extends Error {
  override readonly name = 'NotVerifiedError';

  constructor(
    message: string,
    readonly object?: string,
  ) {
    super(message);
  }
}

/**
 * A rule that threw: a bug in the rule. It ends the run as one line naming the rule and what it was
 * checking (`file:line` of the statement, the schema, the source files, the Redis keys), so the report says
 * where to look; the original error is kept as `cause`, and its stack follows this one's under --debug.
 */
export class RuleError extends Error {
  override readonly name = 'RuleError';

  constructor(
    readonly ruleId: string,
    /** What the rule was checking, e.g. `supabase/migrations/20250101000000_a.sql:3` or `the schema`. */
    readonly checking: string,
    cause: unknown,
  ) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`rule ${ruleId} failed while checking ${checking}: ${message.split('\n')[0].trim()}`, { cause });
    if (cause instanceof Error && cause.stack) this.stack = `${this.stack}\nCaused by: ${cause.stack}`;
  }
}

/**
 * The error to end the run with when a rule's check threw: a usage error (a live database that stopped
 * answering), a check that could not be made, or a rule error already naming its rule pass unchanged.
 */
export function ruleFailure(ruleId: string, checking: string, error: unknown): unknown {
  const passes =
    error instanceof UsageError || error instanceof NotVerifiedError || error instanceof RuleError;
  return passes ? error : new RuleError(ruleId, checking, error);
}
