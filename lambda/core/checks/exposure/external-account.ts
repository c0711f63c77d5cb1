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
import { capitalize } from '../shared/describe';
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
  const fix: FixSpec = {
    kind: 'lambda-permission',
    summary: `Re-grant with --principal-org-id so only accounts of your organization can use it, or remove the grant to ${e.account}.`,
    ...target,
    resourceArn: view.resourceArn,
    statementId: `${sid ?? 'cross-account'}-org`,
    action: r.actions[0],
    principal: e.account,
    principalOrgId: org,
    notes: ['Add the scoped statement before removing the broad one to avoid a gap in access.'],
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
    title: `${capitalize(view.name)} grants account ${e.account} (${r.actions.length === 1 ? r.actions[0] : `${r.actions.length} actions`}) without an organization guard`,
    action: r.actions[0],
    resource: view.resourceArn,
    summary: `${e.entry} in account ${e.account} may call ${r.actions.join(', ')} on ${view.resourceArn}, and no aws:PrincipalOrgID condition limits the grant to your organization.`,
    details: [
      `Probed as ${e.entry} from an organization other than ${orgId ?? 'yours'}.`,
      'If this account is a known partner, record that decision (ignore rule); otherwise scope the grant with PrincipalOrgID.',
    ],
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
