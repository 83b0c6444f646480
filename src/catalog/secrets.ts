// Keeping connection passwords out of messages: shared by the live database (--db), the Redis audit
// (--redis) and the Action. Replacing every occurrence of a short password garbles the message and tells a
// reader which characters the password holds (password `a`: "p***ssword ***uthentic***tion"), so:
//
// - a URL echoed in a message loses the password in its userinfo, whatever the password is;
// - a secret shorter than LOOSE_MATCH_LENGTH is replaced only where it stands whole, not inside a word;
// - a longer one is replaced wherever it occurs: a long random string inside a word is still the secret,
//   and no ordinary word contains one by accident.

/** From this length a secret is masked even inside a word. */
export const LOOSE_MATCH_LENGTH = 8;

const URL_USERINFO_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:)([^\s/?#@]*)@/gi;
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** The text with every given secret, and the password of every URL in it, replaced by `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text.replace(URL_USERINFO_PASSWORD, (_match, head: string, password: string) =>
    password === '' ? `${head}@` : `${head}***@`,
  );
  // Longest first, so a password never leaves a tail of its encoded form behind.
  const ordered = [...new Set(secrets)].filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
  for (const secret of ordered) masked = maskOne(masked, secret);
  return masked;
}

function maskOne(text: string, secret: string): string {
  if (secret.length >= LOOSE_MATCH_LENGTH) return text.split(secret).join('***');
  let result = '';
  let from = 0;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
    if (at < from || !standsWhole(text, at, secret.length)) continue;
    result += `${text.slice(from, at)}***`;
    from = at + secret.length;
  }
  return result + text.slice(from);
}

function standsWhole(text: string, at: number, length: number): boolean {
  const before = at === 0 ? '' : text[at - 1];
  const after = text[at + length] ?? '';
  return !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after);
}

/** The password of a connection URL, raw and percent-decoded; none when the URL has none or is not one. */
export function urlPasswords(url: string): string[] {
  let raw: string;
  try {
    raw = new URL(url.trim()).password;
  } catch {
    return [];
  }
  if (raw === '') return [];
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // a malformed escape: the raw form is all a message could quote
  }
  return [...new Set([raw, decoded])];
}
