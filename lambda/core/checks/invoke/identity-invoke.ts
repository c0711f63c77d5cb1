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
import { en, lines, msg, type MessageRef } from '../../i18n';
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

/** A fix and the catalog reference of its summary (none when a shared builder wrote the summary). */
interface TextedFix {
  readonly spec: FixSpec;
  readonly summary?: MessageRef;
}

function permissionFix(denial: DeniedRequest, arn: string, principal: string): TextedFix {
  const owner = accountOf(arn) ?? denial.account;
  const name = functionNameOf(arn) ?? lastSegment(arn);
  const summary = msg('invoke.identity.fixPermission', {
    account: owner,
    fn: name,
    caller: lastSegment(principal),
    action: denial.action,
  });
  const spec: FixSpec = {
    kind: 'lambda-permission',
    functionName: name,
    resourceArn: unqualifiedFunctionArn(arn),
    statementId: `allow-${lastSegment(principal)
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .slice(0, 80)}`,
    principal,
    action: denial.action,
    summary: en(summary),
  };
  return { spec, summary };
}

/** The primary fix in the layer AWS named; a cross-account call needs both sides. */
function fixFor(denial: DeniedRequest, arn: string): TextedFix {
  const principal = callerPrincipalArn(denial);
  const statements: PolicyStatementJson[] = [
    { Effect: 'Allow', Action: denial.action, Resource: identityResources(arn, denial.action) },
  ];
  const identitySummary = msg('invoke.identity.fixIdentity', {
    caller: lastSegment(principal),
    action: denial.action,
    fn: functionNameOf(arn) ?? arn,
  });
  const identity = callerAllowFix(denial, statements, en(identitySummary));
  const crossAccount = (accountOf(arn) ?? denial.account) !== (denial.caller.accountId ?? denial.account);
  const permission = permissionFix(denial, arn, principal);
  if (denial.reason.policyType === 'resource')
    return { ...permission, spec: { ...permission.spec, then: crossAccount ? [identity] : [] } };
  const named = namedLayerFix(denial, statements[0]);
  const rest = crossAccount ? [permission.spec] : [];
  if (named) return { spec: { ...named, then: [identity, ...rest] } };
  return { spec: { ...identity, then: rest }, summary: identitySummary };
}

/** Title, summary and own detail lines of the finding, as catalog references. */
function findingText(denial: DeniedRequest, arn: string, principal: string, consoleRead: boolean) {
  const owner = accountOf(arn);
  const other = owner !== undefined && owner !== (denial.caller.accountId ?? denial.account);
  const fn = functionNameOf(arn) ?? arn;
  const caller = denial.caller.arn ?? principal;
  return {
    title: msg('invoke.identity.title', {
      caller: lastSegment(principal),
      verb: denial.action.replace('lambda:', ''),
      fn,
      console: consoleRead ? 'yes' : 'no',
    }),
    summary: other
      ? msg('invoke.identity.summaryOther', { caller, action: denial.action, arn, account: owner })
      : msg('invoke.identity.summarySame', { caller, action: denial.action, arn }),
    details: consoleRead ? [msg('invoke.identity.consoleRead')] : [],
  };
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
  const principal = callerPrincipalArn(denial);
  const text = findingText(denial, arn, principal, consoleRead);
  const fix = fixFor(denial, arn);
  const finding = buildFinding({
    check: IDENTITY_INVOKE,
    fn: findFunction(snapshot, arn),
    principal,
    ...(engine ? engine : { action: denial.action, resource: arn, stated: awsStated(denial) }),
    severity: consoleRead ? (input.settings?.consoleReadSeverity ?? CONSOLE_READ_DEFAULT_SEVERITY) : undefined,
    title: en(text.title),
    summary: en(text.summary),
    details: [...flag.reasons, ...text.details.map(en)],
    text: { title: text.title, summary: text.summary, fixSummary: fix.summary, lines: lines(...text.details) },
    fix: renderFix(fix.spec),
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
