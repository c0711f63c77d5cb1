/**
 * Per-pass speed of the policy engine on the bench workload (docs/engine.md, "Quiet-machine figures and what
 * makes them vary"): each pass evaluates 20,000 fresh requests parsed from JSON (built outside the timer, in
 * chunks of 1,000, as `bench/policy.ts` does) and prints its decisions per second, in thousands. Shows the two
 * speeds a process can switch between; not part of `npm run bench`.
 *
 * Run: `npx tsx bench/lib/policy-passes.ts [PASSES]` (default 30); add `--trace-gc` or `--trace-deopt` through
 * `node --import tsx` to correlate.
 */
import { evaluate } from '../../lambda/core/policy';
import type { PolicySet } from '../../lambda/core/policy';
import { freshRequests, policySets, setFor } from './policy-workload';

const PER_PASS = 20_000;
const CHUNK = 1_000;

/**
 * Decisions per second of one pass: `PER_PASS` fresh requests (seeded by `pass`), built in chunks outside the timer.
 * @param decide the engine's `evaluate` (this module's import, or a bundle's)
 * @param sets the policy sets, compiled by that engine's `loadPolicy`
 * @param pass the pass number (which requests)
 */
export function passRate(decide: typeof evaluate, sets: readonly PolicySet[], pass: number): number {
  let ns = 0;
  let allowed = 0;
  for (let off = 0; off < PER_PASS; off += CHUNK) {
    const reqs = freshRequests(CHUNK, pass * PER_PASS + off);
    const start = process.hrtime.bigint();
    for (let i = 0; i < reqs.length; i++) if (decide(reqs[i], setFor(sets, off + i)).decision === 'Allowed') allowed++;
    ns += Number(process.hrtime.bigint() - start);
  }
  if (allowed < 0) throw new Error('unreachable');
  return (PER_PASS / ns) * 1e9;
}

/** Decisions per second (thousands) of each of `passes` passes. */
export function passRates(passes: number): number[] {
  const sets = policySets();
  const rates: number[] = [];
  for (let p = 0; p < passes; p++) rates.push(Math.round(passRate(evaluate, sets, p) / 1000));
  return rates;
}

if (require.main === module) console.log(passRates(Number(process.argv[2] ?? 30)).join(' '));
