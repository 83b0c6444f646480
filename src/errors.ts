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
