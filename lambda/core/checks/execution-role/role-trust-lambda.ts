/**
 * `LAA-ROLE-TRUST-LAMBDA`: the execution role's trust policy must let `lambda.amazonaws.com`
 * `sts:AssumeRole`, or every invocation fails ("The role defined for the function cannot be
 * assumed by Lambda").
 */
import { findRole } from '../../snapshot/policy-sets';
import type { PolicyDocument } from '../../snapshot/types';
import { denialClause } from '../shared/describe';
import { denialFinding, notApplicable, passed, result } from '../shared/finding';
import { PROPAGATION_NOTE, shellQuote } from '../shared/fix-render';
import { lambdaTrustStatement, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

function withStatement(trust: PolicyDocument, statement: Record<string, unknown>): PolicyDocument {
  const existing = trust.Statement;
  const list = Array.isArray(existing) ? existing : existing ? [existing] : [];
  return { Version: '2012-10-17', Statement: [...list, statement] };
}

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const role = findRole(snapshot, fn.roleArn);
  if (!role) return notApplicable(`Role ${fn.roleArn} is not in the snapshot (another account, or unreadable).`);
  const { request, decision } = trustDecision(role, fn.accountId, fn.arn);
  if (decision.decision === 'Allowed') return passed([`${role.name} trusts lambda.amazonaws.com.`]);
  const statement = lambdaTrustStatement(fn.accountId);
  const document = withStatement(role.trustPolicy, statement);
  const explicit = decision.decision === 'ExplicitlyDenied';
  return result([
    denialFinding({
      check: ROLE_TRUST_LAMBDA,
      fn,
      request,
      decision,
      title: `Lambda cannot assume the execution role ${role.name} of ${fn.name}`,
      summary: explicit
        ? `Lambda cannot assume ${role.name} because ${denialClause(decision)}, so every invocation of ${fn.name} fails.`
        : `Lambda cannot assume ${role.name} because its trust policy does not allow lambda.amazonaws.com to call sts:AssumeRole, so every invocation of ${fn.name} fails.`,
      fix: {
        summary: explicit
          ? `Remove the Deny for lambda.amazonaws.com from the trust policy of ${role.name}.`
          : `Add a statement trusting lambda.amazonaws.com to the trust policy of ${role.name}.`,
        policyJson: explicit ? decision.deciding[0]?.statement : document,
        cli: explicit
          ? `aws iam get-role --role-name ${role.name} --query Role.AssumeRolePolicyDocument  # edit the Deny, then update-assume-role-policy`
          : `aws iam update-assume-role-policy --role-name ${role.name} --policy-document ${shellQuote(JSON.stringify(document))}`,
        cdk: `const role = new iam.Role(this, 'ExecutionRole', {\n  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': this.account } }),\n});`,
        notes: [
          'update-assume-role-policy replaces the whole trust policy: the command keeps the existing statements.',
          'Lambda may report "The role defined for the function cannot be assumed by Lambda" until the change propagates.',
          PROPAGATION_NOTE,
        ],
      },
    }),
  ]);
}

/** `LAA-ROLE-TRUST-LAMBDA`. */
export const ROLE_TRUST_LAMBDA: Check = {
  id: 'LAA-ROLE-TRUST-LAMBDA',
  title: 'Lambda can assume the execution role',
  topic: 'execution-role',
  category: 'trust-policy',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  scope: 'function',
  run,
};
