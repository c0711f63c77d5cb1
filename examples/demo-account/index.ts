/**
 * The demo account of `npm run demo`: one function per problem of the Lambda permissions
 * troubleshooting guide (scenarios A: execution role; B: invoke, exposure, deployers, cross-account,
 * change correlation) plus healthy functions that must yield no finding.
 */
import type { Snapshot } from '../../lambda/core/snapshot/types';
import { buildSnapshot } from './build';
import { HEALTHY_SCENARIOS } from './healthy';
import { SCENARIOS_A } from './scenarios-a';
import { SCENARIOS_B } from './scenarios-b';
import { SCENARIOS_LATENT } from './scenarios-latent';
import { SCENARIOS_TRUTH } from './scenarios-truth';
import { SCENARIOS_CASES } from './scenarios-cases';
import { SCENARIOS_LATENT2 } from './scenarios-latent2';
import type { Scenario } from './types';

/** Every scenario of the demo account, in a stable order. */
export const DEMO_SCENARIOS: readonly Scenario[] = [
  ...SCENARIOS_A,
  ...SCENARIOS_B,
  ...SCENARIOS_LATENT,
  ...SCENARIOS_TRUTH,
  ...SCENARIOS_CASES,
  ...SCENARIOS_LATENT2,
  ...HEALTHY_SCENARIOS,
];

/** The demo account's snapshot (deterministic; see `build.ts` for how scenarios are merged). */
export function buildDemoSnapshot(): Snapshot {
  return buildSnapshot(DEMO_SCENARIOS);
}

export { buildSnapshot, DEMO_TAKEN_AT, demoTakenAt } from './build';
export { demoEvents, type DemoEvent } from './events';
export { HEALTHY_SCENARIOS } from './healthy';
export type { Scenario } from './types';
