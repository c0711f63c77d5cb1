/**
 * Test-data factory, what infrastructure-as-code tools deploy: AWS managed policies as AWS publishes
 * them (AWS-FACTS §6.3, documents from examples/demo-account/managed-policies), roles with generated
 * role IDs and deployed, active functions. Used by the realistic CDK/SAM/Serverless/Terraform shapes.
 */
import type { FunctionInfo, ManagedPolicyInfo, RoleInfo } from '../../../lambda/core/snapshot/types';
import {
  BASIC_EXECUTION,
  DYNAMODB_EXECUTION,
  KINESIS_EXECUTION,
  SQS_QUEUE_EXECUTION,
  VPC_ACCESS_EXECUTION,
  XRAY_DAEMON_WRITE,
} from '../../../examples/demo-account/managed-policies';
import { doc, plainTrust, type Stmt } from './policy';
import { fn, role } from './snapshot';

/** AWS managed policies the realistic fixtures attach. */
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
/** AWSLambdaBasicExecutionRole attachment. */
export const BASIC = ref(BASIC_EXECUTION);
/** AWSLambdaVPCAccessExecutionRole attachment. */
export const VPC_ACCESS = ref(VPC_ACCESS_EXECUTION);
/** AWSLambdaSQSQueueExecutionRole attachment. */
export const SQS_EXEC = ref(SQS_QUEUE_EXECUTION);
/** AWSLambdaKinesisExecutionRole attachment. */
export const KINESIS_EXEC = ref(KINESIS_EXECUTION);
/** AWSLambdaDynamoDBExecutionRole attachment. */
export const DDB_EXEC = ref(DYNAMODB_EXECUTION);

/** A role as an IaC tool names it: attached policies, inline statements per policy name, a role ID. */
export function iacRole(
  name: string,
  attached: RoleInfo['attachedPolicies'],
  inline: Record<string, Stmt[]>,
  trust: Record<string, unknown> = plainTrust(),
  extra: Partial<RoleInfo> = {},
): RoleInfo {
  const docs = Object.fromEntries(Object.entries(inline).map(([n, statements]) => [n, doc(...statements)]));
  const roleId = `AROA${name
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .slice(0, 17)
    .padEnd(17, 'Q')}`;
  return role(name, docs, { roleId, trustPolicy: trust, attachedPolicies: attached, ...extra });
}

/** A deployed, active arm64 function on the current Node.js runtime. */
export function deployedFn(name: string, roleName: string, extra: Partial<FunctionInfo> = {}): FunctionInfo {
  return fn(name, roleName, {
    runtime: 'nodejs22.x',
    architectures: ['arm64'],
    tracingMode: 'PassThrough',
    state: 'Active',
    lastUpdateStatus: 'Successful',
    ...extra,
  });
}
