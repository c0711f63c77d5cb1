/**
 * Property-test generator on top of the test-data factory (test/support/factory): builds a snapshot with one function that uses a set of {@link Feature}s, its role granting exactly
 * what they need, optionally with one permission removed (mutation tests) and in different storage
 * layouts (property tests).
 */
import type {
  FunctionInfo,
  InventoryList,
  PolicyDocument,
  Snapshot,
  TriggerInfo,
  TriggerKind,
} from '../../../../lambda/core/snapshot/types';
import { type Feature, type Grant, logsGrant, statementOf } from './features';
import { doc, fn, lambdaTrust, managed, resourcePolicyDoc, role, snapshot } from '../../../support/factory';

/** How to build one healthy function (optionally with one permission removed). */
export interface BuildOptions {
  readonly name?: string;
  readonly features: readonly Feature[];
  /** Guard the trust policy with aws:SourceAccount (no LAA-ROLE-TRUST-CONFUSED-DEPUTY). */
  readonly guardedTrust?: boolean;
  /** Remove `action` from the statement `sid`. */
  readonly removeAction?: { sid: string; action: string };
  /** Remove the resource-policy statement of this trigger kind. */
  readonly removeTrigger?: TriggerKind;
  /** Drop the trust policy's statement. */
  readonly removeTrust?: boolean;
  /**
   * How the statements are stored: one inline policy (default), one statement per action, or a
   * customer managed policy; `lowerCase` writes actions in lower case (IAM actions are case-insensitive).
   */
  readonly layout?: 'inline' | 'per-action' | 'managed';
  readonly lowerCase?: boolean;
}

function laidOut(grants: readonly Grant[], opts: BuildOptions): Record<string, unknown>[] {
  const cased = opts.lowerCase ? grants.map((g) => ({ ...g, actions: g.actions.map((a) => a.toLowerCase()) })) : grants;
  if (opts.layout !== 'per-action') return cased.map(statementOf);
  return cased.flatMap((g) => g.actions.map((a, i) => statementOf({ ...g, sid: `${g.sid}${i}`, actions: [a] })));
}

function inventoryFor(triggers: readonly TriggerInfo[]): Partial<Record<TriggerKind, InventoryList>> {
  const out: Partial<Record<TriggerKind, { complete: boolean; arns: string[] }>> = {};
  for (const t of triggers) {
    const base = t.kind === 'apigateway' ? t.sourceArn.split('/')[0] : t.sourceArn;
    (out[t.kind] ??= { complete: true, arns: [] }).arns.push(base);
  }
  return out;
}

/** A snapshot with one function that uses `features`, its role granting exactly what they need. */
export function buildHealthy(opts: BuildOptions): Snapshot {
  const name = opts.name ?? 'fn-under-test';
  const grants = [logsGrant(name), ...opts.features.flatMap((f) => f.grants(name))];
  const statements = grants
    .map((g) =>
      opts.removeAction?.sid === g.sid
        ? { ...g, actions: g.actions.filter((a) => a !== opts.removeAction?.action) }
        : g,
    )
    .filter((g) => g.actions.length > 0);
  const wired = opts.features.flatMap((f) => f.triggers?.(name) ?? []);
  const resourceStatements = wired.filter((w) => w.trigger.kind !== opts.removeTrigger).map((w) => w.statement);
  const parts = opts.features.map((f) => f.config(name));
  const config: Partial<FunctionInfo> = {
    ...Object.assign({}, ...parts),
    eventSourceMappings: parts.flatMap((p) => p.eventSourceMappings ?? []),
  };
  const trust: PolicyDocument = opts.removeTrust ? doc() : lambdaTrust(opts.guardedTrust ?? true);
  const policyDoc = doc(...laidOut(statements, opts));
  const custom = managed(`${name}-permissions`, policyDoc);
  const r =
    opts.layout === 'managed'
      ? role(`${name}-role`, {}, { trustPolicy: trust, attachedPolicies: [{ arn: custom.arn, name: custom.name }] })
      : role(`${name}-role`, { [`${name}-policy`]: policyDoc }, { trustPolicy: trust });
  const f = fn(name, r.name, {
    ...config,
    resourcePolicy: resourceStatements.length > 0 ? resourcePolicyDoc(...resourceStatements) : null,
  });
  return snapshot({
    functions: [f],
    roles: [r],
    managedPolicies: opts.layout === 'managed' ? [custom] : [],
    triggers: wired.map((w) => w.trigger),
    inventory: inventoryFor(wired.map((w) => w.trigger)),
    kmsKeys: opts.features.flatMap((f) => f.kmsKeys ?? []),
  });
}
