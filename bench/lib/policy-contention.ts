/**
 * How the policy engine's speed follows the host's contention (docs/engine.md, "Seventh round"): before each pass
 * of the bench workload (20,000 fresh requests parsed from JSON, `passRate`), the memory-latency probe of
 * `memory-probe.ts` is timed; passes are then grouped by the probe's latency and the engine's decisions per second
 * are printed per group. The first 6 passes (warm-up) are not counted. Not part of `npm run bench`.
 *
 * Run: `npx tsx bench/lib/policy-contention.ts [PASSES]` (default 80).
 */
import { evaluate } from '../../lambda/core/policy';
import { MemoryProbe } from './memory-probe';
import { passRate } from './policy-passes';
import { policySets } from './policy-workload';

const WARM_UP = 6;
/** Upper bounds of the probe groups, ns per load. */
const GROUPS = [16, 19, 22, Infinity];

/** Median of a non-empty list. */
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Runs `passes` probe + pass pairs and returns the engine's rates (decisions/s) grouped by the probe's latency.
 * @param passes passes in all, warm-up included
 */
export function contentionGroups(passes: number): { upTo: number; rates: number[] }[] {
  const sets = policySets();
  const probe = new MemoryProbe();
  const groups = GROUPS.map((upTo) => ({ upTo, rates: [] as number[] }));
  for (let p = 0; p < passes; p++) {
    const ns = probe.measure();
    const rate = passRate(evaluate, sets, p);
    if (p >= WARM_UP) groups.find((g) => ns < g.upTo)?.rates.push(rate);
  }
  return groups;
}

if (require.main === module) {
  let from = 0;
  for (const g of contentionGroups(Number(process.argv[2] ?? 80))) {
    const label = g.upTo === Infinity ? `≥ ${from} ns` : `${from}–${g.upTo} ns`;
    const k = (x: number): string => `${Math.round(x / 1000).toLocaleString('en-US')}k/s`;
    const figures =
      g.rates.length === 0
        ? ''
        : `median ${k(median(g.rates))} (${k(Math.min(...g.rates))}–${k(Math.max(...g.rates))})`;
    console.log(`probe ${label.padEnd(10)} ${String(g.rates.length).padStart(3)} passes  ${figures}`);
    from = g.upTo;
  }
}
