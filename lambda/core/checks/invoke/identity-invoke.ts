/**
 * `LAA-IDENTITY-INVOKE`: an IAM user or role (a person, a pipeline, a state machine — not a service
 * principal) was denied `lambda:InvokeFunction`, `lambda:InvokeFunctionUrl` or `lambda:GetFunction`
 * (intake flag `identity-invoke`). Same account: one Allow in the caller's identity policy suffices.
 * Another account: the caller's identity policy AND the function's resource-based policy
 * (`add-permission` with the caller's ARN) must both allow it
 * (https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
 * The primary fix targets the layer AWS named. A console read (`console-read`) has its own severity,
 * configurable (`consoleReadSeverity`, default medium). Role sessions whose `InvokeFunction` denial is
 * diagnosed from the message by LAA-ROLE-DENIED-ACTION (role not in the snapshot) are left to it.
 */
import { accountOf, functionNameOf, lastSegment, unqualifiedFunctionArn } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import { renderFix } from '../../fix';
import type { FixSpec } from '../../fix/types';
import { evaluate } from '../../policy';
import type { AuthzRequest, Decision, PolicyStatementJson } from '../../policy/model';
import type { Snapshot } from '../../snapshot/types';
import { callerView } from '../shared/caller';
import { callerAllowFix, callerPrincipalArn, namedLayerFix } from '../shared/caller-fix';
import { awsStated, findFunction, flagOf, hasFlag } from '../shared/flags';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { compiledView, functionPolicyFor } from '../shared/function-policy';
import { messageDiagnosable } from '../shared/message-fix';
import { DOCS } from '../shared/references';
import type { Check, CheckInput, CheckResult } from '../types';
import { AWS_LAYER_FIX_KINDS } from '../shared/aws-layer';

/** Default severity of a console read denial (a person browsing; configurable, issue 9 §3). */
export const CONSOLE_READ_DEFAULT_SEVERITY = 'medium';

/** The function ARN the denial is about: from the message, else from the request's function name. */
function targetArn(denial: DeniedRequest): string | undefined {
  if (denial.resource?.includes(':function:')) return denial.resource;
  const name = denial.requestParameters?.functionName;
  if (!name) return undefined;
  return name.startsWith('arn:') ? name : `arn:aws:lambda:${denial.region}:${denial.account}:function:${name}`;
}

/** Resources of the identity Allow: invokes of versions and aliases need `:*` too. */
function identityResources(arn: string, action: string): string[] {
  const base = unqualifiedFunctionArn(arn);
  return action === 'lambda:GetFunction' ? [base] : [base, `${base}:*`];
}

function permissionFix(denial: DeniedRequest, arn: string, principal: string): FixSpec {
  const owner = accountOf(arn) ?? denial.account;
  const name = functionNameOf(arn) ?? lastSegment(arn);
  return {
    kind: 'lambda-permission',
    functionName: name,
    resourceArn: unqualifiedFunctionArn(arn),
    statementId: `allow-${lastSegment(principal)
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .slice(0, 80)}`,
    principal,
    action: denial.action,
    summary: `In account ${owner}, add a statement to the resource-based policy of ${name} allowing ${lastSegment(principal)} ${denial.action} (add-permission).`,
  };
}

/** The primary fix in the layer AWS named; a cross-account call needs both sides. */
function fixFor(denial: DeniedRequest, arn: string): FixSpec {
  const principal = callerPrincipalArn(denial);
  const statements: PolicyStatementJson[] = [
    { Effect: 'Allow', Action: denial.action, Resource: identityResources(arn, denial.action) },
  ];
  const identity = callerAllowFix(
    denial,
    statements,
    `Allow ${lastSegment(principal)} ${denial.action} on ${functionNameOf(arn) ?? arn} in its own policy.`,
  );
  const crossAccount = (accountOf(arn) ?? denial.account) !== (denial.caller.accountId ?? denial.account);
  const permission = permissionFix(denial, arn, principal);
  if (denial.reason.policyType === 'resource') return { ...permission, then: crossAccount ? [identity] : [] };
  const named = namedLayerFix(denial, statements[0]);
  const rest = crossAccount ? [permission] : [];
  if (named) return { ...named, then: [identity, ...rest] };
  return { ...identity, then: rest };
}

/** The engine's decision when the caller is in the snapshot (with the function's policy when it is too). */
function engineDecision(
  snapshot: Snapshot,
  denial: DeniedRequest,
  arn: string,
): { request: AuthzRequest; decision: Decision } | undefined {
  const view = callerView(snapshot, denial);
  if (!view) return undefined;
  const fn = findFunction(snapshot, arn);
  const policy = fn ? compiledView(functionPolicyFor(snapshot, fn, arn)) : undefined;
  const request: AuthzRequest = { principal: view.principal, action: denial.action, resource: arn };
  return { request, decision: evaluate(request, policy ? { ...view.policySet, resource: policy } : view.policySet) };
}

/** AWS named no layer, or a missing identity Allow: an Allowed evaluation then means it was fixed since. */
function identitySideOnly(denial: DeniedRequest): boolean {
  const r = denial.reason;
  return !r.policyType || (r.policyType === 'identity' && r.kind === 'implicit');
}

/** A role session (not IAM Identity Center) in the function's account: LAA-ROLE-DENIED-ACTION's case. */
function sameAccountRoleSession(denial: DeniedRequest): boolean {
  return (
    denial.caller.type === 'AssumedRole' &&
    !hasFlag(denial, 'cross-account-resource') &&
    !hasFlag(denial, 'identity-center-permission-set')
  );
}

function run(input: CheckInput): CheckResult {
  const { denial, snapshot } = input;
  const flag = flagOf(denial, 'identity-invoke');
  if (!denial || !flag) return notApplicable('Not a user or role denied invoking or reading a function.');
  const arn = targetArn(denial);
  if (!arn) return notApplicable('The denial names no function.');
  const engine = engineDecision(snapshot, denial, arn);
  if (sameAccountRoleSession(denial) && (engine || messageDiagnosable(denial)))
    return notApplicable('A role session denied in its own account: LAA-ROLE-DENIED-ACTION diagnoses it.');
  if (engine?.decision.decision === 'Allowed' && identitySideOnly(denial))
    return passed([
      `The caller's current policies allow ${denial.action} on ${arn}: already fixed, or a layer outside the snapshot denied it.`,
    ]);
  const consoleRead = hasFlag(denial, 'console-read');
  const fn = findFunction(snapshot, arn);
  const principal = callerPrincipalArn(denial);
  const other = accountOf(arn) !== undefined && accountOf(arn) !== (denial.caller.accountId ?? denial.account);
  const finding = buildFinding({
    check: IDENTITY_INVOKE,
    fn,
    principal,
    ...(engine ? engine : { action: denial.action, resource: arn, stated: awsStated(denial) }),
    severity: consoleRead ? (input.settings?.consoleReadSeverity ?? CONSOLE_READ_DEFAULT_SEVERITY) : undefined,
    title: `${lastSegment(principal)} may not ${denial.action.replace('lambda:', '')} ${functionNameOf(arn) ?? arn}${consoleRead ? ' (console)' : ''}`,
    summary: `${denial.caller.arn ?? principal} was denied ${denial.action} on ${arn}${other ? `, a function of account ${accountOf(arn)}: the caller's identity policy and the function's resource-based policy must both allow it` : ": one Allow in the caller's identity policy is enough in the same account"}.`,
    details: [...flag.reasons, ...(consoleRead ? ['A person browsing the Lambda console was denied a read.'] : [])],
    fix: renderFix(fixFor(denial, arn)),
    denial,
    references: [DOCS.identityBased, DOCS.resourcePolicy],
    cause: `identity-invoke|${principal}`,
  });
  return result([finding]);
}

/** `LAA-IDENTITY-INVOKE`. */
export const IDENTITY_INVOKE: Check = {
  id: 'LAA-IDENTITY-INVOKE',
  title: 'Users and roles denied invoking or reading a function',
  topic: 'invoke',
  category: 'invoke-permission',
  defaultSeverity: 'high',
  docsUrl: DOCS.identityBased.url,
  fixKinds: [...AWS_LAYER_FIX_KINDS, 'lambda-permission'],
  scope: 'event',
  run,
};
