// The running model of the migration history: which tables and indexes exist, and which file created them.
// Statement rules ask it whether a table is "existing" (RULES.md: created before the current file began,
// or unknown to the history and so presumably already in the database), because only locks on existing
// tables can block anyone.

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
  partitioned: boolean;
}

interface IndexFacts {
  createdInFile: number;
  table: string;
}

export class HistoryModel implements HistoryView {
  private readonly tables = new Map<string, TableFacts>();
  private readonly indexes = new Map<string, IndexFacts>();
  private currentFile = -1;

  /** Call before the first statement of each file, in runner order. */
  startFile(fileNumber: number): void {
    this.currentFile = fileNumber;
  }

  isExistingTable(name: string): boolean {
    const table = this.tables.get(name);
    return table === undefined || table.createdInFile < this.currentFile;
  }

  isExistingIndex(name: string): boolean {
    const index = this.indexes.get(name);
    if (index === undefined) return true;
    return index.createdInFile < this.currentFile && this.isExistingTable(index.table);
  }

  isPartitionedTable(name: string): boolean {
    return this.tables.get(name)?.partitioned ?? false;
  }

  tableOfIndex(name: string): string | undefined {
    return this.indexes.get(name)?.table;
  }

  /** Updates the model with a statement's effect. Statements that did not parse change nothing. */
  apply(statement: Statement): void {
    const unwrapped = unwrap(statement.node);
    if (!unwrapped) return;
    const [kind, body] = unwrapped;
    switch (kind) {
      case 'CreateStmt':
        return this.createTable(body as CreateStmt);
      case 'CreateTableAsStmt':
        return this.addTable(qualify((body as CreateTableAsStmt).into?.rel), false);
      case 'IndexStmt':
        return this.createIndex(body as IndexStmt);
      case 'RenameStmt':
        return this.rename(body as RenameStmt);
      case 'DropStmt':
        return this.drop(body as DropStmt);
      case 'AlterObjectSchemaStmt':
        return this.moveSchema(body as AlterObjectSchemaStmt);
    }
  }

  private createTable(statement: CreateStmt): void {
    const name = qualify(statement.relation);
    if (statement.if_not_exists && this.tables.has(name)) return;
    this.addTable(name, statement.partspec !== undefined);
  }

  private addTable(name: string, partitioned: boolean): void {
    if (name) this.tables.set(name, { createdInFile: this.currentFile, partitioned });
  }

  private createIndex(statement: IndexStmt): void {
    if (!statement.idxname) return;
    const table = qualify(statement.relation);
    const schema = table.slice(0, table.indexOf('.'));
    const name = `${schema}.${statement.idxname}`;
    if (statement.if_not_exists && this.indexes.has(name)) return;
    this.indexes.set(name, { createdInFile: this.currentFile, table });
  }

  private rename(statement: RenameStmt): void {
    if (!statement.newname) return;
    const old = qualify(statement.relation);
    const renamed = `${old.slice(0, old.indexOf('.'))}.${statement.newname}`;
    if (statement.renameType === 'OBJECT_TABLE') {
      moveKey(this.tables, old, renamed);
      for (const index of this.indexes.values()) if (index.table === old) index.table = renamed;
    } else if (statement.renameType === 'OBJECT_INDEX') {
      moveKey(this.indexes, old, renamed);
    }
  }

  private drop(statement: DropStmt): void {
    const names = (statement.objects ?? []).map(qualifyNameList);
    if (statement.removeType === 'OBJECT_TABLE') {
      for (const name of names) {
        this.tables.delete(name);
        for (const [index, facts] of this.indexes) if (facts.table === name) this.indexes.delete(index);
      }
    } else if (statement.removeType === 'OBJECT_INDEX') {
      for (const name of names) this.indexes.delete(name);
    }
  }

  private moveSchema(statement: AlterObjectSchemaStmt): void {
    if (statement.objectType !== 'OBJECT_TABLE' || !statement.newschema) return;
    const old = qualify(statement.relation);
    moveKey(this.tables, old, `${statement.newschema}.${statement.relation?.relname}`);
  }
}

function moveKey<V>(map: Map<string, V>, from: string, to: string): void {
  const value = map.get(from);
  if (value === undefined) return;
  map.delete(from);
  map.set(to, value);
}
