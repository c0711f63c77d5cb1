/**
 * Execution-role demo scenarios: one broken function per execution-role problem (checks 1–6 of issue 5),
 * each with exactly the check IDs it must produce, plus healthy functions that use the same features
 * correctly and must produce none (part 2 in `scenarios-a-features.ts`). Names start with `a-`.
 */
import type { ManagedPolicyInfo } from '../../lambda/core/snapshot/types';
import { BASIC_EXECUTION, VPC_ACCESS_EXECUTION } from './managed-policies';
import { ACCT, REGION, allow, demoFunction, denialEnvelope, execRole, policy } from './scenarios-a-kit';
import { SCENARIOS_A_FEATURES } from './scenarios-a-features';
import type { Scenario } from './types';

const VPC = { vpcId: 'vpc-0a1b2c3d', subnetIds: ['subnet-0aa11', 'subnet-0bb22'], securityGroupIds: ['sg-0cc33'] };
const arn = (service: string, resource: string): string => `arn:aws:${service}:${REGION}:${ACCT}:${resource}`;
const LOGS_ONLY: ManagedPolicyInfo = {
  arn: `arn:aws:iam::${ACCT}:policy/a-boundary-logs-and-s3`,
  name: 'a-boundary-logs-and-s3',
  awsManaged: false,
  defaultVersionId: 'v2',
  document: policy(allow('Logs', ['logs:*'], '*'), allow('Reports', ['s3:GetObject'], 'arn:aws:s3:::a-reports/*')),
};
const NETWORKLESS_BOUNDARY: ManagedPolicyInfo = {
  arn: `arn:aws:iam::${ACCT}:policy/a-boundary-no-ec2`,
  name: 'a-boundary-no-ec2',
  awsManaged: false,
  defaultVersionId: 'v1',
  document: policy(allow('LogsAndData', ['logs:*', 'dynamodb:*'], '*')),
};

// 1. Execution role denied an action (event-driven).
const writerRole = execRole('a-orders-writer', { managed: [BASIC_EXECUTION] });
const writer = demoFunction('a-orders-writer', writerRole);
const OUT_QUEUE = arn('sqs', 'a-orders-out');

const exporterRole = execRole('a-report-exporter', {
  managed: [BASIC_EXECUTION],
  boundaryArn: LOGS_ONLY.arn,
  inline: { reports: policy(allow('WriteReports', ['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::a-reports/*')) },
});
const exporter = demoFunction('a-report-exporter', exporterRole);

const archiverRole = execRole('a-archiver', {
  managed: [BASIC_EXECUTION],
  inline: { archive: policy(allow('Archive', 's3:PutObject', 'arn:aws:s3:::a-archive/*')) },
});
const archiver = demoFunction('a-archiver', archiverRole);

// 2–4. Trust, logs, VPC.
const trustRole = execRole('a-trust-broken', {
  managed: [BASIC_EXECUTION],
  trust: policy({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
});
const unguardedRole = execRole('a-unguarded', {
  managed: [BASIC_EXECUTION],
  trust: policy({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
});
const logsRole = execRole('a-silent', {
  inline: { data: policy(allow('Table', ['dynamodb:GetItem'], arn('dynamodb', 'table/a-silent'))) },
});
const vpcRole = execRole('a-vpc-no-eni', { managed: [BASIC_EXECUTION] });
const inactiveRole = execRole('a-vpc-inactive', {
  managed: [VPC_ACCESS_EXECUTION],
  boundaryArn: NETWORKLESS_BOUNDARY.arn,
});

/** The execution-role scenarios. */
export const SCENARIOS_A: readonly Scenario[] = [
  {
    id: 'a-role-denied-missing-allow',
    description: 'Code calls sqs:SendMessage but the execution role has only logs permissions',
    functions: [writer],
    roles: [writerRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: [],
    events: [
      {
        envelope: denialEnvelope({
          id: '1',
          fn: writer,
          role: writerRole,
          eventSource: 'sqs.amazonaws.com',
          eventName: 'SendMessage',
          action: 'sqs:sendmessage',
          resource: OUT_QUEUE,
          clause: 'because no identity-based policy allows the sqs:sendmessage action',
          time: '2026-11-20T09:14:03Z',
          requestParameters: { queueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCT}/a-orders-out` },
        }),
        expected: ['LAA-ROLE-DENIED-ACTION'],
      },
    ],
  },
  {
    id: 'a-role-denied-boundary',
    description:
      'The role allows s3:PutObject but its permissions boundary does not (the sweep finds it before the denial: shadowed grant)',
    functions: [exporter],
    roles: [exporterRole],
    managedPolicies: [BASIC_EXECUTION, LOGS_ONLY],
    expectedSweep: ['LAA-ROLE-SHADOWED-GRANT'],
    events: [
      {
        envelope: denialEnvelope({
          id: '2',
          fn: exporter,
          role: exporterRole,
          eventSource: 's3.amazonaws.com',
          eventName: 'PutObject',
          action: 's3:PutObject',
          resource: 'arn:aws:s3:::a-reports/2026/11/20/daily.csv',
          clause: 'because no permissions boundary allows the s3:PutObject action',
          time: '2026-11-20T10:02:41Z',
        }),
        expected: ['LAA-ROLE-DENIED-ACTION'],
      },
    ],
  },
  {
    id: 'a-role-denied-unseen-scp',
    description: 'AWS denies s3:PutObject with an SCP the snapshot does not hold',
    functions: [archiver],
    roles: [archiverRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: [],
    events: [
      {
        envelope: denialEnvelope({
          id: '3',
          fn: archiver,
          role: archiverRole,
          eventSource: 's3.amazonaws.com',
          eventName: 'PutObject',
          action: 's3:PutObject',
          resource: 'arn:aws:s3:::a-archive/2026/11/20/batch-0001.json',
          clause: `with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-deny0s3`,
          time: '2026-11-20T11:30:00Z',
        }),
        expected: ['LAA-ROLE-DENIED-ACTION'],
      },
    ],
  },
  {
    id: 'a-trust-not-lambda',
    description: 'Execution role trusts ec2.amazonaws.com instead of lambda.amazonaws.com',
    functions: [demoFunction('a-trust-broken', trustRole)],
    roles: [trustRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-ROLE-TRUST-LAMBDA'],
  },
  {
    id: 'a-trust-no-guard',
    description:
      'Execution role trusts lambda.amazonaws.com without aws:SourceAccount / aws:SourceArn (opt-in check: --check LAA-ROLE-TRUST-CONFUSED-DEPUTY)',
    functions: [demoFunction('a-unguarded', unguardedRole)],
    roles: [unguardedRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: [],
  },
  {
    id: 'a-logs-missing',
    description: 'Execution role cannot write CloudWatch Logs (the function runs blind)',
    functions: [demoFunction('a-silent', logsRole)],
    roles: [logsRole],
    expectedSweep: ['LAA-ROLE-LOGS-WRITE'],
  },
  {
    id: 'a-vpc-missing-eni',
    description: 'VPC function whose role lacks the EC2 network-interface actions',
    functions: [demoFunction('a-vpc-no-eni', vpcRole, { vpc: VPC })],
    roles: [vpcRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-VPC-ENI-PERMISSIONS'],
  },
  {
    id: 'a-vpc-boundary-inactive',
    description: 'VPC role has AWSLambdaVPCAccessExecutionRole but a boundary blocks EC2; Lambda set it Inactive',
    functions: [
      demoFunction('a-vpc-inactive', inactiveRole, {
        vpc: VPC,
        state: 'Inactive',
        stateReasonCode: 'InsufficientRolePermissions',
        stateReason:
          'The function was deactivated because the execution role does not have permissions to call CreateNetworkInterface on EC2.',
      }),
    ],
    roles: [inactiveRole],
    managedPolicies: [VPC_ACCESS_EXECUTION, NETWORKLESS_BOUNDARY],
    expectedSweep: ['LAA-VPC-ENI-PERMISSIONS', 'LAA-FUNCTION-STATE-PERMISSION', 'LAA-ROLE-SHADOWED-GRANT'],
  },
  ...SCENARIOS_A_FEATURES,
];
