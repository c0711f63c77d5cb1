/**
 * The execution roles of a snapshot, each once, with the functions that use them: the unit the
 * account-scoped latent checks report on (one finding per role, not per function).
 */
import { findRole } from '../../snapshot/policy-sets';
import type { FunctionInfo, RoleInfo, Snapshot } from '../../snapshot/types';

/** One execution role of the snapshot and the functions that use it (sorted by name). */
export interface RoleUse {
  readonly role: RoleInfo;
  readonly functions: readonly FunctionInfo[];
}

/** The execution roles of the snapshot's functions that are in the snapshot, each once, by role ARN. */
export function executionRoles(snapshot: Snapshot): RoleUse[] {
  const byArn = new Map<string, { role: RoleInfo; functions: FunctionInfo[] }>();
  for (const fn of snapshot.functions) {
    const role = findRole(snapshot, fn.roleArn);
    if (!role) continue;
    const entry = byArn.get(role.arn) ?? { role, functions: [] };
    entry.functions.push(fn);
    byArn.set(role.arn, entry);
  }
  return [...byArn.values()]
    .map((e) => ({ role: e.role, functions: [...e.functions].sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => a.role.arn.localeCompare(b.role.arn));
}
