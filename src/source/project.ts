// The analysis of a set of source files: each is read and parsed with the TypeScript compiler API, files
// that may hold a cache write are analysed, and every analysed file can look into the others (so one module
// can learn that another exports a Redis client or a key prefix). A file that cannot be read or parsed
// becomes one `unchecked` entry located at the problem, so the report says what was not checked.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { displayPathOf } from '../history/migration-files.ts';
import { analyzeFile } from './analyze-file.ts';
import { ClientResolver, type ModuleLinks } from './clients.ts';
import type { CacheWrite, SourceAnalysisOptions } from './facts.ts';
import { Scopes, type ImportedConst } from './scope.ts';

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const RESOLVE_EXTENSIONS = [
  '',
  '.ts',
  '.tsx',
  '.mts',
  '.js',
  '.jsx',
  '.mjs',
  '/index.ts',
  '/index.tsx',
  '/index.js',
];

interface ParsedFile {
  absolute: string;
  displayPath: string;
  sourceFile: ts.SourceFile;
}

/**
 * A file whose text has no call of a write-like method cannot hold a cache write: it is parsed only to
 * report a syntax error, without parent links, and then let go (in a React app most files are such
 * components). It is parsed again, fully, only if another module imports a client or a key prefix from it.
 */
const MAY_WRITE =
  /\.\s*(?:set|setex|psetex|setnx|getset|mset|msetnx|append|setrange|hset|hsetnx|hmset|lpush|rpush|lpushx|rpushx|lset|linsert|sadd|zadd|xadd|geoadd|merge|arrappend)\s*\(/i;

export function analyzePaths(paths: readonly string[], options: SourceAnalysisOptions): CacheWrite[] {
  const results: CacheWrite[] = [];
  const healthy: ParsedFile[] = [];
  const modules = new ProjectModules(options);
  for (const absolute of paths) {
    const displayPath = displayPathOf(absolute, options.cwd);
    const read = readSource(absolute, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if (typeof read !== 'string') {
      results.push(unchecked(displayPath, read.problem));
      continue;
    }
    const candidate = MAY_WRITE.test(read);
    const parsed = guarded(displayPath, () => parseSource(absolute, read, candidate));
    if ('failed' in parsed) {
      results.push(parsed.failed);
      continue;
    }
    const file = { absolute, displayPath, sourceFile: parsed.ok };
    const [problem] = syntaxErrorsOf(file.sourceFile);
    if (problem) results.push(problemEntry(file, problem));
    else if (candidate) healthy.push(file);
    else modules.addLazy(absolute, read); // its tree is dropped here, while it is young and cheap to collect
  }
  for (const file of healthy) modules.add(file.absolute, file.sourceFile);
  for (const file of healthy) {
    const module = modules.get(file.absolute)!;
    const writes = guarded(file.displayPath, () =>
      analyzeFile({
        sourceFile: file.sourceFile,
        displayPath: file.displayPath,
        scopes: module.scopes,
        clients: module.clients,
        phiTables: options.phi.tables,
      }),
    );
    results.push(...('failed' in writes ? [writes.failed] : writes.ok));
  }
  return results;
}

/**
 * Runs one file's parse or analysis. Pathological input (expressions nested thousands deep in generated
 * code overflow the stack) costs that file, reported as unchecked, never the run.
 */
function guarded<T>(displayPath: string, work: () => T): { ok: T } | { failed: CacheWrite } {
  try {
    return { ok: work() };
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? 'too deeply nested to analyse'
        : `analysis failed: ${(error as Error).message}`;
    return { failed: unchecked(displayPath, reason) };
  }
}

function readSource(absolute: string, maxBytes: number): string | { problem: string } {
  try {
    const size = statSync(absolute).size;
    if (size > maxBytes) {
      return {
        problem: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit`,
      };
    }
    const text = readFileSync(absolute, 'utf8');
    if (text.includes('\0')) return { problem: 'file is binary (contains NUL bytes)' };
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    return {
      problem: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    };
  }
}

function parseSource(absolute: string, text: string, withParents = true): ts.SourceFile {
  return ts.createSourceFile(absolute, text, ts.ScriptTarget.Latest, withParents, scriptKindOf(absolute));
}

function scriptKindOf(file: string): ts.ScriptKind {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.tsx') return ts.ScriptKind.TSX;
  if (extension === '.jsx') return ts.ScriptKind.JSX;
  if (extension === '.js' || extension === '.mjs' || extension === '.cjs') return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/**
 * A file's syntax errors. The parser records them on the source file as `parseDiagnostics`, which the
 * public typings leave out (typescript-eslint reads the same property). Should a compiler version stop
 * recording them there, a Program that parses the text itself gives them through the public API.
 */
export function syntaxErrorsOf(file: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  const recorded = (file as ts.SourceFile & { parseDiagnostics?: ts.DiagnosticWithLocation[] })
    .parseDiagnostics;
  if (Array.isArray(recorded)) return recorded;
  const name = file.fileName;
  const host: ts.CompilerHost = {
    getSourceFile: (requested, target) =>
      requested === name
        ? ts.createSourceFile(name, file.text, target, false, scriptKindOf(name))
        : undefined,
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (requested) => requested,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (requested) => requested === name,
    readFile: () => undefined,
  };
  const program = ts.createProgram({
    rootNames: [name],
    options: { noLib: true, noResolve: true, allowJs: true, noEmit: true, types: [] },
    host,
  });
  const parsed = program.getSourceFile(name);
  return parsed ? program.getSyntacticDiagnostics(parsed) : [];
}

function problemEntry(file: ParsedFile, diagnostic: ts.DiagnosticWithLocation): CacheWrite {
  const at = file.sourceFile.getLineAndCharacterOfPosition(diagnostic.start);
  const end = file.sourceFile.getLineAndCharacterOfPosition(diagnostic.start + diagnostic.length);
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  return {
    ...unchecked(file.displayPath, `syntax error: ${message}`),
    location: {
      file: file.displayPath,
      line: at.line + 1,
      column: at.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    },
  };
}

function unchecked(displayPath: string, problem: string): CacheWrite {
  return {
    location: { file: displayPath, line: 1, column: 1, endLine: 1, endColumn: 1 },
    method: '',
    callee: '',
    valueFromTables: [],
    hasExpiry: true,
    unchecked: problem,
  };
}

interface ProjectModule {
  sourceFile: ts.SourceFile;
  scopes: Scopes;
  clients: ClientResolver;
}

/** The analysed files as modules, so `import { redis } from './lib/redis'` finds that module's export. */
class ProjectModules implements ModuleLinks {
  private readonly modules = new Map<string, ProjectModule>();
  /** Files not parsed yet: their text, parsed on the first import that needs them. */
  private readonly unparsed = new Map<string, string>();

  constructor(private readonly options: SourceAnalysisOptions) {}

  add(absolute: string, sourceFile: ts.SourceFile): ProjectModule {
    const scopes = new Scopes();
    const clients = new ClientResolver(sourceFile, scopes, this.options.phi, this);
    scopes.importedConst = (specifier) => this.importedConst(absolute, specifier);
    const module = { sourceFile, scopes, clients };
    this.modules.set(absolute, module);
    return module;
  }

  addLazy(absolute: string, text: string): void {
    this.unparsed.set(absolute, text);
  }

  private lookup(absolute: string): ProjectModule | undefined {
    const known = this.modules.get(absolute);
    if (known) return known;
    const text = this.unparsed.get(absolute);
    if (text === undefined) return undefined;
    this.unparsed.delete(absolute);
    return this.add(absolute, parseSource(absolute, text));
  }

  /** `import { MESSAGE_PREFIX } from './keys'` where that module has `export const MESSAGE_PREFIX = ...`. */
  private importedConst(fromFile: string, specifier: ts.ImportSpecifier): ImportedConst | undefined {
    const declaration = specifier.parent.parent.parent;
    if (!ts.isStringLiteral(declaration.moduleSpecifier)) return undefined;
    const target = this.resolve(fromFile, declaration.moduleSpecifier.text);
    if (!target) return undefined;
    const name = (specifier.propertyName ?? specifier.name).text;
    for (const statement of target.sourceFile.statements) {
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const))
        continue;
      const exported = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      const match = statement.declarationList.declarations.find(
        (d) => ts.isIdentifier(d.name) && d.name.text === name,
      );
      if (exported && match?.initializer) return { initializer: match.initializer, scopes: target.scopes };
    }
    return undefined;
  }

  get(absolute: string): ProjectModule | undefined {
    return this.modules.get(absolute);
  }

  importIsClient(fromFile: string, specifier: string, exportedName: string): boolean {
    const target = this.resolve(fromFile, specifier);
    return target !== undefined && target.clients.exportIsClient(exportedName);
  }

  /** Relative specifiers, and the `@/` alias for `src/` that Vite and shadcn projects use. */
  private resolve(fromFile: string, specifier: string): ProjectModule | undefined {
    let base: string;
    if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
    else if (specifier.startsWith('@/')) base = path.resolve(this.options.baseDir, 'src', specifier.slice(2));
    else return undefined;
    // TypeScript's ESM style imports `./redis.js` for `./redis.ts`.
    const candidates = [base, base.replace(/\.(m?)js$/, '.$1ts')];
    for (const candidate of candidates) {
      for (const extension of RESOLVE_EXTENSIONS) {
        const found = this.lookup(candidate + extension);
        if (found) return found;
      }
    }
    return undefined;
  }
}
