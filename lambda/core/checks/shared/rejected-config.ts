/**
 * What `LAA-LAMBDA-REJECTED-CONFIG` reads from a Lambda `InvalidParameterValueException`: which of the
 * execution role's duties Lambda rejected (VPC network interfaces, trust, event source access), the
 * function as requested, the permissions that case requires, and the fix from AWS's message when the
 * role's policies are not in the snapshot.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { Category, FindingFix } from '../../findings/types';
import type { PolicyStatementJson } from '../../policy/model';
import type { EventSourceKind, FunctionInfo, Snapshot } from '../../snapshot/types';
import { lastSegment, partitionOf, serviceOf, unqualifiedFunctionArn } from '../../arn';
import { cliArg, renderFix } from '../../fix';
import { createEniRequirements, ENI_CORE_ACTIONS, onAnyResource } from './eni';
import { esmDocsUrl, sourceGroups } from './esm';
import type { Requirement } from './requirements';
import { lambdaTrustFix } from './trust';
import { en, msg, type MessageParams, type MessageRef } from '../../i18n';

/** What Lambda rejected: the network interfaces of a VPC, the trust policy, an event source. */
export type Case = 'eni' | 'trust' | 'esm';

/** The finding category of each case. */
export const CATEGORY: Readonly<Record<Case, Category>> = {
  eni: 'vpc-network',
  trust: 'trust-policy',
  esm: 'event-source',
};
const ESM_KINDS: Readonly<Record<string, EventSourceKind>> = { sqs: 'sqs', kinesis: 'kinesis', dynamodb: 'dynamodb' };
/** The AWS managed policy that grants a VPC function's ENI actions. */
export const VPC_POLICY = 'service-role/AWSLambdaVPCAccessExecutionRole';
/** IAM eventual consistency gives the same error right after a change (catalog ref). */
export const RETRY_REF = msg('exec.rejected.retry');
/** {@link RETRY_REF} in English. */
export const RETRY_NOTE = en(RETRY_REF);

/** The event source ARN of a rejected mapping (from the message or the request). */
export function sourceArn(denial: DeniedRequest): string | undefined {
  const arn = denial.requestParameters?.eventSourceArn ?? denial.resource;
  return arn?.startsWith('arn:') ? arn : undefined;
}

/** The event source kind of a rejected mapping (SQS, Kinesis, DynamoDB), from its ARN. */
export function esmKind(denial: DeniedRequest): EventSourceKind | undefined {
  const arn = sourceArn(denial);
  return arn ? ESM_KINDS[serviceOf(arn) ?? ''] : undefined;
}

/** The case of a rejected configuration, or undefined when the denial is not one. */
export function caseOf(denial: DeniedRequest): Case | undefined {
  if (denial.errorCode !== 'InvalidParameterValueException') return undefined;
  const cls = denial.classification.class;
  if (cls === 'trust-policy') return 'trust';
  if (cls === 'vpc-network') return 'eni';
  return cls === 'execution-role' && esmKind(denial) ? 'esm' : undefined;
}

/** The function as requested: the snapshot's function (with the requested role) or one built from the event. */
export function subjectFunction(snapshot: Snapshot, denial: DeniedRequest): FunctionInfo {
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

/** The permissions the execution role needs in this case (each group: any one of its alternatives). */
export function requiredGroups(
  kind: Case,
  fn: FunctionInfo,
  denial: DeniedRequest,
): { alternatives: readonly Requirement[] }[] {
  if (kind === 'eni') return eniRequirements(fn).map((r) => ({ alternatives: [r] }));
  return sourceGroups({ uuid: 'rejected', kind: esmKind(denial) ?? 'unknown', eventSourceArn: sourceArn(denial) });
}

/** Params of the execution role in fix texts: `role {name}`, or `the execution role of {name}` (the function). */
export function roleTextParams(fn: FunctionInfo): MessageParams {
  return fn.roleArn ? { roleless: 'no', name: lastSegment(fn.roleArn) } : { roleless: 'yes', name: fn.name };
}

/** The execution role as a fix target: its name, or a lookup when only the function is known. */
function roleTarget(fn: FunctionInfo): { name: string; lookup?: string } {
  if (fn.roleArn) return { name: lastSegment(fn.roleArn) };
  const lookup = `aws lambda get-function-configuration --function-name ${cliArg(fn.name)} --query Role --output text | awk -F/ '{print $NF}'`;
  return { name: '<execution-role>', lookup };
}

/** Summary and notes of {@link rejectedConfigFix} as catalog refs. */
export function rejectedConfigFixText(
  kind: Case,
  fn: FunctionInfo,
  denial: DeniedRequest,
): { summary: MessageRef; notes: MessageRef[] } {
  const role = roleTextParams(fn);
  if (kind === 'trust') return { summary: trustSummary(role), notes: [RETRY_REF] };
  if (kind === 'eni')
    return { summary: msg('exec.rejected.fixEni', { ...role, policy: VPC_POLICY }), notes: [RETRY_REF] };
  const actions = esmStatements(fn, denial).flatMap((s) => s.Action);
  return {
    summary: msg('exec.rejected.fixEsm', { ...role, actions: actions.join(', ') }),
    notes: [
      msg('exec.rejected.see', { url: esmDocsUrl({ uuid: 'rejected', kind: esmKind(denial) ?? 'unknown' }) }),
      RETRY_REF,
    ],
  };
}

/** The fix when the role's policies are not known: from the case and AWS's message. */
export function rejectedConfigFix(kind: Case, fn: FunctionInfo, denial: DeniedRequest): FindingFix {
  const role = roleTarget(fn);
  const text = rejectedConfigFixText(kind, fn, denial);
  if (kind === 'trust') {
    return renderFix(
      lambdaTrustFix(fn.accountId, {
        summary: en(text.summary),
        roleName: role.name,
        roleNameLookup: role.lookup,
        notes: text.notes.map(en),
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
    summary: en(text.summary),
    target,
    policyName,
    statements,
    functionVar: 'fn',
    ...(kind === 'eni' ? { managedPolicy } : {}),
    notes: text.notes.map(en),
  });
}

/** The summary of a trust fix for the role named by `role` ({@link roleTextParams}). */
export function trustSummary(role: MessageParams): MessageRef {
  return msg('exec.rejected.fixTrust', role);
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
