// The pieces of an `ALTER TABLE` the zero-downtime rules read: its subcommands, and the column definitions
// and constraints inside them, typed once here instead of cast in every rule.

import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, Node } from 'libpg-query';

const NO_COMMANDS: readonly AlterTableCmd[] = [];

/** The subcommands of an ALTER TABLE on a table (not an index, view or sequence), in order. */
export function tableCommands(alter: AlterTableStmt | undefined): readonly AlterTableCmd[] {
  // Called for every statement by several rules: nothing is allocated for the many that are no ALTER TABLE.
  if (!alter || alter.objtype !== 'OBJECT_TABLE') return NO_COMMANDS;
  return (alter.cmds ?? [])
    .map((command) => (command as { AlterTableCmd?: AlterTableCmd }).AlterTableCmd)
    .filter((command): command is AlterTableCmd => command !== undefined);
}

/** The column an `ADD COLUMN` subcommand defines. */
export function columnDefOf(command: AlterTableCmd): ColumnDef | undefined {
  return command.subtype === 'AT_AddColumn'
    ? (command.def as { ColumnDef?: ColumnDef })?.ColumnDef
    : undefined;
}

/** The constraint an `ADD CONSTRAINT` subcommand adds. */
export function addedConstraintOf(command: AlterTableCmd): Constraint | undefined {
  return command.subtype === 'AT_AddConstraint'
    ? (command.def as { Constraint?: Constraint })?.Constraint
    : undefined;
}

/** The constraints written on a column definition (`NOT NULL`, `DEFAULT ...`, `UNIQUE`, ...). */
export function columnConstraints(column: ColumnDef): Constraint[] {
  return (column.constraints ?? [])
    .map((node: Node) => (node as { Constraint?: Constraint }).Constraint)
    .filter((constraint): constraint is Constraint => constraint !== undefined);
}
