/**
 * Builds the policy engine's {@link PolicySet} for principals found in a snapshot, compiling each
 * document once per snapshot (a role shared by 200 functions is compiled once).
 */
import { compilePolicy, parsePolicy } from '../policy';
import type { CompiledPolicy, PolicySet, PolicySourceRef } from '../policy/model';
import type { AttachedPolicyRef, NamedPolicy, PolicyDocument, RoleInfo, Snapshot, UserInfo } from './types';

const cache = new WeakMap<object, CompiledPolicy>();

/** Parses and compiles a document, memoized per document object. */
export function compiled(document: PolicyDocument, source: PolicySourceRef): CompiledPolicy {
  const hit = cache.get(document);
  if (hit && hit.parsed.source.type === source.type && hit.parsed.source.name === source.name) return hit;
  const policy = compilePolicy(parsePolicy(document, source));
  cache.set(document, policy);
  return policy;
}

/** Finds a role by ARN (exact) or by name. */
export function findRole(snapshot: Snapshot, arnOrName: string): RoleInfo | undefined {
  return snapshot.roles.find((r) => r.arn === arnOrName) ?? snapshot.roles.find((r) => r.name === arnOrName);
}

/** Finds a user by ARN (exact) or by name. */
export function findUser(snapshot: Snapshot, arnOrName: string): UserInfo | undefined {
  return snapshot.users.find((u) => u.arn === arnOrName) ?? snapshot.users.find((u) => u.name === arnOrName);
}

/** Managed policy ARNs attached to a principal whose document is not in the snapshot. */
export function missingManagedPolicies(snapshot: Snapshot, attached: readonly AttachedPolicyRef[]): string[] {
  return attached
    .filter((ref) => !snapshot.managedPolicies.some((p) => p.arn === ref.arn && p.document))
    .map((ref) => ref.arn);
}

function inlineSources(owner: string, inline: readonly NamedPolicy[]): CompiledPolicy[] {
  return inline.map((p) =>
    compiled(p.document, { type: 'identity', name: `${owner} inline policy ${p.name}`, origin: 'inline' }),
  );
}

function managedSources(snapshot: Snapshot, attached: readonly AttachedPolicyRef[]): CompiledPolicy[] {
  const out: CompiledPolicy[] = [];
  for (const ref of attached) {
    const info = snapshot.managedPolicies.find((p) => p.arn === ref.arn);
    if (!info?.document) continue;
    out.push(
      compiled(info.document, {
        type: 'identity',
        name: info.name,
        arn: info.arn,
        origin: info.awsManaged ? 'aws-managed' : 'customer-managed',
      }),
    );
  }
  return out;
}

function boundary(snapshot: Snapshot, arn: string | undefined): CompiledPolicy | undefined {
  if (!arn) return undefined;
  const info = snapshot.managedPolicies.find((p) => p.arn === arn);
  if (!info?.document) return undefined;
  return compiled(info.document, { type: 'permissions-boundary', name: info.name, arn, origin: 'boundary' });
}

function orgLevels(snapshot: Snapshot, kind: 'scp' | 'rcp'): CompiledPolicy[][] | undefined {
  const levels = kind === 'scp' ? snapshot.organization?.scpLevels : snapshot.organization?.rcpLevels;
  if (!levels || levels.length === 0) return undefined;
  return levels.map((level) =>
    level.policies.map((p) =>
      compiled(p.document, { type: kind, name: `${p.name} (${level.target})`, arn: p.arn, origin: 'organization' }),
    ),
  );
}

/**
 * The identity-side policy set of a role: inline + attached managed policies, permissions
 * boundary, and the organization's SCPs / RCPs when the snapshot has them. Add `resource` for the
 * target resource's policy before evaluating.
 */
export function policySetForRole(snapshot: Snapshot, role: RoleInfo): PolicySet {
  return {
    identity: [
      ...inlineSources(`role ${role.name}`, role.inlinePolicies),
      ...managedSources(snapshot, role.attachedPolicies),
    ],
    permissionsBoundary: boundary(snapshot, role.permissionsBoundaryArn),
    scpLevels: orgLevels(snapshot, 'scp'),
    rcpLevels: orgLevels(snapshot, 'rcp'),
  };
}

/** The identity-side policy set of a user, including its groups' policies. */
export function policySetForUser(snapshot: Snapshot, user: UserInfo): PolicySet {
  const groups = snapshot.groups.filter((g) => user.groups.includes(g.name));
  return {
    identity: [
      ...inlineSources(`user ${user.name}`, user.inlinePolicies),
      ...managedSources(snapshot, user.attachedPolicies),
      ...groups.flatMap((g) => [
        ...inlineSources(`group ${g.name}`, g.inlinePolicies),
        ...managedSources(snapshot, g.attachedPolicies),
      ]),
    ],
    permissionsBoundary: boundary(snapshot, user.permissionsBoundaryArn),
    scpLevels: orgLevels(snapshot, 'scp'),
    rcpLevels: orgLevels(snapshot, 'rcp'),
  };
}

/** Compiles a resource-based policy (function policy, key policy, trust policy) for evaluation. */
export function resourcePolicy(
  document: PolicyDocument,
  name: string,
  type: 'resource' | 'trust' = 'resource',
): CompiledPolicy {
  return compiled(document, { type, name, origin: type });
}
