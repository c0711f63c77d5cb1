/**
 * Trust-policy questions: may `lambda.amazonaws.com` assume a role (the trust policy is the
 * resource policy of `sts:AssumeRole`), for a given source account / function ARN.
 */
import type { TrustMergeFix } from '../../fix/types';
import { evaluate } from '../../policy';
import type { AuthzRequest, Decision } from '../../policy/model';
import { resourcePolicy } from '../../snapshot/policy-sets';
import type { PolicyDocument, RoleInfo } from '../../snapshot/types';
import { servicePrincipal } from './principal';

/** The Lambda service principal. */
export const LAMBDA_SERVICE = 'lambda.amazonaws.com';

/** Asks whether `service` may assume `role` on behalf of `sourceArn` in `sourceAccount`. */
export function trustDecision(
  role: RoleInfo,
  sourceAccount: string,
  sourceArn: string,
  service = LAMBDA_SERVICE,
): { request: AuthzRequest; decision: Decision } {
  const request: AuthzRequest = {
    principal: servicePrincipal(service),
    action: 'sts:AssumeRole',
    resource: role.arn,
    resourceAccount: role.accountId,
    context: { 'aws:SourceAccount': sourceAccount, 'aws:SourceArn': sourceArn },
  };
  const trust = resourcePolicy(role.trustPolicy, `trust policy of role ${role.name}`, 'trust');
  return { request, decision: evaluate(request, { identity: [], resource: trust }) };
}

/** The usual Lambda trust statement, guarded by the account (and optionally the function ARN). */
export function lambdaTrustStatement(account: string, functionArnPattern?: string): Record<string, unknown> {
  return {
    Effect: 'Allow',
    Principal: { Service: LAMBDA_SERVICE },
    Action: 'sts:AssumeRole',
    Condition: {
      StringEquals: { 'aws:SourceAccount': account },
      ...(functionArnPattern ? { ArnLike: { 'aws:SourceArn': functionArnPattern } } : {}),
    },
  };
}

/** CDK for an execution role Lambda may assume, guarded by the stack's account. */
export const LAMBDA_TRUST_CDK =
  "new iam.Role(this, 'ExecutionRole', {\n  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': this.account } }),\n});";

/** Where a Lambda trust fix goes and why. */
export interface LambdaTrustTarget {
  readonly summary: string;
  readonly roleName: string;
  /** A CLI command printing the role name, when only the function is known. */
  readonly roleNameLookup?: string;
  /** The current trust policy, when the snapshot has it. */
  readonly existing?: PolicyDocument;
  /** Trust statements the guarded one supersedes. */
  readonly replaces?: readonly unknown[];
  readonly notes?: readonly string[];
}

/** The fix that lets Lambda assume an execution role, merged into its trust policy, guarded by `account`. */
export function lambdaTrustFix(account: string, t: LambdaTrustTarget): TrustMergeFix {
  return { kind: 'trust-merge', ...t, statement: lambdaTrustStatement(account), cdk: LAMBDA_TRUST_CDK };
}
