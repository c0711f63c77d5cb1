/**
 * `LAA-ROLE-DENIED-ACTION`: a call made by a function's execution role (or any role session found
 * in the snapshot) was denied. Re-evaluates it against the role's full policy set and the resource side
 * (function / trust policy, or the stored resource policy: KMS key policy and grants, bucket, queue, secret…;
 * same- vs cross-account per the IAM user guide), explains which layer decided, and proposes the smallest fix.
 * When AWS's message named the deciding layer, the primary fix targets that layer (shared/aws-layer.ts) and
 * the evaluation's further needs follow. When the caller's role is not in the snapshot, the diagnosis and fix
 * come from AWS's error message alone.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import { evaluate, proposeFix } from '../../policy';
import type { AuthzRequest, CompiledPolicy, ContextValue, PolicySet } from '../../policy/model';
import { findRole, missingManagedPolicies, policySetForRole, resourcePolicy } from '../../snapshot/policy-sets';
import { resourceSideFor, withResourceSide } from '../../snapshot/resource-policies';
import type { FunctionInfo, PolicyDocument, RoleInfo, Snapshot } from '../../snapshot/types';
import { lastSegment, unqualifiedFunctionArn } from '../../arn';
import { denialClauseParams, whoParams } from '../shared/describe';
import { en, lines, msg, type MessageParams, type MessageRef } from '../../i18n';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { fixPolicyName, renderFix } from '../../fix';
import { awsLayer, fixByAwsWord, withAwsExplanation, AWS_LAYER_FIX_KINDS } from '../shared/aws-layer';
import { renderProposal } from '../shared/proposal';
import { roleSessionPrincipal } from '../shared/principal';
import { type FixSubject, messageDiagnosable } from '../shared/message-fix';
import { hasFlag } from '../shared/flags';
import {
  clauseParams,
  messageFinding,
  reasonOrNone,
  reasonParams,
  unseenFix,
  unseenFixText,
  unseenLayerRefs,
} from '../shared/unseen-role';
import type { Check, CheckInput, CheckResult } from '../types';

const CLASSES = new Set(['execution-role', 'vpc-network', 'unrelated']);
/** Lambda's `InvalidParameterValueException` is about the execution role, not the caller: LAA-LAMBDA-REJECTED-CONFIG. */
const REJECTED_CONFIG_NOTE =
  'Lambda rejected a configuration of the execution role: handled by LAA-LAMBDA-REJECTED-CONFIG.';

function callerRole(snapshot: Snapshot, denial: DeniedRequest): RoleInfo | undefined {
  if (denial.caller.type !== 'AssumedRole') return undefined;
  const ref = denial.caller.roleArn ?? denial.classification.roleArn ?? denial.caller.roleName;
  return ref ? findRole(snapshot, ref) : undefined;
}

function sessionName(denial: DeniedRequest): string {
  return denial.caller.sessionName ?? (denial.caller.arn ? lastSegment(denial.caller.arn) : undefined) ?? 'unknown';
}

function findFunction(snapshot: Snapshot, denial: DeniedRequest, role: RoleInfo): FunctionInfo | undefined {
  const c = denial.classification;
  return (
    snapshot.functions.find((f) => c.functionArn !== undefined && f.arn === unqualifiedFunctionArn(c.functionArn)) ??
    snapshot.functions.find((f) => f.name === (c.functionName ?? sessionName(denial)) && f.roleArn === role.arn)
  );
}

function requestContext(denial: DeniedRequest, fn: FunctionInfo | undefined): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = {
    'aws:RequestedRegion': denial.region,
    'aws:CurrentTime': denial.eventTime,
  };
  if (fn && sessionName(denial) === fn.name) ctx['lambda:SourceFunctionArn'] = fn.arn;
  if (denial.sourceIp && /^[0-9a-f.:]+$/i.test(denial.sourceIp)) ctx['aws:SourceIp'] = denial.sourceIp;
  if (denial.vpcEndpointId) ctx['aws:SourceVpce'] = denial.vpcEndpointId;
  return ctx;
}

/** Resource policy of the target when the snapshot has it (a function policy, or a role's trust policy). */
function targetPolicy(snapshot: Snapshot, denial: DeniedRequest): CompiledPolicy | undefined {
  const resource = denial.resource;
  if (!resource || resource === '*') return undefined;
  const target = snapshot.functions.find((f) => f.arn === unqualifiedFunctionArn(resource));
  if (target?.resourcePolicy) return resourcePolicy(target.resourcePolicy, `resource policy of ${target.name}`);
  if (denial.action.toLowerCase() === 'sts:assumerole') {
    const role = snapshot.roles.find((r) => r.arn === resource);
    if (role) return resourcePolicy(role.trustPolicy, `trust policy of role ${role.name}`, 'trust');
  }
  return undefined;
}

/** The role is not in the snapshot: diagnose from AWS's error message alone (ignore rules still apply). */
function fromMessage(input: CheckInput, denial: DeniedRequest): CheckResult {
  const ignored = denial.classification.ignoredBy;
  if (ignored) return passed([`Ignored by rule ${ignored.rule}: ${ignored.reason}`]);
  const finding = messageFinding(ROLE_DENIED_ACTION, input, denial);
  const note = "The caller's role is not in the snapshot: diagnosed from AWS's error message alone.";
  return finding ? result([finding], [note]) : notApplicable(note);
}

/** The policies the request met: the role's, and the resource side (function / trust / stored resource policy). */
function policiesFor(snapshot: Snapshot, denial: DeniedRequest, role: RoleInfo): Met {
  const own = targetPolicy(snapshot, denial);
  const set = policySetForRole(snapshot, role);
  if (own) return { set: { ...set, resource: own }, resourceKnown: true };
  const resourceArn = denial.resource;
  if (!resourceArn || resourceArn === '*') return { set, resourceKnown: false };
  const side = resourceSideFor(snapshot, { principalArn: role.arn, action: denial.action, resourceArn });
  const unreadable =
    side.status === 'unreadable' ? [msg('role.denied.unreadable', { arn: side.policyArn ?? resourceArn })] : [];
  const document = side.policyArn ? storedDocument(snapshot, side.policyArn) : undefined;
  return {
    set: withResourceSide(set, side),
    resourceKnown: side.resource !== undefined,
    notes: unreadable,
    ...(document ? { document } : {}),
  };
}

interface Met {
  readonly set: PolicySet;
  readonly resourceKnown: boolean;
  readonly notes?: readonly MessageRef[];
  readonly document?: PolicyDocument;
}

/** The stored resource policy document (for a merged fix), when the snapshot has it. */
function storedDocument(snapshot: Snapshot, arn: string): PolicyDocument | undefined {
  return (
    snapshot.resourcePolicies?.find((p) => p.arn === arn)?.document ??
    snapshot.kmsKeys?.find((k) => k.arn === arn)?.keyPolicy
  );
}

function subject(role: RoleInfo, request: AuthzRequest): FixSubject {
  return {
    target: { kind: 'role', name: role.name },
    principal: request.principal,
    principalArn: role.arn,
    boundaryArn: role.permissionsBoundaryArn,
    functionVar: 'fn',
  };
}

function run(input: CheckInput): CheckResult {
  const { snapshot, denial } = input;
  if (!denial) return notApplicable('No denial in this audit.');
  if (denial.errorCode === 'InvalidParameterValueException') return notApplicable(REJECTED_CONFIG_NOTE);
  if (
    hasFlag(denial, 'self-assume-execution-role') ||
    (hasFlag(denial, 'identity-invoke') && hasFlag(denial, 'cross-account-resource'))
  )
    return notApplicable('Handled by LAA-SELF-ASSUME-ROLE / LAA-IDENTITY-INVOKE (issue 9 §3 cases).');
  const role = callerRole(snapshot, denial);
  const diagnosable = messageDiagnosable(denial);
  if (!role && diagnosable) return fromMessage(input, denial);
  const cls = denial.classification.class;
  if (cls !== 'execution-role' && !diagnosable && (!role || !CLASSES.has(cls))) {
    return notApplicable(`Denial class ${cls} is handled by other checks.`);
  }
  if (!role) return notApplicable(`Role of ${denial.caller.arn ?? 'the caller'} is not in the snapshot.`);
  const ignored = denial.classification.ignoredBy;
  if (ignored) return passed([`Ignored by rule ${ignored.rule}: ${ignored.reason}`]);
  return evaluated(input, denial, role);
}

function evaluated(input: CheckInput, denial: DeniedRequest, role: RoleInfo): CheckResult {
  const { snapshot } = input;
  const fn = findFunction(snapshot, denial, role);
  const request: AuthzRequest = {
    principal: roleSessionPrincipal(role.arn, sessionName(denial), role.accountId, role),
    action: denial.action,
    resource: denial.resource ?? '*',
    context: requestContext(denial, fn),
  };
  const met = policiesFor(snapshot, denial, role);
  const decision = evaluate(request, met.set);
  const missing = missingManagedPolicies(snapshot, role.attachedPolicies);
  const noteRefs = [
    ...(missing.length > 0 ? [msg('role.denied.missingManaged', { names: missing.join(', ') })] : []),
    ...(met.notes ?? []),
  ];
  const notes = noteRefs.map(en);
  const who = { ...whoParams(fn?.name, role.name), action: denial.action, resource: request.resource };
  const ctx = {
    target: { kind: 'role' as const, name: role.name },
    policyName: fixPolicyName(denial.action),
    functionVar: 'fn',
    boundaryArn: role.permissionsBoundaryArn,
    account: denial.account,
  };
  const aws = fixByAwsWord(
    {
      denial,
      who: subject(role, request),
      evaluated: { request, set: met.set, decision },
      ctx,
      catalog: input.catalog,
      resourceDocument: met.document,
    },
    "The role's",
  );
  if (decision.decision === 'Allowed' && (!aws || awsLayer(denial) === 'identity')) {
    return unseen(denial, fn, who, met.resourceKnown, noteRefs, snapshot, role.arn);
  }
  const fix = aws ? renderFix(aws.spec) : renderProposal(proposeFix(request, decision, input.catalog), ctx, notes);
  const reason = reasonParams(denial);
  const title = aws
    ? msg('role.denied.titleAws', { ...who, ...clauseParams(denial) })
    : msg('role.denied.title', { ...who, ...denialClauseParams(decision) });
  const summary = aws
    ? msg('role.denied.summaryAws', { ...who, ...reasonOrNone(denial) })
    : msg('role.denied.summary', { ...who, ...denialClauseParams(decision) });
  const reasonRefs = reason ? [msg('role.reason', reason)] : [];
  const finding = buildFinding({
    check: ROLE_DENIED_ACTION,
    fn,
    principal: fn ? undefined : role.arn,
    request,
    decision,
    title: en(title),
    summary: en(summary),
    text: { title, summary, lines: lines(...reasonRefs, ...noteRefs) },
    details: [...reasonRefs.map(en), ...(aws?.evidence ?? []), ...notes],
    fix: aws ? { ...fix, notes: [...new Set([...fix.notes, ...notes])] } : fix,
    denial,
  });
  return result([aws ? withAwsExplanation(finding, denial) : finding], notes);
}

function unseen(
  denial: DeniedRequest,
  fn: FunctionInfo | undefined,
  who: MessageParams,
  resourceKnown: boolean,
  noteRefs: readonly MessageRef[],
  snapshot: Snapshot,
  roleArn: string,
): CheckResult {
  const reason = reasonParams(denial);
  const title = msg('role.unseen.title', who);
  const summary = msg('role.unseen.summary', { ...who, ...reasonOrNone(denial) });
  const details = [
    ...(reason ? [msg('role.reason', reason)] : []),
    msg('role.unseen.layers'),
    ...unseenLayerRefs(snapshot, denial, resourceKnown),
    ...noteRefs,
  ];
  const fixText = unseenFixText(denial);
  const finding = buildFinding({
    check: ROLE_DENIED_ACTION,
    fn,
    title: en(title),
    summary: en(summary),
    text: { title, summary, fixSummary: fixText.summary, lines: lines(...details, ...fixText.notes) },
    action: denial.action,
    resource: String(who.resource),
    severity: 'high',
    details: details.map(en),
    fix: unseenFix(denial, roleArn),
    denial,
    cause: `unseen|${denial.reason.policyType ?? 'unknown'}`,
  });
  return result([finding], noteRefs.map(en));
}

/** `LAA-ROLE-DENIED-ACTION`. */
export const ROLE_DENIED_ACTION: Check = {
  id: 'LAA-ROLE-DENIED-ACTION',
  title: 'Execution role denied an action',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  fixKinds: [...AWS_LAYER_FIX_KINDS],
  scope: 'event',
  run,
};
