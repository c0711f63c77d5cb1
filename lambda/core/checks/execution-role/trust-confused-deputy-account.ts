/**
 * `LAA-ROLE-TRUST-CONFUSED-DEPUTY` (opt-in, account-scoped, low): execution roles whose trust policy
 * lets `lambda.amazonaws.com` assume them on behalf of ANY account (no `aws:SourceAccount` /
 * `aws:SourceArn` guard). Reported ONCE per account with the list of roles and one trust-merge fix
 * per role (issue 13: the per-function version fired on nearly every healthy role). Optional
 * hardening, not a permission problem: IAM roles cannot be passed across accounts, so the risk for
 * execution roles is small. Background: https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
import { partitionOf } from '../../arn';
import { renderFix } from '../../fix';
import { en, lines, msg } from '../../i18n';
import type { TrustMergeFix } from '../../fix/types';
import { notApplicable, buildFinding, result } from '../shared/finding';
import { executionRoles, type RoleUse } from '../shared/execution-roles';
import { lambdaTrustFix, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

/** An account ID that is certainly not the caller's (AWS documentation's example account). */
const FOREIGN_ACCOUNT = '999999999999';

/** True when Lambda may assume the role for its own function but also on behalf of a foreign account. */
export function isUnguarded(use: RoleUse): boolean {
  const fn = use.functions[0];
  if (trustDecision(use.role, fn.accountId, fn.arn).decision.decision !== 'Allowed') return false;
  const account = fn.accountId === FOREIGN_ACCOUNT ? '888888888888' : FOREIGN_ACCOUNT;
  const foreignArn = `arn:${partitionOf(fn.arn)}:lambda:${fn.region}:${account}:function:any-function`;
  return trustDecision(use.role, account, foreignArn).decision.decision === 'Allowed';
}

function roleFix(use: RoleUse): TrustMergeFix {
  const account = use.role.accountId;
  return lambdaTrustFix(account, {
    summary: `Add "aws:SourceAccount": "${account}" to the lambda.amazonaws.com trust statement of ${use.role.name}.`,
    roleName: use.role.name,
    existing: use.role.trustPolicy,
  });
}

function run({ snapshot }: CheckInput): CheckResult {
  const uses = executionRoles(snapshot);
  if (uses.length === 0) return notApplicable('No execution role of a function is in the snapshot.');
  const unguarded = uses.filter(isUnguarded);
  const notes = [`${uses.length - unguarded.length} of ${uses.length} execution roles are guarded or not assumable.`];
  if (unguarded.length === 0) return result([], notes);
  const [first, ...rest] = unguarded.map(roleFix);
  const names = unguarded.map((u) => u.role.name);
  const params = { count: names.length, names: names.join(', ') };
  const title = msg('latent.deputy.title', params);
  const summary = msg('latent.deputy.summary', params);
  const fixSummary = msg('latent.deputy.fix', params);
  const details = unguarded.map((u) =>
    msg('latent.deputy.role', {
      role: u.role.name,
      arn: u.role.arn,
      functions: u.functions.map((f) => f.name).join(', '),
    }),
  );
  const fix = renderFix({ ...first, summary: en(fixSummary), then: rest });
  const finding = buildFinding({
    check: ROLE_TRUST_CONFUSED_DEPUTY_ACCOUNT,
    title: en(title),
    summary: en(summary),
    action: 'sts:AssumeRole',
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details) },
    fix,
    cause: `unguarded-trust|${snapshot.account.id}|${snapshot.account.region}`,
  });
  return result([finding], notes);
}

/** `LAA-ROLE-TRUST-CONFUSED-DEPUTY`: opt-in, once per account (supersedes the per-function file). */
export const ROLE_TRUST_CONFUSED_DEPUTY_ACCOUNT: Check = {
  id: 'LAA-ROLE-TRUST-CONFUSED-DEPUTY',
  title: 'Execution role trust policies have a confused-deputy guard (opt-in, once per account)',
  topic: 'execution-role',
  category: 'trust-policy',
  defaultSeverity: 'low',
  docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  scope: 'account',
  run,
};
