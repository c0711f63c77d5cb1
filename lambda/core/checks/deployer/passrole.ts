/**
 * LAA-DEPLOYER-PASSROLE: a person or pipeline was denied `iam:PassRole` while creating or updating a
 * function (CreateFunction / UpdateFunctionConfiguration need to pass the execution role). The
 * engine re-evaluates `iam:PassRole` on the role with `iam:PassedToService=lambda.amazonaws.com`
 * against the caller's policies; the fix is scoped with that condition key. When AWS's message named the
 * deciding layer, the primary fix targets that layer (shared/aws-layer.ts).
 */
import { lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import type { Finding, FindingFix } from '../../findings/types';
import { evaluate, proposeFix } from '../../policy';
import type { AuthzRequest, Decision, PolicyStatementJson } from '../../policy/model';
import type { Snapshot } from '../../snapshot/types';
import { renderFix } from '../../fix';
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
import { clauseParams } from '../shared/unseen-role';
import { en, lines, msg } from '../../i18n';
import type { FixSpec, IdentityTarget } from '../../fix/types';
import { DOCS } from '../shared/references';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-DEPLOYER-PASSROLE';
const PASSED_TO = { 'iam:PassedToService': 'lambda.amazonaws.com' };
const POLICY_NAME = 'laa-fix-iam-passrole';

/** True when the denial is a denied `iam:PassRole` of a deployer. */
export function isPassRoleDenial(denial: DeniedRequest): boolean {
  const cls = denial.classification.class;
  return (cls === 'pass-role' || cls === 'deployer') && denial.action.toLowerCase() === 'iam:passrole';
}

/** The role the caller tried to pass. */
export function passedRoleArn(denial: DeniedRequest): string | undefined {
  if (denial.resource && /^arn:[\w-]+:iam::\d{12}:role\//.test(denial.resource)) return denial.resource;
  return denial.classification.roleArn ?? denial.requestParameters?.role;
}

/** The least-privilege statement: pass exactly this role, and only to Lambda. */
export function passRoleStatement(roleArn: string): PolicyStatementJson {
  return {
    Sid: 'AllowPassExecutionRoleToLambda',
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: roleArn,
    Condition: { StringEquals: PASSED_TO },
  };
}

/** The check's own fix: the engine's edit of an explicit Deny, else the scoped PassRole statement. */
function ownFix(
  denial: DeniedRequest,
  roleArn: string,
  decision?: Decision,
  request?: AuthzRequest,
): FixSpec | undefined {
  const target = callerTarget(denial);
  if (decision && request && decision.decision === 'ExplicitlyDenied') {
    return proposalFix(proposeFix(request, decision), ctxFor(denial, target));
  }
  if (!target) return undefined;
  const summary = msg('fix.passrole.allow', { who: target.name, role: roleArn });
  const keep = msg('fix.passrole.keepCondition');
  return {
    kind: 'identity-statement',
    summary: en(summary),
    target,
    policyName: POLICY_NAME,
    statements: [passRoleStatement(roleArn)],
    notes: [en(keep)],
    text: { summary, lines: [keep] },
  };
}

function ctxFor(denial: DeniedRequest, target: IdentityTarget | undefined): ProposalContext {
  return { target: target ?? { kind: 'role', name: '<caller>' }, policyName: POLICY_NAME, account: denial.account };
}

/** The fix by AWS's word (shared/aws-layer.ts), rendered; evidence when the evaluation disagrees. */
function passFix(
  denial: DeniedRequest,
  roleArn: string,
  view?: CallerView,
  evaluated?: Evaluated,
): { fix?: FindingFix; evidence: readonly string[] } {
  const own = ownFix(denial, roleArn, evaluated?.decision, evaluated?.request);
  const who = callerSubject(denial, view);
  const ctx = ctxFor(denial, who?.target);
  const aws = who ? callerFixByAwsWord(denial, own, { who, ctx, evaluated }, "The caller's") : undefined;
  const spec = aws?.spec ?? own;
  return { fix: spec ? renderFix(spec) : undefined, evidence: aws?.evidence ?? [] };
}

function run({ snapshot, denial }: CheckInput): CheckResult {
  if (!denial || !isPassRoleDenial(denial))
    return notApplicable('The denial is not an iam:PassRole denial of a deployer.');
  const roleArn = passedRoleArn(denial);
  if (!roleArn) return notApplicable('The denial does not name the role that was passed.');
  return evaluateCaller(snapshot, denial, roleArn);
}

function evaluateCaller(snapshot: Snapshot, denial: DeniedRequest, roleArn: string): CheckResult {
  const who = callerLabel(denial);
  const view = callerView(snapshot, denial);
  if (!view) {
    const title = msg('fix.passrole.titleUnseen', { who, role: roleArn });
    const summary = msg('fix.passrole.summaryUnseen', { who, role: roleArn });
    const finding: Finding = buildFinding({
      check: deployerPassRole,
      title: en(title),
      summary: en(summary),
      text: { title, summary },
      action: 'iam:PassRole',
      resource: roleArn,
      denial,
      fix: passFix(denial, roleArn).fix,
      references: [DOCS.passRole],
      cause: who,
    });
    return result([withAwsExplanation({ ...finding, principal: who }, denial)]);
  }
  const request: AuthzRequest = {
    principal: view.principal,
    action: 'iam:PassRole',
    resource: roleArn,
    context: PASSED_TO,
  };
  const decision = evaluate(request, view.policySet);
  const layer = awsLayer(denial);
  if (decision.decision === 'Allowed' && (!layer || layer === 'identity')) {
    return passed([
      `${view.name}'s current policies allow iam:PassRole on ${roleArn} to Lambda: already fixed, or a session policy / SCP outside the snapshot denied it.`,
    ]);
  }
  const incomplete = decision.decision === 'ImplicitlyDenied' && view.missingPolicies.length > 0;
  const { fix, evidence } = passFix(denial, roleArn, view, { request, set: view.policySet, decision });
  const title = msg('fix.passrole.title', { who: view.name, roleName: lastSegment(roleArn) });
  const mode = layer ? 'aws' : decision.decision === 'ExplicitlyDenied' ? 'explicit' : 'none';
  const summary = msg('fix.passrole.summary', { who: view.name, role: roleArn, mode, ...clauseParams(denial) });
  const missing = incomplete ? [msg('fix.deployer.missingManaged', { names: view.missingPolicies.join(', ') })] : [];
  return result([
    withAwsExplanation(
      buildFinding({
        check: deployerPassRole,
        principal: view.arn,
        request,
        decision,
        denial,
        title: en(title),
        summary: en(summary),
        text: { title, summary, lines: lines(...missing) },
        fix,
        details: [...evidence, ...missing.map(en)],
        references: [DOCS.passRole],
        cause: roleArn,
        severity: denial.classification.severityHint,
      }),
      denial,
    ),
  ]);
}

/** The check object. */
export const deployerPassRole: Check = {
  id: ID,
  title: 'Deployers may pass the execution role to Lambda',
  topic: 'deployer',
  category: 'deployer',
  defaultSeverity: 'high',
  docsUrl: DOCS.passRole.url,
  fixKinds: [...AWS_LAYER_FIX_KINDS],
  scope: 'event',
  run,
};
