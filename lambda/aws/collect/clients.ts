/** The SDK clients the collector reads with (injected; created here for the handlers and the CLI). */
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CodeartifactClient } from '@aws-sdk/client-codeartifact';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ECRClient } from '@aws-sdk/client-ecr';
import { EFSClient } from '@aws-sdk/client-efs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { OpenSearchClient } from '@aws-sdk/client-opensearch';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ServerlessApplicationRepositoryClient } from '@aws-sdk/client-serverlessapplicationrepository';
import { SignerClient } from '@aws-sdk/client-signer';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';

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

/** Creates the collector's clients for one Region with adaptive retries. */
export function createClients(region: string): CollectorClients {
  const config = { region, retryMode: 'adaptive', maxAttempts: MAX_ATTEMPTS };
  return {
    lambda: new LambdaClient(config),
    iam: new IAMClient(config),
    cloudtrail: new CloudTrailClient(config),
    logs: new CloudWatchLogsClient(config),
    eventbridge: new EventBridgeClient(config),
    sns: new SNSClient(config),
    s3: new S3Client(config),
    cloudtrailGlobal: new CloudTrailClient({ ...config, region: globalEventsRegion(region) }),
    efs: new EFSClient(config),
    sts: new STSClient({ region, ...STS_CLIENT_OPTIONS }),
    kms: new KMSClient(config),
    secretsManager: new SecretsManagerClient(config),
    sqs: new SQSClient(config),
    dynamodb: new DynamoDBClient(config),
    ecr: new ECRClient(config),
    apiGateway: new APIGatewayClient(config),
    codeArtifact: new CodeartifactClient(config),
    openSearch: new OpenSearchClient(config),
    signer: new SignerClient(config),
    serverlessRepo: new ServerlessApplicationRepositoryClient(config),
    organizations: new OrganizationsClient(config),
  };
}
