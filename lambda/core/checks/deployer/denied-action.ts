/**
 * LAA-DEPLOYER-DENIED-ACTION: a person or pipeline was denied a Lambda management action
 * (CreateFunction, UpdateFunctionCode, AddPermission, DeleteFunction, …). The engine re-evaluates
 * the action against the caller's policies (and the function's resource policy when the function
 * is in the snapshot: cross-account management goes through it), explains the deciding layer and
 * proposes the least-privilege statement. When AWS's message named the deciding layer (an SCP, a
 * boundary, …) the primary fix targets that layer (shared/aws-layer.ts); IAM Identity Center roles get
 * permission-set fixes.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { FindingFix } from '../../findings/types';
import { evaluate, proposeFix } from '../../policy';
import type { ActionCatalog, AuthzRequest, Decision, PolicySet } from '../../policy/model';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { unqualifiedFunctionArn } from '../../arn';
import { callerLabel, callerTarget, callerView, type CallerView } from '../shared/caller';
import {
  awsLayer,
  callerFixByAwsWord,
  callerSubject,
  type Evaluated,
  withAwsExplanation,
  AWS_LAYER_FIX_KINDS,
} from '../shared/aws-layer';
import { proposalFix, type ProposalContext } from '../shared/proposal';
import { clauseParams, reasonOrNone } from '../shared/unseen-role';
import type { FixSpec, IdentityTarget } from '../../fix/types';
import { DOCS } from '../shared/references';
import { denialClauseParams } from '../shared/describe';
import { en, lines, msg, type MessageParams } from '../../i18n';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { fixPolicyName, renderFix } from '../../fix';
import { compiledView, functionPolicyFor } from '../shared/function-policy';
import { hasFlag } from '../shared/flags';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-DEPLOYER-DENIED-ACTION';

/** True for a deployer's denied `lambda:*` action (iam:PassRole has its own check). */
export function isLambdaManagementDenial(denial: DeniedRequest): boolean {
  return denial.classification.class === 'deployer' && denial.action.split(':')[0].toLowerCase() === 'lambda';
}

/** The resource of the denied request: the ARN from the message, else one built from request parameters. */
export function deniedResource(denial: DeniedRequest): string {
  if (denial.resource) return denial.resource;
  const name = denial.requestParameters?.functionName;
  if (!name) return '*';
  return name.startsWith('arn:') ? name : `arn:aws:lambda:${denial.region}:${denial.account}:function:${name}`;
}

function targetFunction(snapshot: Snapshot, resource: string): FunctionInfo | undefined {
  const arn = unqualifiedFunctionArn(resource);
  return snapshot.functions.find((f) => f.arn === arn);
}

/** The check's own fix: the engine's proposal when evaluated, else the identity statement the caller needs. */
function ownFix(
  denial: DeniedRequest,
  request: AuthzRequest,
  decision?: Decision,
  catalog?: ActionCatalog,
): FixSpec | undefined {
  const target = callerTarget(denial);
  const policyName = fixPolicyName(request.action);
  const resource = request.resource;
  if (decision) return proposalFix(proposeFix(request, decision, catalog), ctxFor(denial, target, policyName));
  if (!target) return undefined;
  const summary = msg('fix.deployer.allowCall', { who: target.name, action: request.action, resource });
  return {
    kind: 'identity-statement',
    summary: en(summary),
    text: { summary },
    target,
    policyName,
    statements: [{ Effect: 'Allow', Action: request.action, Resource: request.resource }],
  };
}

function ctxFor(denial: DeniedRequest, target: IdentityTarget | undefined, policyName: string): ProposalContext {
  return { target: target ?? { kind: 'role', name: '<caller>' }, policyName, account: denial.account };
}

/** The fix by AWS's word (shared/aws-layer.ts), rendered; evidence when the evaluation disagrees. */
function fixFor(
  denial: DeniedRequest,
  request: AuthzRequest,
  view?: CallerView,
  evaluated?: Evaluated,
  catalog?: ActionCatalog,
): { fix?: FindingFix; evidence: readonly string[] } {
  const own = ownFix(denial, request, evaluated?.decision, catalog);
  const who = callerSubject(denial, view);
  const ctx = ctxFor(denial, who?.target, fixPolicyName(request.action));
  const aws = who ? callerFixByAwsWord(denial, own, { who, ctx, catalog, evaluated }, "The caller's") : undefined;
  const spec = aws?.spec ?? own;
  return { fix: spec ? renderFix(spec) : undefined, evidence: aws?.evidence ?? [] };
}

function run({ snapshot, denial, catalog }: CheckInput): CheckResult {
  if (!denial || !isLambdaManagementDenial(denial))
    return notApplicable('The denial is not a Lambda management action of a deployer.');
  if (hasFlag(denial, 'identity-invoke'))
    return notApplicable('An invoke or read by a user or role: LAA-IDENTITY-INVOKE.');
  const resource = deniedResource(denial);
  const who = callerLabel(denial);
  const view = callerView(snapshot, denial);
  const fn = targetFunction(snapshot, resource);
  if (!view) {
    const request: AuthzRequest = { principal: { kind: 'user', arn: who }, action: denial.action, resource };
    const title = msg('fix.deployer.title', { who, action: denial.action, ...onFn(fn) });
    const summary = msg('fix.deployer.summaryUnseen', {
      who,
      action: denial.action,
      resource,
      ...reasonOrNone(denial),
    });
    const finding = buildFinding({
      check: deployerDeniedAction,
      fn,
      title: en(title),
      summary: en(summary),
      text: { title, summary },
      action: denial.action,
      resource,
      denial,
      fix: fixFor(denial, request).fix,
      references: [DOCS.identityBased],
      cause: who,
      severity: denial.classification.severityHint,
    });
    return result([withAwsExplanation({ ...finding, principal: who }, denial)]);
  }
  const policy = fn ? compiledView(functionPolicyFor(snapshot, fn, resource)) : undefined;
  const set: PolicySet = policy ? { ...view.policySet, resource: policy } : view.policySet;
  const request: AuthzRequest = { principal: view.principal, action: denial.action, resource };
  const decision = evaluate(request, set);
  const layer = awsLayer(denial);
  if (decision.decision === 'Allowed' && (!layer || layer === 'identity')) {
    return passed([
      `${view.name}'s current policies allow ${denial.action} on ${resource}: already fixed, or a session policy / SCP outside the snapshot denied it.`,
    ]);
  }
  const incomplete = decision.decision === 'ImplicitlyDenied' && view.missingPolicies.length > 0;
  const { fix, evidence } = fixFor(denial, request, view, { request, set, decision }, catalog);
  const names = { who: view.name, action: denial.action, resource };
  const title = msg('fix.deployer.title', { ...names, ...onFn(fn) });
  const summary = layer
    ? msg('fix.deployer.summaryAws', { ...names, ...clauseParams(denial) })
    : msg('fix.deployer.summary', { ...names, ...denialClauseParams(decision) });
  const missing = incomplete ? [msg('fix.deployer.missingManaged', { names: view.missingPolicies.join(', ') })] : [];
  const finding = buildFinding({
    check: deployerDeniedAction,
    fn,
    principal: view.arn,
    request,
    decision,
    denial,
    title: en(title),
    summary: en(summary),
    text: { title, summary, lines: lines(...missing) },
    fix,
    details: [...evidence, ...missing.map(en)],
    references: [DOCS.identityBased],
    cause: view.arn,
    severity: denial.classification.severityHint,
  });
  return result([withAwsExplanation(finding, denial)]);
}

/** Params of ` on <function>` in the title (none when the function is not in the snapshot). */
function onFn(fn: FunctionInfo | undefined): MessageParams {
  return fn ? { fnless: 'no', fn: fn.name } : { fnless: 'yes' };
}

/** The check object. */
export const deployerDeniedAction: Check = {
  id: ID,
  title: 'Deployers may perform the Lambda management actions they attempt',
  topic: 'deployer',
  category: 'deployer',
  defaultSeverity: 'medium',
  docsUrl: DOCS.identityBased.url,
  fixKinds: [...AWS_LAYER_FIX_KINDS],
  scope: 'event',
  run,
};
