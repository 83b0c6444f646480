// Small helpers over libpg-query's parse tree, so rules read like the SQL they check.

import type { Node, RangeVar } from 'libpg-query';

/** The statement's node type and body, e.g. `['IndexStmt', {...}]`. */
export function unwrap(node: Node | undefined): [string, Record<string, unknown>] | undefined {
  if (!node) return undefined;
  const [kind] = Object.keys(node);
  return [kind, (node as unknown as Record<string, Record<string, unknown>>)[kind]];
}

/** The names of libpg-query's node types (`IndexStmt`, `AlterTableStmt`, ...): a typo does not compile. */
export type NodeTypeName = Node extends infer Each ? (Each extends unknown ? keyof Each : never) : never;

/** The body type of one node type: `NodeBody<'IndexStmt'>` is libpg-query's `IndexStmt`. */
export type NodeBody<Kind extends NodeTypeName> = Extract<Node, Record<Kind, unknown>>[Kind];

/** The body of a statement of one node type, typed from the name, or undefined for any other type. */
export function statementOf<Kind extends NodeTypeName>(
  node: Node | undefined,
  kind: Kind,
): NodeBody<Kind> | undefined {
  if (!node || !(kind in node)) return undefined;
  return (node as unknown as Record<Kind, NodeBody<Kind>>)[kind];
}

/** Where qualify() keeps the name it built for a RangeVar: hidden from Object.keys, JSON and equality. */
const QUALIFIED = Symbol('qualified name');

/**
 * `schema.name` with PostgreSQL's folding already applied by the parser; unqualified names are `public`.
 * Several rules and the history ask for the same statement's table in turn, and each then looks it up in
 * the history's maps. Built once per RangeVar, the name is one string whose hash V8 computes once; built
 * afresh per call, each lookup first flattens and hashes a new string (a few percent of a static lint).
 */
export function qualify(relation: RangeVar | undefined): string {
  if (!relation?.relname) return '';
  const known = (relation as { [QUALIFIED]?: string })[QUALIFIED];
  if (known !== undefined) return known;
  const name = `${relation.schemaname ?? 'public'}.${relation.relname}`;
  Object.defineProperty(relation, QUALIFIED, { value: name, enumerable: false });
  return name;
}

/** Qualified name from a `List` of `String` nodes (`DROP INDEX a.b`, `DROP TABLE t`). */
export function qualifyNameList(list: Node | undefined): string {
  const items = (list as { List?: { items?: Node[] } } | undefined)?.List?.items ?? [];
  const parts = items.map((item) => (item as { String?: { sval?: string } }).String?.sval ?? '');
  if (parts.length === 1) return `public.${parts[0]}`;
  return parts.slice(-2).join('.');
}

/** Whether a `DefElem` option list contains the named option (`REINDEX (CONCURRENTLY) ...`). */
export function hasOption(options: Node[] | undefined, name: string): boolean {
  return (options ?? []).some(
    (option) => (option as { DefElem?: { defname?: string } }).DefElem?.defname === name,
  );
}
