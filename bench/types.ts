/** One figure printed by `npm run bench`. */
export interface BenchResult {
  /** What was measured, e.g. `policy: decisions per second (40-statement role)`. */
  readonly name: string;
  readonly value: number;
  /** Unit, e.g. `decisions/s`, `µs`, `calls/function`, `s`. */
  readonly unit: string;
  /** Context: workload size, baseline ratio, target. */
  readonly note?: string;
}
