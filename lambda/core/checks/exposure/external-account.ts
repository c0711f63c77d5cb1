/**
 * LAA-EXPOSURE-EXTERNAL-ACCOUNT: the resource policy grants a principal of another account (account
 * ID, root, role or user ARN) and no `aws:PrincipalOrgID` condition keeps the grant inside the
 * organization. The engine decides: each named principal is probed as a caller from an organization
 * that is not the audited one, for every Lambda action.
 */
import type { Finding } from '../../findings/types';
import type { FunctionInfo } from '../../snapshot/types';
import { renderFix } from '../../fix';
import type { FixSpec } from '../../fix/types';
import {
  externalEntries,
  isPublicStatement,
  outsideContext,
  principalForEntry,
  probeActions,
  reach,
  type ExternalEntry,
  type Reach,
} from '../shared/outside-reach';
import { DOCS } from '../shared/references';
import { en, lines, msg } from '../../i18n';
import { buildFinding, evidence, notApplicable, result } from '../shared/finding';
import { allFunctionPolicies, type FunctionPolicyView } from '../shared/function-policy';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-EXPOSURE-EXTERNAL-ACCOUNT';

function externalFinding(
  fn: FunctionInfo,
  view: FunctionPolicyView,
  e: ExternalEntry,
  r: Reach,
  orgId?: string,
): Finding {
  const sid = r.statements.find((s) => s.sid)?.sid;
  const org = orgId ?? '<o-your-org-id>';
  const target = { functionName: fn.name, qualifier: view.qualifier };
  const one = r.actions.length === 1;
  const title = msg(one ? 'trigger.external.titleOne' : 'trigger.external.titleMany', {
    target: view.target,
    account: e.account,
    ...(one ? { action: r.actions[0] } : { count: r.actions.length }),
  });
  const summary = msg('trigger.external.summary', {
    entry: e.entry,
    account: e.account,
    actions: r.actions.join(', '),
    arn: view.resourceArn,
  });
  const fixSummary = msg('trigger.external.fix', { account: e.account });
  const details = [
    orgId !== undefined
      ? msg('trigger.external.probedOrg', { entry: e.entry, org: orgId })
      : msg('trigger.external.probedYours', { entry: e.entry }),
    msg('trigger.external.partner'),
  ];
  const note = msg('trigger.external.note');
  const fix: FixSpec = {
    kind: 'lambda-permission',
    summary: en(fixSummary),
    ...target,
    resourceArn: view.resourceArn,
    statementId: `${sid ?? 'cross-account'}-org`,
    action: r.actions[0],
    principal: e.account,
    principalOrgId: org,
    notes: [en(note)],
    then: sid
      ? [
          {
            kind: 'remove-statement',
            summary: 'Remove the unguarded grant.',
            location: { in: 'lambda-permission', ...target, statementIds: [sid] },
          },
        ]
      : [],
  };
  return buildFinding({
    check: exposureExternalAccount,
    severity: 'medium',
    fn,
    principal: e.entry,
    title: en(title),
    action: r.actions[0],
    resource: view.resourceArn,
    summary: en(summary),
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details, note) },
    stated: { decision: 'Allowed', decidingPolicyType: 'resource', statements: r.statements.map(evidence) },
    fix: renderFix(fix),
    references: [DOCS.resourcePolicy, DOCS.crossAccount],
    key: {
      functionArn: fn.arn,
      principal: e.entry,
      resourcePattern: view.resourceArn,
      cause: e.account,
    },
  });
}

function run({ snapshot, fn, catalog }: CheckInput): CheckResult {
  if (!fn) return notApplicable('No function in scope.');
  const views = allFunctionPolicies(snapshot, fn).filter((v) => v.known && externalEntries(v, fn.accountId).length > 0);
  if (views.length === 0) return notApplicable(`${fn.name}'s resource policy names no other account.`);
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const view of views) {
    for (const e of externalEntries(view, fn.accountId)) {
      const principal = principalForEntry(e);
      const context = outsideContext(e.account, fn.region);
      const r = reach(view, principal, probeActions(catalog), context, (ref) => !isPublicStatement(ref));
      if (r.actions.length > 0) findings.push(externalFinding(fn, view, e, r, snapshot.organization?.id));
      else notes.push(`${e.entry}: grant is limited by conditions (e.g. aws:PrincipalOrgID).`);
    }
  }
  return result(findings, notes);
}

/** The check object. */
export const exposureExternalAccount: Check = {
  id: ID,
  title: 'Cross-account grants in the resource policy stay inside the organization',
  topic: 'exposure',
  category: 'exposure',
  defaultSeverity: 'medium',
  docsUrl: DOCS.resourcePolicy.url,
  fixKinds: ['lambda-permission', 'remove-statement'],
  scope: 'function',
  run,
};
