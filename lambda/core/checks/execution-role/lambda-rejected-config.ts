/**
 * `LAA-LAMBDA-REJECTED-CONFIG`: Lambda rejected a create / update with `InvalidParameterValueException`
 * because of the EXECUTION ROLE (no ENI permissions for a VPC, a trust policy Lambda cannot assume, no
 * access to an event source). CloudTrail records the deployer's call, but the subject is the execution
 * role: when it is in the snapshot the engine lists exactly which required actions are still missing,
 * otherwise the finding is diagnosed from AWS's message alone.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { Category, FindingFix } from '../../findings/types';
import type { PolicyStatementJson } from '../../policy/model';
import { findRole } from '../../snapshot/policy-sets';
import type { EventSourceKind, FunctionInfo, Snapshot } from '../../snapshot/types';
import { lastSegment, partitionOf, serviceOf, unqualifiedFunctionArn } from '../../arn';
import { executionRole } from '../shared/can';
import { denialClause } from '../shared/describe';
import { createEniRequirements, ENI_CORE_ACTIONS, onAnyResource } from '../shared/eni';
import { esmDocsUrl, sourceGroups } from '../shared/esm';
import { buildFinding, eventRef, notApplicable, passed, result } from '../shared/finding';
import { cliArg, renderFix } from '../../fix';
import { checkGroups, type Requirement, requirementFinding } from '../shared/requirements';
import { lambdaTrustFix, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

/** What Lambda rejected. */
type Case = 'eni' | 'trust' | 'esm';

const CATEGORY: Readonly<Record<Case, Category>> = { eni: 'vpc-network', trust: 'trust-policy', esm: 'event-source' };
const ESM_KINDS: Readonly<Record<string, EventSourceKind>> = { sqs: 'sqs', kinesis: 'kinesis', dynamodb: 'dynamodb' };
const VPC_POLICY = 'service-role/AWSLambdaVPCAccessExecutionRole';
const RETRY_NOTE =
  'Right after a role or policy is created, IAM eventual consistency produces this same error: retry the call with back-off before changing anything.';

/** The event source ARN of a rejected mapping (from the message or the request). */
function sourceArn(denial: DeniedRequest): string | undefined {
  const arn = denial.requestParameters?.eventSourceArn ?? denial.resource;
  return arn?.startsWith('arn:') ? arn : undefined;
}

function esmKind(denial: DeniedRequest): EventSourceKind | undefined {
  const arn = sourceArn(denial);
  return arn ? ESM_KINDS[serviceOf(arn) ?? ''] : undefined;
}

/** The case of a rejected configuration, or undefined when the denial is not one. */
function caseOf(denial: DeniedRequest): Case | undefined {
  if (denial.errorCode !== 'InvalidParameterValueException') return undefined;
  const cls = denial.classification.class;
  if (cls === 'trust-policy') return 'trust';
  if (cls === 'vpc-network') return 'eni';
  return cls === 'execution-role' && esmKind(denial) ? 'esm' : undefined;
}

/** The function as requested: the snapshot's function (with the requested role) or one built from the event. */
function subjectFunction(snapshot: Snapshot, denial: DeniedRequest): FunctionInfo {
  const c = denial.classification;
  const raw = c.functionName ?? denial.requestParameters?.functionName ?? 'unknown';
  const name = raw.startsWith('arn:') ? lastSegment(unqualifiedFunctionArn(raw).replace(/:/g, '/')) : raw;
  const arn =
    c.functionArn !== undefined
      ? unqualifiedFunctionArn(c.functionArn)
      : `arn:${partitionOf(c.roleArn ?? '')}:lambda:${denial.region}:${denial.account}:function:${name}`;
  const found = snapshot.functions.find((f) => f.arn === arn) ?? snapshot.functions.find((f) => f.name === name);
  const requested = c.roleArn ?? denial.requestParameters?.role;
  if (found) return requested ? { ...found, roleArn: requested } : found;
  return {
    arn,
    name,
    accountId: denial.account,
    region: denial.region,
    roleArn: requested ?? '',
    packageType: 'Zip',
    environmentVariableNames: [],
    tags: {},
    resourcePolicy: null,
    eventSourceMappings: [],
  };
}

/** The call Lambda rejected and who made it. */
function contextLines(denial: DeniedRequest): string[] {
  const who = denial.caller.arn ?? denial.caller.principalId ?? 'an unknown caller';
  return [
    `Lambda rejected ${denial.eventName} by ${who} at ${denial.eventTime}: "${denial.errorMessage ?? denial.errorCode}"`,
    'The deployer is not missing anything: Lambda checks the EXECUTION ROLE named in the request.',
  ];
}

function eniRequirements(fn: FunctionInfo): Requirement[] {
  const p = partitionOf(fn.arn);
  const create = createEniRequirements(
    p,
    fn.region,
    fn.accountId,
    fn.vpc?.subnetIds ?? ['*'],
    fn.vpc?.securityGroupIds ?? ['*'],
  );
  const eni = `arn:${p}:ec2:${fn.region}:${fn.accountId}:network-interface/*`;
  return [
    ...create,
    ...onAnyResource(['ec2:DescribeNetworkInterfaces']),
    { action: 'ec2:DeleteNetworkInterface', resource: eni },
  ];
}

function requiredGroups(
  kind: Case,
  fn: FunctionInfo,
  denial: DeniedRequest,
): { alternatives: readonly Requirement[] }[] {
  if (kind === 'eni') return eniRequirements(fn).map((r) => ({ alternatives: [r] }));
  return sourceGroups({ uuid: 'rejected', kind: esmKind(denial) ?? 'unknown', eventSourceArn: sourceArn(denial) });
}

function what(kind: Case, fn: FunctionInfo, denial: DeniedRequest): string {
  if (kind === 'eni') return `the network interfaces ${fn.name} needs in its VPC`;
  if (kind === 'trust') return 'sts:AssumeRole for lambda.amazonaws.com';
  return `access to the event source ${sourceArn(denial) ?? ''}`.trim();
}

/** The execution role as a fix target: its name, or a lookup when only the function is known. */
function roleTarget(fn: FunctionInfo): { name: string; lookup?: string; text: string } {
  if (fn.roleArn) return { name: lastSegment(fn.roleArn), text: `role ${lastSegment(fn.roleArn)}` };
  const lookup = `aws lambda get-function-configuration --function-name ${cliArg(fn.name)} --query Role --output text | awk -F/ '{print $NF}'`;
  return { name: '<execution-role>', lookup, text: `the execution role of ${fn.name}` };
}

/** The fix when the role's policies are not known: from the case and AWS's message. */
function messageFix(kind: Case, fn: FunctionInfo, denial: DeniedRequest): FindingFix {
  const role = roleTarget(fn);
  if (kind === 'trust') {
    return renderFix(
      lambdaTrustFix(fn.accountId, {
        summary: trustSummary(role.text),
        roleName: role.name,
        roleNameLookup: role.lookup,
        notes: [RETRY_NOTE],
      }),
    );
  }
  const statements = kind === 'eni' ? eniStatements() : esmStatements(fn, denial);
  const target = { kind: 'role' as const, name: role.name, nameLookup: role.lookup };
  const policyName = kind === 'eni' ? 'laa-fix-vpc-eni' : `laa-fix-esm-${esmKind(denial)}`;
  const managedPolicy = {
    name: VPC_POLICY,
    arn: `arn:${partitionOf(fn.roleArn || fn.arn)}:iam::aws:policy/${VPC_POLICY}`,
  };
  return renderFix({
    kind: 'identity-statement',
    summary:
      kind === 'eni'
        ? `Attach the AWS managed policy ${VPC_POLICY} to ${role.text} (or grant its ENI actions).`
        : `Allow ${statements.flatMap((s) => s.Action).join(', ')} for ${role.text} (inline policy).`,
    target,
    policyName,
    statements,
    functionVar: 'fn',
    ...(kind === 'eni' ? { managedPolicy } : {}),
    notes:
      kind === 'eni'
        ? [RETRY_NOTE]
        : [`See ${esmDocsUrl({ uuid: 'rejected', kind: esmKind(denial) ?? 'unknown' })}.`, RETRY_NOTE],
  });
}

function trustSummary(roleText: string): string {
  return `Let lambda.amazonaws.com assume ${roleText} (sts:AssumeRole, guarded by aws:SourceAccount).`;
}

function eniStatements(): PolicyStatementJson[] {
  return [{ Effect: 'Allow', Action: [...ENI_CORE_ACTIONS], Resource: '*' }];
}

/** One statement per resource with the first alternative of every required group. */
function esmStatements(fn: FunctionInfo, denial: DeniedRequest): PolicyStatementJson[] {
  const byResource = new Map<string, string[]>();
  for (const group of requiredGroups('esm', fn, denial)) {
    const first = group.alternatives[0];
    if (!first) continue;
    const actions = byResource.get(first.resource) ?? [];
    if (!actions.includes(first.action)) actions.push(first.action);
    byResource.set(first.resource, actions);
  }
  return [...byResource].map(([resource, actions]) => ({ Effect: 'Allow', Action: actions, Resource: resource }));
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
    fix: messageFix(kind, fn, denial),
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
