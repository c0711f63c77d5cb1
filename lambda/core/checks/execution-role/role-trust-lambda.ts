/**
 * `LAA-ROLE-TRUST-LAMBDA`: the execution role's trust policy must let `lambda.amazonaws.com`
 * `sts:AssumeRole`, or every invocation fails ("The role defined for the function cannot be
 * assumed by Lambda").
 */
import { findRole } from '../../snapshot/policy-sets';
import { denialClause } from '../shared/describe';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { renderFix } from '../../fix';
import { lambdaTrustFix, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

const PROPAGATION_NOTE_ASSUME =
  'Lambda may report "The role defined for the function cannot be assumed by Lambda" until the change propagates.';

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const role = findRole(snapshot, fn.roleArn);
  if (!role) return notApplicable(`Role ${fn.roleArn} is not in the snapshot (another account, or unreadable).`);
  const { request, decision } = trustDecision(role, fn.accountId, fn.arn);
  if (decision.decision === 'Allowed') return passed([`${role.name} trusts lambda.amazonaws.com.`]);
  const explicit = decision.decision === 'ExplicitlyDenied';
  return result([
    buildFinding({
      check: ROLE_TRUST_LAMBDA,
      fn,
      request,
      decision,
      title: `Lambda cannot assume the execution role ${role.name} of ${fn.name}`,
      summary: explicit
        ? `Lambda cannot assume ${role.name} because ${denialClause(decision)}, so every invocation of ${fn.name} fails.`
        : `Lambda cannot assume ${role.name} because its trust policy does not allow lambda.amazonaws.com to call sts:AssumeRole, so every invocation of ${fn.name} fails.`,
      fix: renderFix(
        explicit
          ? {
              kind: 'remove-statement',
              summary: `Remove the Deny for lambda.amazonaws.com from the trust policy of ${role.name}.`,
              location: { in: 'trust', roleName: role.name },
              statement: decision.deciding[0]?.statement,
              notes: [PROPAGATION_NOTE_ASSUME],
            }
          : lambdaTrustFix(fn.accountId, {
              summary: `Add a statement trusting lambda.amazonaws.com to the trust policy of ${role.name}.`,
              roleName: role.name,
              existing: role.trustPolicy,
              notes: [PROPAGATION_NOTE_ASSUME],
            }),
      ),
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
  fixKinds: ['trust-merge', 'remove-statement'],
  scope: 'function',
  run,
};
