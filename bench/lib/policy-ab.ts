/**
 * Paired A/B of two versions of the policy engine in ONE process (docs/engine.md, "Sixth round"): each version
 * (a git revision, or `.` for the working tree) is bundled with esbuild from its own copy of `lambda/core/`
 * (`lambda/core/policy/index.ts` the entry point), both are `require`d, and passes of the bench workload (20,000 fresh requests parsed
 * from JSON, chunks of 1,000 built outside the timer, as in `bench/policy.ts`) alternate A, B, B, A, … The
 * per-round ratio B/A cancels what changes the speed of a whole process on a shared virtual machine (a busy
 * sibling vCPU halves it), which separate processes cannot; their median is the figure to quote. Not part of
 * `npm run bench`.
 *
 * Run: `npx tsx bench/lib/policy-ab.ts REV_A REV_B [ROUNDS]` (default `HEAD .` and 24 rounds; the first 3 rounds
 * are warm-up and not counted).
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

/** Per-round rates of A and B (same requests, alternating order) after the warm-up rounds. */
export function compare(a: Engine, b: Engine, rounds: number): { a: number[]; b: number[] } {
  const setsA = policySets(a.loadPolicy);
  const setsB = policySets(b.loadPolicy);
  const out = { a: [] as number[], b: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const aFirst = r % 2 === 0;
    const first = aFirst ? passRate(a.evaluate, setsA, r) : passRate(b.evaluate, setsB, r);
    const second = aFirst ? passRate(b.evaluate, setsB, r) : passRate(a.evaluate, setsA, r);
    if (r < WARM_UP_ROUNDS) continue;
    out.a.push(aFirst ? first : second);
    out.b.push(aFirst ? second : first);
  }
  return out;
}

if (require.main === module) {
  const [revA = 'HEAD', revB = '.', rounds = '24'] = process.argv.slice(2);
  const { a, b } = compare(loadEngine(revA), loadEngine(revB), Number(rounds));
  const ratios = a.map((x, i) => b[i] / x);
  const k = (x: number): string => `${Math.round(x / 1000).toLocaleString('en-US')}k/s`;
  console.log(`A = ${revA}: median ${k(median(a))}   B = ${revB}: median ${k(median(b))}`);
  console.log(`B/A per round: median ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(' ')})`);
}
