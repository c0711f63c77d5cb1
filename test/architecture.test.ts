/**
 * The layering of docs/development.md ("Architecture"), measured from the source's own relative imports:
 * no import runs from a lower layer up to a higher one, and no file imports itself through a circle.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

/** Layers from the top down: a file may import its own layer or a lower one (first matching prefix wins). */
const LAYERS: readonly (readonly string[])[] = [
  ['bin/', 'bench/', 'scripts/'],
  ['lib/', 'lambda/cli/'],
  ['lambda/handlers/'],
  ['lambda/aws/'],
  ['lambda/core/audit.ts', 'lambda/core/render/', 'lambda/core/compare/'],
  ['lambda/core/checks/'],
  ['lambda/core/fix/'],
  ['lambda/core/findings/'],
  ['lambda/core/cloudtrail/', 'lambda/core/snapshot/', 'lambda/catalog/'],
  [
    'lambda/core/policy/',
    'lambda/core/arn.ts',
    'lambda/core/errors.ts',
    'lambda/core/result.ts',
    'lambda/core/json-elements.ts',
    'lambda/core/i18n/',
  ],
];

/** Folders read (tests, fixtures and examples are not layers of the product). */
const SOURCES = ['bin', 'bench', 'scripts', 'lib', 'lambda'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Repository-relative file a relative import names (`./x` → `x.ts` or `x/index.ts`), if it is a source file. */
function resolve(from: string, spec: string): string | undefined {
  const base = join(dirname(join(ROOT, from)), spec);
  const file = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
  return file ? relative(ROOT, file) : undefined;
}

/** The import graph: file → files it imports (relative imports only; `import type` included). */
function importGraph(): Map<string, string[]> {
  const files = SOURCES.filter((d) => existsSync(join(ROOT, d))).flatMap((d) => tsFiles(join(ROOT, d)));
  const graph = new Map<string, string[]>();
  for (const abs of files) {
    const file = relative(ROOT, abs);
    const specs = [...readFileSync(abs, 'utf8').matchAll(/^(?:import|export)[^'"]*?from '(\.[^']+)'/gm)];
    graph.set(
      file,
      specs.map((m) => resolve(file, m[1])).filter((f): f is string => f !== undefined && !f.startsWith('test/')),
    );
  }
  return graph;
}

/** Index of a file's layer (0 = top), or undefined when it is in none. */
function layerOf(file: string): number | undefined {
  const i = LAYERS.findIndex((l) => l.some((prefix) => file.startsWith(prefix)));
  return i < 0 ? undefined : i;
}

/** Imports that run from a lower layer up to a higher one. */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([from, tos]) =>
    tos.filter((to) => (layerOf(to) ?? Infinity) < (layerOf(from) ?? -1)).map((to) => `${from} -> ${to}`),
  );
}

/** One circle per strongly connected group of files that import each other (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('architecture', () => {
  const graph = importGraph();

  it('reads the source tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect([...graph.keys()].filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('has no import running from a lower layer back up', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it.each<[string, Record<string, string[]>, number, number]>([
    ['a clean chain', { 'lib/a.ts': ['lambda/core/arn.ts'], 'lambda/core/arn.ts': [] }, 0, 0],
    ['core importing a handler', { 'lambda/core/arn.ts': ['lambda/handlers/x.ts'], 'lambda/handlers/x.ts': [] }, 1, 0],
    ['two files importing each other', { 'lib/a.ts': ['lib/b.ts'], 'lib/b.ts': ['lib/a.ts'] }, 0, 1],
  ])('finds upward imports and circles in %s', (_label, g, up, circ) => {
    const m = new Map(Object.entries(g));
    expect(upwardImports(m)).toHaveLength(up);
    expect(circles(m)).toHaveLength(circ);
  });
});
