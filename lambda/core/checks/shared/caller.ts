/**
 * The caller of a CloudTrail denial as the snapshot knows it: an IAM user (with its groups) or a
 * role session, with the request principal and identity-side policy set to evaluate against, and
 * the identity-policy fix rendered for that kind of caller (put-user-policy / put-role-policy).
 */
import { lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import type { FindingFix } from '../../findings/types';
import type { FixProposal, PolicySet, PolicyStatementJson, RequestPrincipal } from '../../policy/model';
import {
  findRole,
  findUser,
  missingManagedPolicies,
  policySetForRole,
  policySetForUser,
} from '../../snapshot/policy-sets';
import type { Snapshot } from '../../snapshot/types';
import { cliArg, cliJson } from './cli';
import { policyDocument, PROPAGATION_NOTE, renderProposal } from './fix-render';
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
export function callerTarget(denial: DeniedRequest): { kind: 'user' | 'role'; name: string } | undefined {
  const c = denial.caller;
  if (c.type === 'IAMUser' && (c.userName || c.arn))
    return { kind: 'user', name: c.userName ?? lastSegment(c.arn ?? '') };
  if (c.type === 'AssumedRole' && (c.roleName || c.roleArn))
    return { kind: 'role', name: c.roleName ?? lastSegment(c.roleArn ?? '') };
  return undefined;
}

/** Policy JSON, CLI and CDK that add `statements` as an inline policy of a user or role. */
export function identityFix(
  target: { kind: 'user' | 'role'; name: string },
  policyName: string,
  statements: readonly PolicyStatementJson[],
): Pick<FindingFix, 'policyJson' | 'cli' | 'cdk' | 'notes'> {
  const doc = policyDocument(statements);
  const cli = `aws iam put-${target.kind}-policy --${target.kind}-name ${cliArg(target.name)} --policy-name ${cliArg(policyName)} --policy-document ${cliJson(doc)}`;
  const variable = target.kind === 'user' ? 'deployerUser' : 'deployerRole';
  const importLine =
    target.kind === 'user'
      ? `const ${variable} = iam.User.fromUserName(this, 'Deployer', '${target.name}');`
      : `const ${variable} = iam.Role.fromRoleName(this, 'Deployer', '${target.name}');`;
  const cdk = [
    importLine,
    ...statements.map((s) =>
      [
        `${variable}.addToPrincipalPolicy(new iam.PolicyStatement({`,
        `  actions: ${JSON.stringify(typeof s.Action === 'string' ? [s.Action] : s.Action)},`,
        `  resources: ${JSON.stringify(typeof s.Resource === 'string' ? [s.Resource] : s.Resource)},`,
        ...(s.Condition ? [`  conditions: ${JSON.stringify(s.Condition)},`] : []),
        '}));',
      ].join('\n'),
    ),
  ].join('\n');
  return { policyJson: doc, cli, cdk, notes: [PROPAGATION_NOTE] };
}

/**
 * Renders an engine proposal for a deployer (user or role): like `renderProposal`, but an explicit
 * Deny in a user's or group's inline policy gets the matching `get-user-policy` / `get-group-policy`.
 */
export function renderCallerProposal(proposal: FixProposal, roleName: string, policyName: string): FindingFix {
  const fix = renderProposal(proposal, { roleName, policyName });
  const ref = proposal.target;
  const m =
    ref?.policy.origin === 'inline' ? /^(user|group|role) (\S+) inline policy (.+)$/.exec(ref.policy.name) : null;
  if (proposal.kind !== 'edit-explicit-deny' || !m) return fix;
  const [, kind, owner, name] = m;
  return {
    ...fix,
    cli: `aws iam get-${kind}-policy --${kind}-name ${cliArg(owner)} --policy-name ${cliArg(name)}  # edit the Deny, then put-${kind}-policy`,
  };
}
