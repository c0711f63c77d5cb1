/**
 * Execution-role demo scenarios, part 2: event source mappings, destinations, KMS, X-Ray, EFS, layers,
 * images (checks 5–6 of issue 5), and the healthy functions that use these features correctly.
 */
import type { KmsKeyInfo } from '../../lambda/core/snapshot/types';
import {
  BASIC_EXECUTION,
  KINESIS_EXECUTION,
  SQS_QUEUE_EXECUTION,
  VPC_ACCESS_EXECUTION,
  XRAY_DAEMON_WRITE,
} from './managed-policies';
import { ACCT, REGION, allow, demoFunction, execRole, policy } from './scenarios-a-kit';
import type { Scenario } from './types';

const VPC = { vpcId: 'vpc-0a1b2c3d', subnetIds: ['subnet-0aa11', 'subnet-0bb22'], securityGroupIds: ['sg-0cc33'] };
const arn = (service: string, resource: string): string => `arn:aws:${service}:${REGION}:${ACCT}:${resource}`;

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
/** The console's "Prevent anonymous access" file system policy: mounting (ClientMount) needs an IAM allow. */
const FS_POLICY = policy({
  Sid: 'PreventAnonymousAccess',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['elasticfilesystem:ClientRootAccess', 'elasticfilesystem:ClientWrite'],
  Resource: FS,
  Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
});
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
  keyPolicy: policy({
    Sid: 'EnableIam',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
    Action: 'kms:*',
    Resource: '*',
  }),
};

/** Scenarios of checks 5–6 plus healthy functions. */
export const SCENARIOS_A_FEATURES: readonly Scenario[] = [
  {
    id: 'a-esm-sqs-missing',
    description: 'SQS event source mapping whose role has only logs permissions',
    functions: [
      demoFunction('a-sqs-consumer', sqsRole, {
        eventSourceMappings: [
          {
            uuid: 'a1b2c3d4-0001-4000-8000-000000000001',
            kind: 'sqs',
            eventSourceArn: arn('sqs', 'a-incoming'),
            state: 'Enabled',
          },
        ],
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
    description: 'EFS file system whose policy requires IAM, mounted without elasticfilesystem:ClientMount',
    functions: [
      demoFunction('a-efs-reader', efsRole, {
        vpc: VPC,
        fileSystems: [{ arn: AP, localMountPath: '/mnt/models', fileSystemArn: FS, fileSystemPolicy: FS_POLICY }],
      }),
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
        imageUri:
          '444455556666.dkr.ecr.us-east-1.amazonaws.com/a-platform/api@sha256:5f1d0b8c2a7e4f9d3c6b1a0e8f7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d',
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
          {
            uuid: 'a1b2c3d4-0004-4000-8000-000000000004',
            kind: 'kinesis',
            eventSourceArn: STREAM,
            state: 'Enabled',
            onFailureDestination: FAILURES,
          },
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
          {
            uuid: 'a1b2c3d4-0005-4000-8000-000000000005',
            kind: 'sqs',
            eventSourceArn: WORK_QUEUE,
            state: 'Enabled',
            sourceKmsKeyArn: QUEUE_KEY,
          },
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
