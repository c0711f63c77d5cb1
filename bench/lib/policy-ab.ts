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
import type { AuthzRequest, evaluate, loadPolicy, PolicySet } from '../../lambda/core/policy';
import { REPO_ROOT } from './bundle';
import { freshRequests, policySets, setFor } from './policy-workload';

/** One engine version, loaded in this process. */
interface Engine {
  readonly evaluate: typeof evaluate;
  readonly loadPolicy: typeof loadPolicy;
}

const PER_PASS = 20_000;
const CHUNK = 1_000;
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

/** Bundles one version of the engine (the handlers' target and minification) and loads it. */
export function loadEngine(rev: string): Engine {
  const dir = mkdtempSync(join(tmpdir(), 'policy-ab-'));
  try {
    checkout(rev, dir);
    const outfile = join(dir, 'engine.js');
    buildSync({
      entryPoints: [join(dir, ENGINE_ENTRY)],
      nodePaths: [join(REPO_ROOT, 'node_modules')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      minify: true,
      outfile,
      logLevel: 'silent',
    });
    return createRequire(__filename)(outfile) as Engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Decisions per second of one pass of `engine` over the workload's requests of pass `seed`. */
function pass(engine: Engine, sets: readonly PolicySet[], seed: number): number {
  let ns = 0;
  let allowed = 0;
  for (let off = 0; off < PER_PASS; off += CHUNK) {
    const reqs: AuthzRequest[] = freshRequests(CHUNK, seed * PER_PASS + off);
    const start = process.hrtime.bigint();
    for (let i = 0; i < reqs.length; i++)
      if (engine.evaluate(reqs[i], setFor(sets, off + i)).decision === 'Allowed') allowed++;
    ns += Number(process.hrtime.bigint() - start);
  }
  if (allowed < 0) throw new Error('unreachable');
  return (PER_PASS / ns) * 1e9;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Per-round rates of A and B (same requests, alternating order) after the warm-up rounds. */
export function compare(a: Engine, b: Engine, rounds: number): { a: number[]; b: number[] } {
  const setsA = policySets(a.loadPolicy);
  const setsB = policySets(b.loadPolicy);
  const out = { a: [] as number[], b: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const aFirst = r % 2 === 0;
    const first = aFirst ? pass(a, setsA, r) : pass(b, setsB, r);
    const second = aFirst ? pass(b, setsB, r) : pass(a, setsA, r);
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
