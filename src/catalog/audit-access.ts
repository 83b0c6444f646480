// Who can change or remove audit rows. PostgreSQL lets a role UPDATE or DELETE a row when it holds the
// privilege and, with row level security on, when the policies allow it: the permissive policies that
// apply to the role are OR-ed, the restrictive ones AND-ed, and with no permissive policy the command is
// denied. A policy applies to a command when it is FOR that command or FOR ALL, and to a role when it is
// TO PUBLIC or TO a role whose privileges the role has. Table owners (and roles inheriting the owner's
// privileges), superusers and BYPASSRLS roles skip policies altogether, so they are not judged here.
//
// Policy expressions are not evaluated in general: a policy whose USING is the constant `false` allows
// nothing (and, restrictive, denies everything); any other expression may allow some rows.

import type { CatalogConnection } from '../types.ts';

export type Command = 'UPDATE' | 'DELETE';

export interface Relation {
  oid: number;
  name: string;
  rowSecurity: boolean;
  owner: number;
}

export interface Policy {
  relation: number;
  name: string;
  /** `*` ALL, `r` SELECT, `a` INSERT, `w` UPDATE, `d` DELETE */
  command: string;
  permissive: boolean;
  /** Role OIDs; 0 is PUBLIC. */
  roles: number[];
  using: string | null;
}

export interface JudgedRole {
  oid: number;
  name: string;
}

export interface Grant {
  relation: number;
  grantee: number;
  privilege: string;
  /** Set for a column-level privilege. */
  column?: string;
}

/** The audit tables and all their partitions, at any depth. */
export async function readRelations(db: CatalogConnection, roots: number[]): Promise<Relation[]> {
  const rows = await db.query<{ oid: number; name: string; rowsecurity: boolean; owner: number }>(
    `select c.oid::int8 as oid, n.nspname || '.' || c.relname as name, c.relrowsecurity as rowsecurity,
            c.relowner::int8 as owner
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.oid in (select t.relid from unnest($1::int8[]::oid[]) r(oid), pg_partition_tree(r.oid) t)
         or c.oid = any($1::int8[]::oid[])
      order by 2`,
    [roots],
  );
  return rows.map((row) => ({
    oid: Number(row.oid),
    name: row.name,
    rowSecurity: row.rowsecurity,
    owner: Number(row.owner),
  }));
}

export async function readPolicies(db: CatalogConnection, relations: number[]): Promise<Policy[]> {
  const rows = await db.query<{
    relation: number;
    name: string;
    command: string;
    permissive: boolean;
    roles: (number | string)[];
    using: string | null;
  }>(
    `select p.polrelid::int8 as relation, p.polname as name, p.polcmd::text as command,
            p.polpermissive as permissive, p.polroles::int8[] as roles,
            pg_get_expr(p.polqual, p.polrelid) as using
       from pg_policy p where p.polrelid = any($1::int8[]::oid[])
      order by p.polname`,
    [relations],
  );
  return rows.map((row) => ({ ...row, relation: Number(row.relation), roles: row.roles.map(Number) }));
}

/**
 * Roles that RLS applies to on these relations, with which policy roles and owners each one has the
 * privileges of (pg_has_role ... USAGE: membership with inheritance, the test PostgreSQL itself uses).
 */
export async function readJudgedRoles(
  db: CatalogConnection,
  owners: number[],
  policyRoles: number[],
): Promise<{ roles: JudgedRole[]; privilegesOf: Map<number, Set<number>> }> {
  const targets = [...new Set([...owners, ...policyRoles])].filter((oid) => oid !== 0);
  const rows = await db.query<{ oid: number; name: string; has: (number | string)[] }>(
    `select r.oid::int8 as oid, r.rolname as name,
            array(select t from unnest($1::int8[]) t where pg_has_role(r.oid, t::oid, 'USAGE'))::int8[] as has
       from pg_roles r
      where not r.rolsuper and not r.rolbypassrls and r.rolname !~ '^pg_'
      order by r.rolname`,
    [targets],
  );
  const privilegesOf = new Map<number, Set<number>>();
  const roles: JudgedRole[] = [];
  for (const row of rows) {
    const has = new Set(row.has.map(Number));
    privilegesOf.set(Number(row.oid), has);
    roles.push({ oid: Number(row.oid), name: row.name });
  }
  return { roles, privilegesOf };
}

/** UPDATE, DELETE and TRUNCATE held on the relations, table-level and column-level, by any grantee. */
export async function readWriteGrants(db: CatalogConnection, relations: number[]): Promise<Grant[]> {
  const rows = await db.query<{
    relation: number;
    grantee: number;
    privilege: string;
    column: string | null;
  }>(
    `select c.oid::int8 as relation, a.grantee::int8 as grantee, a.privilege_type as privilege, null::text as column
       from pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
      where c.oid = any($1::int8[]::oid[]) and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
     union all
     select att.attrelid::int8, a.grantee::int8, a.privilege_type, att.attname::text
       from pg_attribute att, aclexplode(att.attacl) a
      where att.attrelid = any($1::int8[]::oid[]) and att.attacl is not null and not att.attisdropped
        and a.privilege_type = 'UPDATE'
      order by 1, 2, 4 nulls first`,
    [relations],
  );
  return rows.map((row) => ({
    relation: Number(row.relation),
    grantee: Number(row.grantee),
    privilege: row.privilege,
    column: row.column ?? undefined,
  }));
}

const COMMAND_LETTER: Record<Command, string> = { UPDATE: 'w', DELETE: 'd' };

/** A USING expression that can never be true. */
export function isConstantFalse(expression: string | null): boolean {
  if (expression === null) return false;
  const bare = expression.toLowerCase().replace(/[\s()]/g, '');
  return bare === 'false' || bare === 'false::boolean' || bare === 'null::boolean';
}

/**
 * The permissive policy that lets `role` run `command` on the relation, or undefined when policy
 * semantics deny it. `hasPrivilegesOf` says whether the role has the privileges of another role.
 */
export function openingPolicy(
  policies: readonly Policy[],
  command: Command,
  hasPrivilegesOf: (roleOid: number) => boolean,
): Policy | undefined {
  const applicable = policies.filter(
    (policy) =>
      (policy.command === '*' || policy.command === COMMAND_LETTER[command]) &&
      policy.roles.some((role) => role === 0 || hasPrivilegesOf(role)),
  );
  // a restrictive policy that can never pass vetoes every permissive one
  if (applicable.some((policy) => !policy.permissive && isConstantFalse(policy.using))) return undefined;
  // a permissive policy without USING adds no rows (PostgreSQL skips it), one with USING false neither
  return applicable.find(
    (policy) => policy.permissive && policy.using !== null && !isConstantFalse(policy.using),
  );
}
