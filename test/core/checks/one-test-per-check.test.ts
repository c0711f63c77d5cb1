/**
 * One test file per check, next to its topic (docs/contributing.md, "Add a check"): every check module
 * `lambda/core/checks/<topic>/<name>.ts` has `test/core/checks/<topic>/<name>.test.ts` (further cases may go to
 * `<name>-<aspect>.test.ts`), and no test file
 * under a topic folder imports a second check module (a test of two checks is split, or the shared
 * behaviour lives in `checks/shared/`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'lambda', 'core', 'checks');
const TESTS = join(ROOT, 'test', 'core', 'checks');
/** Folders of `lambda/core/checks/` that hold helpers, not checks. */
const NOT_TOPICS = new Set(['shared']);

const dirs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
const topics = dirs(SRC).filter((d) => !NOT_TOPICS.has(d));

/** `<topic>/<name>` of every check module. */
const checkModules = topics.flatMap((t) =>
  readdirSync(join(SRC, t))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${t}/${f.slice(0, -3)}`),
);

/** Check modules a test file imports (`lambda/core/checks/<topic>/<name>`). */
function importedChecks(text: string): string[] {
  const specs = [...text.matchAll(/from '(?:\.\.\/)+lambda\/core\/checks\/([\w-]+)\/([\w-]+)'/g)];
  return [...new Set(specs.filter((m) => !NOT_TOPICS.has(m[1])).map((m) => `${m[1]}/${m[2]}`))];
}

describe('one test file per check', () => {
  it('finds the check modules', () => {
    expect(checkModules.length).toBeGreaterThan(20);
  });

  it.each(checkModules)('%s has its own test file', (mod) => {
    expect(existsSync(join(TESTS, `${mod}.test.ts`))).toBe(true);
  });

  const topicTests = topics.flatMap((t) =>
    existsSync(join(TESTS, t))
      ? readdirSync(join(TESTS, t))
          .filter((f) => f.endsWith('.test.ts'))
          .map((f) => `${t}/${f}`)
      : [],
  );
  it.each(topicTests)('%s imports only its own check', (file) => {
    // `<name>.test.ts`, or `<name>-<aspect>.test.ts` for a long check's further cases (still one check).
    const own = file.replace(/\.test\.ts$/, '');
    const isOwn = (m: string): boolean => m === own || own.startsWith(`${m}-`);
    const others = importedChecks(readFileSync(join(TESTS, file), 'utf8')).filter((m) => !isOwn(m));
    expect(others).toEqual([]);
  });

  it.each<[string, number]>([
    ["import { A } from '../../../../lambda/core/checks/invoke/orphaned-statement';", 1],
    ["import { A } from '../../../../lambda/core/checks/shared/can';", 0],
    ["import { A } from '../../../../lambda/core/checks/registry';", 0],
  ])('reads check imports from %s', (text, count) => {
    expect(importedChecks(text)).toHaveLength(count);
  });
});
