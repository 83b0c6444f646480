// Errors that end a run with exit code 2 and one line on stderr: bad usage, bad config, unreadable input,
// an unreachable database. Anything else that escapes is a bug and is reported as one.

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}
