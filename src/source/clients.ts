// Which expressions are Redis-like clients. A client is anything that comes from one of the configured
// client modules (ioredis, node-redis, Upstash, ...), directly or through a local module that exports one:
// `new Redis()`, `createClient()`, `Redis.fromEnv()`, a `Redis`-typed parameter or class field, a pipeline
// (`redis.multi()`), or a function that returns one. The app's own cache wrappers are recognised by name.

import ts from 'typescript';
import { bindingDeclarations, unwrap, type Declaration, type Scopes } from './scope.ts';

/** Commands that store a value (lower case; node-redis's `hSet` and `HSET` are `hset` too). */
export const WRITE_METHODS: ReadonlySet<string> = new Set([
  'set',
  'setex',
  'psetex',
  'setnx',
  'getset',
  'mset',
  'msetnx',
  'append',
  'setrange',
  'hset',
  'hsetnx',
  'hmset',
  'lpush',
  'rpush',
  'lpushx',
  'rpushx',
  'lset',
  'linsert',
  'sadd',
  'zadd',
  'xadd',
  'geoadd',
  'json.set',
  'json.mset',
  'json.merge',
  'json.arrappend',
]);

export const EXPIRE_METHODS: ReadonlySet<string> = new Set(['expire', 'pexpire', 'expireat', 'pexpireat']);

/** Methods whose result is again something that takes commands: a client, a connection, a pipeline. */
const CLIENT_FACTORIES: ReadonlySet<string> = new Set([
  'fromenv',
  'createclient',
  'createcluster',
  'multi',
  'pipeline',
  'duplicate',
  'connect',
  'isolated',
  'withtypemapping',
  'withcommandoptions',
]);

/** In-memory collections whose `set` is not a cache write to Redis. */
const IN_MEMORY = new Set(['Map', 'WeakMap', 'Set', 'WeakSet']);

/** Answers questions about other modules of the project (their exports), for imports of a local client. */
export interface ModuleLinks {
  importIsClient(fromFile: string, specifier: string, exportedName: string): boolean;
}

/** `npm:@upstash/redis@1.34.0/cloudflare`, `https://esm.sh/@upstash/redis@1.20` -> `@upstash/redis`. */
export function packageNameOf(specifier: string): string {
  let rest = specifier.replace(/^(npm|jsr|node):/, '');
  const url = /^https?:\/\/[^/]+\/(.*)$/.exec(rest);
  if (url) rest = url[1].replace(/^x\//, ''); // deno.land/x/<name>
  const parts = rest.split('/');
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : parts[0];
  return name.replace(/(.)@[^/]*$/, '$1');
}

export class ClientResolver {
  private readonly memo = new Map<ts.Node, boolean>();
  private readonly exportMemo = new Map<string, boolean>();
  private readonly clientModules: ReadonlySet<string>;
  private readonly wrappers: ReadonlySet<string>;

  constructor(
    private readonly file: ts.SourceFile,
    private readonly scopes: Scopes,
    settings: { clients: readonly string[]; wrappers: readonly string[] },
    private readonly links: ModuleLinks,
  ) {
    this.clientModules = new Set(settings.clients);
    this.wrappers = new Set(settings.wrappers);
  }

  isClientModule(specifier: string): boolean {
    return this.clientModules.has(specifier) || this.clientModules.has(packageNameOf(specifier));
  }

  isClient(expression: ts.Expression): boolean {
    const node = unwrap(expression);
    if (ts.isIdentifier(node)) {
      const declaration = this.scopes.resolve(node);
      return declaration !== undefined && this.isClientDeclaration(declaration);
    }
    if (ts.isPropertyAccessExpression(node)) return this.isClientProperty(node);
    if (ts.isNewExpression(node)) return this.isClient(node.expression);
    if (ts.isCallExpression(node)) return this.isClientCall(node);
    if (ts.isConditionalExpression(node))
      return this.isClient(node.whenTrue) || this.isClient(node.whenFalse);
    if (ts.isBinaryExpression(node) && isFallbackOperator(node.operatorToken.kind)) {
      return this.isClient(node.left) || this.isClient(node.right);
    }
    return false;
  }

  /** A receiver named like one of the app's cache wrappers (`cache`, `this.cache`), unless it is a Map. */
  isWrapper(expression: ts.Expression): boolean {
    const node = unwrap(expression);
    const name = ts.isIdentifier(node) ? node : ts.isPropertyAccessExpression(node) ? node.name : undefined;
    if (!name || !this.wrappers.has(name.text)) return false;
    if (!ts.isIdentifier(node)) return true;
    const declaration = this.scopes.resolve(node);
    return !(declaration && isInMemoryCollection(declaration));
  }

  /** Whether this module exports a client under `name` (`default` for the default export). */
  exportIsClient(name: string): boolean {
    const known = this.exportMemo.get(name);
    if (known !== undefined) return known;
    this.exportMemo.set(name, false); // a cycle of re-exports resolves to "no"
    const result = this.computeExportIsClient(name);
    this.exportMemo.set(name, result);
    return result;
  }

  private computeExportIsClient(name: string): boolean {
    for (const statement of this.file.statements) {
      if (ts.isExportAssignment(statement)) {
        if (name === 'default' && this.isClient(statement.expression)) return true;
      } else if (ts.isExportDeclaration(statement)) {
        if (this.reexportIsClient(statement, name)) return true;
      } else if (hasExportModifier(statement)) {
        const declared = exportedNames(statement);
        const match = declared.get(name);
        if (match && this.isClientDeclaration(match)) return true;
      }
    }
    return false;
  }

  private reexportIsClient(statement: ts.ExportDeclaration, name: string): boolean {
    const specifier =
      statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined;
    const clause = statement.exportClause;
    if (!clause) return specifier !== undefined && this.importIsClient(specifier, name);
    if (!ts.isNamedExports(clause)) return false;
    for (const element of clause.elements) {
      if (element.name.text !== name) continue;
      const local = (element.propertyName ?? element.name).text;
      if (specifier !== undefined) return this.importIsClient(specifier, local);
      const declaration = this.scopes.resolveName(local, this.file);
      return declaration !== undefined && this.isClientDeclaration(declaration);
    }
    return false;
  }

  private importIsClient(specifier: string, name: string): boolean {
    return this.isClientModule(specifier) || this.links.importIsClient(this.file.fileName, specifier, name);
  }

  isClientDeclaration(declaration: Declaration): boolean {
    const known = this.memo.get(declaration);
    if (known !== undefined) return known;
    this.memo.set(declaration, false); // breaks cycles such as `let a = b; let b = a`
    const result = this.computeIsClientDeclaration(declaration);
    this.memo.set(declaration, result);
    return result;
  }

  private computeIsClientDeclaration(declaration: Declaration): boolean {
    if (ts.isImportSpecifier(declaration)) {
      const specifier = moduleOf(declaration.parent.parent.parent);
      return this.importIsClient(specifier, (declaration.propertyName ?? declaration.name).text);
    }
    if (ts.isImportClause(declaration)) return this.importIsClient(moduleOf(declaration.parent), 'default');
    if (ts.isNamespaceImport(declaration)) return this.isClientModule(moduleOf(declaration.parent.parent));
    if (ts.isImportEqualsDeclaration(declaration)) {
      const reference = declaration.moduleReference;
      return (
        ts.isExternalModuleReference(reference) &&
        ts.isStringLiteral(reference.expression) &&
        this.isClientModule(reference.expression.text)
      );
    }
    if (
      ts.isVariableDeclaration(declaration) ||
      ts.isParameter(declaration) ||
      ts.isPropertyDeclaration(declaration)
    ) {
      return (
        (declaration.type !== undefined && this.isClientType(declaration.type)) ||
        (declaration.initializer !== undefined && this.isClient(declaration.initializer)) ||
        this.assignedClient(declaration)
      );
    }
    if (ts.isFunctionDeclaration(declaration)) return this.returnsClient(declaration);
    if (ts.isTypeAliasDeclaration(declaration)) return this.isClientType(declaration.type);
    return false;
  }

  /** `let client: Redis | undefined` is typed; `let client; ... client = new Redis()` is assigned later. */
  private assignedClient(declaration: ts.Node): boolean {
    if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return false;
    if (declaration.initializer && !isNullish(declaration.initializer)) return false;
    const name = declaration.name.text;
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isIdentifier(node.left) &&
        node.left.text === name &&
        this.scopes.resolve(node.left) === declaration &&
        this.isClient(node.right)
      ) {
        found = true;
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(this.file);
    return found;
  }

  private returnsClient(fn: ts.SignatureDeclaration): boolean {
    if (fn.type && this.isClientType(fn.type)) return true;
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body) return false;
    if (!ts.isBlock(body)) return this.isClient(body);
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found || ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) && node.expression && this.isClient(node.expression)) found = true;
      else ts.forEachChild(node, visit);
    };
    body.statements.forEach(visit);
    return found;
  }

  private isClientType(type: ts.TypeNode): boolean {
    if (ts.isTypeReferenceNode(type)) {
      const declaration = this.scopes.resolveName(leftmost(type.typeName).text, type);
      if (declaration && this.isClientDeclaration(declaration)) return true;
      return (type.typeArguments ?? []).some((argument) => this.isClientType(argument));
    }
    if (ts.isTypeQueryNode(type)) {
      const declaration = this.scopes.resolveName(leftmost(type.exprName).text, type);
      return declaration !== undefined && this.isClientDeclaration(declaration);
    }
    if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) {
      return type.types.some((member) => this.isClientType(member));
    }
    if (ts.isParenthesizedTypeNode(type)) return this.isClientType(type.type);
    return false;
  }

  private isClientProperty(node: ts.PropertyAccessExpression): boolean {
    if (node.expression.kind === ts.SyntaxKind.ThisKeyword) return this.isClientMember(node);
    const name = node.name.text;
    const chainable = CLIENT_FACTORIES.has(name.toLowerCase()) || name === 'json' || /^[A-Z]/.test(name);
    return chainable && this.isClient(node.expression);
  }

  private isClientCall(node: ts.CallExpression): boolean {
    const callee = unwrap(node.expression);
    if (ts.isIdentifier(callee) && callee.text === 'require') {
      const [argument] = node.arguments;
      return argument !== undefined && ts.isStringLiteral(argument) && this.isClientModule(argument.text);
    }
    if (ts.isPropertyAccessExpression(callee) && callee.expression.kind !== ts.SyntaxKind.ThisKeyword) {
      const method = callee.name.text.toLowerCase();
      const chains = CLIENT_FACTORIES.has(method) || WRITE_METHODS.has(method) || EXPIRE_METHODS.has(method);
      return chains && this.isClient(callee.expression);
    }
    if (ts.isIdentifier(callee)) {
      const declaration = this.scopes.resolve(callee);
      if (!declaration) return false;
      if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
        const initializer = unwrap(declaration.initializer);
        if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) {
          return this.returnsClient(initializer);
        }
      }
      return this.isClientDeclaration(declaration);
    }
    return this.isClient(callee);
  }

  /** `this.redis` where the class declares, types or assigns `redis` as a client. */
  private isClientMember(node: ts.PropertyAccessExpression): boolean {
    const owner = enclosingClass(node);
    if (!owner) return false;
    const name = node.name.text;
    for (const member of owner.members) {
      if (ts.isPropertyDeclaration(member) && member.name.getText(this.file) === name) {
        return this.isClientDeclaration(member);
      }
      if (!ts.isConstructorDeclaration(member)) continue;
      for (const parameter of member.parameters) {
        const isField = (ts.getModifiers(parameter) ?? []).length > 0;
        if (isField && ts.isIdentifier(parameter.name) && parameter.name.text === name) {
          return this.isClientDeclaration(parameter);
        }
      }
      if (member.body && this.constructorAssignsClient(member.body, name)) return true;
    }
    return false;
  }

  private constructorAssignsClient(body: ts.Block, name: string): boolean {
    return body.statements.some((statement) => {
      if (!ts.isExpressionStatement(statement)) return false;
      const assignment = statement.expression;
      return (
        ts.isBinaryExpression(assignment) &&
        assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(assignment.left) &&
        assignment.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        assignment.left.name.text === name &&
        this.isClient(assignment.right)
      );
    });
  }
}

function isFallbackOperator(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.QuestionQuestionToken ||
    kind === ts.SyntaxKind.BarBarToken ||
    kind === ts.SyntaxKind.AmpersandAmpersandToken
  );
}

function isNullish(expression: ts.Expression): boolean {
  const node = unwrap(expression);
  return node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === 'undefined');
}

function isInMemoryCollection(declaration: Declaration): boolean {
  if (!ts.isVariableDeclaration(declaration) && !ts.isPropertyDeclaration(declaration)) return false;
  const type = declaration.type;
  if (type && ts.isTypeReferenceNode(type) && IN_MEMORY.has(leftmost(type.typeName).text)) return true;
  const initializer = declaration.initializer && unwrap(declaration.initializer);
  return (
    initializer !== undefined &&
    ts.isNewExpression(initializer) &&
    ts.isIdentifier(initializer.expression) &&
    IN_MEMORY.has(initializer.expression.text)
  );
}

/** The module an import declaration (or a JSDoc `@import`, which never names a client) refers to. */
function moduleOf(statement: ts.Node): string {
  if (!ts.isImportDeclaration(statement)) return '';
  return ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : '';
}

function leftmost(name: ts.EntityName): ts.Identifier {
  let current = name;
  while (ts.isQualifiedName(current)) current = current.left;
  return current;
}

function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) return current;
  }
  return undefined;
}

function hasExportModifier(statement: ts.Statement): boolean {
  return (ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : []).some(
    (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword,
  );
}

/** The names an exported statement declares (`default` for `export default function`). */
function exportedNames(statement: ts.Statement): Map<string, Declaration> {
  const names = new Map<string, Declaration>();
  if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) {
      for (const declared of bindingDeclarations(declaration.name, declaration)) {
        const name = (declared as ts.VariableDeclaration | ts.BindingElement).name;
        if (ts.isIdentifier(name)) names.set(name.text, declared);
      }
    }
  } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
    const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (isDefault) names.set('default', statement);
    if (statement.name) names.set(statement.name.text, statement);
  }
  return names;
}
