import {
  openingPolicy,
  readJudgedRoles,
  readPolicies,
  readRelations,
  readWriteGrants,
  type Command,
  type Grant,
  type JudgedRole,
  type Policy,
  type Relation,
} from '../src/catalog/audit-access.ts';
import { findAuditTables } from '../src/catalog/schemas.ts';
import { indexName, quoteIdent } from '../src/fix/index-names.ts';
import type { CatalogConnection, Location, Rule, SchemaContext } from '../src/types.ts';

/** Each relation's name as SQL, quoted as PostgreSQL's quote_ident quotes, for the fixes. */
const SQL_NAMES = `
  select c.oid::int8 as oid, format('%I.%I', n.nspname, c.relname) as sql_name, c.relname, n.nspname as schema_name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = any($1::int8[]::oid[])`;

// The roles the default privileges for new tables (ALTER DEFAULT PRIVILEGES, which the Supabase stand-in sets
// for the public schema) give UPDATE, DELETE or TRUNCATE on each relation: its owner's, in its schema or all.
const DEFAULT_GRANTEES = `
  select c.oid::int8 as relation, a.grantee::int8 as grantee
    from pg_class c
    join pg_default_acl d on d.defaclrole = c.relowner and d.defaclobjtype = 'r'
     and d.defaclnamespace in (c.relnamespace, 0)
    cross join lateral aclexplode(d.defaclacl) a
   where c.oid = any($1::int8[]::oid[]) and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')`;

interface SqlName {
  sqlName: string;
  relname: string;
  schema: string;
}

// SPEC-2 §3: audit logs are immutable, enforced in the database. Every partition is checked on its own,
// because a partition can be queried (and truncated) directly. See src/catalog/audit-access.ts for the
// policy semantics; this module turns the facts into findings.
const rule: Rule = {
  meta: {
    id: 'audit-immutable',
    description: 'No role but the owner and BYPASSRLS roles can UPDATE, DELETE or TRUNCATE audit rows.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const { tables } = await findAuditTables(context.db, context.config);
    if (tables.length === 0) return; // audit-partitioned reports missing audit tables
    const relations = await readRelations(
      context.db,
      tables.map((table) => table.oid),
    );
    const oids = relations.map((relation) => relation.oid);
    const policies = await readPolicies(context.db, oids);
    const { roles, privilegesOf } = await readJudgedRoles(
      context.db,
      relations.map((relation) => relation.owner),
      policies.flatMap((policy) => policy.roles),
    );
    const grants = await readWriteGrants(context.db, oids);
    const names = await readSqlNames(context.db, oids);
    const defaults = await readDefaultGrantees(context.db, oids);
    for (const relation of relations) {
      const name = names.get(relation.oid)!;
      // owners and roles inheriting the owner's privileges are not subject to RLS
      const judged = roles.filter((role) => !privilegesOf.get(role.oid)?.has(relation.owner));
      const has = (role: JudgedRole) => (other: number) => privilegesOf.get(role.oid)?.has(other) ?? false;
      checkPolicies(
        context,
        relation,
        policies.filter((policy) => policy.relation === relation.oid),
        judged,
        has,
        name,
      );
      checkGrants(
        context,
        relation,
        grants.filter((grant) => grant.relation === relation.oid),
        judged,
        { name, defaultGrantees: defaults.get(relation.oid) ?? new Set() },
      );
    }
  },
};

function checkPolicies(
  context: SchemaContext,
  relation: Relation,
  policies: Policy[],
  roles: JudgedRole[],
  has: (role: JudgedRole) => (other: number) => boolean,
  name: SqlName,
): void {
  if (!relation.rowSecurity) {
    context.report({
      message: `audit table \`${relation.name}\` does not have row level security enabled, so no policy stops UPDATE or DELETE`,
      location: context.locate('table', relation.name),
      object: relation.name,
      fix: { sql: `alter table ${name.sqlName} enable row level security;` },
    });
    return;
  }
  const policyNames = new Set(policies.map((policy) => policy.name));
  for (const command of ['UPDATE', 'DELETE'] as Command[]) {
    const openedBy = new Map<Policy, string[]>();
    for (const role of roles) {
      const policy = openingPolicy(policies, command, has(role));
      if (policy) openedBy.set(policy, [...(openedBy.get(policy) ?? []), role.name]);
    }
    // One restrictive policy closes the command whichever policies opened it: the first finding carries it.
    let fix: { sql: string } | undefined =
      openedBy.size > 0 ? vetoPolicy(name, command, policyNames) : undefined;
    for (const [policy, names] of openedBy) {
      context.report({
        message:
          `policy \`${policy.name}\` lets ${listRoles(names)} ${command} rows of audit table \`${relation.name}\`` +
          ' and no restrictive policy denies it',
        location: context.locate('policy', `${relation.name}.${policy.name}`),
        object: `${relation.name}.${policy.name}`,
        ...(fix && { fix }),
      });
      fix = undefined;
    }
  }
}

/** A restrictive policy that denies the command to every role, named `<table>_no_<command>`, unused. */
function vetoPolicy(name: SqlName, command: Command, taken: Set<string>): { sql: string } {
  const label = `no_${command.toLowerCase()}`;
  let policy = indexName(name.relname, [], label);
  for (let pass = 1; taken.has(policy); pass++) policy = indexName(name.relname, [], `${label}${pass}`);
  taken.add(policy);
  return {
    sql:
      `create policy ${quoteIdent(policy)} on ${name.sqlName} as restrictive for ${command.toLowerCase()} ` +
      'to public using (false);',
  };
}

interface GrantFacts {
  name: SqlName;
  /** The grantees the default privileges for new tables gave write privileges on this relation. */
  defaultGrantees: Set<number>;
}

function checkGrants(
  context: SchemaContext,
  relation: Relation,
  grants: Grant[],
  roles: JudgedRole[],
  facts: GrantFacts,
): void {
  const judgedNames = new Map(roles.map((role) => [role.oid, role.name]));
  const byGrantee = new Map<number, string[]>();
  for (const grant of grants) {
    if (grant.grantee !== 0 && !judgedNames.has(grant.grantee)) continue;
    const held = grant.column ? `UPDATE (${grant.column})` : grant.privilege;
    byGrantee.set(grant.grantee, [...(byGrantee.get(grant.grantee) ?? []), held]);
  }
  for (const [grantee, privileges] of byGrantee) {
    const role = grantee === 0 ? 'public' : judgedNames.get(grantee)!;
    const shown = grantee === 0 ? 'PUBLIC' : `\`${role}\``;
    const location = context.locate('grant', `${relation.name} to ${role}`);
    const byDefault =
      facts.defaultGrantees.has(grantee) && sameSpan(location, context.locate('table', relation.name));
    context.report({
      message:
        `${shown} holds ${mergeColumns(privileges).join(', ')} on audit table \`${relation.name}\`` +
        (byDefault ? defaultPrivilegesNote(facts.name.schema) : ''),
      location,
      object: relation.name,
      fix: { sql: revocation(privileges, facts.name.sqlName, grantee === 0 ? 'public' : quoteIdent(role)) },
    });
  }
}

/**
 * Where a grant no GRANT statement made came from, said at the CREATE TABLE: the default privileges, which
 * on Supabase give the API roles everything on each new table in `public`.
 */
function defaultPrivilegesNote(schema: string): string {
  return (
    `, granted when the table was created by the default privileges for new tables in schema \`${schema}\`` +
    (schema === 'public'
      ? ' (Supabase grants ALL on them to `anon`, `authenticated` and `service_role`)'
      : '')
  );
}

/** REVOKE of the held privileges; a table-level REVOKE UPDATE takes the column-level UPDATEs with it. */
function revocation(privileges: string[], table: string, role: string): string {
  const held = PRIVILEGE_ORDER.filter(
    (privilege) =>
      privileges.includes(privilege) || (privilege === 'UPDATE' && privileges.some(isColumnUpdate)),
  );
  return `revoke ${held.map((privilege) => privilege.toLowerCase()).join(', ')} on ${table} from ${role};`;
}

function isColumnUpdate(privilege: string): boolean {
  return privilege.startsWith('UPDATE (');
}

function sameSpan(one: Location | undefined, other: Location | undefined): boolean {
  return (
    one !== undefined &&
    other !== undefined &&
    one.file === other.file &&
    one.line === other.line &&
    one.column === other.column &&
    one.endLine === other.endLine &&
    one.endColumn === other.endColumn
  );
}

async function readSqlNames(db: CatalogConnection, oids: number[]): Promise<Map<number, SqlName>> {
  const rows = await db.query<{ oid: number; sql_name: string; relname: string; schema_name: string }>(
    SQL_NAMES,
    [oids],
  );
  return new Map(
    rows.map((row) => [
      Number(row.oid),
      { sqlName: row.sql_name, relname: row.relname, schema: row.schema_name },
    ]),
  );
}

async function readDefaultGrantees(db: CatalogConnection, oids: number[]): Promise<Map<number, Set<number>>> {
  const rows = await db.query<{ relation: number; grantee: number }>(DEFAULT_GRANTEES, [oids]);
  const byRelation = new Map<number, Set<number>>();
  for (const row of rows) {
    const relation = Number(row.relation);
    byRelation.set(relation, (byRelation.get(relation) ?? new Set()).add(Number(row.grantee)));
  }
  return byRelation;
}

const PRIVILEGE_ORDER = ['UPDATE', 'DELETE', 'TRUNCATE'];

/** `UPDATE (a)`, `UPDATE (b)` → `UPDATE (a, b)`, table-level privileges first, in a fixed order. */
function mergeColumns(privileges: string[]): string[] {
  const columns = privileges.filter((item) => item.startsWith('UPDATE ('));
  const tableLevel = PRIVILEGE_ORDER.filter((item) => privileges.includes(item));
  if (columns.length === 0 || tableLevel.includes('UPDATE')) return tableLevel;
  const names = columns.map((item) => item.slice('UPDATE ('.length, -1));
  return [...tableLevel, `UPDATE (${names.join(', ')})`];
}

function listRoles(names: string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  if (quoted.length <= 4) return quoted.join(', ');
  return `${quoted.slice(0, 4).join(', ')} and ${quoted.length - 4} more roles`;
}

export default rule;
