/**
 * Assembles a snapshot from demo scenarios: resources concatenated in scenario order, managed policies
 * deduplicated by ARN, and every trigger inventory marked complete (the demo account's listings are
 * complete), holding the scenarios' inventories plus the source of every trigger.
 */
import { AuditorError } from '../../lambda/core/errors';
import {
  SNAPSHOT_SCHEMA_VERSION,
  TRIGGER_KINDS,
  type InventoryList,
  type ManagedPolicyInfo,
  type Snapshot,
  type TriggerKind,
} from '../../lambda/core/snapshot/types';
import { latestActivity } from './events';
import { DEMO_ACCOUNT, DEMO_REGION } from './managed-policies';
import type { Scenario } from './types';

/** Every trigger kind: the demo account lists all of them completely. */
export { TRIGGER_KINDS } from '../../lambda/core/snapshot/types';

/** Earliest time the demo snapshot is "taken"; later when an event is later (see {@link demoTakenAt}). */
export const DEMO_TAKEN_AT = '2026-11-20T12:00:00.000Z';

/** The snapshot time: {@link DEMO_TAKEN_AT}, or one hour after the latest scenario event if that is later. */
export function demoTakenAt(scenarios: readonly Scenario[]): string {
  const latest = latestActivity(scenarios);
  if (!latest) return DEMO_TAKEN_AT;
  const after = new Date(Date.parse(latest) + 3_600_000).toISOString();
  return after > DEMO_TAKEN_AT ? after : DEMO_TAKEN_AT;
}

function mergeManagedPolicies(scenarios: readonly Scenario[]): ManagedPolicyInfo[] {
  const byArn = new Map<string, { policy: ManagedPolicyInfo; from: string }>();
  for (const s of scenarios) {
    for (const p of s.managedPolicies ?? []) {
      const seen = byArn.get(p.arn);
      if (!seen) byArn.set(p.arn, { policy: p, from: s.id });
      else if (JSON.stringify(seen.policy) !== JSON.stringify(p)) {
        throw new AuditorError(
          'DEMO_CONFLICT',
          `Managed policy ${p.arn} differs between scenarios ${seen.from} and ${s.id}: use the shared fixture from managed-policies.ts.`,
        );
      }
    }
  }
  return [...byArn.values()].map((v) => v.policy);
}

function mergeInventory(scenarios: readonly Scenario[]): Partial<Record<TriggerKind, InventoryList>> {
  const arns = new Map<TriggerKind, Set<string>>(TRIGGER_KINDS.map((k) => [k, new Set<string>()]));
  for (const s of scenarios) {
    for (const [kind, list] of Object.entries(s.inventory ?? {}) as [TriggerKind, readonly string[]][]) {
      for (const arn of list) arns.get(kind)?.add(arn);
    }
    for (const t of s.triggers ?? []) arns.get(t.kind)?.add(t.sourceArn);
  }
  return Object.fromEntries(TRIGGER_KINDS.map((k) => [k, { complete: true, arns: [...(arns.get(k) ?? [])].sort() }]));
}

function assertUnique(scenarios: readonly Scenario[]): void {
  const owners = new Map<string, string>();
  for (const s of scenarios) {
    const arns = [...(s.functions ?? []), ...(s.roles ?? []), ...(s.users ?? []), ...(s.groups ?? [])].map(
      (x) => x.arn,
    );
    for (const arn of arns) {
      const other = owners.get(arn);
      if (other) throw new AuditorError('DEMO_CONFLICT', `${arn} is defined by both scenarios ${other} and ${s.id}.`);
      owners.set(arn, s.id);
    }
  }
  const ids = new Set<string>();
  for (const s of scenarios) {
    if (ids.has(s.id)) throw new AuditorError('DEMO_CONFLICT', `Two scenarios have the id ${s.id}.`);
    ids.add(s.id);
  }
}

/**
 * Builds the snapshot of a demo account made of `scenarios`. Deterministic: the same scenarios give
 * a deep-equal snapshot. Throws an {@link AuditorError} (`DEMO_CONFLICT`) when two scenarios define the
 * same function/role/user/group ARN or the same managed policy ARN with different content.
 */
export function buildSnapshot(scenarios: readonly Scenario[], takenAt: string = demoTakenAt(scenarios)): Snapshot {
  assertUnique(scenarios);
  const all = <T>(pick: (s: Scenario) => readonly T[] | undefined): T[] => scenarios.flatMap((s) => pick(s) ?? []);
  const kmsKeys = all((s) => s.kmsKeys);
  const resourcePolicies = all((s) => s.resourcePolicies);
  const lastAccessed = all((s) => s.lastAccessed);
  const trails = all((s) => s.trails);
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    account: { id: DEMO_ACCOUNT, region: DEMO_REGION, partition: 'aws' },
    provenance: { takenAt, mode: 'fixture', collectorVersion: 'demo', failedReads: [], partial: false },
    functions: all((s) => s.functions),
    roles: all((s) => s.roles),
    users: all((s) => s.users),
    groups: all((s) => s.groups),
    managedPolicies: mergeManagedPolicies(scenarios),
    triggers: all((s) => s.triggers),
    inventory: mergeInventory(scenarios),
    permissionChanges: all((s) => s.permissionChanges),
    logExcerpts: all((s) => s.logExcerpts),
    ...(kmsKeys.length > 0 ? { kmsKeys } : {}),
    ...(resourcePolicies.length > 0 ? { resourcePolicies } : {}),
    ...(lastAccessed.length > 0 ? { lastAccessed } : {}),
    ...(trails.length > 0 ? { trails: { complete: true, trails } } : {}),
  };
}
