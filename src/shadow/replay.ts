// Replaying the migration history into the shadow database, statement by statement in runner order.
// A statement that fails becomes a replay error and the replay goes on, so one broken migration does not
// hide every later finding. A failure caused by an earlier one (a table whose CREATE failed, a type from an
// extension the shadow lacks) is marked as a consequence and not reported again.

import type { CreateExtensionStmt, DropStmt, GrantStmt, Node, RangeVar } from 'libpg-query';
import { locationIn } from '../engine.ts';
import { qualify, statementOf, unwrap } from '../parse/ast.ts';
import { codePointOffsetToByte } from '../parse/positions.ts';
import type { Location, MigrationFile, ReplayError, Statement } from '../types.ts';
import type { OidRow, OriginRecorder } from './origins.ts';
import { ShadowStopped, type ShadowSession } from './pglite.ts';
import { EMULATED_EXTENSIONS } from './supabase-standin.ts';

export interface ReplayOutcome {
  filesReplayed: number;
  statementsReplayed: number;
  /** First failures only: what replay-error reports. */
  errors: ReplayError[];
  /** Every failure, including consequences of earlier ones. */
  failedStatements: number;
}

/** Statement types that never create a relation, constraint, policy or extension: no watermark query. */
const CREATES_NOTHING = new Set([
  'InsertStmt',
  'UpdateStmt',
  'DeleteStmt',
  'MergeStmt',
  'TransactionStmt',
  'VariableSetStmt',
  'VariableShowStmt',
  'CommentStmt',
  'GrantStmt',
  'GrantRoleStmt',
  'AlterDefaultPrivilegesStmt',
  'NotifyStmt',
  'ListenStmt',
  'VacuumStmt',
  'CopyStmt',
  'AlterOwnerStmt',
  'AlterRoleStmt',
  'AlterRoleSetStmt',
  'CreateRoleStmt',
  'DropRoleStmt',
  'CreatePublicationStmt',
  'AlterPublicationStmt',
  'CreateFunctionStmt',
  'AlterFunctionStmt',
  'CreateTrigStmt',
  'CreateEnumStmt',
  'AlterEnumStmt',
  'CreateDomainStmt',
  'CompositeTypeStmt',
  'DropStmt',
  'RenameStmt',
  'AlterObjectSchemaStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'RefreshMatViewStmt',
  'ReindexStmt',
  'ClusterStmt',
  'LockStmt',
  'TruncateStmt',
]);

/** Errors that mean "something this statement needs does not exist": candidates for a consequence. */
const MISSING_OBJECT_CODES = new Set(['42P01', '42703', '42883', '42704', '3F000', '42P02', '42P38']);

/** Transaction control is left out: each statement is applied on its own so one failure aborts nothing else. */
const TRANSACTION_CONTROL = 'TransactionStmt';

interface PgError {
  message: string;
  code?: string;
  position?: string;
}

/** The shadow database stopped (time limit, crash) while this statement ran. */
export class ReplayInterrupted extends Error {
  override readonly name = 'ReplayInterrupted';
  constructor(
    readonly statement: Statement,
    readonly location: Location,
    readonly stopped: ShadowStopped,
  ) {
    super(stopped.message);
  }
}

export class Replayer {
  private readonly errors: ReplayError[] = [];
  /** Names of objects whose creating statement failed, to recognise the failures they cause later. */
  private readonly missingNames = new Set<string>();
  private extensionMissing = false;
  private statementsReplayed = 0;
  private failedStatements = 0;

  /**
   * @param skipped statements that stopped an earlier attempt (a hang, a crash), with why: they are not
   *   run again, and count as failed statements.
   */
  constructor(
    private readonly db: ShadowSession,
    private readonly origins: OriginRecorder,
    private readonly skipped: ReadonlyMap<Statement, string> = new Map(),
  ) {}

  async replay(files: readonly MigrationFile[]): Promise<ReplayOutcome> {
    await this.origins.start();
    let filesReplayed = 0;
    for (const file of files) {
      if (!file.applied) continue;
      filesReplayed++;
      for (const statement of file.statements) {
        if (statement.parseProblem || !statement.node) continue;
        await this.replayStatement(file, statement, statement.node);
      }
    }
    await this.origins.finish();
    return {
      filesReplayed,
      statementsReplayed: this.statementsReplayed,
      errors: this.errors,
      failedStatements: this.failedStatements,
    };
  }

  private async replayStatement(file: MigrationFile, statement: Statement, node: Node): Promise<void> {
    const [kind] = unwrap(node) ?? [''];
    if (kind === TRANSACTION_CONTROL) return;
    const location = locationIn(file, statement.start, statement.end);
    const sql = file.lines.slice(statement.start, statement.end);
    this.statementsReplayed++;
    const skippedBecause = this.skipped.get(statement);
    if (skippedBecause !== undefined) {
      this.recordFailure(file, statement, node, sql, { message: skippedBecause });
      return;
    }
    const replacement = emulatedSql(node);
    const track = !CREATES_NOTHING.has(kind);
    // One round trip for statement and watermark, unless the statement refuses a transaction block (two
    // statements in one message form an implicit one): CONCURRENTLY, VACUUM and the like.
    const together = track && replacement === undefined && !mustRunAlone(node, sql);
    try {
      const results = await this.db.exec(
        together ? `${sql};\n${this.origins.newObjectsSql()}` : (replacement ?? sql),
      );
      if (together) this.origins.credit((results.at(-1)?.rows ?? []) as OidRow[], location);
    } catch (error) {
      if (error instanceof ShadowStopped) throw new ReplayInterrupted(statement, location, error);
      this.recordFailure(file, statement, node, sql, error as PgError);
      return;
    }
    if (track && !together) await this.origins.recordNewObjects(location);
    this.recordByName(node, location);
  }

  private recordFailure(
    file: MigrationFile,
    statement: Statement,
    node: Node,
    sql: string,
    error: PgError,
  ): void {
    this.failedStatements++;
    const consequence = this.isConsequence(error);
    for (const name of createdNames(node)) this.missingNames.add(name);
    if (statementOf<CreateExtensionStmt>(node, 'CreateExtensionStmt')) this.extensionMissing = true;
    if (consequence) return;
    const position = Number(error.position);
    const at =
      Number.isInteger(position) && position > 0
        ? statement.start + codePointOffsetToByte(sql, position - 1)
        : statement.start;
    this.errors.push({
      location: locationIn(file, at, statement.end),
      message: oneLine(error.message ?? String(error)),
    });
  }

  private isConsequence(error: PgError): boolean {
    if (!error.code || !MISSING_OBJECT_CODES.has(error.code)) return false;
    if (this.extensionMissing && (error.code === '42704' || error.code === '42883')) return true;
    const named = /"([^"]+)"/.exec(error.message)?.[1] ?? /function ([\w.]+)\(/.exec(error.message)?.[1];
    return named !== undefined && this.missingNames.has(lastPart(named));
  }

  /** Grants and added columns: the catalog gives them no OID, so the parse tree says what they are. */
  private recordByName(node: Node, location: Location): void {
    const grant = statementOf<GrantStmt>(node, 'GrantStmt');
    if (grant?.is_grant) {
      for (const table of grantedTables(grant)) {
        for (const role of granteeNames(grant))
          this.origins.recordName('grant', `${table} to ${role}`, location);
      }
    }
    const alter = statementOf<{ relation?: RangeVar; cmds?: Node[] }>(node, 'AlterTableStmt');
    for (const command of alter?.cmds ?? []) {
      const body = (command as { AlterTableCmd?: { subtype?: string; def?: Node } }).AlterTableCmd;
      const column = (body?.def as { ColumnDef?: { colname?: string } } | undefined)?.ColumnDef?.colname;
      if (body?.subtype === 'AT_AddColumn' && column) {
        this.origins.recordName('column', `${qualify(alter!.relation)}.${column}`, location);
      }
    }
  }
}

/**
 * SQL to run instead of the statement, for CREATE or DROP EXTENSION of an extension Supabase provides that
 * the shadow has no binary for: its stub (possibly nothing), so the history replays as it would on Supabase.
 */
function emulatedSql(node: Node): string | undefined {
  const drop = statementOf<DropStmt>(node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_EXTENSION') {
    const names = (drop.objects ?? []).map(
      (item) => (item as { String?: { sval?: string } }).String?.sval ?? '',
    );
    if (names.length > 0 && names.every((name) => EMULATED_EXTENSIONS.has(name))) return 'select';
  }
  const create = statementOf<CreateExtensionStmt>(node, 'CreateExtensionStmt');
  const stub = create?.extname ? EMULATED_EXTENSIONS.get(create.extname) : undefined;
  if (!create || !stub) return undefined;
  const schemaOption = (create.options ?? [])
    .map((option) => (option as { DefElem?: { defname?: string; arg?: Node } }).DefElem)
    .find((option) => option?.defname === 'schema');
  const schema = (schemaOption?.arg as { String?: { sval?: string } } | undefined)?.String?.sval;
  return stub(schema ?? 'public') || 'select';
}

/** Statements PostgreSQL will not run inside a transaction block. */
function mustRunAlone(node: Node, sql: string): boolean {
  const [kind, body] = unwrap(node) ?? ['', {}];
  if (kind === 'IndexStmt' || kind === 'DropStmt' || kind === 'ReindexStmt') {
    return body.concurrent === true || /\bconcurrently\b/i.test(sql);
  }
  return (
    [
      'VacuumStmt',
      'CreatedbStmt',
      'DropdbStmt',
      'AlterSystemStmt',
      'CreateTableSpaceStmt',
      'DropTableSpaceStmt',
    ].includes(kind) || kind === 'AlterEnumStmt'
  );
}

function grantedTables(grant: GrantStmt): string[] {
  if (grant.objtype !== 'OBJECT_TABLE') return [];
  if (grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
    return (grant.objects ?? []).map((item) => `${(item as { String?: { sval?: string } }).String?.sval}.*`);
  }
  return (grant.objects ?? []).map((item) => qualify((item as { RangeVar?: RangeVar }).RangeVar));
}

function granteeNames(grant: GrantStmt): string[] {
  return (grant.grantees ?? []).map((item) => {
    const spec = (item as { RoleSpec?: { roletype?: string; rolename?: string } }).RoleSpec;
    return spec?.roletype === 'ROLESPEC_PUBLIC' ? 'public' : (spec?.rolename ?? '');
  });
}

/** The names a statement would have created, for recognising later failures that depend on them. */
function createdNames(node: Node): string[] {
  const [kind, body] = unwrap(node) ?? ['', {}];
  const relation = (value: unknown) => (value as RangeVar | undefined)?.relname;
  const lastOf = (list: unknown) => {
    const items = (list as Node[] | undefined) ?? [];
    return (items.at(-1) as { String?: { sval?: string } } | undefined)?.String?.sval;
  };
  const names: (string | undefined)[] = [];
  if (kind === 'CreateStmt' || kind === 'CreateSeqStmt') names.push(relation(body.relation ?? body.sequence));
  if (kind === 'CreateTableAsStmt') names.push(relation((body.into as { rel?: RangeVar } | undefined)?.rel));
  if (kind === 'ViewStmt') names.push(relation(body.view));
  if (kind === 'IndexStmt') names.push(body.idxname as string | undefined);
  if (kind === 'CreateSchemaStmt') names.push(body.schemaname as string | undefined);
  if (kind === 'CreateExtensionStmt') names.push(body.extname as string | undefined);
  if (kind === 'CreateFunctionStmt') names.push(lastOf(body.funcname));
  if (kind === 'CreateEnumStmt' || kind === 'CreateDomainStmt')
    names.push(lastOf(body.typeName ?? body.domainname));
  if (kind === 'CompositeTypeStmt') names.push(relation(body.typevar));
  return names.filter((name): name is string => typeof name === 'string' && name !== '');
}

function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function oneLine(message: string): string {
  return message.split('\n')[0].trim();
}
