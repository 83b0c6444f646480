// The pieces of an `ALTER TABLE` the zero-downtime rules read: its subcommands, and the column definitions
// and constraints inside them, typed once here instead of cast in every rule.

import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, Node } from 'libpg-query';

const NO_COMMANDS: readonly AlterTableCmd[] = [];

/** Each ALTER TABLE's subcommands, worked out once for all the rules that read them. */
const commandsOf = new WeakMap<AlterTableStmt, readonly AlterTableCmd[]>();

/** The subcommands of an ALTER TABLE on a table (not an index, view or sequence), in order. */
export function tableCommands(alter: AlterTableStmt | undefined): readonly AlterTableCmd[] {
  // Called for every statement by several rules: nothing is allocated for the many that are no ALTER TABLE,
  // and an ALTER TABLE's list is built once, not once per rule.
  if (!alter || alter.objtype !== 'OBJECT_TABLE') return NO_COMMANDS;
  let commands = commandsOf.get(alter);
  if (!commands) {
    commands = (alter.cmds ?? [])
      .map((command) => (command as { AlterTableCmd?: AlterTableCmd }).AlterTableCmd)
      .filter((command): command is AlterTableCmd => command !== undefined);
    commandsOf.set(alter, commands);
  }
  return commands;
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
