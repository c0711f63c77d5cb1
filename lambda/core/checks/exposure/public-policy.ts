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
import { outsideContext, probeActions, reach, type Reach } from '../shared/outside-reach';
import { DOCS } from '../shared/references';
import { en, lines, msg } from '../../i18n';
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
  const one = r.actions.length === 1;
  const title = msg(one ? 'trigger.public.titleOne' : 'trigger.public.titleMany', {
    target: view.target,
    ...(one ? { action: r.actions[0] } : { count: r.actions.length }),
  });
  const summary = msg('trigger.public.summary', { actions: list, arn: view.resourceArn });
  const fixSummary = msg('trigger.public.fix');
  const details = [msg('trigger.public.probed', { actions: list }), msg('trigger.public.conditions')];
  const notes = [
    ...(sids.length < r.statements.length ? [msg('trigger.public.noSid')] : []),
    msg('trigger.public.urlSeparate'),
  ];
  return buildFinding({
    check: exposurePublicPolicy,
    severity: 'high',
    fn,
    title: en(title),
    action: r.actions[0],
    resource: view.resourceArn,
    summary: en(summary),
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details, ...notes) },
    stated: { decision: 'Allowed', decidingPolicyType: 'resource', statements: r.statements.map(evidence) },
    fix: renderFix({
      kind: 'remove-statement',
      summary: en(fixSummary),
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
      notes: notes.map(en),
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
