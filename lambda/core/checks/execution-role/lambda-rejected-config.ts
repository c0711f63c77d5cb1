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
import { denialClause } from '../shared/describe';
import { buildFinding, eventRef, notApplicable, passed, result } from '../shared/finding';
import {
  CATEGORY,
  caseOf,
  esmKind,
  rejectedConfigFix,
  requiredGroups,
  RETRY_NOTE,
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
function contextLines(denial: DeniedRequest): string[] {
  const who = denial.caller.arn ?? denial.caller.principalId ?? 'an unknown caller';
  return [
    `Lambda rejected ${denial.eventName} by ${who} at ${denial.eventTime}: "${denial.errorMessage ?? denial.errorCode}"`,
    'The deployer is not missing anything: Lambda checks the EXECUTION ROLE named in the request.',
  ];
}

function what(kind: Case, fn: FunctionInfo, denial: DeniedRequest): string {
  if (kind === 'eni') return `the network interfaces ${fn.name} needs in its VPC`;
  if (kind === 'trust') return 'sts:AssumeRole for lambda.amazonaws.com';
  return `access to the event source ${sourceArn(denial) ?? ''}`.trim();
}

/** What the role lacks, as AWS's message says. */
const NEED: Readonly<Record<Case, (denial: DeniedRequest) => string>> = {
  trust: () => 'a trust statement for lambda.amazonaws.com',
  eni: (d) => `${d.action} (one of the network-interface permissions of a VPC function)`,
  esm: (d) =>
    `${d.action} on ${sourceArn(d) ?? 'its event source'} (one of the permissions its event source mapping needs)`,
};

/** The role is not in the snapshot (or its policies are incomplete): diagnosed from AWS's message. */
function fromMessage(kind: Case, fn: FunctionInfo, denial: DeniedRequest, notes: readonly string[]): CheckResult {
  const role = fn.roleArn ? `The execution role ${lastSegment(fn.roleArn)}` : `The execution role of ${fn.name}`;
  const note = "The execution role's policies are not (all) in the snapshot: diagnosed from AWS's error message.";
  const finding = buildFinding({
    check: LAMBDA_REJECTED_CONFIG,
    fn,
    title: `Lambda rejected ${denial.eventName.replace(/\d{8}.*$/, '')} for ${fn.name}: the execution role lacks ${what(kind, fn, denial)}`,
    summary: `${role} lacks ${NEED[kind](denial)}, so Lambda refused the configuration of ${fn.name} (${denial.errorMessage ?? denial.errorCode}).`,
    action: denial.action,
    resource: kind === 'trust' ? fn.roleArn || undefined : denial.resource,
    details: [...contextLines(denial), ...notes, note],
    fix: rejectedConfigFix(kind, fn, denial),
    denial,
    cause: `message|${kind}`,
  });
  return result([{ ...finding, category: CATEGORY[kind] }], [...notes, note]);
}

function trustResult(input: CheckInput, fn: FunctionInfo, denial: DeniedRequest): CheckResult {
  const role = findRole(input.snapshot, fn.roleArn);
  if (!role) return fromMessage('trust', fn, denial, []);
  const { request, decision } = trustDecision(role, fn.accountId, fn.arn);
  if (decision.decision === 'Allowed') return passed([alreadyFixed(`${role.name} trusts lambda.amazonaws.com now`)]);
  const finding = buildFinding({
    check: LAMBDA_REJECTED_CONFIG,
    fn,
    request,
    decision,
    title: `Lambda rejected ${fn.name}: it cannot assume the execution role ${role.name}`,
    summary: `Lambda cannot assume ${role.name} because ${denialClause(decision)}, so it refused the configuration of ${fn.name}.`,
    details: contextLines(denial),
    fix: renderFix(
      lambdaTrustFix(fn.accountId, {
        summary: trustSummary(`role ${role.name}`),
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
  const finding = requirementFinding({
    check: LAMBDA_REJECTED_CONFIG,
    fn,
    view,
    denied: outcome.denied,
    catalog: input.catalog,
    title: `Lambda rejected ${fn.name}: execution role ${view.role.name} lacks ${[...new Set(missing)].join(', ')}`,
    summary: `The execution role ${view.role.name} is denied ${[...new Set(missing)].join(', ')}, needed for ${what(kind, fn, denial)}, so Lambda refused the configuration of ${fn.name}.`,
    policyName: kind === 'eni' ? 'laa-fix-vpc-eni' : `laa-fix-esm-${esmKind(denial)}`,
    details: contextLines(denial),
    fixNotes: kind === 'eni' ? [`Attaching ${VPC_POLICY} grants exactly these actions.`, RETRY_NOTE] : [RETRY_NOTE],
    cdk:
      kind === 'eni'
        ? `fn.role?.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('${VPC_POLICY}'));`
        : undefined,
    cause: `${kind}|${[...new Set(missing)].sort().join(',')}`,
  });
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
