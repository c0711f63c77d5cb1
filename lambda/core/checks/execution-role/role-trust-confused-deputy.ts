/**
 * `LAA-ROLE-TRUST-CONFUSED-DEPUTY` (low): the trust policy lets `lambda.amazonaws.com` assume the
 * role for ANY account / function, i.e. without an `aws:SourceAccount` / `aws:SourceArn` guard. Asked
 * to the engine with a foreign source account and function ARN. Runs by default but only reports
 * `low`: IAM roles cannot be passed across accounts, so the risk for execution roles is small and
 * most healthy roles (CDK's default) have no guard.
 */
import { findRole } from '../../snapshot/policy-sets';
import { partitionOf } from '../../arn';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { renderFix } from '../../fix';
import { lambdaTrustFix, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

/** An account ID that is certainly not the caller's (AWS documentation's example account). */
const FOREIGN_ACCOUNT = '999999999999';

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const role = findRole(snapshot, fn.roleArn);
  if (!role) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  if (trustDecision(role, fn.accountId, fn.arn).decision.decision !== 'Allowed') {
    return notApplicable('Lambda cannot assume the role at all (see LAA-ROLE-TRUST-LAMBDA).');
  }
  const account = fn.accountId === FOREIGN_ACCOUNT ? '888888888888' : FOREIGN_ACCOUNT;
  const foreignArn = `arn:${partitionOf(fn.arn)}:lambda:${fn.region}:${account}:function:any-function`;
  const { request, decision } = trustDecision(role, account, foreignArn);
  if (decision.decision !== 'Allowed')
    return passed(['The trust policy is guarded by aws:SourceAccount / aws:SourceArn.']);
  return result([
    buildFinding({
      check: ROLE_TRUST_CONFUSED_DEPUTY,
      fn,
      request,
      decision,
      title: `Trust policy of ${role.name} has no aws:SourceAccount / aws:SourceArn guard`,
      summary: `The trust policy of ${role.name} lets lambda.amazonaws.com assume it on behalf of any account, without the confused-deputy guard AWS recommends.`,
      fix: renderFix(
        lambdaTrustFix(fn.accountId, {
          summary: `Add "aws:SourceAccount": "${fn.accountId}" to the lambda.amazonaws.com trust statement of ${role.name}.`,
          roleName: role.name,
          existing: role.trustPolicy,
          replaces: decision.deciding.map((d) => d.statement),
        }),
      ),
      cause: 'unguarded-trust',
    }),
  ]);
}

/** `LAA-ROLE-TRUST-CONFUSED-DEPUTY` (opt-in). */
export const ROLE_TRUST_CONFUSED_DEPUTY: Check = {
  id: 'LAA-ROLE-TRUST-CONFUSED-DEPUTY',
  title: 'Execution role trust policy has a confused-deputy guard',
  topic: 'execution-role',
  category: 'trust-policy',
  defaultSeverity: 'low',
  docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  fixKinds: ['trust-merge'],
  scope: 'function',
  run,
};
