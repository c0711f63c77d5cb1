/**
 * Trust-policy questions: may `lambda.amazonaws.com` assume a role (the trust policy is the
 * resource policy of `sts:AssumeRole`), for a given source account / function ARN.
 */
import { evaluate } from '../../policy';
import type { AuthzRequest, Decision } from '../../policy/model';
import { resourcePolicy } from '../../snapshot/policy-sets';
import type { RoleInfo } from '../../snapshot/types';
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
