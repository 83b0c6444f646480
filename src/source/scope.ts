// Name resolution without a type checker: an identifier resolves to the nearest enclosing scope that
// declares its name. Block-level `var` hoisting and `with` are ignored; that imprecision only ever loses a
// fact, it never invents one. Scopes are indexed lazily, once each, so lookups stay cheap on large files.

import ts from 'typescript';

/** The node a name is declared by: a variable, parameter, binding element, import, function, class, type. */
export type Declaration = ts.Node;

/** A `const` of another module of the project, for key prefixes kept in a shared constants module. */
export interface ImportedConst {
  initializer: ts.Expression;
  scopes: Scopes;
}

export class Scopes {
  private readonly names = new Map<ts.Node, Map<string, Declaration>>();
  /** Set by the project when other modules can be looked into. */
  importedConst?: (specifier: ts.ImportSpecifier) => ImportedConst | undefined;

  resolve(identifier: ts.Identifier): Declaration | undefined {
    return this.resolveName(identifier.text, identifier.parent);
  }

  resolveName(name: string, from: ts.Node | undefined): Declaration | undefined {
    for (let node = from; node; node = node.parent) {
      const declared = this.namesOf(node)?.get(name);
      if (declared) return declared;
    }
    return undefined;
  }

  private namesOf(node: ts.Node): Map<string, Declaration> | undefined {
    let names = this.names.get(node);
    if (names) return names;
    names = declaredIn(node);
    if (names) this.names.set(node, names);
    return names;
  }
}

function declaredIn(node: ts.Node): Map<string, Declaration> | undefined {
  const names = new Map<string, Declaration>();
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node)) {
    for (const statement of node.statements) addStatement(statement, names);
  } else if (ts.isCaseBlock(node)) {
    for (const clause of node.clauses)
      for (const statement of clause.statements) addStatement(statement, names);
  } else if (ts.isFunctionLike(node)) {
    for (const parameter of node.parameters) addBinding(parameter.name, parameter, names);
    if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name)
      names.set(node.name.text, node);
  } else if (ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) {
    if (node.initializer && ts.isVariableDeclarationList(node.initializer))
      addDeclarationList(node.initializer, names);
  } else if (ts.isCatchClause(node)) {
    if (node.variableDeclaration) addBinding(node.variableDeclaration.name, node.variableDeclaration, names);
  } else {
    return undefined;
  }
  return names;
}

function addStatement(statement: ts.Statement, names: Map<string, Declaration>): void {
  if (ts.isVariableStatement(statement)) {
    addDeclarationList(statement.declarationList, names);
  } else if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement)
  ) {
    if (statement.name) names.set(statement.name.text, statement);
  } else if (ts.isImportDeclaration(statement)) {
    addImport(statement, names);
  } else if (ts.isImportEqualsDeclaration(statement)) {
    names.set(statement.name.text, statement);
  }
}

function addImport(statement: ts.ImportDeclaration, names: Map<string, Declaration>): void {
  const clause = statement.importClause;
  if (!clause) return;
  if (clause.name) names.set(clause.name.text, clause);
  const bindings = clause.namedBindings;
  if (!bindings) return;
  if (ts.isNamespaceImport(bindings)) names.set(bindings.name.text, bindings);
  else for (const element of bindings.elements) names.set(element.name.text, element);
}

function addDeclarationList(list: ts.VariableDeclarationList, names: Map<string, Declaration>): void {
  for (const declaration of list.declarations) addBinding(declaration.name, declaration, names);
}

/** A plain name is declared by its declaration; each name in a destructuring pattern by its element. */
export function addBinding(
  name: ts.BindingName,
  declaration: Declaration,
  names: Map<string, Declaration>,
): void {
  if (ts.isIdentifier(name)) {
    names.set(name.text, declaration);
    return;
  }
  for (const element of name.elements) {
    if (ts.isBindingElement(element)) addBinding(element.name, element, names);
  }
}

/** Every declaration a binding name introduces (for flows into destructured variables). */
export function bindingDeclarations(name: ts.BindingName, declaration: Declaration): Declaration[] {
  const names = new Map<string, Declaration>();
  addBinding(name, declaration, names);
  return [...names.values()];
}

export function isConstDeclaration(declaration: Declaration): declaration is ts.VariableDeclaration {
  return (
    ts.isVariableDeclaration(declaration) &&
    ts.isVariableDeclarationList(declaration.parent) &&
    (declaration.parent.flags & ts.NodeFlags.Const) !== 0
  );
}

/** Parentheses, `await`, `as`, `satisfies`, `!` and `<T>x` do not change what an expression is. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAwaitExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}
