// The running model of the migration history: which tables and indexes exist, and which file created them.
// Statement rules ask it whether a table is "existing" (docs/rules.md: created before the current file began,
// or unknown to the history and so presumably already in the database), because only locks on existing
// tables can block anyone.
//
// With `--since` (and in the Action), an object created by a file the change touches does not exist in
// production yet, whatever file of the change created it: it is new. The rule is "created in a changed file
// => new", applied to added and modified files alike. A modified file that is already applied in
// production is not run again by the runner, so what its edits create never reaches production through it
// anyway; treating its objects as new can only spare findings on statements that will not run.

import type {
  AlterObjectSchemaStmt,
  CreateStmt,
  CreateTableAsStmt,
  DropStmt,
  IndexStmt,
  RenameStmt,
} from 'libpg-query';
import { qualify, qualifyNameList, unwrap } from '../parse/ast.ts';
import type { HistoryView, Statement } from '../types.ts';

interface TableFacts {
  createdInFile: number;
  /** Created by a file of the change under review (`--since`): not in production yet. */
  createdInChange: boolean;
  partitioned: boolean;
}

interface IndexFacts {
  createdInFile: number;
  createdInChange: boolean;
  table: string;
}

export class HistoryModel implements HistoryView {
  private readonly tables = new Map<string, TableFacts>();
  private readonly indexes = new Map<string, IndexFacts>();
  private currentFile = -1;
  private currentFileChanged = false;

  /**
   * Call before the first statement of each file, in runner order. `changed`: the file is one the change
   * under review adds or edits (`--since`), so what it creates is new to production.
   */
  startFile(fileNumber: number, changed = false): void {
    this.currentFile = fileNumber;
    this.currentFileChanged = changed;
  }

  isExistingTable(name: string): boolean {
    const table = this.tables.get(name);
    return table === undefined || (table.createdInFile < this.currentFile && !table.createdInChange);
  }

  isExistingIndex(name: string): boolean {
    const index = this.indexes.get(name);
    if (index === undefined) return true;
    return (
      index.createdInFile < this.currentFile && !index.createdInChange && this.isExistingTable(index.table)
    );
  }

  isPartitionedTable(name: string): boolean {
    return this.tables.get(name)?.partitioned ?? false;
  }

  tableOfIndex(name: string): string | undefined {
    return this.indexes.get(name)?.table;
  }

  /** Updates the model with a statement's effect. Statements that did not parse change nothing. */
  apply(statement: Statement): void {
    const effect = historyEffectOf(statement);
    if (effect) this.applyEffect(effect);
  }

  /** Updates the model with an effect computed earlier, possibly in another thread (src/parallel). */
  applyEffect(effect: HistoryEffect): void {
    switch (effect.kind) {
      case 'create-table':
        if (effect.ifNotExists && this.tables.has(effect.name)) return;
        this.tables.set(effect.name, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged,
          partitioned: effect.partitioned,
        });
        return;
      case 'create-index':
        if (effect.ifNotExists && this.indexes.has(effect.name)) return;
        this.indexes.set(effect.name, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged,
          table: effect.table,
        });
        return;
      case 'rename-table':
        moveKey(this.tables, effect.from, effect.to);
        for (const index of this.indexes.values()) if (index.table === effect.from) index.table = effect.to;
        return;
      case 'rename-index':
        moveKey(this.indexes, effect.from, effect.to);
        return;
      case 'drop-tables':
        for (const name of effect.names) {
          this.tables.delete(name);
          for (const [index, facts] of this.indexes) if (facts.table === name) this.indexes.delete(index);
        }
        return;
      case 'drop-indexes':
        for (const name of effect.names) this.indexes.delete(name);
        return;
    }
  }
}

/** What a statement does to the tables and indexes the model tracks: small, plain data. */
export type HistoryEffect =
  | { kind: 'create-table'; name: string; partitioned: boolean; ifNotExists: boolean }
  | { kind: 'create-index'; name: string; table: string; ifNotExists: boolean }
  | { kind: 'rename-table' | 'rename-index'; from: string; to: string }
  | { kind: 'drop-tables' | 'drop-indexes'; names: string[] };

/**
 * The node types whose statements change what the model tracks, each with the fields of its tree that the
 * model never reads. A parse may leave those out (src/parse/kept-trees.ts): a CREATE TABLE's columns are
 * most of a migration's parse tree, and the model needs only the table's name.
 */
export const HISTORY_TREES: ReadonlyMap<string, readonly string[]> = new Map([
  ['CreateStmt', ['tableElts', 'constraints']],
  ['CreateTableAsStmt', ['query']],
  ['IndexStmt', []],
  ['RenameStmt', []],
  ['DropStmt', []],
  ['AlterObjectSchemaStmt', []],
]);

export function historyEffectOf(statement: Statement): HistoryEffect | undefined {
  const unwrapped = unwrap(statement.node);
  if (!unwrapped) return undefined;
  const [kind, body] = unwrapped;
  switch (kind) {
    case 'CreateStmt':
      return createTableEffect(body as CreateStmt);
    case 'CreateTableAsStmt': {
      const name = qualify((body as CreateTableAsStmt).into?.rel);
      return name ? { kind: 'create-table', name, partitioned: false, ifNotExists: false } : undefined;
    }
    case 'IndexStmt':
      return createIndexEffect(body as IndexStmt);
    case 'RenameStmt':
      return renameEffect(body as RenameStmt);
    case 'DropStmt':
      return dropEffect(body as DropStmt);
    case 'AlterObjectSchemaStmt':
      return moveSchemaEffect(body as AlterObjectSchemaStmt);
  }
  return undefined;
}

function createTableEffect(statement: CreateStmt): HistoryEffect | undefined {
  const name = qualify(statement.relation);
  if (!name) return undefined;
  return {
    kind: 'create-table',
    name,
    partitioned: statement.partspec !== undefined,
    ifNotExists: !!statement.if_not_exists,
  };
}

function createIndexEffect(statement: IndexStmt): HistoryEffect | undefined {
  if (!statement.idxname) return undefined;
  const table = qualify(statement.relation);
  const name = `${table.slice(0, table.indexOf('.'))}.${statement.idxname}`;
  return { kind: 'create-index', name, table, ifNotExists: !!statement.if_not_exists };
}

function renameEffect(statement: RenameStmt): HistoryEffect | undefined {
  if (!statement.newname) return undefined;
  const from = qualify(statement.relation);
  const to = `${from.slice(0, from.indexOf('.'))}.${statement.newname}`;
  if (statement.renameType === 'OBJECT_TABLE') return { kind: 'rename-table', from, to };
  if (statement.renameType === 'OBJECT_INDEX') return { kind: 'rename-index', from, to };
  return undefined;
}

function dropEffect(statement: DropStmt): HistoryEffect | undefined {
  const names = (statement.objects ?? []).map(qualifyNameList);
  if (statement.removeType === 'OBJECT_TABLE') return { kind: 'drop-tables', names };
  if (statement.removeType === 'OBJECT_INDEX') return { kind: 'drop-indexes', names };
  return undefined;
}

function moveSchemaEffect(statement: AlterObjectSchemaStmt): HistoryEffect | undefined {
  if (statement.objectType !== 'OBJECT_TABLE' || !statement.newschema) return undefined;
  return {
    kind: 'rename-table',
    from: qualify(statement.relation),
    to: `${statement.newschema}.${statement.relation?.relname}`,
  };
}

function moveKey<V>(map: Map<string, V>, from: string, to: string): void {
  const value = map.get(from);
  if (value === undefined) return;
  map.delete(from);
  map.set(to, value);
}
