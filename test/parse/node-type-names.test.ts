// Rule hints name parse-tree node types; a misspelt one would silently drop the rule's findings from a
// parallel run (its trees are never decoded). The type check makes such a typo a compile error: the lines
// marked @ts-expect-error below fail `tsc` (part of `npm test`) if the typo ever compiles again.

import type { IndexStmt } from 'libpg-query';
import { expect, expectTypeOf, it } from 'vitest';
import { statementOf, type NodeTypeName } from '../../src/parse/ast.ts';
import type { RuleMeta } from '../../src/types.ts';

it('accepts real node type names and rejects misspelt ones at compile time', () => {
  const real: NodeTypeName[] = ['IndexStmt', 'TruncateStmt', 'AlterTableStmt'];
  // @ts-expect-error 'TruncateStmts' is not a node type
  const typo: NodeTypeName = 'TruncateStmts';
  const meta: RuleMeta = {
    id: 'example',
    description: 'example',
    defaultSeverity: 'warning',
    sources: ['statement'],
    // @ts-expect-error a hint with a misspelt node type does not compile
    statementKinds: ['IndexStmts'],
  };
  // @ts-expect-error statementOf takes node type names only
  expect(statementOf(undefined, 'IndexStatement')).toBeUndefined();
  expect(real).toHaveLength(3);
  expect([typo, meta.id]).toEqual(['TruncateStmts', 'example']);
});

it('types the body from the node type name', () => {
  // Checked by tsc: a wrong inferred type fails the type check.
  expectTypeOf(statementOf(undefined, 'IndexStmt')).toEqualTypeOf<IndexStmt | undefined>();
  const parsed = { IndexStmt: { idxname: 'i', concurrent: true } };
  expect(statementOf(parsed, 'IndexStmt')?.idxname).toBe('i');
  expect(statementOf(parsed, 'DropStmt')).toBeUndefined();
});
