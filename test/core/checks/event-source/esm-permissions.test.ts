import { ESM_PERMISSIONS } from '../../../../lambda/core/checks/event-source/esm-permissions';
import type { EventSourceMappingInfo, KmsKeyInfo, PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, deny, doc, fn, role, single } from '../../../support/factory';

const CATALOG = loadActionCatalog();

const Q = `arn:aws:sqs:us-east-1:${ACCOUNT}:a-in`;
const STREAM = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/a-clicks`;
const DDB = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/a-orders/stream/2026-01-01T00:00:00.000`;
const MSK = `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/a-msk/abcd-1`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1111-2222`;
const DLQ = `arn:aws:sqs:us-east-1:${ACCOUNT}:a-esm-dlq`;
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:a-kafka-AbCdEf`;
const ENI = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
];

const esm = (
  kind: EventSourceMappingInfo['kind'],
  arn: string | undefined,
  extra: Partial<EventSourceMappingInfo> = {},
): EventSourceMappingInfo => ({
  uuid: `uuid-${kind}`,
  kind,
  eventSourceArn: arn,
  state: 'Enabled',
  ...extra,
});

function run(mapping: EventSourceMappingInfo, policy: PolicyDocument, kmsKeys?: KmsKeyInfo[]) {
  const f = fn('a-esm', 'a-esm-role', { eventSourceMappings: [mapping] });
  return ESM_PERMISSIONS.run({
    snapshot: single(f, role('a-esm-role', { app: policy }), { kmsKeys }),
    fn: f,
    catalog: CATALOG,
    now: NOW,
  });
}

describe('LAA-ESM-PERMISSIONS', () => {
  it.each<[string, EventSourceMappingInfo, PolicyDocument, string, string[]]>([
    [
      'sqs allowed',
      esm('sqs', Q),
      doc(LOGS_ALLOW, allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Q)),
      'pass',
      [],
    ],
    [
      'sqs missing DeleteMessage',
      esm('sqs', Q),
      doc(allow(['sqs:ReceiveMessage', 'sqs:GetQueueAttributes'], Q)),
      'fail',
      ['sqs:DeleteMessage'],
    ],
    [
      'sqs allowed on another queue',
      esm('sqs', Q),
      doc(allow('sqs:*', `${Q}-other`)),
      'fail',
      ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
    ],
    ['kinesis allowed', esm('kinesis', STREAM), doc(allow('kinesis:*', STREAM)), 'pass', []],
    [
      // DescribeStream alone also lists the shards (Serverless Framework's grant): drop it to miss ListShards.
      'kinesis missing ListShards (DescribeStreamSummary without ListShards or DescribeStream)',
      esm('kinesis', STREAM),
      doc(allow(['kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator'], STREAM)),
      'fail',
      ['kinesis:ListShards'],
    ],
    [
      'kinesis consumer needs SubscribeToShard',
      esm('kinesis', `${STREAM}/consumer/c1:1`),
      doc(
        allow(
          [
            'kinesis:DescribeStream',
            'kinesis:DescribeStreamSummary',
            'kinesis:GetRecords',
            'kinesis:GetShardIterator',
            'kinesis:ListShards',
          ],
          STREAM,
        ),
      ),
      'fail',
      ['kinesis:SubscribeToShard'],
    ],
    [
      'dynamodb allowed',
      esm('dynamodb', DDB),
      doc(
        allow(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams']),
      ),
      'pass',
      [],
    ],
    [
      'dynamodb table-only grant',
      esm('dynamodb', DDB),
      doc(allow('dynamodb:*', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/a-orders`)),
      'fail',
      ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
    ],
    [
      'msk with DescribeCluster (v1) is enough',
      esm('msk', MSK),
      doc(allow(['kafka:DescribeCluster', 'kafka:GetBootstrapBrokers'], MSK), allow(ENI)),
      'pass',
      [],
    ],
    [
      'msk missing ENI actions',
      esm('msk', MSK),
      doc(allow(['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'], MSK)),
      'fail',
      ENI,
    ],
    [
      'self-managed kafka secret',
      esm('kafka', undefined, { sourceAccessConfigurations: [{ type: 'SASL_SCRAM_512_AUTH', uri: SECRET }] }),
      doc(),
      'fail',
      ['secretsmanager:GetSecretValue'],
    ],
    [
      'self-managed kafka secret allowed',
      esm('kafka', undefined, { sourceAccessConfigurations: [{ type: 'SASL_SCRAM_512_AUTH', uri: SECRET }] }),
      doc(allow('secretsmanager:GetSecretValue', SECRET)),
      'pass',
      [],
    ],
    [
      'mq needs DescribeBroker',
      esm('mq', `arn:aws:mq:us-east-1:${ACCOUNT}:broker:a-mq:b-1`),
      doc(allow(ENI)),
      'fail',
      ['mq:DescribeBroker'],
    ],
    [
      'documentdb allowed',
      esm('documentdb', `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:a-docdb`),
      doc(
        allow(['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters', 'rds:DescribeDBSubnetGroups']),
        allow(ENI),
      ),
      'pass',
      [],
    ],
    [
      'on-failure SQS destination',
      esm('kinesis', STREAM, { onFailureDestination: DLQ }),
      doc(allow('kinesis:*', STREAM)),
      'fail',
      ['sqs:SendMessage'],
    ],
    ['encrypted SQS source', esm('sqs', Q, { sourceKmsKeyArn: KEY }), doc(allow('sqs:*', Q)), 'fail', ['kms:Decrypt']],
    [
      'encrypted SQS source allowed',
      esm('sqs', Q, { sourceKmsKeyArn: KEY }),
      doc(allow('sqs:*', Q), allow('kms:Decrypt', KEY)),
      'pass',
      [],
    ],
    [
      'explicit deny on source',
      esm('sqs', Q),
      doc(allow('sqs:*'), deny('sqs:DeleteMessage', Q)),
      'fail',
      ['sqs:DeleteMessage'],
    ],
  ])('%s', (_name, mapping, policy, status, actions) => {
    const out = run(mapping, policy);
    expect(out.status).toBe(status);
    if (status === 'fail') {
      const finding = out.findings[0];
      expect(finding.checkId).toBe('LAA-ESM-PERMISSIONS');
      expect(finding.category).toBe('event-source');
      for (const action of actions) expect(finding.explanation.details.join('\n')).toContain(`${action} on`);
      expect(finding.explanation.details.join('\n').match(/ on arn:| on \*/g)?.length).toBeGreaterThanOrEqual(
        actions.length,
      );
    }
  });

  it('uses the key policy when the key is in the snapshot', () => {
    const keyPolicy = doc(
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringLike: { 'aws:PrincipalArn': '*a-esm-role' } },
      },
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
    );
    const out = run(esm('sqs', Q, { sourceKmsKeyArn: KEY }), doc(allow('sqs:*', Q), allow('kms:Decrypt', KEY)), [
      { arn: KEY, keyPolicy },
    ]);
    expect(out.status).toBe('fail');
    expect(out.findings[0].explanation.decision).toBe('ExplicitlyDenied');
  });

  it.each<[string, KmsKeyInfo[] | undefined, boolean]>([
    ['key in the snapshot, key policy unreadable', [{ arn: KEY }], true],
    ['key not in the snapshot', undefined, true],
    [
      'key policy read and delegating to IAM',
      [
        {
          arn: KEY,
          keyPolicy: doc({
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'kms:*',
            Resource: '*',
          }),
        },
      ],
      false,
    ],
  ])('an allowed kms:Decrypt says whether the key policy could be read: %s', (_name, keys, unread) => {
    // KMS Developer Guide, "Key policies in AWS KMS": IAM policies alone cannot allow access to a key.
    const out = run(esm('sqs', Q, { sourceKmsKeyArn: KEY }), doc(allow('sqs:*', Q), allow('kms:Decrypt', KEY)), keys);
    expect(out.status).toBe('pass');
    const note = (out.notes ?? []).find((n) => n.startsWith(`kms:Decrypt on ${KEY}`));
    expect(note !== undefined).toBe(unread);
    if (unread) expect(note).toContain('the key policy could not be read, so a Deny there is not ruled out');
  });

  it('cites EVENT_SOURCE_AUTHZ_ERROR even when the role allows everything', () => {
    const mapping = esm('msk', MSK, { state: 'Disabled', stateTransitionReason: 'EVENT_SOURCE_AUTHZ_ERROR' });
    const out = run(mapping, doc(allow(['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'], MSK), allow(ENI)));
    expect(out.status).toBe('fail');
    expect(out.findings[0].explanation.summary).toContain('EVENT_SOURCE_AUTHZ_ERROR');
  });

  it('proposes queue.grantConsumeMessages in CDK', () => {
    const out = run(esm('sqs', Q), doc());
    expect(out.findings[0].fix?.cdk).toContain('grantConsumeMessages(fn)');
  });

  it.each([
    ['no mappings', fn('a-esm', 'a-esm-role')],
    ['no function', undefined],
  ])('not applicable: %s', (_name, target) => {
    const out = ESM_PERMISSIONS.run({
      snapshot: single(fn('a-esm', 'a-esm-role'), role('a-esm-role')),
      fn: target,
      catalog: CATALOG,
      now: NOW,
    });
    expect(out.status).toBe('not-applicable');
  });

  it.each<[string, EventSourceMappingInfo, PolicyDocument, string, string[], string]>([
    [
      'SQS queue denied',
      esm('sqs', Q),
      doc(),
      'a-esm には SQS キュー a-in からのイベントソースマッピングに必要なアクセス許可がありません',
      ['イベントソースマッピング uuid-sqs (Enabled)'],
      'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html を参照してください。',
    ],
    [
      'DynamoDB stream denied, state unknown',
      esm('dynamodb', DDB, { state: undefined }),
      doc(),
      'a-esm には テーブル a-orders の DynamoDB ストリームからのイベントソースマッピングに必要なアクセス許可がありません',
      ['イベントソースマッピング uuid-dynamodb (状態不明)'],
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html を参照してください。',
    ],
    [
      'MSK reports an authorization error the role does not explain',
      esm('msk', MSK, { state: 'Disabled', stateTransitionReason: 'EVENT_SOURCE_AUTHZ_ERROR' }),
      doc(allow(['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'], MSK), allow(ENI)),
      'a-esm: MSK クラスター a-msk からのイベントソースマッピングが認可エラーを報告しています',
      [
        'イベントソースマッピング uuid-msk (Disabled)',
        'Lambda の報告: EVENT_SOURCE_AUTHZ_ERROR',
        'スナップショットから見えないポリシー: ソースのリソースベースのポリシー (キュー / ストリーム / クラスターのポリシー)、KMS キーポリシー、SCP / RCP',
      ],
      'アクセスが許可されるとマッピングは自動的に再開します。無効化されたマッピングは再度有効にする必要があります。',
    ],
  ])('%s: rendered in ja, identifiers verbatim', (_name, mapping, policy, title, details, note) => {
    const finding = run(mapping, policy).findings[0];
    const ja = localizeFinding(finding, 'ja');
    expect(ja.title).toBe(title);
    expect(ja.explanation.summary).not.toBe(finding.explanation.summary);
    expect(ja.explanation.summary).toMatch(/^実行ロール/);
    expect(ja.fix?.summary).not.toBe(finding.fix?.summary);
    for (const id of ['a-esm-role', ...(mapping.kind === 'msk' ? [MSK] : [])]) expect(ja.fix?.summary).toContain(id);
    for (const d of details) expect(ja.explanation.details).toContain(d);
    expect(ja.fix?.notes).toContain(note);
    expect(renderEmailBody(finding, 'ja')).toContain(ja.explanation.summary);
  });
});
