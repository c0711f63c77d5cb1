/**
 * A memory-latency probe for benchmarks on a shared machine (docs/engine.md, "Seventh round"). The policy engine
 * on fresh requests waits on cache misses, and on this 2-core VM its speed switches between two levels, up to 2×
 * apart, for seconds to minutes at a time, with no GC or deoptimization lining up with the switches. A pointer
 * chase over 1 MiB, timed in the same process before each pass, mostly slows in the same phases (in one run 13–16
 * ns per load while the engine ran at 1.4–1.6 million decisions/s, 19–24 ns while it ran at 0.7–0.9 million),
 * while CPU-bound loops do not, which points to another tenant of the host contending for the shared caches and
 * memory. A loose indicator, not a switch: in other runs, passes with the same probe latency ran at 0.8 and at 1.3
 * million, and the probe's level differs between processes (where its pages land), so only probes of one run
 * compare.
 */

/** Bytes walked by the probe: more than a core's L1/L2 share of small caches, well inside a shared L3. */
const PROBE_BYTES = 1 << 20;
/** Dependent loads per measurement (about 3–5 ms). */
const PROBE_STEPS = 200_000;

/** A random cyclic permutation of `n` slots (each slot holds the next one), from a fixed seed (xorshift32). */
function cycle(n: number, seed: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let x = seed | 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[order[i]] = order[(i + 1) % n];
  return next;
}

/** Pointer chase over {@link PROBE_BYTES}: nanoseconds per dependent load, one value per {@link MemoryProbe.measure}. */
export class MemoryProbe {
  private readonly next = cycle(PROBE_BYTES / 4, 0x9e3779b9);
  private at = 0;

  /** Nanoseconds per load over {@link PROBE_STEPS} dependent loads. */
  measure(): number {
    const next = this.next;
    let x = this.at;
    const start = process.hrtime.bigint();
    for (let i = 0; i < PROBE_STEPS; i++) x = next[x];
    const ns = Number(process.hrtime.bigint() - start);
    this.at = x; // keeps the chase live and starts the next one elsewhere
    return ns / PROBE_STEPS;
  }
}
