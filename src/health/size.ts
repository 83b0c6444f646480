// `[health] size_floor`: a size as PostgreSQL writes one (postgresql.conf, pg_size_pretty), so the same
// text reads the same in the config and in the server: `1MB`, `512kB`, `2 GB`, or a whole number of bytes.
// The units are 1024-based, as PostgreSQL's are. This module imports nothing (config.ts uses it).

const UNITS: Record<string, number> = {
  b: 1,
  bytes: 1,
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
};

/** Bytes, or undefined when the text is not a size. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = UNITS[(match[2] || 'b').toLowerCase()];
  if (unit === undefined) return undefined;
  return Math.round(Number(match[1]) * unit);
}

/** Bytes as pg_size_pretty would round them, with one decimal: `1.5 MB`, `800 kB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  const steps: [number, string][] = [
    [1024 ** 4, 'TB'],
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'kB'],
  ];
  for (const [size, unit] of steps) {
    if (bytes >= size) return `${trimmed(bytes / size)} ${unit}`;
  }
  return `${bytes} bytes`;
}

function trimmed(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
}
