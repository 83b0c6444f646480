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
import type { Rule, SchemaContext } from '../src/types.ts';

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
    for (const relation of relations) {
      // owners and roles inheriting the owner's privileges are not subject to RLS
      const judged = roles.filter((role) => !privilegesOf.get(role.oid)?.has(relation.owner));
      const has = (role: JudgedRole) => (other: number) => privilegesOf.get(role.oid)?.has(other) ?? false;
      checkPolicies(
        context,
        relation,
        policies.filter((policy) => policy.relation === relation.oid),
        judged,
        has,
      );
      checkGrants(
        context,
        relation,
        grants.filter((grant) => grant.relation === relation.oid),
        judged,
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
): void {
  if (!relation.rowSecurity) {
    context.report({
      message: `audit table \`${relation.name}\` does not have row level security enabled, so no policy stops UPDATE or DELETE`,
      location: context.locate('table', relation.name),
      object: relation.name,
    });
    return;
  }
  for (const command of ['UPDATE', 'DELETE'] as Command[]) {
    const openedBy = new Map<Policy, string[]>();
    for (const role of roles) {
      const policy = openingPolicy(policies, command, has(role));
      if (policy) openedBy.set(policy, [...(openedBy.get(policy) ?? []), role.name]);
    }
    for (const [policy, names] of openedBy) {
      context.report({
        message:
          `policy \`${policy.name}\` lets ${listRoles(names)} ${command} rows of audit table \`${relation.name}\`` +
          ' and no restrictive policy denies it',
        location: context.locate('policy', `${relation.name}.${policy.name}`),
        object: `${relation.name}.${policy.name}`,
      });
    }
  }
}

function checkGrants(context: SchemaContext, relation: Relation, grants: Grant[], roles: JudgedRole[]): void {
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
    context.report({
      message: `${shown} holds ${mergeColumns(privileges).join(', ')} on audit table \`${relation.name}\``,
      location: context.locate('grant', `${relation.name} to ${role}`),
      object: relation.name,
    });
  }
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
