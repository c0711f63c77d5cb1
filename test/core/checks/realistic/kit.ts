/**
 * Shared bits of the realistic account fixtures: AWS managed policies as AWS publishes them, a
 * function factory and CDK/SAM-style names. Only data; the shapes live in the `*-shapes.ts` files.
 */
import type { FunctionInfo, ManagedPolicyInfo, RoleInfo, TriggerInfo } from '../../../../lambda/core/snapshot/types';
import {
  BASIC_EXECUTION,
  DYNAMODB_EXECUTION,
  KINESIS_EXECUTION,
  SQS_QUEUE_EXECUTION,
  VPC_ACCESS_EXECUTION,
  XRAY_DAEMON_WRITE,
} from '../../../../examples/demo-account/managed-policies';
import { ACCOUNT, REGION } from '../builders';

export const A = ACCOUNT;
export const R = REGION;

/** AWS managed policies the fixtures attach (documents as published, AWS-FACTS §6.3). */
export const MANAGED: readonly ManagedPolicyInfo[] = [
  BASIC_EXECUTION,
  VPC_ACCESS_EXECUTION,
  SQS_QUEUE_EXECUTION,
  KINESIS_EXECUTION,
  DYNAMODB_EXECUTION,
  XRAY_DAEMON_WRITE,
];

/** Attachment reference of a managed policy. */
export const ref = (p: ManagedPolicyInfo) => ({ arn: p.arn, name: p.name });
export const BASIC = ref(BASIC_EXECUTION);
export const VPC_ACCESS = ref(VPC_ACCESS_EXECUTION);
export const SQS_EXEC = ref(SQS_QUEUE_EXECUTION);
export const KINESIS_EXEC = ref(KINESIS_EXECUTION);
export const DDB_EXEC = ref(DYNAMODB_EXECUTION);

/** ARN of function `name`. */
export const fnArn = (name: string): string => `arn:aws:lambda:${R}:${A}:function:${name}`;

/** The trust policy CDK, SAM, Serverless and Terraform examples write: no confused-deputy guard. */
export function plainTrust(services: string | string[] = 'lambda.amazonaws.com'): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }],
  };
}

/** A role as the IaC tool names it. */
export function iacRole(
  name: string,
  attached: RoleInfo['attachedPolicies'],
  inline: Record<string, Record<string, unknown>[]>,
  trust: Record<string, unknown> = plainTrust(),
  extra: Partial<RoleInfo> = {},
): RoleInfo {
  return {
    arn: `arn:aws:iam::${A}:role/${name}`,
    name,
    path: '/',
    roleId: `AROA${name
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase()
      .slice(0, 17)
      .padEnd(17, 'Q')}`,
    accountId: A,
    trustPolicy: trust,
    inlinePolicies: Object.entries(inline).map(([n, statements]) => ({
      name: n,
      document: { Version: '2012-10-17', Statement: statements },
    })),
    attachedPolicies: attached,
    tags: {},
    ...extra,
  };
}

/** A deployed, active function. */
export function deployed(name: string, roleName: string, extra: Partial<FunctionInfo> = {}): FunctionInfo {
  return {
    arn: fnArn(name),
    name,
    accountId: A,
    region: R,
    runtime: 'nodejs22.x',
    architectures: ['arm64'],
    roleArn: `arn:aws:iam::${A}:role/${roleName}`,
    packageType: 'Zip',
    tracingMode: 'PassThrough',
    state: 'Active',
    lastUpdateStatus: 'Successful',
    environmentVariableNames: [],
    tags: {},
    resourcePolicy: null,
    eventSourceMappings: [],
    ...extra,
  };
}

/** A resource policy as GetPolicy returns it. */
export function policy(...statements: Record<string, unknown>[]): Record<string, unknown> {
  return { Version: '2012-10-17', Id: 'default', Statement: statements };
}

/** A trigger as the collector records it. */
export function trigger(
  kind: TriggerInfo['kind'],
  service: string,
  sourceArn: string,
  target: string,
  sourceAccount: string | undefined = A,
): TriggerInfo {
  return { kind, sourceArn, targetArn: target, servicePrincipal: service, ...(sourceAccount ? { sourceAccount } : {}) };
}

/** An `AWS::Lambda::Permission` statement (AddPermission's stored form). */
export function permission(
  sid: string,
  service: string,
  resource: string,
  condition?: Record<string, unknown>,
): Record<string, unknown> {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Service: service },
    Action: 'lambda:InvokeFunction',
    Resource: resource,
    ...(condition ? { Condition: condition } : {}),
  };
}
