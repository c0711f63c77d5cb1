/**
 * Paired A/B of two versions of the policy engine in ONE process (docs/engine.md, "Sixth round"): each version
 * (a git revision, or `.` for the working tree) is bundled with esbuild from its own copy of `lambda/core/`
 * (`lambda/core/policy/index.ts` the entry point), both are `require`d, and passes of the bench workload (20,000 fresh requests parsed
 * from JSON, chunks of 1,000 built outside the timer, as in `bench/policy.ts`) run on each copy in turn. The
 * per-round ratio B/A cancels what changes the speed of a whole process on a shared virtual machine (a busy
 * sibling vCPU halves it), which separate processes cannot; their median is the figure to quote. Each version is
 * loaded as several copies (see `compare`). Not part of `npm run bench`.
 *
 * Run: `npx tsx bench/lib/policy-ab.ts REV_A REV_B [ROUNDS] [COPIES]` (default `HEAD .`, 24 rounds, 4 copies of each
 * version; the first 3 rounds are warm-up and not counted).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { evaluate, loadPolicy } from '../../lambda/core/policy';
import { esbuildOptions, REPO_ROOT } from './bundle';
import { passRate } from './policy-passes';
import { policySets } from './policy-workload';

/** One engine version, loaded in this process. */
interface Engine {
  readonly evaluate: typeof evaluate;
  readonly loadPolicy: typeof loadPolicy;
}

const WARM_UP_ROUNDS = 3;
/** The pure core the engine belongs to (it imports a few siblings: ARN helpers, message catalogs). */
const CORE_DIR = 'lambda/core';
const ENGINE_ENTRY = 'lambda/core/policy/index.ts';

/** Copies the core's sources of `rev` (`.`: the working tree) into `dir`. */
function checkout(rev: string, dir: string): void {
  if (rev === '.') {
    cpSync(join(REPO_ROOT, CORE_DIR), join(dir, CORE_DIR), { recursive: true });
    return;
  }
  const tar = execFileSync('git', ['-C', REPO_ROOT, 'archive', rev, CORE_DIR], { maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
}

/** Bundles one version of the engine with the handlers' esbuild options (`esbuildOptions`) and loads it. */
export function loadEngine(rev: string): Engine {
  const dir = mkdtempSync(join(tmpdir(), 'policy-ab-'));
  try {
    checkout(rev, dir);
    const outfile = join(dir, 'engine.js');
    buildSync({
      ...esbuildOptions('on-denial'),
      entryPoints: [join(dir, ENGINE_ENTRY)],
      nodePaths: [join(REPO_ROOT, 'node_modules')],
      outfile,
    });
    return createRequire(__filename)(outfile) as Engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Geometric mean. */
const geomean = (xs: readonly number[]): number => Math.exp(xs.reduce((t, x) => t + Math.log(x), 0) / xs.length);

/**
 * Per-round rates of A and B after the warm-up rounds, each version loaded as several copies (`a`, `b`: same
 * length). A round times every copy once over the same requests, in the load order A, B, B, A, A, B, … (reversed
 * on every other round); a version's rate is the geometric mean of its copies. Why copies: two loads of the same
 * bundle differ by up to ±3% in one process (code and data placement, measured: copies of one version against
 * the first one gave 0.98–1.04), a bias that more rounds do not average out but more copies do.
 */
export function compare(a: readonly Engine[], b: readonly Engine[], rounds: number): { a: number[]; b: number[] } {
  const copies: { engine: Engine; isA: boolean }[] = [];
  for (let i = 0; i < a.length; i++) {
    const pair = [
      { engine: a[i], isA: true },
      { engine: b[i], isA: false },
    ];
    copies.push(...(i % 2 === 0 ? pair : pair.reverse()));
  }
  const sets = copies.map((c) => policySets(c.engine.loadPolicy));
  const out = { a: [] as number[], b: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const ra: number[] = [];
    const rb: number[] = [];
    for (let k = 0; k < copies.length; k++) {
      const c = r % 2 === 0 ? k : copies.length - 1 - k;
      (copies[c].isA ? ra : rb).push(passRate(copies[c].engine.evaluate, sets[c], r));
    }
    if (r < WARM_UP_ROUNDS) continue;
    out.a.push(geomean(ra));
    out.b.push(geomean(rb));
  }
  return out;
}

/**
 * Loads `copies` copies of each version, interleaved (A, B, A, B, …: neither version is always loaded first).
 * @param revA first revision
 * @param revB second revision
 * @param copies copies per version
 */
export function loadPair(revA: string, revB: string, copies: number): { a: Engine[]; b: Engine[] } {
  const a: Engine[] = [];
  const b: Engine[] = [];
  for (let i = 0; i < copies; i++) {
    if (i % 2 === 0) {
      a.push(loadEngine(revA));
      b.push(loadEngine(revB));
    } else {
      b.push(loadEngine(revB));
      a.push(loadEngine(revA));
    }
  }
  return { a, b };
}

if (require.main === module) {
  const [revA = 'HEAD', revB = '.', rounds = '24', copies = '4'] = process.argv.slice(2);
  const pair = loadPair(revA, revB, Number(copies));
  const { a, b } = compare(pair.a, pair.b, Number(rounds));
  const ratios = a.map((x, i) => b[i] / x);
  const k = (x: number): string => `${Math.round(x / 1000).toLocaleString('en-US')}k/s`;
  console.log(`A = ${revA}: median ${k(median(a))}   B = ${revB}: median ${k(median(b))}`);
  console.log(`B/A per round: median ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(' ')})`);
}
