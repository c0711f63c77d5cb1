/**
 * LAA-EXPOSURE-PUBLIC-POLICY: the function's resource policy lets *anyone* (`"Principal": "*"` or
 * `{"AWS": "*"}`) call Lambda actions, with no condition that narrows who (account, organization,
 * source). The engine decides: a caller from an unrelated account and organization is probed for
 * every Lambda action. Function-URL `NONE` statements (conditioned on `lambda:FunctionUrlAuthType`
 * or `lambda:InvokedViaFunctionUrl`) do not match this probe; LAA-URL-PUBLIC reports those.
 */
import type { Finding } from '../../findings/types';
import type { FunctionInfo } from '../../snapshot/types';
import { renderFix } from '../../fix';
import { capitalize } from '../shared/describe';
import { outsideContext, probeActions, reach, type Reach } from '../shared/outside-reach';
import { DOCS } from '../shared/references';
import { buildFinding, evidence, notApplicable, result, sidsOf } from '../shared/finding';
import {
  allFunctionPolicies,
  outsiderAccount,
  outsiderPrincipal,
  type FunctionPolicyView,
} from '../shared/function-policy';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-EXPOSURE-PUBLIC-POLICY';

function publicFinding(fn: FunctionInfo, view: FunctionPolicyView, r: Reach): Finding {
  const sids = sidsOf(r.statements);
  const list = r.actions.join(', ');
  return buildFinding({
    check: exposurePublicPolicy,
    severity: 'high',
    fn,
    title: `${capitalize(view.name)} lets anyone call ${r.actions.length === 1 ? r.actions[0] : `${r.actions.length} Lambda actions`}`,
    action: r.actions[0],
    resource: view.resourceArn,
    summary: `A statement with Principal "*" and no narrowing condition lets any AWS principal in any account call ${list} on ${view.resourceArn}.`,
    details: [
      `Probed as a principal of an unrelated account and organization: allowed ${list}.`,
      'Conditions on aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID or aws:PrincipalAccount would narrow it; none applies here.',
    ],
    stated: { decision: 'Allowed', decidingPolicyType: 'resource', statements: r.statements.map(evidence) },
    fix: renderFix({
      kind: 'remove-statement',
      summary:
        'Remove the public statement and grant only the accounts, organization or service (with SourceArn) that need it.',
      location: {
        in: 'lambda-permission',
        functionName: fn.name,
        qualifier: view.qualifier,
        statementIds: sids,
        cdk: [
          '// Replace the public grant with a scoped one, e.g.:',
          `fn.grantInvoke(new iam.AccountPrincipal('<account-id>'));`,
          '// or for a whole organization:',
          `fn.grantInvoke(new iam.OrganizationPrincipal('<o-your-org-id>'));`,
        ].join('\n'),
      },
      notes: [
        ...(sids.length < r.statements.length
          ? ['A public statement has no Sid: rewrite the policy through the tool that created it.']
          : []),
        'Function URLs with AuthType NONE are reported separately (LAA-URL-PUBLIC).',
      ],
      then: [
        {
          kind: 'lambda-permission',
          summary: 'Then grant the organization only.',
          functionName: fn.name,
          qualifier: view.qualifier,
          resourceArn: view.resourceArn,
          statementId: 'org-invoke',
          principal: '*',
          principalOrgId: '<o-your-org-id>',
        },
      ],
    }),
    references: [DOCS.resourcePolicy],
    key: {
      functionArn: fn.arn,
      resourcePattern: view.resourceArn,
      cause: r.statements.map((s) => `${s.sid ?? s.index}`).join(','),
    },
  });
}

function run({ snapshot, fn, catalog }: CheckInput): CheckResult {
  if (!fn) return notApplicable('No function in scope.');
  const views = allFunctionPolicies(snapshot, fn).filter((v) => v.known && v.document);
  if (views.length === 0) return notApplicable(`${fn.name} has no resource policy.`);
  const findings: Finding[] = [];
  for (const view of views) {
    const outsider = outsiderAccount(view.document, fn.accountId);
    const r = reach(view, outsiderPrincipal(outsider), probeActions(catalog), outsideContext(outsider, fn.region));
    if (r.actions.length > 0) findings.push(publicFinding(fn, view, r));
  }
  return result(findings, findings.length === 0 ? ['No statement lets an unrelated principal call the function.'] : []);
}

/** The check object. */
export const exposurePublicPolicy: Check = {
  id: ID,
  title: 'The function resource policy is not public',
  topic: 'exposure',
  category: 'exposure',
  defaultSeverity: 'high',
  docsUrl: DOCS.resourcePolicy.url,
  fixKinds: ['remove-statement', 'lambda-permission'],
  scope: 'function',
  run,
};
