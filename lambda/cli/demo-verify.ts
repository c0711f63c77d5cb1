/**
 * The demo's self-check: every scenario of the demo account must yield exactly its expected check IDs
 * (sweep and per event), and healthy scenarios none. Used by `demo` to prove what it prints.
 */
import type { Finding } from '../core/findings/types';
import type { Scenario } from '../../examples/demo-account/types';
import type { AuditResult } from '../core/audit';
import type { Snapshot } from '../core/snapshot/types';

/** The demo account: its snapshot and the scenarios it was assembled from. */
export interface DemoAccount {
  readonly snapshot: Snapshot;
  readonly scenarios: readonly Scenario[];
}

/** One mismatch between what a scenario expects and what the checks found. */
export interface ScenarioMismatch {
  readonly scenario: string;
  /** `sweep` or `event #N`. */
  readonly part: string;
  readonly expected: readonly string[];
  readonly actual: readonly string[];
}

/** Result of the self-check. */
export interface DemoVerification {
  readonly scenarios: number;
  readonly mismatches: readonly ScenarioMismatch[];
  /** Sweep findings that belong to no scenario (should not happen). */
  readonly unattributed: readonly Finding[];
}

function uniqueSorted(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const x = uniqueSorted(a);
  const y = uniqueSorted(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** The ARNs and names a scenario owns (functions, roles, users, groups). */
export function scenarioOwners(s: Scenario): Set<string> {
  const owned = new Set<string>();
  for (const x of [...(s.functions ?? []), ...(s.roles ?? []), ...(s.users ?? []), ...(s.groups ?? [])]) {
    owned.add(x.arn);
    owned.add(x.name);
  }
  return owned;
}

/** Whether a finding is about something the scenario owns (its function, else its principal). */
export function belongsTo(finding: Finding, owners: ReadonlySet<string>): boolean {
  if (finding.function) return owners.has(finding.function.arn) || owners.has(finding.function.name);
  return finding.principal !== undefined && owners.has(finding.principal);
}

/**
 * Account-level findings (no function, principal owned by no scenario) against the union of the scenarios'
 * `expectedAccount`; when any scenario declares some, those findings count as attributed (added to `attributed`).
 */
function accountMismatch(
  scenarios: readonly Scenario[],
  findings: readonly Finding[],
  attributed: Set<Finding>,
): ScenarioMismatch | undefined {
  const declaring = scenarios.filter((s) => (s.expectedAccount ?? []).length > 0);
  if (declaring.length === 0) return undefined;
  const accountLevel = findings.filter((f) => !attributed.has(f) && f.function === undefined);
  accountLevel.forEach((f) => attributed.add(f));
  const expected = declaring.flatMap((s) => s.expectedAccount ?? []);
  const actual = accountLevel.map((f) => f.checkId);
  if (sameIds(actual, expected)) return undefined;
  return {
    scenario: declaring.map((s) => s.id).join(', '),
    part: 'account',
    expected: uniqueSorted(expected),
    actual: uniqueSorted(actual),
  };
}

/**
 * Compares the outcome with the scenarios' expectations. `outcome.perDenial` must be in the order of
 * the scenarios' events (as `demo` builds it), with `eventOwners[i]` the scenario of denial i.
 */
export function verifyDemo(
  scenarios: readonly Scenario[],
  outcome: AuditResult,
  eventOwners: readonly { readonly scenario: string; readonly index: number }[],
): DemoVerification {
  const mismatches: ScenarioMismatch[] = [];
  const attributed = new Set<Finding>();
  for (const s of scenarios) {
    const owners = scenarioOwners(s);
    const mine = outcome.sweepFindings.filter((f) => belongsTo(f, owners));
    mine.forEach((f) => attributed.add(f));
    const actual = mine.map((f) => f.checkId);
    if (!sameIds(actual, s.expectedSweep)) {
      mismatches.push({
        scenario: s.id,
        part: 'sweep',
        expected: uniqueSorted(s.expectedSweep),
        actual: uniqueSorted(actual),
      });
    }
  }
  outcome.perDenial.forEach((d, i) => {
    const owner = eventOwners[i];
    const scenario = scenarios.find((s) => s.id === owner?.scenario);
    const expected = scenario?.events?.[owner.index]?.expected ?? [];
    const actual = d.findings.map((f) => f.checkId);
    if (!sameIds(actual, expected)) {
      mismatches.push({
        scenario: owner?.scenario ?? '?',
        part: `event #${(owner?.index ?? i) + 1}`,
        expected: uniqueSorted(expected),
        actual: uniqueSorted(actual),
      });
    }
  });
  const account = accountMismatch(scenarios, outcome.sweepFindings, attributed);
  if (account) mismatches.push(account);
  const unattributed = outcome.sweepFindings.filter((f) => !attributed.has(f));
  return { scenarios: scenarios.length, mismatches, unattributed };
}
