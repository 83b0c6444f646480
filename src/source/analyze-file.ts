// One file's cache writes. A single walk collects the Redis-like command calls, the Supabase queries of
// PHI tables and the value flows (assignments, destructuring, loops, callbacks, returns); the flows are then
// run to a fixpoint so that `const { data } = await supabase.from('messages')...; const body =
// JSON.stringify(data); await redis.set(key, body)` ties the write to `messages`.

import ts from 'typescript';
import type { Location } from '../types.ts';
import { EXPIRE_METHODS, WRITE_METHODS, type ClientResolver } from './clients.ts';
import type { CacheWrite } from './facts.ts';
import { propertyNameText, staticPrefix } from './keys.ts';
import { tableNamed } from './phi-names.ts';
import { bindingDeclarations, unwrap, type Declaration, type Scopes } from './scope.ts';

export interface FileAnalysisInput {
  sourceFile: ts.SourceFile;
  displayPath: string;
  scopes: Scopes;
  clients: ClientResolver;
  phiTables: readonly string[];
}

/** Values flow from `source` into each of `targets` (declarations, or a function for what it returns). */
interface Flow {
  targets: ts.Node[];
  source: ts.Expression;
}

interface CommandCall {
  call: ts.CallExpression;
  callee: ts.PropertyAccessExpression;
  /** Lower case, `json.` prefixed for RedisJSON (`client.json.set`). */
  method: string;
  receiver: ts.Expression;
}

type SetOptions = 'expiry' | 'keepttl' | 'none';

const EXPIRY_OPTIONS = new Set(['ex', 'px', 'exat', 'pxat', 'expiration']);
const EXPIRY_TOKENS = new Set(['EX', 'PX', 'EXAT', 'PXAT']);
const WRAPPER_TTL_OPTION = /ttl|^ex$|^px$|expir/i;
/** The flows converge in a few rounds on real code; the bound keeps a pathological file linear. */
const MAX_ROUNDS = 8;

export function analyzeFile(input: FileAnalysisInput): CacheWrite[] {
  return new FileAnalysis(input).run();
}

class FileAnalysis {
  private readonly file: ts.SourceFile;
  private readonly commands: CommandCall[] = [];
  private readonly flows: Flow[] = [];
  /** `.from('<PHI table>')` calls and the table each one queries. */
  private readonly phiQueries = new Map<ts.Node, string>();
  private readonly taint = new Map<ts.Node, Set<string>>();

  constructor(private readonly input: FileAnalysisInput) {
    this.file = input.sourceFile;
  }

  run(): CacheWrite[] {
    this.visit(this.file);
    if (this.commands.length === 0) return [];
    if (this.phiQueries.size > 0) this.propagate();
    const calls = this.commands.filter((command) => this.isCacheCall(command));
    const expiries = calls.filter((command) => EXPIRE_METHODS.has(command.method));
    return calls
      .filter((command) => WRITE_METHODS.has(command.method))
      .map((command) => this.describeWrite(command, expiries));
  }

  private visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node)) return;
    if (ts.isCallExpression(node)) this.visitCall(node);
    else if (ts.isVariableDeclaration(node) && node.initializer) {
      this.flows.push({ targets: bindingDeclarations(node.name, node), source: node.initializer });
    } else if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) {
      this.flows.push({ targets: this.assignedDeclarations(node.left), source: node.right });
    } else if (
      (ts.isForOfStatement(node) || ts.isForInStatement(node)) &&
      ts.isVariableDeclarationList(node.initializer)
    ) {
      const targets = node.initializer.declarations.flatMap((d) => bindingDeclarations(d.name, d));
      this.flows.push({ targets, source: node.expression });
    } else if (ts.isReturnStatement(node) && node.expression) {
      const fn = enclosingFunction(node);
      if (fn) this.flows.push({ targets: [fn], source: node.expression });
    } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      this.flows.push({ targets: [node], source: node.body });
    }
    ts.forEachChild(node, this.visit);
  };

  private visitCall(call: ts.CallExpression): void {
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return;
    const name = callee.name.text;
    if (name === 'from') this.recordQuery(call, callee);
    // `rows.forEach((row) => ...)`: the callback's parameters carry what the receiver carries.
    for (const argument of call.arguments) {
      if (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)) {
        const targets = argument.parameters.flatMap((p) => bindingDeclarations(p.name, p));
        this.flows.push({ targets, source: callee.expression });
      }
    }
    const command = commandOf(call, callee);
    if (command) this.commands.push(command);
  }

  /** `supabase.from('messages')`; `Array.from(x)` and `Buffer.from('...')` are not queries. */
  private recordQuery(call: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
    const [argument] = call.arguments;
    if (!argument) return;
    const root = rootOf(callee.expression);
    if (ts.isIdentifier(root) && /^[A-Z]/.test(root.text)) return;
    const name = staticPrefix(argument, this.input.scopes);
    if (!name.complete) return;
    const table = tableNamed(name.text, this.input.phiTables);
    if (table) this.phiQueries.set(call, table);
  }

  private assignedDeclarations(target: ts.Expression): ts.Node[] {
    const node = unwrap(target);
    if (ts.isIdentifier(node)) return this.declarationsOf([node]);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      // `cached.notes = data` taints the object.
      const root = rootOf(node);
      return ts.isIdentifier(root) ? this.declarationsOf([root]) : [];
    }
    const names: ts.Identifier[] = [];
    const collect = (child: ts.Node): void => {
      if (ts.isIdentifier(child)) names.push(child);
      else ts.forEachChild(child, collect);
    };
    collect(node);
    return this.declarationsOf(names);
  }

  private declarationsOf(names: ts.Identifier[]): ts.Node[] {
    return names
      .map((name) => this.input.scopes.resolve(name))
      .filter((d): d is Declaration => d !== undefined);
  }

  private propagate(): void {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let changed = false;
      for (const flow of this.flows) {
        const tables = this.tablesIn(flow.source);
        if (tables.size === 0) continue;
        for (const target of flow.targets) changed = this.addTaint(target, tables) || changed;
      }
      if (!changed) return;
    }
  }

  private addTaint(target: ts.Node, tables: ReadonlySet<string>): boolean {
    let known = this.taint.get(target);
    if (!known) this.taint.set(target, (known = new Set()));
    const before = known.size;
    for (const table of tables) known.add(table);
    return known.size !== before;
  }

  /** PHI tables an expression's value may carry: queries in it, tainted names it mentions, functions' results. */
  private tablesIn(expression: ts.Node): Set<string> {
    const found = new Set<string>();
    const add = (tables: ReadonlySet<string> | undefined): void =>
      tables?.forEach((table) => found.add(table));
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node)) return;
      if (ts.isFunctionLike(node)) return add(this.taint.get(node));
      const queried = this.phiQueries.get(node);
      if (queried) found.add(queried);
      if (ts.isIdentifier(node) && isReference(node)) {
        const declaration = this.input.scopes.resolve(node);
        if (declaration) add(this.taint.get(declaration));
      } else if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const method = classMethod(node);
        if (method) add(this.taint.get(method));
      }
      ts.forEachChild(node, visit);
    };
    visit(expression);
    return found;
  }

  private isCacheCall(command: CommandCall): boolean {
    return this.input.clients.isClient(command.receiver) || this.input.clients.isWrapper(command.receiver);
  }

  private describeWrite(command: CommandCall, expiries: readonly CommandCall[]): CacheWrite {
    const viaWrapper = !this.input.clients.isClient(command.receiver);
    const { keys, values } = keysAndValues(command);
    const key = keys[0] && staticPrefix(keys[0], this.input.scopes);
    const options = this.ownExpiry(command, viaWrapper);
    const expiredLater =
      options !== 'expiry' && keys[0] !== undefined && this.hasExpireOf(command, keys[0], expiries);
    const tables = new Set<string>();
    if (this.phiQueries.size > 0)
      for (const value of values) this.tablesIn(value).forEach((t) => tables.add(t));
    const write: CacheWrite = {
      location: this.locationOf(command),
      method: command.method,
      callee: this.calleeText(command),
      valueFromTables: [...tables].sort(),
      hasExpiry: options === 'expiry' || expiredLater,
    };
    if (key && (key.text !== '' || key.complete)) {
      write.keyPrefix = key.text;
      write.keyIsStatic = key.complete;
    }
    if (options === 'keepttl' && !write.hasExpiry) write.keepsTtl = true;
    if (viaWrapper) write.viaWrapper = true;
    return write;
  }

  private ownExpiry(command: CommandCall, viaWrapper: boolean): SetOptions {
    const rest = command.call.arguments.slice(2);
    if (command.method === 'setex' || command.method === 'psetex') return 'expiry';
    if (viaWrapper) return wrapperHasTtl(rest) ? 'expiry' : 'none';
    if (command.method === 'set') return this.setOptions(rest);
    return 'none';
  }

  /** ioredis `'EX', 60`, node-redis `{ EX: 60 }`, Upstash `{ ex: 60 }`; opaque options get the benefit of doubt. */
  private setOptions(args: readonly ts.Expression[]): SetOptions {
    let result: SetOptions = 'none';
    for (const raw of args) {
      const argument = this.constObject(unwrap(raw));
      if (ts.isFunctionLike(argument) || isNullish(argument)) continue;
      let found: SetOptions;
      if (ts.isObjectLiteralExpression(argument)) found = objectOptions(argument);
      else {
        const token = staticPrefix(argument, this.input.scopes);
        if (!token.complete) return 'expiry';
        const upper = token.text.toUpperCase();
        found = EXPIRY_TOKENS.has(upper) ? 'expiry' : upper === 'KEEPTTL' ? 'keepttl' : 'none';
      }
      if (found === 'expiry') return found;
      if (found === 'keepttl') result = found;
    }
    return result;
  }

  /** An options object kept in a `const` of the module is looked at like an inline one. */
  private constObject(argument: ts.Expression): ts.Expression {
    if (!ts.isIdentifier(argument)) return argument;
    const declaration = this.input.scopes.resolve(argument);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return argument;
    const initializer = unwrap(declaration.initializer);
    return ts.isObjectLiteralExpression(initializer) ? initializer : argument;
  }

  /** An `expire` of the same key (same text, or the same static key) in the same function. */
  private hasExpireOf(command: CommandCall, key: ts.Expression, expiries: readonly CommandCall[]): boolean {
    const unit = enclosingFunction(command.call) ?? this.file;
    const text = compactText(key, this.file);
    const value = staticPrefix(key, this.input.scopes);
    return expiries.some((expiry) => {
      const other = expiry.call.arguments[0];
      if (!other || (enclosingFunction(expiry.call) ?? this.file) !== unit) return false;
      if (compactText(other, this.file) === text) return true;
      const otherValue = staticPrefix(other, this.input.scopes);
      return value.complete && otherValue.complete && value.text === otherValue.text;
    });
  }

  /** The write call; in a chain (`redis.multi().hset(...)`) from the method name, where the write is. */
  private locationOf(command: CommandCall): Location {
    const chained = containsCall(command.receiver);
    const start = chained ? command.callee.name.getStart(this.file) : command.call.getStart(this.file);
    const from = this.file.getLineAndCharacterOfPosition(start);
    const to = this.file.getLineAndCharacterOfPosition(command.call.end);
    return {
      file: this.input.displayPath,
      line: from.line + 1,
      column: from.character + 1,
      endLine: to.line + 1,
      endColumn: to.character + 1,
    };
  }

  private calleeText(command: CommandCall): string {
    const method = command.method.startsWith('json.')
      ? `json.${command.callee.name.text}`
      : command.callee.name.text;
    const chain = chainText(command.receiver);
    return chain !== undefined && chain.length <= 60 ? `${chain}.${method}` : method;
  }
}

/** `redis.multi().hset` for a receiver chain, arguments left out; undefined for anything else. */
function chainText(expression: ts.Expression): string | undefined {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) {
    const inner = chainText(node.expression);
    return inner === undefined ? undefined : `${inner}.${node.name.text}`;
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const inner = chainText(node.expression);
    if (inner === undefined) return undefined;
    return ts.isNewExpression(node) ? `new ${inner}()` : `${inner}()`;
  }
  return undefined;
}

function commandOf(call: ts.CallExpression, callee: ts.PropertyAccessExpression): CommandCall | undefined {
  const name = callee.name.text.toLowerCase();
  const receiver = callee.expression;
  const inner = unwrap(receiver);
  if (ts.isPropertyAccessExpression(inner) && inner.name.text.toLowerCase() === 'json') {
    const method = `json.${name}`;
    return WRITE_METHODS.has(method) ? { call, callee, method, receiver: inner.expression } : undefined;
  }
  if (!WRITE_METHODS.has(name) && !EXPIRE_METHODS.has(name)) return undefined;
  return { call, callee, method: name, receiver };
}

/** Key and value arguments; `mset` takes pairs, as arguments, an object, or an array of pairs. */
function keysAndValues(command: CommandCall): { keys: ts.Expression[]; values: ts.Expression[] } {
  const args = [...command.call.arguments];
  if (command.method !== 'mset' && command.method !== 'msetnx')
    return { keys: args.slice(0, 1), values: args.slice(1) };
  const first = args[0] && unwrap(args[0]);
  if (first && ts.isObjectLiteralExpression(first)) return objectPairs(first);
  let flat = args;
  if (first && ts.isArrayLiteralExpression(first)) {
    flat = first.elements.flatMap((element) => {
      const pair = unwrap(element);
      return ts.isArrayLiteralExpression(pair) ? [...pair.elements] : [element];
    });
  }
  return {
    keys: flat.filter((_, index) => index % 2 === 0),
    values: flat.filter((_, index) => index % 2 === 1),
  };
}

function objectPairs(object: ts.ObjectLiteralExpression): { keys: ts.Expression[]; values: ts.Expression[] } {
  const keys: ts.Expression[] = [];
  const values: ts.Expression[] = [];
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property)) {
      const name = property.name;
      keys.push(
        ts.isComputedPropertyName(name)
          ? name.expression
          : ts.factory.createStringLiteral(propertyNameText(name) ?? ''),
      );
      values.push(property.initializer);
    } else if (ts.isShorthandPropertyAssignment(property)) {
      keys.push(ts.factory.createStringLiteral(property.name.text));
      values.push(property.name);
    }
  }
  return { keys, values };
}

function objectOptions(object: ts.ObjectLiteralExpression): SetOptions {
  let result: SetOptions = 'none';
  for (const property of object.properties) {
    if (ts.isSpreadAssignment(property)) return 'expiry'; // options we cannot see: benefit of doubt
    const name = property.name && propertyNameText(property.name as ts.PropertyName)?.toLowerCase();
    if (name && EXPIRY_OPTIONS.has(name)) return 'expiry';
    if (name === 'keepttl') result = 'keepttl';
  }
  return result;
}

/** A wrapper's TTL is its third argument by convention: a number, a variable, or `{ ttl }`-like options. */
function wrapperHasTtl(args: readonly ts.Expression[]): boolean {
  return args.some((raw) => {
    const argument = unwrap(raw);
    if (ts.isFunctionLike(argument) || isNullish(argument)) return false;
    if (!ts.isObjectLiteralExpression(argument)) return true;
    return argument.properties.some((property) => {
      if (ts.isSpreadAssignment(property)) return true;
      const name = property.name && propertyNameText(property.name as ts.PropertyName);
      return name !== undefined && WRAPPER_TTL_OPTION.test(name);
    });
  });
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsToken ||
    kind === ts.SyntaxKind.PlusEqualsToken ||
    kind === ts.SyntaxKind.QuestionQuestionEqualsToken ||
    kind === ts.SyntaxKind.BarBarEqualsToken
  );
}

function isNullish(node: ts.Node): boolean {
  return node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === 'undefined');
}

/** An identifier that reads a variable, as opposed to a property name or a declared name. */
function isReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isShorthandPropertyAssignment(parent)) return true;
  if ('name' in parent && parent.name === identifier) return false;
  if ('propertyName' in parent && parent.propertyName === identifier) return false;
  return true;
}

function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return current;
  }
  return undefined;
}

/** `this.loadNotes` -> the class's `loadNotes` method, so its results count like a local function's. */
function classMethod(node: ts.PropertyAccessExpression): ts.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) {
      return current.members.find(
        (member) =>
          ts.isMethodDeclaration(member) &&
          ts.isIdentifier(member.name) &&
          member.name.text === node.name.text,
      );
    }
  }
  return undefined;
}

/** The leftmost expression of a chain: `supabase` in `supabase.schema('x').from('y')`. */
function rootOf(expression: ts.Expression): ts.Expression {
  let current = unwrap(expression);
  for (;;) {
    if (
      ts.isPropertyAccessExpression(current) ||
      ts.isElementAccessExpression(current) ||
      ts.isCallExpression(current)
    ) {
      current = unwrap(current.expression);
    } else {
      return current;
    }
  }
}

function containsCall(expression: ts.Expression): boolean {
  let current = unwrap(expression);
  for (;;) {
    if (ts.isCallExpression(current)) return true;
    if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current))
      current = unwrap(current.expression);
    else return false;
  }
}

function compactText(node: ts.Node, file: ts.SourceFile): string {
  // Keys made up from an `mset({...})` property name are synthetic nodes with no text in the file.
  if (node.pos < 0) return ts.isStringLiteral(node) ? JSON.stringify(node.text) : '';
  return node.getText(file).replace(/\s+/g, '');
}
