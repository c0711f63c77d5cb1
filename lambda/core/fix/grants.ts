/**
 * The CDK `grant*` table: which idiomatic CDK grant covers a set of actions on a resource type.
 * Used only to *render* fixes (the permission question itself is always asked to the engine).
 */
import { serviceOf } from '../arn';
import { tsString } from './quote';

/** One CDK grant. */
export interface GrantEntry {
  /** Service prefix of the resource ARN the grant applies to. */
  readonly service: string;
  /** Lower-case actions the grant covers (a statement qualifies when all its actions are in here). */
  readonly actions: readonly string[];
  /** Variable name in the snippet. */
  readonly variable: string;
  /** Import expression; `ARN` (and `TABLE`) are replaced by the quoted resource ARN (table name). */
  readonly importExpr: string;
  /** Grant method call, e.g. `grantConsumeMessages`. */
  readonly method: string;
}

const l = (...actions: string[]): string[] => actions.map((a) => a.toLowerCase());

/** The grant table, most specific first. */
export const GRANTS: readonly GrantEntry[] = [
  {
    service: 'sqs',
    actions: l(
      'sqs:ReceiveMessage',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:ChangeMessageVisibility',
      'sqs:GetQueueUrl',
    ),
    variable: 'queue',
    importExpr: "sqs.Queue.fromQueueArn(this, 'Queue', ARN)",
    method: 'grantConsumeMessages',
  },
  {
    service: 'sqs',
    actions: l('sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'),
    variable: 'queue',
    importExpr: "sqs.Queue.fromQueueArn(this, 'Queue', ARN)",
    method: 'grantSendMessages',
  },
  {
    service: 'sns',
    actions: l('sns:Publish'),
    variable: 'topic',
    importExpr: "sns.Topic.fromTopicArn(this, 'Topic', ARN)",
    method: 'grantPublish',
  },
  {
    service: 'kinesis',
    actions: l(
      'kinesis:DescribeStream',
      'kinesis:DescribeStreamSummary',
      'kinesis:GetRecords',
      'kinesis:GetShardIterator',
      'kinesis:ListShards',
      'kinesis:ListStreams',
      'kinesis:SubscribeToShard',
    ),
    variable: 'stream',
    importExpr: "kinesis.Stream.fromStreamArn(this, 'Stream', ARN)",
    method: 'grantRead',
  },
  {
    service: 'dynamodb',
    actions: l('dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'),
    variable: 'table',
    importExpr: "dynamodb.Table.fromTableAttributes(this, 'Table', { tableStreamArn: ARN, tableName: TABLE })",
    method: 'grantStreamRead',
  },
  {
    service: 'kms',
    actions: l('kms:Decrypt'),
    variable: 'key',
    importExpr: "kms.Key.fromKeyArn(this, 'Key', ARN)",
    method: 'grantDecrypt',
  },
  {
    service: 's3',
    actions: l('s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation'),
    variable: 'bucket',
    importExpr: "s3.Bucket.fromBucketName(this, 'Bucket', BUCKET)",
    method: 'grantRead',
  },
  {
    service: 's3',
    actions: l('s3:PutObject'),
    variable: 'bucket',
    importExpr: "s3.Bucket.fromBucketName(this, 'Bucket', BUCKET)",
    method: 'grantPut',
  },
  {
    service: 'events',
    actions: l('events:PutEvents'),
    variable: 'bus',
    importExpr: "events.EventBus.fromEventBusArn(this, 'Bus', ARN)",
    method: 'grantPutEventsTo',
  },
  {
    service: 'lambda',
    actions: l('lambda:InvokeFunction'),
    variable: 'target',
    importExpr: "lambda.Function.fromFunctionArn(this, 'Target', ARN)",
    method: 'grantInvoke',
  },
  {
    service: 'logs',
    actions: l('logs:CreateLogStream', 'logs:PutLogEvents'),
    variable: 'logGroup',
    importExpr: "logs.LogGroup.fromLogGroupArn(this, 'LogGroup', ARN)",
    method: 'grantWrite',
  },
  {
    service: 'secretsmanager',
    actions: l('secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'),
    variable: 'secret',
    importExpr: "secretsmanager.Secret.fromSecretCompleteArn(this, 'Secret', ARN)",
    method: 'grantRead',
  },
];

/** The grant that covers every action on every resource of a statement, or undefined. */
export function grantFor(actions: readonly string[], resources: readonly string[]): GrantEntry | undefined {
  if (resources.length !== 1 || resources[0] === '*') return undefined;
  const service = serviceOf(resources[0]);
  const wanted = actions.map((a) => a.toLowerCase());
  return GRANTS.find((g) => g.service === service && wanted.every((a) => g.actions.includes(a)));
}

/**
 * S3: `Bucket.fromBucketName(...)` and the key pattern as `grant*`'s `objectsKeyPattern` (default `'*'`;
 * aws-cdk-lib aws-s3 BucketGrants.read / put), never a bucket imported from an object ARN.
 */
function renderS3Grant(grant: GrantEntry, resource: string, fnVar: string): string | undefined {
  const m = /^arn:[^:]+:s3:::([^/]+)(?:\/(.+))?$/.exec(resource);
  if (!m) return undefined;
  const keys = m[2] && m[2] !== '*' ? `, ${tsString(m[2])}` : '';
  return `const bucket = s3.Bucket.fromBucketName(this, 'Bucket', ${tsString(m[1])});\nbucket.${grant.method}(${fnVar}${keys});`;
}

/** Renders a grant as a CDK snippet for function variable `fnVar`. */
export function renderGrant(grant: GrantEntry, resource: string, fnVar = 'fn'): string {
  const s3 = grant.service === 's3' ? renderS3Grant(grant, resource, fnVar) : undefined;
  if (s3) return s3;
  const table = /:table\/([^/]+)/.exec(resource);
  const name = table ? table[1] : (resource.split(/[:/]/).pop() ?? resource);
  const arn = grant.service === 'logs' ? resource.replace(/:log-stream:.*$/, ':*') : resource;
  const importExpr = grant.importExpr.replace('ARN', tsString(arn)).replace('TABLE', tsString(name));
  return `const ${grant.variable} = ${importExpr};\n${grant.variable}.${grant.method}(${fnVar});`;
}
