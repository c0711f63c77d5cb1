import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { ListGrantsCommand } from '@aws-sdk/client-kms';
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { GetSecretValueCommand, GetResourcePolicyCommand } from '@aws-sdk/client-secrets-manager';
import { ResourcePolicyCollector } from '../../../../lambda/aws/collect/resource-policies/index';
import { CollectContext } from '../../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../../lambda/aws/collect/limiter';
import { mockAccount } from '../fixture';
import { ACCOUNT, REGION } from '../fixture-data';
import { answerBasePolicies, DOCS, mockPolicyClients, P, SAR_POLICY } from './fixture';

function setup() {
  const account = mockAccount();
  const policies = mockPolicyClients();
  answerBasePolicies(account.stubs);
  const clients = { ...account.clients, ...policies.clients };
  const ctx = new CollectContext(new RateLimiter({}));
  const collector = new ResourcePolicyCollector(ctx, clients, { accountId: ACCOUNT, region: REGION });
  return { ctx, collector, stubs: { ...account.stubs, ...policies.stubs }, clients };
}

const denied = (name: string) =>
  Object.assign(new Error('User: arn:aws:sts::123456789012:assumed-role/laa/x is not authorized'), { name });

describe('ResourcePolicyCollector', () => {
  it.each([
    ['S3 object → its bucket policy', P.bucket, P.bucketArn, 's3', 'present', DOCS.bucket],
    ['SQS queue policy', P.dlq, P.dlq, 'sqs', 'present', DOCS.dlq],
    ['ECR repository policy', P.repo, P.repo, 'ecr', 'present', DOCS.repo],
    ['EventBridge bus policy', P.bus, P.bus, 'events', 'present', DOCS.bus],
    ['API Gateway policy, unescaped', P.api, P.apiArn, 'apigateway', 'present', DOCS.api],
    ['CodeArtifact package → repository policy', P.caRepo, P.caRepoArn, 'codeartifact', 'present', DOCS.caRepo],
    ['CodeArtifact domain without policy', P.caDomain, P.caDomain, 'codeartifact', 'none', undefined],
    ['OpenSearch domain access policy', P.domain, P.domainArn, 'es', 'present', DOCS.domain],
    ['DynamoDB index → table without policy', P.table, P.tableArn, 'dynamodb', 'none', undefined],
    ['secret without policy', P.secret, P.secret, 'secretsmanager', 'none', undefined],
    ['layer version without policy (ResourceNotFoundException)', P.layer, P.layer, 'lambda', 'none', undefined],
  ])('%s', async (_name, arn, policyArn, service, status, document) => {
    const { ctx, collector } = setup();
    await collector.read(arn);
    const { resourcePolicies } = await collector.results();
    expect(resourcePolicies).toEqual([{ arn: policyArn, service, status, ...(document ? { document } : {}) }]);
    expect(ctx.failedReads).toEqual([]);
  });

  it('converts Signer permissions (two pages) and SAR statements into IAM statements, saying so', async () => {
    const { collector } = setup();
    await collector.readAll([P.profile, P.app]);
    const [signer, sar] = [...(await collector.results()).resourcePolicies]
      .sort((a, b) => a.service.localeCompare(b.service))
      .reverse();
    expect(signer?.document?.Statement).toEqual([
      {
        Sid: 'partner-sign',
        Effect: 'Allow',
        Principal: { AWS: '210987654321' },
        Action: 'signer:StartSigningJob',
        Resource: P.profile,
      },
      {
        Sid: 'partner-read',
        Effect: 'Allow',
        Principal: { AWS: '210987654321' },
        Action: 'signer:GetSigningProfile',
        Resource: P.profile,
      },
    ]);
    expect(signer?.note).toContain('not an IAM JSON policy');
    expect(sar?.document?.Statement).toEqual([
      {
        Sid: SAR_POLICY.Statements[0]?.StatementId,
        Effect: 'Allow',
        Principal: '*',
        Action: ['serverlessrepo:Deploy'],
        Resource: P.app,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-abc123'] } },
      },
    ]);
  });

  it('reads a KMS key policy and every page of its grants, keeping Lambda’s grant', async () => {
    const { collector, stubs } = setup();
    await collector.read(P.key);
    const { kmsKeys, resourcePolicies } = await collector.results();
    expect(resourcePolicies).toEqual([]);
    expect(stubs.kms.commandCalls(ListGrantsCommand)).toHaveLength(2);
    expect(kmsKeys).toHaveLength(1);
    expect(kmsKeys[0]?.keyPolicy).toEqual(DOCS.key);
    expect(kmsKeys[0]?.grantsComplete).toBe(true);
    expect(kmsKeys[0]?.grants?.map((g) => [g.grantId, g.operations])).toEqual([
      ['g-other', ['Encrypt']],
      ['g-lambda', ['Decrypt']],
    ]);
    expect(kmsKeys[0]?.grants?.[1]).toMatchObject({
      granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/service/orders-role`,
      constraints: {
        encryptionContextEquals: { 'aws:lambda:FunctionArn': `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders` },
      },
      creationDate: '2026-10-01T00:00:00.000Z',
    });
  });

  it('marks the grant listing incomplete when a later page is throttled past the retries', async () => {
    const { ctx, collector, stubs } = setup();
    stubs.kms.on(ListGrantsCommand, { KeyId: P.key, Marker: 'm2' }).rejects(denied('ThrottlingException'));
    await collector.read(P.key);
    const [key] = (await collector.results()).kmsKeys;
    expect(key?.grantsComplete).toBe(false);
    expect(key?.grants).toHaveLength(1);
    expect(ctx.failedReads.map((f) => [f.api, f.errorCode, f.action])).toEqual([
      ['kms:ListGrants', 'ThrottlingException', 'kms:ListGrants'],
    ]);
  });

  it.each([
    ['AccessDeniedException', 'unreadable'],
    ['InternalServerError', 'unreadable'],
  ])('records %s on a read as a failed read with its IAM action, never a crash', async (code, status) => {
    const { ctx, collector, stubs } = setup();
    stubs.secretsManager.on(GetResourcePolicyCommand).rejects(denied(code));
    await collector.read(P.secret);
    expect((await collector.results()).resourcePolicies).toEqual([
      { arn: P.secret, service: 'secretsmanager', status },
    ]);
    expect(ctx.failedReads).toEqual([
      expect.objectContaining({
        api: 'secretsmanager:GetResourcePolicy',
        target: P.secret,
        errorCode: code,
        action: 'secretsmanager:GetResourcePolicy',
      }),
    ]);
  });

  it('records a policy that is not JSON as a failed read', async () => {
    const { ctx, collector, stubs } = setup();
    stubs.sns.on(GetTopicAttributesCommand).resolves({ Attributes: { Policy: '{"Version":' } });
    await collector.read(`arn:aws:sns:${REGION}:${ACCOUNT}:t`);
    expect((await collector.results()).resourcePolicies[0]?.status).toBe('unreadable');
    expect(ctx.failedReads[0]).toMatchObject({ api: 'sns:GetTopicAttributes', errorCode: 'PolicyDecodeError' });
  });

  it('maps QueueDoesNotExist to not-found without a failed read', async () => {
    const { ctx, collector, stubs } = setup();
    stubs.sqs.on(GetQueueAttributesCommand).rejects(denied('QueueDoesNotExist'));
    await collector.read(`arn:aws:sqs:${REGION}:${ACCOUNT}:gone`);
    expect((await collector.results()).resourcePolicies[0]?.status).toBe('not-found');
    expect(ctx.failedReads).toEqual([]);
  });

  it('reads each distinct resource once, and does not read other accounts, Regions, aliases or unsupported ARNs', async () => {
    const { ctx, collector, stubs } = setup();
    await collector.readAll([
      P.dlq,
      P.dlq,
      P.otherAccountQueue,
      P.otherRegionTopic,
      `arn:aws:kms:${REGION}:${ACCOUNT}:alias/x`,
      `arn:aws:iam::${ACCOUNT}:role/r`,
      undefined,
    ]);
    expect(stubs.sqs.commandCalls(GetQueueAttributesCommand)).toHaveLength(1);
    expect(stubs.sns.commandCalls(GetTopicAttributesCommand)).toHaveLength(0);
    const { resourcePolicies } = await collector.results();
    expect(resourcePolicies.map((p) => [p.arn, p.status, p.note])).toEqual([
      [P.otherRegionTopic, 'not-read', `in Region eu-west-1: the collector reads ${REGION}`],
      [P.dlq, 'present', undefined],
      [P.otherAccountQueue, 'not-read', 'owned by account 210987654321: its policy is readable only there'],
    ]);
    expect(ctx.failedReads).toEqual([]);
  });

  it('records services without a client as not-read', async () => {
    const { clients } = setup();
    const ctx = new CollectContext(new RateLimiter({}));
    const { kms: _k, secretsManager: _s, ...rest } = clients;
    const collector = new ResourcePolicyCollector(ctx, rest, { accountId: ACCOUNT, region: REGION });
    await collector.readAll([P.key, P.secret]);
    expect((await collector.results()).resourcePolicies.map((p) => [p.service, p.status, p.note])).toEqual([
      ['kms', 'not-read', 'no KMS client'],
      ['secretsmanager', 'not-read', 'no secretsmanager client'],
    ]);
  });

  it('never reads a secret value', async () => {
    const { collector, stubs } = setup();
    await collector.read(P.secret);
    expect(stubs.secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(0);
  });
});
