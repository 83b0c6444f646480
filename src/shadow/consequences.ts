// Which replay failures are consequences of earlier ones, judged by what failed: a failure is only hidden
// when the object it says is missing is one an earlier failed (or rolled back) statement would have made,
// by its name or as a member of an extension that could not be created. Anything else is a failure of its
// own and is reported, however many statements failed before it.

import type { Node, RangeVar } from 'libpg-query';
import { statementOf, unwrap } from '../parse/ast.ts';

/** A PostgreSQL error as the replay sees it. */
export interface PgError {
  message: string;
  code?: string;
  position?: string;
}

/** A name an object would have had: the schema when the statement gave one. */
interface ObjectName {
  schema?: string;
  name: string;
}

interface FailedExtension {
  name: string;
  /** The schema named by `WITH SCHEMA`, whose missing objects then count as the extension's. */
  schema?: string;
}

/** Errors that mean "something this statement needs does not exist". */
const MISSING_OBJECT_CODES = new Set(['42P01', '42703', '42883', '42704', '3F000', '42P02', '42P38']);

/** RAISE EXCEPTION's SQLSTATE, as a DO block that checks for an extension raises it. */
const RAISE_EXCEPTION = 'P0001';

/**
 * Objects of extensions that Supabase offers but the shadow may not have, named by a prefix or exactly,
 * for the ones whose members are not named after the extension itself.
 */
const KNOWN_MEMBERS: Readonly<Record<string, readonly RegExp[]>> = {
  postgis: [/^st_/, /^(geometry|geography|box2d|box3d|spheroid)$/, /^postgis_/],
  postgis_raster: [/^st_/, /^raster$/],
  postgis_topology: [/^topology$/, /^topogeometry$/],
  pgroonga: [/^pgroonga/, /^&@/],
  rum: [/^rum_/],
  timescaledb: [/^time_bucket/, /^create_hypertable$/, /^add_.*_policy$/],
};

/** The failures a replay snapshot keeps, so a failure after it is judged as after a full replay. */
export interface FailureState {
  missing: ObjectName[];
  extensions: FailedExtension[];
}

export class FailureTracker {
  private readonly missing: ObjectName[] = [];
  private readonly extensions: FailedExtension[] = [];

  /** Remembers what a failed statement (or one rolled back with its file) would have created. */
  failed(node: Node): void {
    this.missing.push(...createdNames(node));
    const extension = failedExtension(node);
    if (extension) this.extensions.push(extension);
  }

  /** What failed so far, as plain data (a replay snapshot: snapshot.ts). */
  snapshot(): FailureState {
    return { missing: this.missing.map((name) => ({ ...name })), extensions: [...this.extensions] };
  }

  /** Goes on from a snapshot's failures. */
  restore(state: FailureState): void {
    this.missing.push(...state.missing);
    this.extensions.push(...state.extensions);
  }

  /** True when `error`, raised by the statement `node` (text `sql`), follows from an earlier failure. */
  isConsequence(error: PgError, node: Node, sql: string): boolean {
    if (error.code === RAISE_EXCEPTION) return this.raisedAboutFailedExtension(node, sql, error.message);
    if (!error.code || !MISSING_OBJECT_CODES.has(error.code)) return false;
    return namesIn(error.message).some((name) => this.isMissing(name));
  }

  private isMissing(name: ObjectName): boolean {
    const sameName = this.missing.some(
      (item) =>
        item.name === name.name &&
        (item.schema === undefined || name.schema === undefined || item.schema === name.schema),
    );
    return sameName || this.extensions.some((extension) => isMember(name, extension));
  }

  /** A DO block after a failed extension that raised: its consequence only when it is about it. */
  private raisedAboutFailedExtension(node: Node, sql: string, message: string): boolean {
    if (!statementOf(node, 'DoStmt')) return false;
    const text = `${sql}\n${message}`.toLowerCase();
    return this.extensions.some(
      (extension) =>
        mentions(text, extension.name) ||
        wordsOf(text).some((word) => isMember({ name: word }, { name: extension.name })),
    );
  }
}

function isMember(name: ObjectName, extension: FailedExtension): boolean {
  if (name.name === extension.name) return true;
  if (extension.schema !== undefined && name.schema === extension.schema) return true;
  return (KNOWN_MEMBERS[extension.name] ?? []).some((pattern) => pattern.test(name.name));
}

function failedExtension(node: Node): FailedExtension | undefined {
  const create = statementOf(node, 'CreateExtensionStmt');
  if (!create?.extname) return undefined;
  const schemaOption = (create.options ?? [])
    .map((option) => (option as { DefElem?: { defname?: string; arg?: Node } }).DefElem)
    .find((option) => option?.defname === 'schema');
  return { name: create.extname, schema: stringValue(schemaOption?.arg) };
}

/**
 * The objects an error message says are missing: quoted names (`relation "public.x"`, `type "vector"`),
 * a function's name (`function public.f(integer) does not exist`) and an operator's operand types.
 */
export function namesIn(message: string): ObjectName[] {
  const found: string[] = [];
  for (const match of message.matchAll(/"([^"]+)"/g)) found.push(match[1]);
  const func = /function ([\w$.]+)\(([^)]*)\)/.exec(message);
  if (func) found.push(func[1], ...func[2].split(',').map((type) => type.trim()));
  const operator = /operator does not exist: (.+)$/.exec(message);
  if (operator) found.push(...wordsOf(operator[1]));
  return found.filter((text) => text !== '').map(splitName);
}

function splitName(text: string): ObjectName {
  const bare = text.replace(/\[\]$/, '').replaceAll('"', '');
  const dot = bare.lastIndexOf('.');
  return dot < 0 ? { name: bare } : { schema: bare.slice(0, dot), name: bare.slice(dot + 1) };
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z_][\w$]*/g) ?? [];
}

function mentions(text: string, word: string): boolean {
  return wordsOf(text).includes(word.toLowerCase());
}

/**
 * The names a statement would have created. Reads every shape defensively: a parse tree field may be a
 * list of name parts, a single node or absent, and a statement kind not listed here simply creates none.
 */
export function createdNames(node: Node): ObjectName[] {
  const [kind, body] = unwrap(node) ?? ['', {}];
  const names: (ObjectName | undefined)[] = [];
  const field = (key: string): unknown => (body as Record<string, unknown>)[key];
  switch (kind) {
    case 'CreateStmt':
    case 'CreateForeignTableStmt':
      names.push(relationName(field('relation')) ?? relationName(nested(field('base'), 'relation')));
      break;
    case 'CreateSeqStmt':
      names.push(relationName(field('sequence')));
      break;
    case 'CreateTableAsStmt':
      names.push(relationName(nested(field('into'), 'rel')));
      break;
    case 'ViewStmt':
      names.push(relationName(field('view')));
      break;
    case 'CompositeTypeStmt':
      names.push(relationName(field('typevar')));
      break;
    case 'IndexStmt':
      names.push(plainName(field('idxname')));
      break;
    case 'CreateSchemaStmt':
      names.push(plainName(field('schemaname')));
      break;
    case 'CreateExtensionStmt':
      names.push(plainName(field('extname')));
      break;
    case 'CreateFunctionStmt':
      names.push(listName(field('funcname')));
      break;
    case 'CreateEnumStmt':
    case 'CreateRangeStmt':
      names.push(listName(field('typeName')));
      break;
    case 'CreateDomainStmt':
      names.push(listName(field('domainname')));
      break;
    case 'DefineStmt':
      names.push(listName(field('defnames')));
      break;
    case 'AlterTableStmt':
      names.push(...addedColumns(field('cmds')));
      break;
  }
  return names.filter((name): name is ObjectName => name !== undefined && name.name !== '');
}

function relationName(value: unknown): ObjectName | undefined {
  const relation = value as RangeVar | undefined;
  if (typeof relation?.relname !== 'string') return undefined;
  return {
    schema: typeof relation.schemaname === 'string' ? relation.schemaname : undefined,
    name: relation.relname,
  };
}

function plainName(value: unknown): ObjectName | undefined {
  return typeof value === 'string' ? { name: value } : undefined;
}

/** A qualified name given as a list of String nodes (`["public", "f"]`). */
function listName(value: unknown): ObjectName | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts = value.map(stringValue).filter((part): part is string => part !== undefined);
  const name = parts.at(-1);
  if (name === undefined) return undefined;
  return parts.length > 1 ? { schema: parts.at(-2), name } : { name };
}

function addedColumns(commands: unknown): ObjectName[] {
  if (!Array.isArray(commands)) return [];
  return commands.flatMap((command) => {
    const body = (command as { AlterTableCmd?: { subtype?: string; def?: unknown } }).AlterTableCmd;
    const column = nested(nested(body?.def, 'ColumnDef'), 'colname');
    return body?.subtype === 'AT_AddColumn' && typeof column === 'string' ? [{ name: column }] : [];
  });
}

function nested(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function stringValue(value: unknown): string | undefined {
  const text = nested(nested(value, 'String'), 'sval');
  return typeof text === 'string' ? text : undefined;
}
