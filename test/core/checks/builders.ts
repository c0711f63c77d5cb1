/**
 * Small snapshot builders shared by the check tests (functions, roles, policies, denials); the
 * resource-policy builders (triggers, statements, users) are in builders-b.ts.
 */
import type { DeniedRequest } from '../../../lambda/core/cloudtrail/types';
import { emptySnapshot } from '../../../lambda/core/snapshot/empty';
import type {
  FunctionInfo,
  ManagedPolicyInfo,
  PolicyDocument,
  RoleInfo,
  Snapshot,
} from '../../../lambda/core/snapshot/types';

/** Account and region of every test fixture. */
export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';
/** Fixed audit time. */
export const NOW = new Date('2026-01-15T12:00:00Z');

/** A policy document from statements. */
export function doc(...statements: Record<string, unknown>[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** An Allow statement. */
export function allow(
  action: string | string[],
  resource: string | string[] = '*',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { Effect: 'Allow', Action: action, Resource: resource, ...extra };
}

/** A Deny statement. */
export function deny(
  action: string | string[],
  resource: string | string[] = '*',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { Effect: 'Deny', Action: action, Resource: resource, ...extra };
}

/** The usual Lambda trust policy (optionally with confused-deputy guards). */
export function lambdaTrust(guard = false): PolicyDocument {
  return doc({
    Effect: 'Allow',
    Principal: { Service: 'lambda.amazonaws.com' },
    Action: 'sts:AssumeRole',
    ...(guard ? { Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } } : {}),
  });
}

/** Logs permissions every healthy function has. */
export const LOGS_ALLOW = allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents']);

/** A role with inline policies (name → document). */
export function role(
  name: string,
  inline: Record<string, PolicyDocument> = {},
  extra: Partial<RoleInfo> = {},
): RoleInfo {
  return {
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    name,
    path: '/',
    accountId: ACCOUNT,
    trustPolicy: lambdaTrust(),
    inlinePolicies: Object.entries(inline).map(([n, document]) => ({ name: n, document })),
    attachedPolicies: [],
    tags: {},
    ...extra,
  };
}

/** A function using role `roleName`. */
export function fn(name: string, roleName: string, extra: Partial<FunctionInfo> = {}): FunctionInfo {
  return {
    arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
    name,
    accountId: ACCOUNT,
    region: REGION,
    runtime: 'nodejs20.x',
    roleArn: `arn:aws:iam::${ACCOUNT}:role/${roleName}`,
    packageType: 'Zip',
    environmentVariableNames: [],
    tags: {},
    resourcePolicy: null,
    eventSourceMappings: [],
    ...extra,
  };
}

/** A customer managed policy. */
export function managed(name: string, document?: PolicyDocument): ManagedPolicyInfo {
  return { arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name, awsManaged: false, document };
}

/** A snapshot with the given parts. */
export function snapshot(parts: Partial<Snapshot> = {}): Snapshot {
  return emptySnapshot(
    {
      accountId: ACCOUNT,
      region: REGION,
      provenance: {
        takenAt: NOW.toISOString(),
        mode: 'fixture',
        collectorVersion: 'test',
        failedReads: [],
        partial: false,
      },
    },
    parts,
  );
}

/** One function + its role in a snapshot. */
export function single(f: FunctionInfo, r: RoleInfo, parts: Partial<Snapshot> = {}): Snapshot {
  return snapshot({ functions: [f], roles: [r], ...parts });
}

/** A denial made by a function's execution role (class `execution-role`). */
export function execDenial(
  f: FunctionInfo,
  action: string,
  resource: string,
  extra: Partial<DeniedRequest> = {},
): DeniedRequest {
  const roleName = f.roleArn.split('/').pop() ?? '';
  const principal = `arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/${f.name}`;
  return {
    eventId: 'e0000000-0000-4000-8000-000000000001',
    eventTime: '2026-01-15T11:59:00Z',
    account: ACCOUNT,
    region: REGION,
    eventSource: `${action.split(':')[0]}.amazonaws.com`,
    eventName: action.split(':')[1],
    caller: {
      type: 'AssumedRole',
      arn: principal,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAEXAMPLEEXAMPLE01',
      roleArn: f.roleArn,
      roleName,
      sessionName: f.name,
      viaConsole: false,
    },
    sourceIp: '3.237.66.170',
    userAgent: 'aws-sdk-js/3.0 exec-env/AWS_Lambda_nodejs20.x',
    requestId: 'req-1',
    errorCode: 'AccessDenied',
    errorMessage: `User: ${principal} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
    action,
    actionSource: 'message',
    resource,
    resourceSource: 'message',
    reason: { kind: 'implicit', policyType: 'identity', policyTypeText: 'identity-based policy' },
    classification: {
      class: 'execution-role',
      reasons: ['test'],
      functionName: f.name,
      functionArn: f.arn,
      roleArn: f.roleArn,
    },
    ...extra,
  };
}
