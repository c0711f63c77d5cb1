/**
 * The SDK clients the collector reads with (injected; created here for the handlers and the CLI). They are
 * lazy: a client is constructed, and its SDK package required, on its first use (see `lazy.ts`).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- each SDK package is required on first use of its client, not at module load */
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EFSClient } from '@aws-sdk/client-efs';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { STSClient } from '@aws-sdk/client-sts';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { CodeartifactClient } from '@aws-sdk/client-codeartifact';
import type { OpenSearchClient } from '@aws-sdk/client-opensearch';
import type { SignerClient } from '@aws-sdk/client-signer';
import type { ServerlessApplicationRepositoryClient } from '@aws-sdk/client-serverlessapplicationrepository';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { lazyClients } from './lazy';

// The packages' types only: `require` in createClients loads a package on first use of its client.
type LambdaSdk = typeof import('@aws-sdk/client-lambda');
type IamSdk = typeof import('@aws-sdk/client-iam');
type CloudTrailSdk = typeof import('@aws-sdk/client-cloudtrail');
type LogsSdk = typeof import('@aws-sdk/client-cloudwatch-logs');
type EventBridgeSdk = typeof import('@aws-sdk/client-eventbridge');
type SnsSdk = typeof import('@aws-sdk/client-sns');
type S3Sdk = typeof import('@aws-sdk/client-s3');
type EfsSdk = typeof import('@aws-sdk/client-efs');
type StsSdk = typeof import('@aws-sdk/client-sts');
type KmsSdk = typeof import('@aws-sdk/client-kms');
type SecretsManagerSdk = typeof import('@aws-sdk/client-secrets-manager');
type SqsSdk = typeof import('@aws-sdk/client-sqs');
type DynamoSdk = typeof import('@aws-sdk/client-dynamodb');
type EcrSdk = typeof import('@aws-sdk/client-ecr');
type ApiGatewaySdk = typeof import('@aws-sdk/client-api-gateway');
type CodeArtifactSdk = typeof import('@aws-sdk/client-codeartifact');
type OpenSearchSdk = typeof import('@aws-sdk/client-opensearch');
type SignerSdk = typeof import('@aws-sdk/client-signer');
type ServerlessRepoSdk = typeof import('@aws-sdk/client-serverlessapplicationrepository');
type OrganizationsSdk = typeof import('@aws-sdk/client-organizations');

/** All clients the collector uses. Every call they make is read-only. */
export interface CollectorClients {
  lambda: LambdaClient;
  iam: IAMClient;
  cloudtrail: CloudTrailClient;
  logs: CloudWatchLogsClient;
  eventbridge: EventBridgeClient;
  sns: SNSClient;
  s3: S3Client;
  /**
   * CloudTrail client in the Region that records IAM (global service) events: us-east-1 in the `aws`
   * partition. Role changes are looked up there. Defaults to `cloudtrail` when absent.
   */
  cloudtrailGlobal?: CloudTrailClient;
  /** EFS client: resolves access points to file systems. When absent, `fileSystemArn` stays unknown. */
  efs?: EFSClient;
  /** STS client: `GetCallerIdentity` for `provenance.auditorPrincipal`. When absent, the principal is not recorded. */
  sts?: STSClient;
  // Resource-based policy readers (lambda/aws/collect/resource-policies/): without a client, that
  // service's policies are recorded as `not-read`.
  /** KMS: key policies and grants. */
  kms?: KMSClient;
  /** Secrets Manager: secret resource policies. */
  secretsManager?: SecretsManagerClient;
  /** SQS: queue policies (`GetQueueAttributes` `Policy`). */
  sqs?: SQSClient;
  /** DynamoDB: table and stream resource policies. */
  dynamodb?: DynamoDBClient;
  /** ECR: repository policies. */
  ecr?: ECRClient;
  /** API Gateway: REST API resource policies. */
  apiGateway?: APIGatewayClient;
  /** CodeArtifact: repository and domain permissions policies. */
  codeArtifact?: CodeartifactClient;
  /** OpenSearch Service: domain access policies. */
  openSearch?: OpenSearchClient;
  /** AWS Signer: signing-profile permissions. */
  signer?: SignerClient;
  /** Serverless Application Repository: application policies. */
  serverlessRepo?: ServerlessApplicationRepositoryClient;
  /** Organizations: SCPs and RCPs that apply to the account (read only where Organizations is readable). */
  organizations?: OrganizationsClient;
}

/** Region where CloudTrail records global-service (IAM) events for the partition of `region`. */
export function globalEventsRegion(region: string): string {
  if (region.startsWith('cn-')) return 'cn-north-1';
  if (region.startsWith('us-gov-')) return 'us-gov-west-1';
  return 'us-east-1';
}

/** Maximum attempts per call: adaptive retry mode backs off and rate-limits itself on throttling. */
export const MAX_ATTEMPTS = 8;

/**
 * STS is only asked who we are: few attempts and short timeouts, so an unreachable STS endpoint (a VPC
 * without one) costs seconds, never the run.
 */
export const STS_CLIENT_OPTIONS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 2_000, requestTimeout: 5_000 },
} as const;

/** Per-request timeouts of the collector's clients: a hung read fails (and is recorded) instead of hanging the run. */
export const COLLECTOR_REQUEST_HANDLER = { connectionTimeout: 3_000, requestTimeout: 20_000 } as const;

/**
 * Creates the collector's clients for one Region with adaptive retries. Lazy: nothing is constructed or
 * loaded until a client is used. Adding a client = one line here (plus its key in {@link CollectorClients}).
 * @param credentials credentials provider (e.g. an assumed member-account role); default: the SDK's chain
 */
export function createClients(region: string, credentials?: AwsCredentialIdentityProvider): CollectorClients {
  const withCredentials = credentials ? { credentials } : {};
  const config = {
    region,
    retryMode: 'adaptive',
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: COLLECTOR_REQUEST_HANDLER,
    ...withCredentials,
  };
  const global = { ...config, region: globalEventsRegion(region) };
  return lazyClients<Required<CollectorClients>>({
    lambda: () => new (require('@aws-sdk/client-lambda') as LambdaSdk).LambdaClient(config),
    iam: () => new (require('@aws-sdk/client-iam') as IamSdk).IAMClient(config),
    cloudtrail: () => new (require('@aws-sdk/client-cloudtrail') as CloudTrailSdk).CloudTrailClient(config),
    logs: () => new (require('@aws-sdk/client-cloudwatch-logs') as LogsSdk).CloudWatchLogsClient(config),
    eventbridge: () => new (require('@aws-sdk/client-eventbridge') as EventBridgeSdk).EventBridgeClient(config),
    sns: () => new (require('@aws-sdk/client-sns') as SnsSdk).SNSClient(config),
    s3: () => new (require('@aws-sdk/client-s3') as S3Sdk).S3Client(config),
    cloudtrailGlobal: () => new (require('@aws-sdk/client-cloudtrail') as CloudTrailSdk).CloudTrailClient(global),
    efs: () => new (require('@aws-sdk/client-efs') as EfsSdk).EFSClient(config),
    sts: () =>
      new (require('@aws-sdk/client-sts') as StsSdk).STSClient({ region, ...STS_CLIENT_OPTIONS, ...withCredentials }),
    kms: () => new (require('@aws-sdk/client-kms') as KmsSdk).KMSClient(config),
    secretsManager: () =>
      new (require('@aws-sdk/client-secrets-manager') as SecretsManagerSdk).SecretsManagerClient(config),
    sqs: () => new (require('@aws-sdk/client-sqs') as SqsSdk).SQSClient(config),
    dynamodb: () => new (require('@aws-sdk/client-dynamodb') as DynamoSdk).DynamoDBClient(config),
    ecr: () => new (require('@aws-sdk/client-ecr') as EcrSdk).ECRClient(config),
    apiGateway: () => new (require('@aws-sdk/client-api-gateway') as ApiGatewaySdk).APIGatewayClient(config),
    codeArtifact: () => new (require('@aws-sdk/client-codeartifact') as CodeArtifactSdk).CodeartifactClient(config),
    openSearch: () => new (require('@aws-sdk/client-opensearch') as OpenSearchSdk).OpenSearchClient(config),
    signer: () => new (require('@aws-sdk/client-signer') as SignerSdk).SignerClient(config),
    serverlessRepo: () =>
      new (
        require('@aws-sdk/client-serverlessapplicationrepository') as ServerlessRepoSdk
      ).ServerlessApplicationRepositoryClient(config),
    organizations: () => new (require('@aws-sdk/client-organizations') as OrganizationsSdk).OrganizationsClient(config),
  });
}
