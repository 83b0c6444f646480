// Replaying the migration history into the shadow database, statement by statement in runner order.
// A statement that fails becomes a replay error and the replay goes on, so one broken migration does not
// hide every later finding. A failure caused by an earlier one (a table whose CREATE failed, a type of an
// extension that could not be created) is marked as a consequence and not reported again
// (consequences.ts).
//
// What a failure leaves behind follows `[shadow] on_error`: `skip-statement` (the default) keeps the rest of
// the file so it is still judged; `rollback-file` holds what the runner's deploy would leave: each file runs
// in a transaction, and a failing statement rolls the whole file back and ends it (Supabase stops the deploy
// there; the shadow goes on with the later files, on the state without it). With `runner = "psql"` every
// statement stands alone either way.

import type { GrantStmt, Node, RangeVar } from 'libpg-query';
import { MANAGED_SCHEMAS } from '../catalog/schemas.ts';
import { locationIn } from '../location.ts';
import { tableCommands } from '../parse/alter-table.ts';
import { qualify, statementOf, unwrap } from '../parse/ast.ts';
import { codePointOffsetToByte } from '../parse/positions.ts';
import type { Location, MigrationFile, ReplayError, Statement } from '../types.ts';
import { grantPrivilegesSpan, type ClauseSource } from './clause-spans.ts';
import { FailureTracker, type FailureState, type PgError } from './consequences.ts';
import { LockObserver, type HeldLockRow, type ObserverState, type RelationRow } from './lock-observer.ts';
import type { OidRow, OriginRecorder, OriginState } from './origins.ts';
import { ShadowStopped, type ShadowSession } from './pglite.ts';
import { STANDIN_EXTENSIONS } from './standin/extensions.ts';
import { EMULATED_EXTENSIONS } from './supabase-standin.ts';

/** What a failing statement leaves in the shadow: the rest of its file, or nothing of the file. */
export type OnError = 'skip-statement' | 'rollback-file';

export interface ReplayOutcome {
  filesReplayed: number;
  statementsReplayed: number;
  /** First failures only: what replay-error reports. */
  errors: ReplayError[];
  /** Every failure, including consequences of earlier ones. */
  failedStatements: number;
  /** Milliseconds spent replaying the files (not restored ones, not resolving names at the end). */
  filesMs: number;
}

/**
 * Everything the replay knows after its first `files` applied files, as plain data: what a snapshot of the
 * shadow keeps beside its data directory (snapshot.ts), so a later run goes on from there as if it had
 * replayed those files itself.
 */
export interface ReplayState {
  files: number;
  statementsReplayed: number;
  failedStatements: number;
  errors: ReplayError[];
  failures: FailureState;
  origins: OriginState;
  /** Present when locks were observed; statements are named `<applied file index>:<statement index>`. */
  observer?: ObserverState;
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
  // Alone, too: DEALLOCATE ALL would take the replay's own prepared statements with it.
  'DeallocateStmt',
]);

/** The replay's prepared statements: names no migration is likely to use. */
const NEW_OBJECTS = 'scribe_lint_new_objects';
const HELD_LOCKS = 'scribe_lint_held_locks';

/**
 * Sent before the prepared queries in a statement's round trip: a generic plan is what saves the planning
 * (a custom plan, PostgreSQL's choice for the first executions, is planned each time). `local`, so it ends
 * with the statement's transaction (with `rollback-file`, the file's: a choice of plan, never of result).
 */
const GENERIC_PLANS = 'set local plan_cache_mode = force_generic_plan';

/**
 * ALTER TABLE subcommands that create no relation, constraint, policy or extension (an index rebuilt by
 * a type change gets a new OID, so ALTER COLUMN TYPE is not one; nor is SET NOT NULL, a constraint row).
 */
const ALTER_CREATES_NOTHING = new Set([
  'AT_EnableRowSecurity',
  'AT_DisableRowSecurity',
  'AT_ForceRowSecurity',
  'AT_NoForceRowSecurity',
  'AT_ColumnDefault',
  'AT_ReplicaIdentity',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ChangeOwner',
  'AT_EnableTrig',
  'AT_DisableTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
  'AT_SetStatistics',
  'AT_SetStorage',
  'AT_DropConstraint',
  'AT_DropColumn',
]);

/** Whether the statement may create something the origin watermark records (its query follows it). */
function createsObjects(kind: string, node: Node): boolean {
  if (CREATES_NOTHING.has(kind)) return false;
  if (kind !== 'AlterTableStmt') return true;
  const commands = tableCommands(statementOf(node, 'AlterTableStmt'));
  return (
    commands.length === 0 || !commands.every((command) => ALTER_CREATES_NOTHING.has(command.subtype ?? ''))
  );
}

/** Transaction control is left out: each statement is applied on its own so one failure aborts nothing else. */
const TRANSACTION_CONTROL = 'TransactionStmt';

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

/** A grant or added column to record under its name once its file has committed. */
type NamedRecord = Parameters<OriginRecorder['recordName']>;

export interface ReplayOptions {
  /** Statements that stopped an earlier attempt (a hang, a crash), with why: not run again, counted as failed. */
  skipped?: ReadonlyMap<Statement, string>;
  /** What a failing statement leaves behind (see the top of this file). Default `skip-statement`. */
  onError?: OnError;
  /** Read the locks and rewrites of each statement on existing relations (lock-observer.ts). */
  observeLocks?: boolean;
}

export class Replayer {
  private readonly errors: ReplayError[] = [];
  private readonly failures = new FailureTracker();
  private readonly skipped: ReadonlyMap<Statement, string>;
  private readonly rollbackFiles: boolean;
  private statementsReplayed = 0;
  private failedStatements = 0;
  /** The file being replayed: its statements that ran, and the names it recorded, until it commits. */
  private pending: { nodes: Node[]; names: NamedRecord[] } = { nodes: [], names: [] };
  private reached: { file: MigrationFile; statement: Statement } | undefined;
  /** Set when the locks are observed: what each statement did to the relations its file started with. */
  readonly observer: LockObserver | undefined;
  private finalState: ReplayState | undefined;
  /** Whether this session has the watermark and lock queries prepared (`maybe`: after a DEALLOCATE). */
  private prepared: 'no' | 'yes' | 'maybe' = 'no';

  constructor(
    private readonly db: ShadowSession,
    private readonly origins: OriginRecorder,
    options: ReplayOptions = {},
  ) {
    this.skipped = options.skipped ?? new Map();
    this.rollbackFiles = options.onError === 'rollback-file';
    this.observer = options.observeLocks ? new LockObserver() : undefined;
  }

  /** The last statement the replay started, for saying where an incomplete replay stopped. */
  get lastReached(): { file: MigrationFile; statement: Statement } | undefined {
    return this.reached;
  }

  /** The first failures found so far (kept when the replay is cut short). */
  get errorsSoFar(): readonly ReplayError[] {
    return this.errors;
  }

  /** The state after the last file, before the names were resolved: what a snapshot keeps. */
  get endState(): ReplayState | undefined {
    return this.finalState;
  }

  /**
   * Replays the applied files; with `resume` (the state of a snapshot the shadow was started from), only
   * those after the snapshot's, going on from its state.
   */
  async replay(files: readonly MigrationFile[], resume?: ReplayState): Promise<ReplayOutcome> {
    const applied = files.filter((file) => file.applied);
    if (resume) this.resume(resume, applied);
    else await this.origins.start();
    const started = performance.now();
    for (const file of applied.slice(resume?.files ?? 0)) await this.replayFile(file);
    const filesMs = performance.now() - started;
    this.finalState = this.stateAfter(applied);
    await this.origins.finish();
    return {
      filesReplayed: applied.length,
      statementsReplayed: this.statementsReplayed,
      errors: this.errors,
      failedStatements: this.failedStatements,
      filesMs,
    };
  }

  /** Prepares the queries that follow statements (once per session, and again after a DEALLOCATE). */
  private async prepare(): Promise<void> {
    if (this.prepared === 'yes') return;
    if (this.prepared === 'maybe') {
      const { rows } = await this.db.query<{ name: string }>(
        `select name from pg_prepared_statements where name in ('${NEW_OBJECTS}', '${HELD_LOCKS}')`,
      );
      for (const { name } of rows) await this.db.exec(`deallocate ${name}`);
    }
    const statements = [this.origins.prepareNewObjectsSql(NEW_OBJECTS)];
    if (this.observer) statements.push(this.observer.prepareHeldLocksSql(HELD_LOCKS));
    await this.db.exec(statements.join(';\n'));
    this.prepared = 'yes';
  }

  private resume(state: ReplayState, applied: readonly MigrationFile[]): void {
    this.origins.restore(state.origins);
    this.failures.restore(state.failures);
    this.errors.push(...state.errors);
    this.statementsReplayed = state.statementsReplayed;
    this.failedStatements = state.failedStatements;
    if (this.observer && state.observer) this.observer.restore(state.observer, statementIn(applied));
  }

  private stateAfter(applied: readonly MigrationFile[]): ReplayState {
    const keys = new Map<Statement, string>();
    applied.forEach((file, position) => {
      for (const statement of file.statements) keys.set(statement, `${position}:${statement.index}`);
    });
    const keyOf = (statement: Statement) => keys.get(statement) ?? '';
    return {
      files: applied.length,
      statementsReplayed: this.statementsReplayed,
      failedStatements: this.failedStatements,
      errors: [...this.errors],
      failures: this.failures.snapshot(),
      origins: this.origins.snapshot(),
      ...(this.observer && { observer: this.observer.snapshot(keyOf) }),
    };
  }

  private async replayFile(file: MigrationFile): Promise<void> {
    this.pending = { nodes: [], names: [] };
    if (this.rollbackFiles) await this.db.exec('begin');
    if (this.observer) {
      this.observer.startFile((await this.db.query<RelationRow>(this.observer.snapshotSql())).rows);
    }
    for (const statement of file.statements) {
      if (statement.parseProblem || !statement.node) continue;
      this.reached = { file, statement };
      const ok = await this.replayStatement(file, statement, statement.node);
      if (!ok && this.rollbackFiles) {
        await this.rollBackFile(file.statements.slice(statement.index + 1));
        return;
      }
    }
    if (this.rollbackFiles) await this.db.exec('commit');
    this.commitNames();
  }

  /**
   * The file failed: nothing it made exists, and the deploy would have stopped before the statements left,
   * so what both would have made counts as missing from now on.
   */
  private async rollBackFile(notRun: readonly Statement[]): Promise<void> {
    await this.db.exec('rollback');
    // What the file's watched statements renamed or rewrote is undone: the next file reads all again.
    this.observer?.loseTrack();
    for (const node of this.pending.nodes) this.failures.failed(node);
    for (const statement of notRun) if (statement.node) this.failures.failed(statement.node);
    this.pending = { nodes: [], names: [] };
  }

  private commitNames(): void {
    for (const [kind, name, location] of this.pending.names) this.origins.recordName(kind, name, location);
    this.pending = { nodes: [], names: [] };
  }

  /** Runs one statement; false when it failed. */
  private async replayStatement(file: MigrationFile, statement: Statement, node: Node): Promise<boolean> {
    const [kind] = unwrap(node) ?? [''];
    if (kind === TRANSACTION_CONTROL) return true;
    const location = locationIn(file, statement.start, statement.end);
    const source = { file, statement };
    const sql = file.lines.slice(statement.start, statement.end);
    this.statementsReplayed++;
    const skippedBecause = this.skipped.get(statement);
    if (skippedBecause !== undefined) {
      this.recordFailure(file, statement, node, sql, { message: skippedBecause }, true);
      return false;
    }
    const replacement = emulatedSql(node);
    const track = createsObjects(kind, node);
    const alone = mustRunAlone(node, sql);
    // One round trip for statement and watermark, unless the statement refuses a transaction block (two
    // statements in one message form an implicit one): CONCURRENTLY, VACUUM and the like.
    const together = track && replacement === undefined && !alone;
    // The lock query goes last, after the statement (no prefix, so an error's position is unchanged).
    const watch = this.observer && replacement === undefined && !alone ? watchFor(node, this.observer) : 'no';
    const observe = watch === 'query';
    const parts = [replacement ?? sql];
    if (together || observe) parts.push(GENERIC_PLANS);
    if (together) parts.push(this.origins.executeNewObjectsSql(NEW_OBJECTS));
    if (observe) parts.push(this.observer!.executeHeldLocksSql(HELD_LOCKS));
    try {
      if (together || observe) await this.prepare();
      // A statement that cannot run in a transaction runs between two (its file cannot roll it back).
      if (alone && this.rollbackFiles) await this.db.exec('commit');
      const results = await this.db.exec(parts.join(';\n'));
      if (alone && this.rollbackFiles) await this.db.exec('begin');
      if (together) {
        this.origins.credit((results.at(observe ? -2 : -1)?.rows ?? []) as OidRow[], location, source);
      }
      if (watch === 'no') this.observer?.loseTrack();
      else {
        this.observer!.record(statement, observe ? ((results.at(-1)?.rows ?? []) as HeldLockRow[]) : []);
      }
      if (alone || !this.rollbackFiles) this.observer?.transactionEnded();
      // Inside the try: a server that broke on this statement is found here, and the statement blamed.
      if (track && !together) await this.origins.recordNewObjects(location, source);
    } catch (error) {
      if (error instanceof ShadowStopped) throw new ReplayInterrupted(statement, location, error);
      if (alone && this.rollbackFiles) await this.db.exec('begin');
      this.observer?.transactionEnded();
      this.recordFailure(file, statement, node, sql, error as PgError);
      return false;
    }
    // The session's prepared statements are gone: the next round trip prepares them again.
    if (kind === 'DeallocateStmt' || kind === 'DiscardStmt') this.prepared = 'maybe';
    this.pending.nodes.push(node);
    this.pending.names.push(...namedRecords(node, location, source));
    return true;
  }

  private recordFailure(
    file: MigrationFile,
    statement: Statement,
    node: Node,
    sql: string,
    error: PgError,
    stoppedShadow = false,
  ): void {
    this.failedStatements++;
    const consequence = this.failures.isConsequence(error, node, sql);
    this.failures.failed(node);
    if (consequence) return;
    const position = Number(error.position);
    const at =
      Number.isInteger(position) && position > 0
        ? statement.start + codePointOffsetToByte(sql, position - 1)
        : statement.start;
    const message = oneLine(error.message ?? String(error));
    this.errors.push({
      location: locationIn(file, at, statement.end),
      message: message + standinNote(sql, message),
      ...(stoppedShadow && { stoppedShadow }),
    });
  }
}

/** Finds a statement by the name `ReplayState.observer` gives it. */
export function statementIn(
  applied: readonly Partial<Pick<MigrationFile, 'statements'>>[],
): (key: string) => Statement | undefined {
  return (key) => {
    const [file, statement] = key.split(':').map(Number);
    return applied[file]?.statements?.[statement];
  };
}

/** Grants and added columns: the catalog gives them no OID, so the parse tree says what they are. */
function namedRecords(node: Node, location: Location, source: ClauseSource): NamedRecord[] {
  const records: NamedRecord[] = [];
  const grant = statementOf(node, 'GrantStmt');
  if (grant?.is_grant) {
    // at the privilege list, which is what a finding on a grant is about
    const privileges = grantPrivilegesSpan(source);
    const at = privileges ? locationIn(source.file, privileges.start, privileges.end) : location;
    for (const table of grantedTables(grant)) {
      for (const role of granteeNames(grant)) records.push(['grant', `${table} to ${role}`, at]);
    }
  }
  const alter = statementOf(node, 'AlterTableStmt');
  for (const command of alter?.cmds ?? []) {
    const body = (command as { AlterTableCmd?: { subtype?: string; def?: Node } }).AlterTableCmd;
    const column = (body?.def as { ColumnDef?: { colname?: string } } | undefined)?.ColumnDef?.colname;
    if (body?.subtype === 'AT_AddColumn' && column) {
      records.push(['column', `${qualify(alter!.relation)}.${column}`, location]);
    }
  }
  return records;
}

/** Schemas and extensions the shadow emulates (the Supabase stand-in) rather than has for real. */
const STANDIN_SCHEMAS = MANAGED_SCHEMAS.filter((name) => name !== 'information_schema');
const STANDIN_EXTENSION_NAMES = new Set([
  ...STANDIN_EXTENSIONS.map((extension) => extension.name),
  ...EMULATED_EXTENSIONS.keys(),
]);

/**
 * A word for the reader when a failure involves something the shadow only emulates: the gap may be the
 * stand-in's, not the migration's.
 */
function standinNote(sql: string, message: string): string {
  const text = `${sql}\n${message}`.toLowerCase();
  const schema = STANDIN_SCHEMAS.find((name) => new RegExp(`(^|[^\\w$])"?${name}"?\\s*\\.`).test(text));
  const words = new Set(text.match(/[a-z_][\w$]*/g) ?? []);
  const extension = [...STANDIN_EXTENSION_NAMES].find(
    (name) => words.has(name) && /\bextension\b/.test(text),
  );
  const subject = schema ? `the ${schema} schema` : extension ? `the ${extension} extension` : undefined;
  return subject
    ? ` (this involves ${subject}, which the shadow emulates with a stand-in: Supabase may have what it lacks)`
    : '';
}

/**
 * SQL to run instead of the statement, for CREATE or DROP EXTENSION of an extension Supabase provides that
 * the shadow has no binary for: its stub (possibly nothing), so the history replays as it would on Supabase.
 */
function emulatedSql(node: Node): string | undefined {
  const drop = statementOf(node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_EXTENSION') {
    const names = (drop.objects ?? []).map(
      (item) => (item as { String?: { sval?: string } }).String?.sval ?? '',
    );
    if (names.length > 0 && names.every((name) => EMULATED_EXTENSIONS.has(name))) return 'select';
  }
  const create = statementOf(node, 'CreateExtensionStmt');
  const stub = create?.extname ? EMULATED_EXTENSIONS.get(create.extname) : undefined;
  if (!create || !stub) return undefined;
  const schemaOption = (create.options ?? [])
    .map((option) => (option as { DefElem?: { defname?: string; arg?: Node } }).DefElem)
    .find((option) => option?.defname === 'schema');
  const schema = (schemaOption?.arg as { String?: { sval?: string } } | undefined)?.String?.sval;
  return stub(schema ?? 'public') || 'select';
}

/**
 * How a statement's locks are observed: `query` (the lock query follows it in its round trip), `none` (it
 * can lock no relation its file started with: SET, CREATE FUNCTION, a statement naming only new tables),
 * or `no` (not observed: it refuses the implicit transaction that two statements in one message form,
 * besides the `mustRunAlone` ones, which are never observed).
 */
function watchFor(node: Node, observer: LockObserver): 'query' | 'none' | 'no' {
  const [kind, body] = unwrap(node) ?? ['', {}];
  if (LOCK_NOTHING.has(kind)) return 'none';
  if (OUTSIDE_TRANSACTIONS.has(kind)) return 'no';
  if (kind === 'ReindexStmt' && body.kind !== 'REINDEX_OBJECT_TABLE' && body.kind !== 'REINDEX_OBJECT_INDEX')
    return 'no';
  // CLUSTER with no table reclusters the whole database, which PostgreSQL runs only outside a transaction.
  if (kind === 'ClusterStmt' && body.relation === undefined) return 'no';
  return observer.mayLockExisting(node) ? 'query' : 'none';
}

/** Statements that take no lock on a table. */
const LOCK_NOTHING = new Set(['VariableSetStmt', 'VariableShowStmt', 'CreateFunctionStmt', 'DeallocateStmt']);

/** Statements (or forms) PostgreSQL refuses inside a transaction block that `mustRunAlone` lets through. */
const OUTSIDE_TRANSACTIONS = new Set([
  'DiscardStmt',
  'CheckPointStmt',
  'CreateSubscriptionStmt',
  'AlterSubscriptionStmt',
  'DropSubscriptionStmt',
  'AlterDatabaseStmt',
]);

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

function oneLine(message: string): string {
  return message.split('\n')[0].trim();
}
