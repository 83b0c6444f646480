// "Did you mean ...?" for a misspelt name (a config key, a rule id, a directive): the known name nearest
// by edit distance, when it is near enough to be a typo. A leaf module: it imports nothing.

/** The first candidate at the smallest edit distance from `word`, if that distance is at most `maxDistance`. */
export function nearestName(
  word: string,
  candidates: readonly string[],
  maxDistance: number,
  options: { ignoreCase?: boolean } = {},
): string | undefined {
  const fold = (name: string) => (options.ignoreCase ? name.toLowerCase() : name);
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(fold(word), fold(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
