/**
 * Mocked resource-policy services of the fixture account (123456789012, us-east-1), shaped like AWS's
 * answers: JSON policy strings, API Gateway's escaped policy, KMS grants over two pages (`Truncated` +
 * `NextMarker`), Signer permissions over two pages, Organizations' parent chain account → OU → root.
 */
import { APIGatewayClient, GetRestApiCommand } from '@aws-sdk/client-api-gateway';
import {
  CodeartifactClient,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryPermissionsPolicyCommand,
  ResourceNotFoundException as CodeArtifactNotFound,
} from '@aws-sdk/client-codeartifact';
import {
  DynamoDBClient,
  GetResourcePolicyCommand as DdbGetPolicy,
  PolicyNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { ECRClient, GetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { DescribeEventBusCommand } from '@aws-sdk/client-eventbridge';
import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { GetKeyPolicyCommand, KMSClient, ListGrantsCommand } from '@aws-sdk/client-kms';
import { DescribeDomainConfigCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import {
  DescribePolicyCommand,
  ListParentsCommand,
  ListPoliciesForTargetCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import {
  GetResourcePolicyCommand as GetSecretResourcePolicy,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import {
  GetApplicationPolicyCommand,
  ServerlessApplicationRepositoryClient,
} from '@aws-sdk/client-serverlessapplicationrepository';
import { ListProfilePermissionsCommand, SignerClient } from '@aws-sdk/client-signer';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import type { CollectorClients } from '../../../../lambda/aws/collect/clients';
import { ACCOUNT, REGION } from '../fixture-data';
import type { Stubs } from '../fixture';

const A = `${REGION}:${ACCOUNT}`;
const doc = (sid: string, resource: string) => ({
  Version: '2012-10-17',
  Statement: [
    { Sid: sid, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: '*', Resource: resource },
  ],
});

/** ARNs the fixture answers for, one per reader (what a denial could name). */
export const P = {
  bucket: 'arn:aws:s3:::orders-uploads/incoming/a.csv',
  bucketArn: 'arn:aws:s3:::orders-uploads',
  key: `arn:aws:kms:${A}:key/1234`,
  secret: `arn:aws:secretsmanager:${A}:secret:db-AbCdEf`,
  dlq: `arn:aws:sqs:${A}:orders-dlq`,
  queue: `arn:aws:sqs:${A}:orders-queue`,
  table: `arn:aws:dynamodb:${A}:table/orders/index/by-day`,
  tableArn: `arn:aws:dynamodb:${A}:table/orders`,
  repo: `arn:aws:ecr:${A}:repository/orders-image`,
  bus: `arn:aws:events:${A}:event-bus/orders-bus`,
  layer: `arn:aws:lambda:${A}:layer:common:2`,
  api: `arn:aws:execute-api:${A}:abc123/prod/POST/orders`,
  apiArn: `arn:aws:apigateway:${REGION}::/restapis/abc123`,
  caRepo: `arn:aws:codeartifact:${A}:package/corp/npm-store/npm//left-pad`,
  caRepoArn: `arn:aws:codeartifact:${A}:repository/corp/npm-store`,
  caDomain: `arn:aws:codeartifact:${A}:domain/corp`,
  domain: `arn:aws:es:${A}:domain/search/_search`,
  domainArn: `arn:aws:es:${A}:domain/search`,
  profile: `arn:aws:signer:${A}:/signing-profiles/orders_signing`,
  app: `arn:aws:serverlessrepo:${A}:applications/orders-app`,
  otherAccountQueue: 'arn:aws:sqs:us-east-1:210987654321:partner-queue',
  otherRegionTopic: `arn:aws:sns:eu-west-1:${ACCOUNT}:alerts`,
};

export const DOCS = {
  bucket: doc('bucket', P.bucketArn),
  key: doc('Enable IAM User Permissions', '*'),
  dlq: doc('dlq', P.dlq),
  queue: doc('queue', P.queue),
  repo: doc('repo', '*'),
  bus: doc('bus', P.bus),
  api: doc('api', 'execute-api:/*'),
  caRepo: doc('repo', '*'),
  caDomain: doc('domain', '*'),
  domain: doc('domain', `${P.domainArn}/*`),
  scpFull: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  scpDenyRegions: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        NotAction: 'iam:*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': REGION } },
      },
    ],
  },
};

/** The Lambda grant for the encrypted environment, as ListGrants returns it. */
export const LAMBDA_GRANT = {
  KeyId: P.key,
  GrantId: 'g-lambda',
  Name: 'lambda-env',
  CreationDate: new Date('2026-10-01T00:00:00Z'),
  GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/service/orders-role`,
  RetiringPrincipal: 'lambda.us-east-1.amazonaws.com',
  IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
  Operations: ['Decrypt' as const],
  Constraints: { EncryptionContextEquals: { 'aws:lambda:FunctionArn': `arn:aws:lambda:${A}:function:orders` } },
};

/** Stubs of the resource-policy clients. */
export interface PolicyStubs {
  kms: AwsClientStub<KMSClient>;
  secretsManager: AwsClientStub<SecretsManagerClient>;
  sqs: AwsClientStub<SQSClient>;
  dynamodb: AwsClientStub<DynamoDBClient>;
  ecr: AwsClientStub<ECRClient>;
  apiGateway: AwsClientStub<APIGatewayClient>;
  codeArtifact: AwsClientStub<CodeartifactClient>;
  openSearch: AwsClientStub<OpenSearchClient>;
  signer: AwsClientStub<SignerClient>;
  /** The SAR client is on an older SDK line whose types aws-sdk-client-mock's generic cannot infer. */
  serverlessRepo: AwsClientStub<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  organizations: AwsClientStub<OrganizationsClient>;
}

type PolicyClients = Required<Pick<CollectorClients, keyof PolicyStubs>>;

/** Real clients (fake credentials) with mocked transports and the fixture's answers. */
export function mockPolicyClients(): { clients: PolicyClients; stubs: PolicyStubs } {
  const config = { region: REGION, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } };
  const clients: PolicyClients = {
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
  const stubs = Object.fromEntries(
    Object.entries(clients).map(([k, c]) => [k, mockClient(c as KMSClient)]),
  ) as unknown as PolicyStubs;
  for (const stub of Object.values(stubs) as AwsClientStub<KMSClient>[])
    stub.onAnyCommand().rejects(new Error('unexpected call: not part of the fixture account'));
  answer(stubs);
  organizations(stubs);
  return { clients, stubs };
}

/** Answers of the base account's S3 and EventBridge clients for the bucket and bus policies. */
export function answerBasePolicies(s: Stubs): void {
  s.s3.on(GetBucketPolicyCommand, { Bucket: 'orders-uploads' }).resolves({ Policy: JSON.stringify(DOCS.bucket) });
  s.eventbridge
    .on(DescribeEventBusCommand, { Name: P.bus })
    .resolves({ Name: 'orders-bus', Arn: P.bus, Policy: JSON.stringify(DOCS.bus) });
}

function answer(s: PolicyStubs): void {
  s.kms.on(GetKeyPolicyCommand, { KeyId: P.key }).resolves({ Policy: JSON.stringify(DOCS.key), PolicyName: 'default' });
  s.kms.on(ListGrantsCommand, { KeyId: P.key, Marker: undefined }).resolves({
    Grants: [{ ...LAMBDA_GRANT, GrantId: 'g-other', Name: undefined, Constraints: undefined, Operations: ['Encrypt'] }],
    Truncated: true,
    NextMarker: 'm2',
  });
  s.kms.on(ListGrantsCommand, { KeyId: P.key, Marker: 'm2' }).resolves({ Grants: [LAMBDA_GRANT], Truncated: false });
  s.secretsManager.on(GetSecretResourcePolicy, { SecretId: P.secret }).resolves({ ARN: P.secret, Name: 'db' });
  for (const [arn, d] of [
    [P.dlq, DOCS.dlq],
    [P.queue, DOCS.queue],
  ] as const) {
    const url = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${arn.split(':').pop()}`;
    s.sqs.on(GetQueueAttributesCommand, { QueueUrl: url }).resolves({ Attributes: { Policy: JSON.stringify(d) } });
  }
  s.dynamodb.on(DdbGetPolicy, { ResourceArn: P.tableArn }).rejects(
    new PolicyNotFoundException({
      message: 'Resource-based policy not found for the provided ResourceArn',
      $metadata: {},
    }),
  );
  s.ecr
    .on(GetRepositoryPolicyCommand, { repositoryName: 'orders-image', registryId: ACCOUNT })
    .resolves({ registryId: ACCOUNT, repositoryName: 'orders-image', policyText: JSON.stringify(DOCS.repo, null, 2) });
  s.apiGateway.on(GetRestApiCommand, { restApiId: 'abc123' }).resolves({
    id: 'abc123',
    // As API Gateway returns it: quotes and slashes backslash-escaped.
    policy: JSON.stringify(DOCS.api).replace(/"/g, '\\"').replace(/\//g, '\\/'),
  });
  s.codeArtifact
    .on(GetRepositoryPermissionsPolicyCommand, { domain: 'corp', domainOwner: ACCOUNT, repository: 'npm-store' })
    .resolves({ policy: { resourceArn: P.caRepoArn, document: JSON.stringify(DOCS.caRepo) } });
  s.codeArtifact
    .on(GetDomainPermissionsPolicyCommand, { domain: 'corp', domainOwner: ACCOUNT })
    .rejects(new CodeArtifactNotFound({ message: 'no policy', $metadata: {} }));
  s.openSearch
    .on(DescribeDomainConfigCommand, { DomainName: 'search' })
    .resolves({ DomainConfig: { AccessPolicies: { Options: JSON.stringify(DOCS.domain), Status: undefined } } });
  s.signer.on(ListProfilePermissionsCommand, { profileName: 'orders_signing', nextToken: undefined }).resolves({
    permissions: [{ action: 'signer:StartSigningJob', principal: '210987654321', statementId: 'partner-sign' }],
    nextToken: 'p2',
  });
  s.signer.on(ListProfilePermissionsCommand, { profileName: 'orders_signing', nextToken: 'p2' }).resolves({
    permissions: [{ action: 'signer:GetSigningProfile', principal: '210987654321', statementId: 'partner-read' }],
  });
  s.serverlessRepo.on(GetApplicationPolicyCommand as never, { ApplicationId: P.app }).resolves(SAR_POLICY as never);
}

/** GetApplicationPolicy's answer: share with one organization. */
export const SAR_POLICY = {
  Statements: [{ StatementId: 'org', Actions: ['Deploy'], Principals: ['*'], PrincipalOrgIDs: ['o-abc123'] }],
};

function organizations(s: PolicyStubs): void {
  s.organizations
    .on(ListParentsCommand, { ChildId: ACCOUNT })
    .resolves({ Parents: [{ Id: 'ou-ab12-workloads', Type: 'ORGANIZATIONAL_UNIT' }] });
  s.organizations
    .on(ListParentsCommand, { ChildId: 'ou-ab12-workloads' })
    .resolves({ Parents: [{ Id: 'r-ab12', Type: 'ROOT' }] });
  const summary = (id: string, name: string) => ({
    Id: id,
    Arn: `arn:aws:organizations::111111111111:policy/o-abc123/service_control_policy/${id}`,
    Name: name,
  });
  s.organizations.on(ListPoliciesForTargetCommand).resolves({ Policies: [] });
  for (const target of ['r-ab12', 'ou-ab12-workloads', ACCOUNT])
    s.organizations
      .on(ListPoliciesForTargetCommand, { TargetId: target, Filter: 'SERVICE_CONTROL_POLICY' })
      .resolves({ Policies: [summary('p-FullAWSAccess', 'FullAWSAccess')] });
  s.organizations
    .on(ListPoliciesForTargetCommand, {
      TargetId: 'ou-ab12-workloads',
      Filter: 'SERVICE_CONTROL_POLICY',
      NextToken: undefined,
    })
    .resolves({ Policies: [summary('p-FullAWSAccess', 'FullAWSAccess')], NextToken: 't2' });
  s.organizations
    .on(ListPoliciesForTargetCommand, {
      TargetId: 'ou-ab12-workloads',
      Filter: 'SERVICE_CONTROL_POLICY',
      NextToken: 't2',
    })
    .resolves({ Policies: [summary('p-regions', 'DenyOtherRegions')] });
  s.organizations.on(DescribePolicyCommand, { PolicyId: 'p-FullAWSAccess' }).resolves({
    Policy: { Content: JSON.stringify(DOCS.scpFull), PolicySummary: summary('p-FullAWSAccess', 'FullAWSAccess') },
  });
  s.organizations.on(DescribePolicyCommand, { PolicyId: 'p-regions' }).resolves({
    Policy: { Content: JSON.stringify(DOCS.scpDenyRegions), PolicySummary: summary('p-regions', 'DenyOtherRegions') },
  });
}
