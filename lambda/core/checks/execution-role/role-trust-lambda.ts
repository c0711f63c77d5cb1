/**
 * `LAA-ROLE-TRUST-LAMBDA`: the execution role's trust policy must let `lambda.amazonaws.com`
 * `sts:AssumeRole`, or every invocation fails ("The role defined for the function cannot be
 * assumed by Lambda").
 */
import { findRole } from '../../snapshot/policy-sets';
import { denialClauseParams } from '../shared/describe';
import { en, lines, msg } from '../../i18n';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { renderFix } from '../../fix';
import { lambdaTrustFix, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const role = findRole(snapshot, fn.roleArn);
  if (!role) return notApplicable(`Role ${fn.roleArn} is not in the snapshot (another account, or unreadable).`);
  const { request, decision } = trustDecision(role, fn.accountId, fn.arn);
  if (decision.decision === 'Allowed') return passed([`${role.name} trusts lambda.amazonaws.com.`]);
  const explicit = decision.decision === 'ExplicitlyDenied';
  const names = { role: role.name, fn: fn.name };
  const title = msg('role.trust.title', names);
  const summary = explicit
    ? msg('role.trust.summaryDeny', { ...names, ...denialClauseParams(decision) })
    : msg('role.trust.summary', names);
  const fixSummary = msg(explicit ? 'role.trust.fixRemove' : 'role.trust.fixAdd', names);
  const note = msg('role.trust.note');
  const notes = [en(note)];
  return result([
    buildFinding({
      check: ROLE_TRUST_LAMBDA,
      fn,
      request,
      decision,
      title: en(title),
      summary: en(summary),
      text: { title, summary, fixSummary, lines: lines(note, msg('fix.propagation')) },
      fix: renderFix(
        explicit
          ? {
              kind: 'remove-statement',
              summary: en(fixSummary),
              location: { in: 'trust', roleName: role.name },
              statement: decision.deciding[0]?.statement,
              notes,
            }
          : lambdaTrustFix(fn.accountId, {
              summary: en(fixSummary),
              roleName: role.name,
              existing: role.trustPolicy,
              notes,
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
