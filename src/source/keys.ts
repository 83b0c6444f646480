// Working out the static beginning of a cache key: literals, template heads, `+` concatenation, `const`
// values of the module (also object properties of a const object literal), and small key-builder functions
// whose body is a single expression (`const messageKey = (id) => `message:${id}``).

import ts from 'typescript';
import { isConstDeclaration, unwrap, type Scopes } from './scope.ts';

export interface StaticText {
  text: string;
  /** True when the whole expression is static, so `text` is all of it. */
  complete: boolean;
}

const UNKNOWN: StaticText = { text: '', complete: false };
/** Deep enough for real key builders; bounded so a cycle of consts cannot recurse forever. */
const MAX_DEPTH = 12;

export function staticPrefix(expression: ts.Expression, scopes: Scopes, depth = 0): StaticText {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const node = unwrap(expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) {
    return { text: node.text, complete: true };
  }
  if (ts.isTemplateExpression(node)) return templatePrefix(node, scopes, depth);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticPrefix(node.left, scopes, depth + 1);
    if (!left.complete) return left;
    const right = staticPrefix(node.right, scopes, depth + 1);
    return { text: left.text + right.text, complete: right.complete };
  }
  if (ts.isIdentifier(node)) return constValue(node, scopes, depth);
  if (ts.isPropertyAccessExpression(node)) return propertyValue(node, scopes, depth);
  if (ts.isCallExpression(node)) return builderValue(node, scopes, depth);
  return UNKNOWN;
}

function templatePrefix(node: ts.TemplateExpression, scopes: Scopes, depth: number): StaticText {
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const part = staticPrefix(span.expression, scopes, depth + 1);
    text += part.text;
    if (!part.complete) return { text, complete: false };
    text += span.literal.text;
  }
  return { text, complete: true };
}

function constInitializer(identifier: ts.Identifier, scopes: Scopes): ts.Expression | undefined {
  const declaration = scopes.resolve(identifier);
  if (!declaration || !isConstDeclaration(declaration)) return undefined;
  return declaration.initializer;
}

function constValue(identifier: ts.Identifier, scopes: Scopes, depth: number): StaticText {
  const declaration = scopes.resolve(identifier);
  if (declaration && ts.isImportSpecifier(declaration)) {
    const imported = scopes.importedConst?.(declaration);
    return imported ? staticPrefix(imported.initializer, imported.scopes, depth + 1) : UNKNOWN;
  }
  if (!declaration || !isConstDeclaration(declaration) || !declaration.initializer) return UNKNOWN;
  return staticPrefix(declaration.initializer, scopes, depth + 1);
}

/** `KEYS.message` where `const KEYS = { message: 'message:' }`. */
function propertyValue(node: ts.PropertyAccessExpression, scopes: Scopes, depth: number): StaticText {
  const target = unwrap(node.expression);
  if (!ts.isIdentifier(target)) return UNKNOWN;
  const initializer = constInitializer(target, scopes);
  const object = initializer && unwrap(initializer);
  if (!object || !ts.isObjectLiteralExpression(object)) return UNKNOWN;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === node.name.text) {
      return staticPrefix(property.initializer, scopes, depth + 1);
    }
  }
  return UNKNOWN;
}

/** `messageKey(id)` where the function's body is one expression or a single `return`. */
function builderValue(node: ts.CallExpression, scopes: Scopes, depth: number): StaticText {
  const callee = unwrap(node.expression);
  if (!ts.isIdentifier(callee)) return UNKNOWN;
  const declaration = scopes.resolve(callee);
  let body: ts.ConciseBody | undefined;
  if (declaration && ts.isFunctionDeclaration(declaration)) body = declaration.body;
  else if (declaration && isConstDeclaration(declaration) && declaration.initializer) {
    const fn = unwrap(declaration.initializer);
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) body = fn.body;
  }
  const returned = body && singleReturnedExpression(body);
  return returned ? staticPrefix(returned, scopes, depth + 1) : UNKNOWN;
}

function singleReturnedExpression(body: ts.ConciseBody): ts.Expression | undefined {
  if (!ts.isBlock(body)) return body;
  const [only] = body.statements;
  if (body.statements.length === 1 && ts.isReturnStatement(only)) return only.expression;
  return undefined;
}

export function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}
