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

function firstWithVersion(files: readonly MigrationFile[], version: string): MigrationFile {
  return files.find((file) => file.version === version)!;
}

export default rule;
