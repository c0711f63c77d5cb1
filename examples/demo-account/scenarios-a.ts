/**
 * CHECKS-A demo scenarios: one broken function per execution-role problem (checks 1–6 of issue 5),
 * each with exactly the check IDs it must produce, plus healthy functions that use the same features
 * correctly and must produce none. Names start with `a-`.
 */
import type { KmsKeyInfo, ManagedPolicyInfo } from '../../lambda/core/snapshot/types';
import {
  BASIC_EXECUTION,
  KINESIS_EXECUTION,
  MSK_EXECUTION,
  SQS_QUEUE_EXECUTION,
  VPC_ACCESS_EXECUTION,
  XRAY_DAEMON_WRITE,
} from './managed-policies';
import { ACCT, REGION, allow, demoFunction, denialEnvelope, execRole, policy } from './scenarios-a-kit';
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
const logsRole = execRole('a-silent', {
  inline: { data: policy(allow('Table', ['dynamodb:GetItem'], arn('dynamodb', 'table/a-silent'))) },
});
const vpcRole = execRole('a-vpc-no-eni', { managed: [BASIC_EXECUTION] });
const inactiveRole = execRole('a-vpc-inactive', { managed: [VPC_ACCESS_EXECUTION], boundaryArn: NETWORKLESS_BOUNDARY.arn });

// 5. Event source mappings.
const sqsRole = execRole('a-sqs-consumer', { managed: [BASIC_EXECUTION] });
const kinesisRole = execRole('a-clickstream', { managed: [KINESIS_EXECUTION] });
const mskRole = execRole('a-msk-consumer', { managed: [BASIC_EXECUTION, VPC_ACCESS_EXECUTION] });
const MSK = arn('kafka', 'cluster/a-events/4f1c2b7e-9a0d-4c3e-b1f2-0a9b8c7d6e5f-2');

// 6. Destinations, KMS, X-Ray, EFS, layers, images.
const dlqRole = execRole('a-async-dlq', { managed: [BASIC_EXECUTION] });
const kmsRole = execRole('a-env-kms', { managed: [BASIC_EXECUTION] });
const ENV_KEY = arn('kms', 'key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9');
const xrayRole = execRole('a-traced', { managed: [BASIC_EXECUTION] });
const efsRole = execRole('a-efs-reader', { managed: [VPC_ACCESS_EXECUTION] });
const FS = arn('elasticfilesystem', 'file-system/fs-0a1b2c3d4e5f');
const AP = arn('elasticfilesystem', 'access-point/fsap-0a1b2c3d4e5f6a7b8');
const layerRole = execRole('a-shared-layer', { managed: [BASIC_EXECUTION] });
const imageRole = execRole('a-image-other-account', { managed: [BASIC_EXECUTION] });

// Healthy functions using the same features correctly.
const STREAM = arn('kinesis', 'stream/a-healthy-clicks');
const FAILURES = arn('sqs', 'a-healthy-stream-failures');
const streamRole = execRole('a-healthy-stream', {
  managed: [KINESIS_EXECUTION, XRAY_DAEMON_WRITE],
  inline: { failures: policy(allow('OnFailure', 'sqs:SendMessage', FAILURES)) },
});
const WORK_QUEUE = arn('sqs', 'a-healthy-work');
const QUEUE_KEY = arn('kms', 'key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
const WORKER_KEY = arn('kms', 'key/9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a');
const BUS = arn('events', 'event-bus/a-healthy-bus');
const HEALTHY_FS = arn('elasticfilesystem', 'file-system/fs-0f9e8d7c6b5a');
const HEALTHY_AP = arn('elasticfilesystem', 'access-point/fsap-0f9e8d7c6b5a4f3e2');
const workerRole = execRole('a-healthy-vpc-worker', {
  managed: [VPC_ACCESS_EXECUTION, SQS_QUEUE_EXECUTION],
  inline: {
    app: policy(
      allow('QueueKey', 'kms:Decrypt', QUEUE_KEY),
      allow('Results', 'events:PutEvents', BUS),
      allow('Dlq', 'sqs:SendMessage', arn('sqs', 'a-healthy-worker-dlq')),
      allow('Efs', ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], HEALTHY_FS),
    ),
  },
});
const workerKey: KmsKeyInfo = {
  arn: WORKER_KEY,
  keyPolicy: policy({ Sid: 'EnableIam', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: 'kms:*', Resource: '*' }),
};

/** The CHECKS-A scenarios. */
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
    description: 'The role allows s3:PutObject but its permissions boundary does not',
    functions: [exporter],
    roles: [exporterRole],
    managedPolicies: [BASIC_EXECUTION, LOGS_ONLY],
    expectedSweep: [],
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
        stateReason: 'The function was deactivated because the execution role does not have permissions to call CreateNetworkInterface on EC2.',
      }),
    ],
    roles: [inactiveRole],
    managedPolicies: [VPC_ACCESS_EXECUTION, NETWORKLESS_BOUNDARY],
    expectedSweep: ['LAA-VPC-ENI-PERMISSIONS', 'LAA-FUNCTION-STATE-PERMISSION'],
  },
  {
    id: 'a-esm-sqs-missing',
    description: 'SQS event source mapping whose role has only logs permissions',
    functions: [
      demoFunction('a-sqs-consumer', sqsRole, {
        eventSourceMappings: [{ uuid: 'a1b2c3d4-0001-4000-8000-000000000001', kind: 'sqs', eventSourceArn: arn('sqs', 'a-incoming'), state: 'Enabled' }],
      }),
    ],
    roles: [sqsRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-ESM-PERMISSIONS'],
  },
  {
    id: 'a-esm-kinesis-on-failure',
    description: 'Kinesis mapping with an SQS on-failure destination the role cannot send to',
    functions: [
      demoFunction('a-clickstream', kinesisRole, {
        eventSourceMappings: [
          {
            uuid: 'a1b2c3d4-0002-4000-8000-000000000002',
            kind: 'kinesis',
            eventSourceArn: arn('kinesis', 'stream/a-clicks'),
            state: 'Enabled',
            onFailureDestination: arn('sqs', 'a-clickstream-failures'),
          },
        ],
      }),
    ],
    roles: [kinesisRole],
    managedPolicies: [KINESIS_EXECUTION],
    expectedSweep: ['LAA-ESM-PERMISSIONS'],
  },
  {
    id: 'a-esm-msk-authz',
    description: 'MSK mapping disabled with EVENT_SOURCE_AUTHZ_ERROR: the role lacks kafka actions',
    functions: [
      demoFunction('a-msk-consumer', mskRole, {
        eventSourceMappings: [
          {
            uuid: 'a1b2c3d4-0003-4000-8000-000000000003',
            kind: 'msk',
            eventSourceArn: MSK,
            state: 'Disabled',
            stateTransitionReason: 'EVENT_SOURCE_AUTHZ_ERROR',
            lastProcessingResult: 'PROBLEM: Lambda does not have permission to call kafka:DescribeClusterV2.',
          },
        ],
      }),
    ],
    roles: [mskRole],
    managedPolicies: [BASIC_EXECUTION, VPC_ACCESS_EXECUTION],
    expectedSweep: ['LAA-ESM-PERMISSIONS'],
  },
  {
    id: 'a-async-dlq-denied',
    description: 'Async dead-letter queue the role cannot send to (failed events are lost)',
    functions: [demoFunction('a-async-dlq', dlqRole, { deadLetterTargetArn: arn('sqs', 'a-async-dlq') })],
    roles: [dlqRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-ASYNC-DESTINATIONS'],
  },
  {
    id: 'a-env-kms-denied',
    description: 'Customer managed key on environment variables; Lambda reports KMSKeyAccessDenied',
    functions: [
      demoFunction('a-env-kms', kmsRole, {
        kmsKeyArn: ENV_KEY,
        state: 'Failed',
        stateReasonCode: 'KMSKeyAccessDenied',
        stateReason: 'Lambda was unable to decrypt the environment variables because KMS access was denied.',
      }),
    ],
    roles: [kmsRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-ENV-KMS-DECRYPT'],
  },
  {
    id: 'a-xray-missing',
    description: 'Active tracing without X-Ray write permissions',
    functions: [demoFunction('a-traced', xrayRole, { tracingMode: 'Active' })],
    roles: [xrayRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-XRAY-TRACING'],
  },
  {
    id: 'a-efs-mount-denied',
    description: 'EFS access point mounted without elasticfilesystem:ClientMount',
    functions: [
      demoFunction('a-efs-reader', efsRole, { vpc: VPC, fileSystems: [{ arn: AP, localMountPath: '/mnt/models', fileSystemArn: FS }] }),
    ],
    roles: [efsRole],
    managedPolicies: [VPC_ACCESS_EXECUTION],
    expectedSweep: ['LAA-EFS-MOUNT'],
  },
  {
    id: 'a-layer-other-account',
    description: 'Layer published by another account (its layer policy is not visible)',
    functions: [
      demoFunction('a-shared-layer', layerRole, {
        layers: [{ arn: `arn:aws:lambda:${REGION}:444455556666:layer:a-shared-otel:12`, accountId: '444455556666' }],
      }),
    ],
    roles: [layerRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-LAYER-CROSS-ACCOUNT'],
  },
  {
    id: 'a-image-other-account',
    description: "Container image in another account's ECR; Lambda reports ImageAccessDenied",
    functions: [
      demoFunction('a-image-other-account', imageRole, {
        packageType: 'Image',
        runtime: undefined,
        imageUri: '444455556666.dkr.ecr.us-east-1.amazonaws.com/a-platform/api@sha256:5f1d0b8c2a7e4f9d3c6b1a0e8f7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d',
        state: 'Failed',
        stateReasonCode: 'ImageAccessDenied',
        stateReason: 'Lambda does not have permission to access the ECR image. Check the ECR permissions.',
      }),
    ],
    roles: [imageRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-IMAGE-CROSS-ACCOUNT-ECR'],
  },
  {
    id: 'a-healthy-stream',
    description: 'Healthy: Kinesis mapping with SQS on-failure destination and active tracing',
    functions: [
      demoFunction('a-healthy-stream', streamRole, {
        tracingMode: 'Active',
        eventSourceMappings: [
          { uuid: 'a1b2c3d4-0004-4000-8000-000000000004', kind: 'kinesis', eventSourceArn: STREAM, state: 'Enabled', onFailureDestination: FAILURES },
        ],
      }),
    ],
    roles: [streamRole],
    managedPolicies: [KINESIS_EXECUTION, XRAY_DAEMON_WRITE],
    expectedSweep: [],
  },
  {
    id: 'a-healthy-vpc-worker',
    description: 'Healthy: VPC + EFS + encrypted SQS mapping + CMK environment + DLQ + EventBridge destination',
    functions: [
      demoFunction('a-healthy-vpc-worker', workerRole, {
        vpc: VPC,
        kmsKeyArn: WORKER_KEY,
        fileSystems: [{ arn: HEALTHY_AP, localMountPath: '/mnt/work', fileSystemArn: HEALTHY_FS }],
        deadLetterTargetArn: arn('sqs', 'a-healthy-worker-dlq'),
        destinations: { onSuccess: BUS },
        layers: [{ arn: `arn:aws:lambda:${REGION}:${ACCT}:layer:a-healthy-utils:4`, accountId: ACCT }],
        eventSourceMappings: [
          { uuid: 'a1b2c3d4-0005-4000-8000-000000000005', kind: 'sqs', eventSourceArn: WORK_QUEUE, state: 'Enabled', sourceKmsKeyArn: QUEUE_KEY },
        ],
      }),
    ],
    roles: [workerRole],
    managedPolicies: [VPC_ACCESS_EXECUTION, SQS_QUEUE_EXECUTION],
    kmsKeys: [workerKey],
    expectedSweep: [],
  },
  {
    id: 'a-healthy-own-image',
    description: 'Healthy: container image from this account with a custom log group',
    functions: [
      demoFunction('a-healthy-image', execRole('a-healthy-image', { managed: [BASIC_EXECUTION] }), {
        packageType: 'Image',
        runtime: undefined,
        imageUri: `${ACCT}.dkr.ecr.${REGION}.amazonaws.com/a-healthy/api:2026.11.1`,
        logGroup: '/platform/a-healthy-image',
      }),
    ],
    roles: [execRole('a-healthy-image', { managed: [BASIC_EXECUTION] })],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: [],
  },
];
