import { RUNNER_FILE_NAME } from '../src/history/migration-files.ts';
import type { MigrationFile, Rule } from '../src/types.ts';

// The Supabase CLI silently skips files whose names do not match `<digits>_<name>.sql`, refuses two files
// with one version, and orders by name, so a short version like `2024_x.sql` sorts before every 14-digit
// one and runs first on a fresh database.
const rule: Rule = {
  meta: {
    id: 'migration-filename',
    description:
      'Migration files are named `<14-digit version>_<name>.sql`, with versions unique, so the runner applies them in order.',
    defaultSeverity: 'warning',
    sources: ['statement'],
  },

  checkFile(file, context) {
    // A file name has no line of its own: point at the first line, where an editor opens the file.
    const firstLine = file.text.split('\n', 1)[0].replace(/\r$/, '');
    const location = context.locate(0, Buffer.byteLength(firstLine, 'utf8'));
    if (file.skipped) {
      context.report({
        message: `\`${file.name}\` was skipped: ${file.skipped}; scribe-lint reads only regular files (and symlinks to them inside the project), so it was not linted or replayed`,
        location,
      });
      return;
    }
    if (!RUNNER_FILE_NAME.test(file.name)) {
      context.report({
        message: `\`${file.name}\` does not match \`<digits>_<name>.sql\`: the Supabase CLI will not apply it`,
        location,
      });
      return;
    }
    const version = file.version!;
    if (version.length !== 14) {
      context.report({
        message: `version \`${version}\` is ${version.length} digits, not 14 (YYYYMMDDHHMMSS): it sorts out of order among the others`,
        location,
      });
    }
    const first = firstWithVersion(context.allFiles, version);
    if (first !== file) {
      context.report({
        message: `version \`${version}\` is also used by \`${first.displayPath}\`: the runner records one version once`,
        location,
      });
    }
  },
};

/** The first file of each version, per history: looked up once per file, so built once (not a scan each). */
const firstByVersion = new WeakMap<readonly MigrationFile[], Map<string, MigrationFile>>();

function firstWithVersion(files: readonly MigrationFile[], version: string): MigrationFile {
  let byVersion = firstByVersion.get(files);
  if (!byVersion) {
    byVersion = new Map();
    for (const file of files)
      if (file.version && !byVersion.has(file.version)) byVersion.set(file.version, file);
    firstByVersion.set(files, byVersion);
  }
  return byVersion.get(version)!;
}

export default rule;
