// `supabase/config.toml`, read statically for pooler-mode: the `[db.pooler]` table's `enabled` and
// `pool_mode`, each with the line it stands on so a finding points at it. The values come from the same
// TOML parser scribe-lint.toml is read with; the parser gives no positions, so the lines are found by a
// scan of the table's header and keys (a value judged but not found on a line is placed at the header).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { describeError } from '../errno.ts';
import { UsageError } from '../errors.ts';
import { displayPathOf } from '../history/migration-files.ts';
import type { Location } from '../location.ts';
import { isObject } from './client.ts';
import type { ConfigTomlFacts, TomlSetting } from './facts.ts';

export const CONFIG_TOML = 'supabase/config.toml';

/** The file's facts, or undefined when the project has no `supabase/config.toml`. */
export function readConfigToml(baseDir: string, cwd: string): ConfigTomlFacts | undefined {
  const absolute = path.join(baseDir, CONFIG_TOML);
  if (!existsSync(absolute)) return undefined;
  const file = displayPathOf(absolute, cwd);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${describeError(error)}`);
  }
  return configTomlFacts(text, file);
}

export function configTomlFacts(text: string, file: string): ConfigTomlFacts {
  const table = parsed(text, file);
  const db = isObject(table.db) ? table.db : undefined;
  const pooler = db && isObject(db.pooler) ? db.pooler : undefined;
  if (!pooler) return { file };
  const lines = text.split(/\r?\n/);
  const header = headerLine(lines);
  const at = (line: number | undefined): Location => lineLocation(file, lines, line ?? header ?? 0);
  const setting = (key: string): TomlSetting | undefined =>
    key in pooler ? { value: pooler[key], location: at(keyLine(lines, header, key)) } : undefined;
  return {
    file,
    pooler: { location: at(header), enabled: setting('enabled'), poolMode: setting('pool_mode') },
  };
}

function parsed(text: string, file: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : '';
    throw new UsageError(`${file}: invalid TOML${where}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The 0-based line of the `[db.pooler]` header (quoted parts and spaces allowed). */
function headerLine(lines: readonly string[]): number | undefined {
  const index = lines.findIndex((line) => /^\s*\[\s*"?db"?\s*\.\s*"?pooler"?\s*\]/.test(line));
  return index === -1 ? undefined : index;
}

/** The 0-based line of `key = ...` inside the table that starts at `header`, before the next table. */
function keyLine(lines: readonly string[], header: number | undefined, key: string): number | undefined {
  if (header === undefined) return undefined;
  const pattern = new RegExp(`^\\s*"?${key}"?\\s*=`);
  for (let index = header + 1; index < lines.length; index++) {
    if (/^\s*\[/.test(lines[index])) return undefined;
    if (pattern.test(lines[index])) return index;
  }
  return undefined;
}

/** The line's text from its first non-blank character, 1-based, end exclusive. */
function lineLocation(file: string, lines: readonly string[], index: number): Location {
  const text = lines[index] ?? '';
  const column = text.length - text.trimStart().length + 1;
  const end = text.replace(/\s*(#.*)?$/, '').length + 1;
  return { file, line: index + 1, column, endLine: index + 1, endColumn: Math.max(column, end) };
}
