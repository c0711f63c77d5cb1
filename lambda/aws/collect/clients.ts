/** The SDK clients the collector reads with (injected; created here for the handlers and the CLI). */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EFSClient } from '@aws-sdk/client-efs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
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

/** Creates the collector's clients for one Region with adaptive retries and request timeouts. */
export function createClients(region: string): CollectorClients {
  const config = {
    region,
    retryMode: 'adaptive',
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: COLLECTOR_REQUEST_HANDLER,
  };
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
  };
}
