/**
 * The caller of a CloudTrail denial as the snapshot knows it: an IAM user (with its groups) or a
 * role session, with the request principal and identity-side policy set to evaluate against, and
 * the identity-policy fix rendered for that kind of caller (put-user-policy / put-role-policy).
 */
import { lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import type { FindingFix } from '../../findings/types';
import type { IdentityTarget } from '../../fix/types';
import type { FixProposal, PolicySet, RequestPrincipal } from '../../policy/model';
import {
  findRole,
  findUser,
  missingManagedPolicies,
  policySetForRole,
  policySetForUser,
} from '../../snapshot/policy-sets';
import type { Snapshot } from '../../snapshot/types';
import { renderProposal } from './proposal';
import { roleSessionPrincipal } from './principal';

/** A denial's caller found in the snapshot. */
export interface CallerView {
  readonly kind: 'user' | 'role';
  /** IAM user or role ARN. */
  readonly arn: string;
  readonly name: string;
  readonly principal: RequestPrincipal;
  readonly policySet: PolicySet;
  /** Attached managed policies whose documents the snapshot lacks. */
  readonly missingPolicies: readonly string[];
}

/** Resolves the caller of `denial` (IAM user or assumed role) in the snapshot, or undefined. */
export function callerView(snapshot: Snapshot, denial: DeniedRequest): CallerView | undefined {
  const c = denial.caller;
  if (c.type === 'IAMUser') {
    const user = findUser(snapshot, c.arn ?? '') ?? (c.userName ? findUser(snapshot, c.userName) : undefined);
    if (!user) return undefined;
    const groups = snapshot.groups.filter((g) => user.groups.includes(g.name));
    return {
      kind: 'user',
      arn: user.arn,
      name: user.name,
      principal: {
        kind: 'user',
        arn: user.arn,
        accountId: user.accountId,
        principalId: c.principalId,
        tags: user.tags,
      },
      policySet: policySetForUser(snapshot, user),
      missingPolicies: missingManagedPolicies(snapshot, [
        ...user.attachedPolicies,
        ...groups.flatMap((g) => g.attachedPolicies),
      ]),
    };
  }
  if (c.type === 'AssumedRole') {
    const role = findRole(snapshot, c.roleArn ?? '') ?? (c.roleName ? findRole(snapshot, c.roleName) : undefined);
    if (!role) return undefined;
    const principal = roleSessionPrincipal(role.arn, c.sessionName ?? 'session', role.accountId, role);
    return {
      kind: 'role',
      arn: role.arn,
      name: role.name,
      principal: c.arn ? { ...principal, arn: c.arn } : principal,
      policySet: policySetForRole(snapshot, role),
      missingPolicies: missingManagedPolicies(snapshot, role.attachedPolicies),
    };
  }
  return undefined;
}

/** Best display name of a denial's caller, whether or not the snapshot knows it. */
export function callerLabel(denial: DeniedRequest): string {
  const c = denial.caller;
  return c.arn ?? c.roleArn ?? c.userName ?? c.principalId ?? 'the caller';
}

/** Where an identity fix goes when the caller is not in the snapshot: derived from CloudTrail. */
export function callerTarget(denial: DeniedRequest): IdentityTarget | undefined {
  const c = denial.caller;
  if (c.type === 'IAMUser' && (c.userName || c.arn))
    return { kind: 'user', name: c.userName ?? lastSegment(c.arn ?? '') };
  if (c.type === 'AssumedRole' && (c.roleName || c.roleArn))
    return { kind: 'role', name: c.roleName ?? lastSegment(c.roleArn ?? '') };
  return undefined;
}

/**
 * Renders an engine proposal for a deployer (user or role): an Allow goes into an inline policy of
 * the caller, an explicit Deny in a user's or group's inline policy gets the matching `get-*-policy`.
 */
export function callerProposalFix(
  proposal: FixProposal,
  target: IdentityTarget | undefined,
  policyName: string,
): FindingFix {
  return renderProposal(proposal, { target: target ?? { kind: 'role', name: '<caller>' }, policyName });
}
