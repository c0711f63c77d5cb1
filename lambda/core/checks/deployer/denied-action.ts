/**
 * LAA-DEPLOYER-DENIED-ACTION: a person or pipeline was denied a Lambda management action
 * (CreateFunction, UpdateFunctionCode, AddPermission, DeleteFunction, …). The engine re-evaluates
 * the action against the caller's policies (and the function's resource policy when the function
 * is in the snapshot: cross-account management goes through it), explains the deciding layer and
 * proposes the least-privilege statement.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { FindingFix } from '../../findings/types';
import { evaluate, proposeFix } from '../../policy';
import type { ActionCatalog, AuthzRequest, Decision, PolicySet } from '../../policy/model';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { unqualifiedFunctionArn } from '../../arn';
import { callerLabel, callerProposalFix, callerTarget, callerView } from '../shared/caller';
import { DOCS } from '../shared/references';
import { denialClause } from '../shared/describe';
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

function fixFor(
  denial: DeniedRequest,
  request: AuthzRequest,
  decision?: Decision,
  catalog?: ActionCatalog,
): FindingFix | undefined {
  const target = callerTarget(denial);
  const policyName = fixPolicyName(request.action);
  if (decision) return callerProposalFix(proposeFix(request, decision, catalog), target, policyName);
  if (!target) return undefined;
  return renderFix({
    kind: 'identity-statement',
    summary: `Allow ${target.name} to call ${request.action} on ${request.resource}.`,
    target,
    policyName,
    statements: [{ Effect: 'Allow', Action: request.action, Resource: request.resource }],
  });
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
    const finding = buildFinding({
      check: deployerDeniedAction,
      fn,
      title: `${who} may not call ${denial.action}${fn ? ` on ${fn.name}` : ''}`,
      summary: `CloudTrail shows ${who} was denied ${denial.action} on ${resource}; the caller's policies are not in the snapshot, so the fix below is the statement it needs.`,
      action: denial.action,
      resource,
      denial,
      fix: fixFor(denial, request),
      references: [DOCS.identityBased],
      cause: who,
      severity: denial.classification.severityHint,
    });
    return result([{ ...finding, principal: who }]);
  }
  const policy = fn ? compiledView(functionPolicyFor(snapshot, fn, resource)) : undefined;
  const set: PolicySet = policy ? { ...view.policySet, resource: policy } : view.policySet;
  const request: AuthzRequest = { principal: view.principal, action: denial.action, resource };
  const decision = evaluate(request, set);
  if (decision.decision === 'Allowed') {
    return passed([
      `${view.name}'s current policies allow ${denial.action} on ${resource}: already fixed, or a session policy / SCP outside the snapshot denied it.`,
    ]);
  }
  const incomplete = decision.decision === 'ImplicitlyDenied' && view.missingPolicies.length > 0;
  return result([
    buildFinding({
      check: deployerDeniedAction,
      fn,
      principal: view.arn,
      request,
      decision,
      denial,
      title: `${view.name} may not call ${denial.action}${fn ? ` on ${fn.name}` : ''}`,
      summary: `${view.name} was denied ${denial.action} on ${resource} because ${denialClause(decision)}.`,
      fix: fixFor(denial, request, decision, catalog),
      details: incomplete
        ? [
            `Could not read attached managed policies: ${view.missingPolicies.join(', ')}; one of them may already allow it.`,
          ]
        : [],
      references: [DOCS.identityBased],
      cause: view.arn,
      severity: denial.classification.severityHint,
    }),
  ]);
}

/** The check object. */
export const deployerDeniedAction: Check = {
  id: ID,
  title: 'Deployers may perform the Lambda management actions they attempt',
  topic: 'deployer',
  category: 'deployer',
  defaultSeverity: 'medium',
  docsUrl: DOCS.identityBased.url,
  fixKinds: ['identity-statement', 'remove-statement', 'boundary', 'org-policy'],
  scope: 'event',
  run,
};
