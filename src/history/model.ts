// The running model of the migration history: which tables and indexes exist, and which file created them.
// Statement rules ask it whether a table is "existing" (docs/rules.md: created before the current file began,
// or unknown to the history and so presumably already in the database), because only locks on existing
// tables can block anyone. It also keeps what the zero-downtime rules ask: the columns a file added to an
// existing table (a drop or rename of those breaks no running app), which indexes were built CONCURRENTLY,
// and the `CHECK (column IS NOT NULL)` constraints with whether PostgreSQL would trust them yet.
//
// With `--since` (and in the Action), an object created by a file the change touches does not exist in
// production yet, whatever file of the change created it: it is new. The rule is "created in a changed file
// => new", applied to added and modified files alike. A modified file that is already applied in
// production is not run again by the runner, so what its edits create never reaches production through it
// anyway; treating its objects as new can only spare findings on statements that will not run.

import type {
  AlterObjectSchemaStmt,
  AlterTableCmd,
  AlterTableStmt,
  Constraint,
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
  /** Built with CONCURRENTLY: `ADD CONSTRAINT ... USING INDEX` of it takes no long lock. */
  concurrent: boolean;
}

/** A column added by `ALTER TABLE ... ADD COLUMN` (a CREATE TABLE's columns are new with their table). */
interface ColumnFacts {
  createdInFile: number;
  createdInChange: boolean;
}

/**
 * A `CHECK (column IS NOT NULL)` added by `ALTER TABLE ... ADD CONSTRAINT`. Checks written inside a CREATE
 * TABLE are not tracked: the history does not keep those trees (HISTORY_TREES), and a new table's column
 * would simply be declared NOT NULL.
 */
interface NotNullCheckFacts {
  column: string;
  /** Added without NOT VALID, or validated since: PostgreSQL trusts it and skips SET NOT NULL's scan. */
  valid: boolean;
}

export class HistoryModel implements HistoryView {
  private readonly tables = new Map<string, TableFacts>();
  private readonly indexes = new Map<string, IndexFacts>();
  /** By table, then column. */
  private readonly addedColumns = new Map<string, Map<string, ColumnFacts>>();
  /** By table, then constraint name. */
  private readonly notNullChecks = new Map<string, Map<string, NotNullCheckFacts>>();
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

  isExistingColumn(table: string, column: string): boolean {
    if (!this.isExistingTable(table)) return false;
    const added = this.addedColumns.get(table)?.get(column);
    return added === undefined || (added.createdInFile < this.currentFile && !added.createdInChange);
  }

  hasValidNotNullCheck(table: string, column: string): boolean {
    for (const check of this.notNullChecks.get(table)?.values() ?? [])
      if (check.column === column && check.valid) return true;
    return false;
  }

  isConcurrentIndex(name: string): boolean {
    return this.indexes.get(name)?.concurrent ?? false;
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
        this.forgetTableDetails(effect.name);
        return;
      case 'create-index':
        if (effect.ifNotExists && this.indexes.has(effect.name)) return;
        this.indexes.set(effect.name, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged,
          table: effect.table,
          concurrent: effect.concurrent,
        });
        return;
      case 'rename-table':
        moveKey(this.tables, effect.from, effect.to);
        moveKey(this.addedColumns, effect.from, effect.to);
        moveKey(this.notNullChecks, effect.from, effect.to);
        for (const index of this.indexes.values()) if (index.table === effect.from) index.table = effect.to;
        return;
      case 'rename-index':
        moveKey(this.indexes, effect.from, effect.to);
        return;
      case 'drop-tables':
        for (const name of effect.names) {
          this.tables.delete(name);
          this.forgetTableDetails(name);
          for (const [index, facts] of this.indexes) if (facts.table === name) this.indexes.delete(index);
        }
        return;
      case 'drop-indexes':
        for (const name of effect.names) this.indexes.delete(name);
        return;
      case 'alter-table':
        for (const change of effect.changes) this.applyTableChange(effect.table, change);
        return;
      case 'rename-column':
        this.renameColumn(effect.table, effect.from, effect.to);
        return;
      case 'rename-constraint': {
        const checks = this.notNullChecks.get(effect.table);
        if (checks) moveKey(checks, effect.from, effect.to);
        return;
      }
    }
  }

  private applyTableChange(table: string, change: TableChange): void {
    switch (change.change) {
      case 'add-column':
        entryOf(this.addedColumns, table).set(change.column, {
          createdInFile: this.currentFile,
          createdInChange: this.currentFileChanged,
        });
        return;
      case 'drop-column': {
        this.addedColumns.get(table)?.delete(change.column);
        // PostgreSQL drops a check with the only column it references.
        const checks = this.notNullChecks.get(table);
        for (const [name, check] of checks ?? []) if (check.column === change.column) checks?.delete(name);
        return;
      }
      case 'add-not-null-check':
        entryOf(this.notNullChecks, table).set(change.name, { column: change.column, valid: change.valid });
        return;
      case 'validate-constraint': {
        const check = this.notNullChecks.get(table)?.get(change.name);
        if (check) check.valid = true;
        return;
      }
      case 'drop-constraint':
        this.notNullChecks.get(table)?.delete(change.name);
        return;
    }
  }

  private renameColumn(table: string, from: string, to: string): void {
    const columns = this.addedColumns.get(table);
    if (columns) moveKey(columns, from, to);
    for (const check of this.notNullChecks.get(table)?.values() ?? [])
      if (check.column === from) check.column = to;
  }

  /** A dropped or newly created table keeps nothing of an earlier table of the same name. */
  private forgetTableDetails(table: string): void {
    this.addedColumns.delete(table);
    this.notNullChecks.delete(table);
  }
}

/** What a statement does to the tables and indexes the model tracks: small, plain data. */
export type HistoryEffect =
  | { kind: 'create-table'; name: string; partitioned: boolean; ifNotExists: boolean }
  | { kind: 'create-index'; name: string; table: string; ifNotExists: boolean; concurrent: boolean }
  | { kind: 'rename-table' | 'rename-index'; from: string; to: string }
  | { kind: 'drop-tables' | 'drop-indexes'; names: string[] }
  | { kind: 'alter-table'; table: string; changes: TableChange[] }
  | { kind: 'rename-column' | 'rename-constraint'; table: string; from: string; to: string };

/** One subcommand of an ALTER TABLE that changes what the model tracks about the table. */
export type TableChange =
  | { change: 'add-column' | 'drop-column'; column: string }
  | { change: 'add-not-null-check'; name: string; column: string; valid: boolean }
  | { change: 'validate-constraint' | 'drop-constraint'; name: string };

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
  ['AlterTableStmt', []],
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
    case 'AlterTableStmt':
      return alterTableEffect(body as AlterTableStmt);
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
  return {
    kind: 'create-index',
    name,
    table,
    ifNotExists: !!statement.if_not_exists,
    concurrent: !!statement.concurrent,
  };
}

function renameEffect(statement: RenameStmt): HistoryEffect | undefined {
  if (!statement.newname) return undefined;
  const from = qualify(statement.relation);
  const to = `${from.slice(0, from.indexOf('.'))}.${statement.newname}`;
  if (statement.renameType === 'OBJECT_TABLE') return { kind: 'rename-table', from, to };
  if (statement.renameType === 'OBJECT_INDEX') return { kind: 'rename-index', from, to };
  if (!statement.subname) return undefined;
  if (statement.renameType === 'OBJECT_COLUMN' && statement.relationType === 'OBJECT_TABLE')
    return { kind: 'rename-column', table: from, from: statement.subname, to: statement.newname };
  if (statement.renameType === 'OBJECT_TABCONSTRAINT')
    return { kind: 'rename-constraint', table: from, from: statement.subname, to: statement.newname };
  return undefined;
}

function alterTableEffect(statement: AlterTableStmt): HistoryEffect | undefined {
  if (statement.objtype !== 'OBJECT_TABLE') return undefined;
  const table = qualify(statement.relation);
  if (!table) return undefined;
  // A loop, not map and filter: most ALTER TABLEs (RLS, grants' owners, defaults) change nothing tracked.
  let changes: TableChange[] | undefined;
  for (const command of statement.cmds ?? []) {
    const change = tableChangeOf(table, (command as { AlterTableCmd?: AlterTableCmd }).AlterTableCmd);
    if (change) (changes ??= []).push(change);
  }
  return changes ? { kind: 'alter-table', table, changes } : undefined;
}

function tableChangeOf(table: string, command: AlterTableCmd | undefined): TableChange | undefined {
  switch (command?.subtype) {
    case 'AT_AddColumn': {
      const column = (command.def as { ColumnDef?: { colname?: string } } | undefined)?.ColumnDef?.colname;
      return column ? { change: 'add-column', column } : undefined;
    }
    case 'AT_DropColumn':
      return command.name ? { change: 'drop-column', column: command.name } : undefined;
    case 'AT_AddConstraint':
      return notNullCheckOf(table, (command.def as { Constraint?: Constraint } | undefined)?.Constraint);
    case 'AT_ValidateConstraint':
      return command.name ? { change: 'validate-constraint', name: command.name } : undefined;
    case 'AT_DropConstraint':
      return command.name ? { change: 'drop-constraint', name: command.name } : undefined;
  }
  return undefined;
}

/** A `CHECK (column IS NOT NULL)`, the one check shape SET NOT NULL can use to skip its scan. */
function notNullCheckOf(table: string, constraint: Constraint | undefined): TableChange | undefined {
  if (constraint?.contype !== 'CONSTR_CHECK') return undefined;
  const test = (constraint.raw_expr as { NullTest?: NullTestShape } | undefined)?.NullTest;
  if (test?.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const fields = test.arg?.ColumnRef?.fields ?? [];
  const column = fields.length === 1 ? fields[0].String?.sval : undefined;
  if (!column) return undefined;
  // PostgreSQL names an unnamed single-column check `<table>_<column>_check`.
  const name = constraint.conname ?? `${table.slice(table.indexOf('.') + 1)}_${column}_check`;
  return { change: 'add-not-null-check', name, column, valid: !constraint.skip_validation };
}

interface NullTestShape {
  nulltesttype?: string;
  arg?: { ColumnRef?: { fields?: { String?: { sval?: string } }[] } };
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

function entryOf<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = new Map()));
  return entry;
}

function moveKey<V>(map: Map<string, V>, from: string, to: string): void {
  const value = map.get(from);
  if (value === undefined) return;
  map.delete(from);
  map.set(to, value);
}
