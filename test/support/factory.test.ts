/**
 * Keeps the one test-data factory the only one: no test module outside test/support/factory exports a
 * name the factory exports (a second `snapshot`, `fn`, `role`, `execDenial` …) or a builder-like name,
 * and no test builds a snapshot with `emptySnapshot` itself (the old kits are gone: not even re-export shims).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as factory from './factory';

const ROOT = join(__dirname, '..', '..');
const FACTORY = join('test', 'support', 'factory');
/** Builder-like names a kit would export (besides every name the factory already exports). */
const BUILDER_NAME = /^(snapshot|fn|role|user|denial|finding|make\w+|build(Snapshot|Function|Role|Denial|Finding)\w*)$/;
/** Tests whose subject is `emptySnapshot` itself. */
const MAY_CALL_EMPTY_SNAPSHOT = new Set([join('test', 'core', 'snapshot', 'empty.test.ts')]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Builders a module exports: `export function NAME`, `export const NAME = (…) =>` and lowercase names of
 * `export { a, b as c }` (constants such as an account ID or a fixed principal are data, not builders).
 */
function exportedNames(text: string): string[] {
  const functions =
    /^export (?:async )?function (\w+)|^export const (\w+)(?:: [^=]+)? = (?:\([^)]*\)|\w+)(?:: [^=]+)? =>/gm;
  const declared = [...text.matchAll(functions)].map((m) => m[1] ?? m[2]);
  const listed = [...text.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
    m[1].split(',').map((n) =>
      n
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .replace(/^type\s+/, ''),
    ),
  );
  return [...declared, ...listed.filter((n) => /^[a-z]/.test(n))].filter(Boolean);
}

/** Problems with one test module: builders it should not export, snapshots it builds by hand. */
function kitProblems(path: string, text: string, factoryNames: ReadonlySet<string>): string[] {
  if (path.startsWith(FACTORY)) return [];
  const builders = exportedNames(text).filter((n) => factoryNames.has(n) || BUILDER_NAME.test(n));
  const problems = builders.map((n) => `${path} exports ${n}: build test data with test/support/factory`);
  if (/\bemptySnapshot\(/.test(text) && !MAY_CALL_EMPTY_SNAPSHOT.has(path)) {
    problems.push(`${path} calls emptySnapshot: use snapshot() from test/support/factory`);
  }
  return problems;
}

describe('the one test-data factory', () => {
  const names = new Set(Object.keys(factory));

  it('is the only module of test/ and bench/ that exports test-data builders', () => {
    const files = [...tsFiles(join(ROOT, 'test')), ...tsFiles(join(ROOT, 'bench'))];
    const problems = files.flatMap((f) => kitProblems(relative(ROOT, f), readFileSync(f, 'utf8'), names));
    expect(problems).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['a second snapshot builder', 'export function snapshot() {}', 1],
    ['a kit re-exporting under a builder name', "export { x as role } from './x';", 1],
    ['a factory name under another module', 'export const execDenial = () => 1;', 1],
    ['an arrow builder with a typed parameter', 'export const fn = (name: string): X => x;', 1],
    ['a constant shared with the factory', "export const ACCOUNT = '1';\nexport const role = session();", 0],
    ['a hand-built snapshot', 'const s = emptySnapshot(h);', 1],
    ['a data file exporting data', 'export function cdkAccount() {}\nexport const STACK = 1;', 0],
    ['a re-export shim of the factory', "/** @deprecated */\nexport { fn, role } from '../../support/factory';", 2],
  ])('flags %s', (_label, text, count) => {
    expect(kitProblems(join('test', 'x.ts'), text, names)).toHaveLength(count);
  });
});
