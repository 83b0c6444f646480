// System error codes in words. A one-line error is read by people, and "EISDIR" tells most of them
// nothing; "is a directory" tells them what to fix.

const WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'already exists',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EBUSY: 'resource busy',
};

/** What went wrong with a file operation, in words when the code is a known one. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && WORDS[code]) return WORDS[code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * Rewrites errno codes left in a message: node's own form (`EISDIR: illegal operation on a directory,
 * read`) and a bare code after a colon (`cannot read x.sql: EACCES`).
 */
export function errnoInWords(message: string): string {
  return message
    .replace(/\b(E[A-Z]+): [^,]*, [a-z]+(?: '[^']*')?/g, (whole, code: string) => WORDS[code] ?? whole)
    .replace(/(: )(E[A-Z]+)\b(?![:-])/g, (whole, colon: string, code: string) =>
      WORDS[code] ? `${colon}${WORDS[code]}` : whole,
    );
}
