// How health findings write their figures: one style for every rule, so a reader compares like with like.

/** A count with thousands separators. */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Milliseconds: whole above 10 ms, one decimal below; seconds from 10 s. */
export function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toFixed(1).replace(/\.0$/, '')} s`;
  if (value >= 10) return `${count(value)} ms`;
  return `${value.toFixed(1).replace(/\.0$/, '')} ms`;
}

/** A share as a percentage with one decimal: `71.4 %`. */
export function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

/**
 * Text from the server (a query, a name) made safe for a one-line message: control characters and runs of
 * white space become one space, backticks become quotes (messages quote with them), and it is cut at
 * `max` characters with an ellipsis.
 */
export function oneLine(text: string, max = 80): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ')
    .replaceAll('`', "'")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
