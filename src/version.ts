import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../package.json' with { type: 'json' };

export const TOOL_VERSION: string = packageJson.version;

/** Set by build.mjs in the bundle: the hash of the sources it was built from. */
declare const __SCRIBE_LINT_CODE__: string | undefined;

let fingerprint: string | undefined;

/**
 * What identifies this code more finely than its version: a cache of replay results (src/shadow/snapshot.ts)
 * must not outlive a change to how the replay records them, even between two builds of one version. The
 * bundle carries the hash of its sources; run from source, the sources are hashed on first use.
 */
export function codeFingerprint(): string {
  if (typeof __SCRIBE_LINT_CODE__ === 'string') return __SCRIBE_LINT_CODE__;
  fingerprint ??= hashSources(path.resolve(import.meta.dirname, '..'));
  return fingerprint;
}

/** The hash build.mjs puts in the bundle: every file under src/ and rules/ but the docs, by path and content. */
export function hashSources(root: string): string {
  const hash = createHash('sha256');
  for (const folder of ['src', 'rules']) {
    const files = readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
      .sort();
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}
