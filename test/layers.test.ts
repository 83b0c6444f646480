// The module graph of src/ and rules/ has no cycle, so the layers only point down:
// cli/action -> lint -> providers and engine -> rules -> types and helpers (docs/architecture.md).
//
// Every import counts, type-only ones too (`import type`, `export type ... from`) and dynamic `import()`:
// a type-only cycle is still two modules that cannot be understood, moved or tested one without the other.
// Holding types to the same rule cost only small structural parameter types in severity.ts and location.ts.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Every `.ts` file under the folders, as paths relative to the repository root with forward slashes. */
function tsFilesUnder(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${folder}/${name.split(path.sep).join('/')}`),
  );
}

type ImportGraph = Map<string, string[]>;

/** Each file's relative imports (static, type-only, re-exports and dynamic), resolved to files of the set. */
function importGraph(files: readonly string[]): ImportGraph {
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const imported = ts.preProcessFile(text, true, true).importedFiles.map((ref) => ref.fileName);
    const targets = imported
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle per strongly connected group of modules, named `a.ts -> b.ts -> a.ts` (Tarjan's algorithm). */
function findCycles(graph: ImportGraph): string[] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  const visit = (node: string): void => {
    order.set(node, order.size);
    low.set(node, order.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const group = new Set<string>();
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.add(member);
    } while (member !== node);
    const selfImport = graph.get(node)?.includes(node) ?? false;
    if (group.size > 1 || selfImport) cycles.push(cycleThrough(node, group, graph).join(' -> '));
  };
  for (const node of [...graph.keys()].sort()) if (!order.has(node)) visit(node);
  return cycles;
}

/** A shortest import path from `start` back to itself inside its group (breadth first). */
function cycleThrough(start: string, group: ReadonlySet<string>, graph: ImportGraph): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const between: string[] = [];
        for (let at = node; at !== start; at = cameFrom.get(at)!) between.unshift(at);
        return [start, ...between, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

describe('module layers', () => {
  const files = tsFilesUnder('src', 'rules');
  const graph = importGraph(files);

  it('finds the modules and their imports', () => {
    expect(files).toContain('src/engine.ts');
    expect(files).toContain('rules/index.ts');
    expect(graph.get('src/lint.ts')).toContain('src/engine.ts');
    // Type-only and dynamic imports are edges too.
    expect(graph.get('src/types.ts')).toContain('src/config.ts');
    expect(graph.get('src/lint.ts')).toContain('src/shadow/index.ts');
  });

  it('has no import cycle in src/ or rules/', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('keeps rules below the engine, the providers and the programs', () => {
    const above = /^src\/(engine|lint|providers|suppress|provider-faults|cli|cli\/.*|action\/.*)\.ts$/;
    const upward = files
      .filter((file) => file.startsWith('rules/'))
      .flatMap((file) =>
        graph
          .get(file)!
          .filter((target) => above.test(target))
          .map((t) => `${file} -> ${t}`),
      );
    expect(upward).toEqual([]);
  });

  it('names a cycle when there is one', () => {
    const cyclic: ImportGraph = new Map([
      ['src/a.ts', ['src/b.ts']],
      ['src/b.ts', ['src/c.ts', 'src/d.ts']],
      ['src/c.ts', ['src/a.ts']],
      ['src/d.ts', []],
      ['src/self.ts', ['src/self.ts']],
    ]);
    expect(findCycles(cyclic).sort()).toEqual([
      'src/a.ts -> src/b.ts -> src/c.ts -> src/a.ts',
      'src/self.ts -> src/self.ts',
    ]);
  });
});
