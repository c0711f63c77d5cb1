/**
 * A small mocked AWS account for collector tests. Responses look like AWS's: IAM documents are
 * URL-encoded, IAM lists page with IsTruncated + Marker, Lambda with NextMarker, others with NextToken,
 * GetPolicy without a policy throws ResourceNotFoundException.
 */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EFSClient } from '@aws-sdk/client-efs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import type { CollectorClients } from '../../../lambda/aws/collect/clients';
import { notFound, REGION } from './fixture-data';
import { efsStsResponses, iamResponses, lambdaResponses, otherResponses } from './fixture-responses';

export * from './fixture-data';

/** Every stub, for `commandCalls` assertions. */
export interface Stubs {
  lambda: AwsClientStub<LambdaClient>;
  iam: AwsClientStub<IAMClient>;
  cloudtrail: AwsClientStub<CloudTrailClient>;
  logs: AwsClientStub<CloudWatchLogsClient>;
  eventbridge: AwsClientStub<EventBridgeClient>;
  sns: AwsClientStub<SNSClient>;
  s3: AwsClientStub<S3Client>;
  efs: AwsClientStub<EFSClient>;
  sts: AwsClientStub<STSClient>;
}

/** Real SDK clients (fake credentials) with mocked transports. */
export function mockedClients(): { clients: CollectorClients; stubs: Stubs } {
  const config = { region: REGION, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } };
  const clients: CollectorClients = {
    lambda: new LambdaClient(config),
    iam: new IAMClient(config),
    cloudtrail: new CloudTrailClient(config),
    logs: new CloudWatchLogsClient(config),
    eventbridge: new EventBridgeClient(config),
    sns: new SNSClient(config),
    s3: new S3Client(config),
    efs: new EFSClient(config),
    sts: new STSClient(config),
  };
  const stubs: Stubs = {
    lambda: mockClient(clients.lambda),
    iam: mockClient(clients.iam),
    cloudtrail: mockClient(clients.cloudtrail),
    logs: mockClient(clients.logs),
    eventbridge: mockClient(clients.eventbridge),
    sns: mockClient(clients.sns),
    s3: mockClient(clients.s3),
    efs: mockClient(clients.efs as EFSClient),
    sts: mockClient(clients.sts as STSClient),
  };
  return { clients, stubs };
}

/** Stubs every API with the fixture account's responses. */
export function mockAccount(): { clients: CollectorClients; stubs: Stubs } {
  const mocked = mockedClients();
  for (const stub of Object.values(mocked.stubs) as AwsClientStub<LambdaClient>[]) {
    stub.onAnyCommand().rejects(new Error('unexpected call: not part of the fixture account'));
  }
  mocked.stubs.lambda.onAnyCommand().rejects(notFound('Function not found'));
  mocked.stubs.iam
    .onAnyCommand()
    .rejects(new NoSuchEntityException({ message: 'The role cannot be found.', $metadata: { httpStatusCode: 404 } }));
  lambdaResponses(mocked.stubs);
  iamResponses(mocked.stubs);
  otherResponses(mocked.stubs);
  efsStsResponses(mocked.stubs);
  return mocked;
}
