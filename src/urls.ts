// Connection URLs given by the user: the scheme is checked before anything is tried, so `--db mysql://…`
// or a bare word is a usage error with one line, not a connection attempt.

import { UsageError } from './errors.ts';

/** Parses `url` and requires one of `schemes` (`['postgres', 'postgresql']`); `option` names the flag. */
export function urlWithScheme(url: string, option: string, schemes: readonly string[]): URL {
  const expected = `${option} must be a ${schemes.map((scheme) => `${scheme}://`).join(' or ')} URL`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(expected);
  }
  if (!schemes.includes(parsed.protocol.slice(0, -1)))
    throw new UsageError(`${expected}, not ${parsed.protocol}//…`);
  return parsed;
}
