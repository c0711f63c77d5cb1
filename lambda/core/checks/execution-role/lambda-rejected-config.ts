/**
 * `LAA-LAMBDA-REJECTED-CONFIG`: Lambda rejected a create / update with `InvalidParameterValueException`
 * because of the EXECUTION ROLE (no ENI permissions for a VPC, a trust policy Lambda cannot assume, no
 * access to an event source). CloudTrail records the deployer's call, but the subject is the execution
 * role: when it is in the snapshot the engine lists exactly which required actions are still missing,
 * otherwise the finding is diagnosed from AWS's message alone.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import { findRole } from '../../snapshot/policy-sets';
import type { FunctionInfo } from '../../snapshot/types';
import { lastSegment } from '../../arn';
import { renderFix } from '../../fix';
import { executionRole } from '../shared/can';
import { denialClauseParams } from '../shared/describe';
import type { Finding, FindingText } from '../../findings/types';
import { en, lines, msg, type MessageParams, type MessageRef } from '../../i18n';
import { buildFinding, eventRef, notApplicable, passed, result } from '../shared/finding';
import {
  CATEGORY,
  caseOf,
  esmKind,
  rejectedConfigFix,
  rejectedConfigFixText,
  requiredGroups,
  RETRY_NOTE,
  RETRY_REF,
  sourceArn,
  subjectFunction,
  trustSummary,
  VPC_POLICY,
  type Case,
} from '../shared/rejected-config';
import { checkGroups, requirementFinding } from '../shared/requirements';
import { lambdaTrustFix, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

/** The call Lambda rejected and who made it. */
function contextRefs(denial: DeniedRequest): MessageRef[] {
  const who = denial.caller.arn ?? denial.caller.principalId;
  return [
    msg('exec.rejected.call', {
      call: denial.eventName,
      ...(who === undefined ? { unknownCaller: 'yes' } : { unknownCaller: 'no', caller: who }),
      time: denial.eventTime,
      message: denial.errorMessage ?? denial.errorCode,
    }),
    msg('exec.rejected.notDeployer'),
  ];
}

/** The event source of a rejected mapping as params (`sourceless`, `source`). */
function sourceParams(denial: DeniedRequest): MessageParams {
  const source = sourceArn(denial);
  return source ? { sourceless: 'no', source } : { sourceless: 'yes' };
}

/** Params of what the role lacks (`{case}`: VPC network interfaces, trust, event source access). */
function whatParams(kind: Case, fn: FunctionInfo, denial: DeniedRequest): MessageParams {
  return { case: kind, fn: fn.name, action: denial.action, ...sourceParams(denial) };
}

/** `finding` with these refs, keeping any lines the builder attached (shared/requirements.ts). */
function withText(finding: Finding, text: FindingText): Finding {
  const had = finding.text;
  return { ...finding, text: { ...had, ...text, lines: [...(had?.lines ?? []), ...(text.lines ?? [])] } };
}

/** The role is not in the snapshot (or its policies are incomplete): diagnosed from AWS's message. */
function fromMessage(kind: Case, fn: FunctionInfo, denial: DeniedRequest, notes: readonly string[]): CheckResult {
  const what = whatParams(kind, fn, denial);
  const role: MessageParams = fn.roleArn ? { roleless: 'no', role: lastSegment(fn.roleArn) } : { roleless: 'yes' };
  const message = denial.errorMessage ?? denial.errorCode;
  const title = msg('exec.rejected.messageTitle', { ...what, call: denial.eventName.replace(/\d{8}.*$/, '') });
  const summary = msg('exec.rejected.messageSummary', { ...what, ...role, message });
  const context = contextRefs(denial);
  const note = msg('exec.rejected.messageOnly');
  const fixText = rejectedConfigFixText(kind, fn, denial);
  const finding = buildFinding({
    check: LAMBDA_REJECTED_CONFIG,
    fn,
    title: en(title),
    summary: en(summary),
    action: denial.action,
    resource: kind === 'trust' ? fn.roleArn || undefined : denial.resource,
    details: [...context.map(en), ...notes, en(note)],
    text: {
      title,
      summary,
      fixSummary: fixText.summary,
      lines: lines(...context, note, ...fixText.notes, msg('fix.propagation')),
    },
    fix: rejectedConfigFix(kind, fn, denial),
    denial,
    cause: `message|${kind}`,
  });
  return result([{ ...finding, category: CATEGORY[kind] }], [...notes, en(note)]);
}

function trustResult(input: CheckInput, fn: FunctionInfo, denial: DeniedRequest): CheckResult {
  const role = findRole(input.snapshot, fn.roleArn);
  if (!role) return fromMessage('trust', fn, denial, []);
  const { request, decision } = trustDecision(role, fn.accountId, fn.arn);
  if (decision.decision === 'Allowed') return passed([alreadyFixed(`${role.name} trusts lambda.amazonaws.com now`)]);
  const title = msg('exec.rejected.trustTitle', { fn: fn.name, role: role.name });
  const summary = msg('exec.rejected.trustSummary', { fn: fn.name, role: role.name, ...denialClauseParams(decision) });
  const fixSummary = trustSummary({ roleless: 'no', name: role.name });
  const context = contextRefs(denial);
  const finding = buildFinding({
    check: LAMBDA_REJECTED_CONFIG,
    fn,
    request,
    decision,
    title: en(title),
    summary: en(summary),
    details: context.map(en),
    text: { title, summary, fixSummary, lines: lines(...context, RETRY_REF, msg('fix.propagation')) },
    fix: renderFix(
      lambdaTrustFix(fn.accountId, {
        summary: en(fixSummary),
        roleName: role.name,
        existing: role.trustPolicy,
        notes: [RETRY_NOTE],
      }),
    ),
    denial,
    cause: 'trust',
  });
  return result([{ ...finding, category: CATEGORY.trust }]);
}

function alreadyFixed(what: string): string {
  return `${what}: already fixed, or IAM propagation delay at the time of the call.`;
}

function run(input: CheckInput): CheckResult {
  const { snapshot, denial } = input;
  if (!denial) return notApplicable('No denial in this audit.');
  const kind = caseOf(denial);
  if (!kind)
    return notApplicable('Not an execution-role configuration rejected by Lambda (InvalidParameterValueException).');
  const fn = subjectFunction(snapshot, denial);
  if (kind === 'trust') return trustResult(input, fn, denial);
  const view = fn.roleArn ? executionRole(snapshot, fn) : undefined;
  if (!view) return fromMessage(kind, fn, denial, []);
  const outcome = checkGroups(view, fn, requiredGroups(kind, fn, denial));
  if (outcome.undecided) return fromMessage(kind, fn, denial, outcome.notes);
  if (outcome.denied.length === 0) {
    return passed([alreadyFixed(`${view.role.name} allows every required action now`), ...outcome.notes]);
  }
  const missing = outcome.denied.map((a) => a.request.action);
  const names = { fn: fn.name, role: view.role.name, actions: [...new Set(missing)].join(', ') };
  const title = msg('exec.rejected.title', names);
  const summary = msg('exec.rejected.summary', { ...whatParams(kind, fn, denial), ...names });
  const context = contextRefs(denial);
  const fixNotes = kind === 'eni' ? [msg('exec.rejected.vpcPolicy', { policy: VPC_POLICY }), RETRY_REF] : [RETRY_REF];
  const built = requirementFinding({
    check: LAMBDA_REJECTED_CONFIG,
    fn,
    view,
    denied: outcome.denied,
    catalog: input.catalog,
    title: en(title),
    summary: en(summary),
    policyName: kind === 'eni' ? 'laa-fix-vpc-eni' : `laa-fix-esm-${esmKind(denial)}`,
    details: context.map(en),
    fixNotes: fixNotes.map(en),
    cdk:
      kind === 'eni'
        ? `fn.role?.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('${VPC_POLICY}'));`
        : undefined,
    cause: `${kind}|${[...new Set(missing)].sort().join(',')}`,
  });
  const finding = withText(built, { title, summary, lines: lines(...context, ...fixNotes, msg('fix.propagation')) });
  return result([{ ...finding, category: CATEGORY[kind], event: eventRef(denial) }], outcome.notes);
}

/** `LAA-LAMBDA-REJECTED-CONFIG`. */
export const LAMBDA_REJECTED_CONFIG: Check = {
  id: 'LAA-LAMBDA-REJECTED-CONFIG',
  title: 'Lambda rejected a configuration because of the execution role',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  fixKinds: ['identity-statement', 'trust-merge', 'remove-statement'],
  scope: 'event',
  run,
};
