/**
 * What an event source mapping needs from the execution role, per source kind (AWS-FACTS §7.1),
 * plus on-failure destinations and KMS keys. Lambda does not inject `lambda:SourceFunctionArn`
 * into polling calls.
 */
import type { MessageParams } from '../../i18n';
import { resourcePolicy } from '../../snapshot/policy-sets';
import type { EventSourceMappingInfo, Snapshot } from '../../snapshot/types';
import { parseArn, serviceOf } from '../../arn';
import { ESM_VPC_ACTIONS, onAnyResource } from './eni';
import type { Requirement } from './requirements';

/** Source access configuration types whose URI is a Secrets Manager secret. */
const SECRET_TYPES = new Set([
  'BASIC_AUTH',
  'SASL_SCRAM_256_AUTH',
  'SASL_SCRAM_512_AUTH',
  'CLIENT_CERTIFICATE_TLS_AUTH',
  'SERVER_ROOT_CA_CERTIFICATE',
]);

/** A requirement group: all of `alternatives` are tried and the group passes when one passes. */
export interface RequirementGroup {
  readonly label: string;
  readonly alternatives: readonly Requirement[];
}

const one = (r: Requirement): RequirementGroup => ({ label: r.action, alternatives: [r] });
const on = (resource: string, actions: readonly string[]): RequirementGroup[] =>
  actions.map((action) => one({ action, resource }));
const anyOf = (resource: string, actions: readonly string[]): RequirementGroup => ({
  label: actions.join(' or '),
  alternatives: actions.map((action) => ({ action, resource })),
});

function secretGroups(esm: EventSourceMappingInfo): RequirementGroup[] {
  return (esm.sourceAccessConfigurations ?? [])
    .filter((c) => SECRET_TYPES.has(c.type) && c.uri.startsWith('arn:'))
    .map((c) => one({ action: 'secretsmanager:GetSecretValue', resource: c.uri }));
}

function vpcGroups(): RequirementGroup[] {
  return onAnyResource(ESM_VPC_ACTIONS).map(one);
}

/** The source-side requirements of one mapping (empty for unknown kinds). */
export function sourceGroups(esm: EventSourceMappingInfo): RequirementGroup[] {
  const arn = esm.eventSourceArn ?? '';
  switch (esm.kind) {
    case 'sqs':
      return on(arn, ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes']);
    case 'kinesis': {
      const consumer = /\/consumer\//.test(arn);
      const stream = consumer ? arn.replace(/\/consumer\/.*$/, '') : arn;
      // DescribeStream lists the shards itself: Serverless Framework grants it without
      // DescribeStreamSummary / ListShards (and the reverse for consumers), and both work.
      return [
        ...on(stream, ['kinesis:GetRecords', 'kinesis:GetShardIterator']),
        anyOf(stream, ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary']),
        anyOf(stream, ['kinesis:ListShards', 'kinesis:DescribeStream']),
        ...(consumer ? on(arn, ['kinesis:SubscribeToShard']) : []),
      ];
    }
    case 'dynamodb':
      return [
        ...on(arn, ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator']),
        // ListStreams on `*` (AWS managed policy, CDK) or on the stream (Serverless, Terraform, SAM templates).
        {
          label: 'dynamodb:ListStreams',
          alternatives: [
            { action: 'dynamodb:ListStreams', resource: '*' },
            { action: 'dynamodb:ListStreams', resource: arn },
          ],
        },
      ];
    case 'msk':
      return [
        {
          label: 'kafka:DescribeClusterV2 or kafka:DescribeCluster',
          alternatives: [
            { action: 'kafka:DescribeClusterV2', resource: arn },
            { action: 'kafka:DescribeCluster', resource: arn },
          ],
        },
        ...on(arn, ['kafka:GetBootstrapBrokers']),
        ...vpcGroups(),
        ...secretGroups(esm),
      ];
    case 'kafka':
      return [...secretGroups(esm), ...(esm.vpc ? vpcGroups() : [])];
    case 'mq':
      return [...on(arn, ['mq:DescribeBroker']), ...secretGroups(esm), ...vpcGroups()];
    case 'documentdb':
      return [
        ...on(arn, ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters', 'rds:DescribeDBSubnetGroups']),
        ...vpcGroups(),
        ...secretGroups(esm),
      ];
    default:
      return [];
  }
}

/** Send requirements for a destination ARN (SQS, SNS, S3, Lambda, EventBridge). */
export function destinationGroups(destination: string | undefined): RequirementGroup[] {
  if (!destination) return [];
  switch (serviceOf(destination)) {
    case 'sqs':
      return on(destination, ['sqs:SendMessage']);
    case 'sns':
      return on(destination, ['sns:Publish']);
    case 's3':
      return [...on(`${destination}/*`, ['s3:PutObject']), ...on(destination, ['s3:ListBucket'])];
    case 'lambda':
      return on(destination, ['lambda:InvokeFunction']);
    case 'events':
      return on(destination, ['events:PutEvents']);
    default:
      return [];
  }
}

/** `kms:Decrypt` on a key, with the key policy when the snapshot has it (customer managed keys only). */
export function kmsDecryptGroup(
  snapshot: Snapshot,
  keyArn: string | undefined,
  context: Readonly<Record<string, string>> = {},
): RequirementGroup[] {
  if (!keyArn) return [];
  const key = snapshot.kmsKeys?.find((k) => k.arn === keyArn);
  if (key?.awsManaged) return [];
  const policy = key?.keyPolicy ? resourcePolicy(key.keyPolicy, `key policy of ${keyArn}`) : undefined;
  return [one({ action: 'kms:Decrypt', resource: keyArn, context, resourcePolicy: policy })];
}

/** How a mapping's source is named: `its` kind (no ARN), a DynamoDB stream of `table`, the bare `arn`, or `named`. */
function sourceParts(esm: EventSourceMappingInfo): { form: 'its' | 'table' | 'arn' | 'named'; name: string } {
  const arn = esm.eventSourceArn;
  if (!arn) return { form: 'its', name: '' };
  const resource = parseArn(arn)?.resource;
  if (resource === undefined) return { form: 'arn', name: arn };
  const table = /^table\/([^/]+)\/stream\//.exec(resource);
  if (table) return { form: 'table', name: table[1] };
  // stream/NAME, cluster/NAME/UUID, broker:NAME:ID, cluster:NAME → NAME
  return { form: 'named', name: /^(?:stream|cluster|broker)[/:]([^/:]+)/.exec(resource)?.[1] ?? resource };
}

/** Human name of a mapping's source. */
export function sourceName(esm: EventSourceMappingInfo): string {
  const kind = SOURCE_KIND[esm.kind];
  const { form, name } = sourceParts(esm);
  if (form === 'its') return `its ${kind}`;
  if (form === 'table') return `the ${kind} of table ${name}`;
  return form === 'arn' ? name : `${kind} ${name}`;
}

/**
 * {@link sourceName} as catalog params (`form`, `sourceKind`, `name`) for the messages of
 * lambda/core/i18n/catalog/checks-req.ts, which name the source in every language.
 */
export function sourceParams(esm: EventSourceMappingInfo): MessageParams {
  return { ...sourceParts(esm), sourceKind: esm.kind };
}

/** What each kind of event source is called. */
const SOURCE_KIND: Readonly<Record<EventSourceMappingInfo['kind'], string>> = {
  sqs: 'SQS queue',
  kinesis: 'Kinesis stream',
  dynamodb: 'DynamoDB stream',
  msk: 'MSK cluster',
  kafka: 'Kafka cluster',
  mq: 'Amazon MQ broker',
  documentdb: 'DocumentDB cluster',
  unknown: 'event source',
};

/** The ESM's Lambda docs page. */
export function esmDocsUrl(esm: EventSourceMappingInfo): string {
  const page: Record<string, string> = {
    sqs: 'with-sqs',
    kinesis: 'with-kinesis',
    dynamodb: 'with-ddb',
    msk: 'with-msk-permissions',
    kafka: 'with-kafka',
    mq: 'with-mq',
    documentdb: 'with-documentdb',
  };
  return `https://docs.aws.amazon.com/lambda/latest/dg/${page[esm.kind] ?? 'invocation-eventsourcemapping'}.html`;
}
