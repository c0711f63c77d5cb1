/**
 * What a permission comparison covers: the service prefixes and resource patterns either role's
 * policies mention. Read from the parsed statements (no action is compared here; the engine decides).
 */
import type { CompiledPolicy, PolicySet } from '../policy/model';

/** Services and resources named by a set of policies. */
export interface ComparisonScope {
  /** Lower-case service prefixes named in `Action` / `NotAction`, sorted. */
  readonly services: readonly string[];
  /** Resource patterns named in `Resource` (and `*` for `NotResource` / `*`), sorted. */
  readonly resources: readonly string[];
  /** True when a statement uses `Action: "*"` or `NotAction` (it may grant services not listed). */
  readonly openEnded: boolean;
}

function policiesOf(set: PolicySet): CompiledPolicy[] {
  return [...set.identity, ...(set.permissionsBoundary ? [set.permissionsBoundary] : [])];
}

/** Collects the scope of the identity-side policies of one or more policy sets. */
export function scopeOf(...sets: readonly PolicySet[]): ComparisonScope {
  const services = new Set<string>();
  const resources = new Set<string>(['*']);
  let openEnded = false;
  for (const policy of sets.flatMap(policiesOf)) {
    for (const st of policy.parsed.statements) {
      if (st.effect !== 'Allow') continue;
      for (const action of [...(st.action ?? []), ...(st.notAction ?? [])]) {
        const colon = action.indexOf(':');
        if (colon > 0) services.add(action.slice(0, colon).toLowerCase());
        else openEnded = true;
      }
      if (st.notAction) openEnded = true;
      for (const r of st.resource ?? []) resources.add(r);
    }
  }
  return { services: [...services].sort(), resources: [...resources].sort(), openEnded };
}

/** Service prefix of an ARN pattern (`arn:aws:s3:::b/*` → `s3`); undefined for `*` and non-ARNs. */
export function serviceOfPattern(pattern: string): string | undefined {
  const parts = pattern.split(':');
  return parts.length >= 6 && parts[0] === 'arn' && !parts[2].includes('*') && parts[2] !== ''
    ? parts[2].toLowerCase()
    : undefined;
}

/** Resource probes for `service`: `*` plus every pattern of that service (or whose service is wild). */
export function resourcesFor(service: string, resources: readonly string[]): string[] {
  return resources.filter((r) => {
    if (r === '*') return true;
    if (!r.startsWith('arn:')) return false;
    const s = serviceOfPattern(r);
    return s === undefined || s === service;
  });
}
