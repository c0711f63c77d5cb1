/**
 * Derives the denied resource ARN from CloudTrail `requestParameters` when the error message names none,
 * and keeps a whitelist of interesting request parameters (never environment variables or their values).
 */
import { sqsArnFromUrl } from './message';

type Json = Record<string, unknown>;

/** Request parameters kept on the DeniedRequest (string values only). Nothing else is ever copied. */
const KEPT_PARAMETERS = [
  'functionName',
  'qualifier',
  'role',
  'roleArn',
  'roleName',
  'roleSessionName',
  'externalId',
  'uuid',
  'eventSourceArn',
  'principal',
  'sourceArn',
  'sourceAccount',
  'statementId',
  'action',
  'layerName',
  'functionUrlAuthType',
  'bucketName',
  'key',
  'queueUrl',
  'queueName',
  'topicArn',
  'targetArn',
  'keyId',
  'secretId',
  'tableName',
  'logGroupName',
  'logStreamName',
  'streamName',
  'streamARN',
  'policyArn',
  'userName',
  'instanceProfileName',
  'name',
  'eventBusName',
  'stateMachineArn',
  'parameterName',
] as const;

/**
 * Picks the whitelisted string parameters (see `KEPT_PARAMETERS`).
 * @param params CloudTrail `requestParameters` (may be null)
 */
export function keptParameters(params: Json | undefined): Record<string, string> | undefined {
  if (!params) return undefined;
  const out: Record<string, string> = {};
  for (const k of KEPT_PARAMETERS) {
    const v = params[k];
    if (typeof v === 'string' && v !== '' && v !== '<sensitiveDataRemoved>') out[k] = v.slice(0, 2048);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Context needed to build ARNs. */
export interface ArnContext {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** Full Lambda function ARN from a name, partial ARN (`123456789012:function:f`) or full ARN. */
export function lambdaFunctionArn(nameOrArn: string, ctx: ArnContext, qualifier?: string): string {
  if (nameOrArn.startsWith('arn:')) return nameOrArn;
  const m = /^(?:(?<acct>\d{12}):)?(?:function:)?(?<name>[A-Za-z0-9_-]+)(?::(?<q>[A-Za-z0-9$_-]+))?$/.exec(nameOrArn);
  const name = m?.groups?.name ?? nameOrArn;
  const q = m?.groups?.q ?? qualifier;
  return `arn:${ctx.partition}:lambda:${ctx.region}:${m?.groups?.acct ?? ctx.account}:function:${name}${q ? `:${q}` : ''}`;
}

function asArn(v: string | undefined): string | undefined {
  return v && v.startsWith('arn:') ? v : undefined;
}

type Builder = (p: Record<string, string>, ctx: ArnContext) => string | undefined;

const BUILDERS: Readonly<Record<string, Builder>> = {
  lambda: (p, c) =>
    p.functionName
      ? lambdaFunctionArn(p.functionName, c, p.qualifier)
      : p.uuid
        ? `arn:${c.partition}:lambda:${c.region}:${c.account}:event-source-mapping:${p.uuid}`
        : p.layerName
          ? (asArn(p.layerName) ?? `arn:${c.partition}:lambda:${c.region}:${c.account}:layer:${p.layerName}`)
          : undefined,
  iam: (p, c) =>
    asArn(p.policyArn) ??
    (p.roleName ? `arn:${c.partition}:iam::${c.account}:role/${p.roleName}` : undefined) ??
    (p.userName ? `arn:${c.partition}:iam::${c.account}:user/${p.userName}` : undefined) ??
    (p.instanceProfileName
      ? `arn:${c.partition}:iam::${c.account}:instance-profile/${p.instanceProfileName}`
      : undefined),
  sts: (p) => asArn(p.roleArn),
  s3: (p, c) => (p.bucketName ? `arn:${c.partition}:s3:::${p.bucketName}${p.key ? `/${p.key}` : ''}` : undefined),
  sqs: (p, c) =>
    (p.queueUrl ? sqsArnFromUrl(p.queueUrl, c.region) : undefined) ??
    (p.queueName ? `arn:${c.partition}:sqs:${c.region}:${c.account}:${p.queueName}` : undefined),
  sns: (p) => asArn(p.topicArn) ?? asArn(p.targetArn),
  kms: (p, c) =>
    asArn(p.keyId) ??
    (p.keyId
      ? `arn:${c.partition}:kms:${c.region}:${c.account}:${p.keyId.startsWith('alias/') ? p.keyId : `key/${p.keyId}`}`
      : undefined),
  secretsmanager: (p, c) =>
    asArn(p.secretId) ??
    (p.secretId ? `arn:${c.partition}:secretsmanager:${c.region}:${c.account}:secret:${p.secretId}` : undefined),
  dynamodb: (p, c) =>
    p.tableName ? `arn:${c.partition}:dynamodb:${c.region}:${c.account}:table/${p.tableName}` : undefined,
  logs: (p, c) =>
    p.logGroupName
      ? `arn:${c.partition}:logs:${c.region}:${c.account}:log-group:${p.logGroupName}${p.logStreamName ? `:log-stream:${p.logStreamName}` : ''}`
      : undefined,
  kinesis: (p, c) =>
    asArn(p.streamARN) ??
    (p.streamName ? `arn:${c.partition}:kinesis:${c.region}:${c.account}:stream/${p.streamName}` : undefined),
  states: (p) => asArn(p.stateMachineArn),
  ssm: (p, c) =>
    p.parameterName
      ? `arn:${c.partition}:ssm:${c.region}:${c.account}:parameter/${p.parameterName.replace(/^\//, '')}`
      : undefined,
};

/**
 * Resource ARN for a request, from its parameters. Undefined when it cannot be derived.
 * @param service IAM service prefix (`lambda`, `s3`, …)
 * @param params whitelisted request parameters (see {@link keptParameters})
 */
export function resourceFromParameters(
  service: string,
  params: Record<string, string> | undefined,
  ctx: ArnContext,
): string | undefined {
  if (!params) return undefined;
  return BUILDERS[service]?.(params, ctx);
}

/**
 * A resource as the message named it, as an ARN where that is unambiguous: Lambda's console messages name the
 * function only (`… lambda:GetFunction on resource: my-function`, Lambda developer guide, "Troubleshooting
 * AWS Lambda identity and access"). Anything else is returned unchanged.
 * @param resource resource text from the message
 * @param service IAM service prefix of the denied action
 */
export function messageResourceArn(resource: string, service: string, ctx: ArnContext): string {
  if (service !== 'lambda' || resource === '*' || resource.startsWith('arn:')) return resource;
  return /^[A-Za-z0-9_-]{1,64}$/.test(resource) ? lambdaFunctionArn(resource, ctx) : resource;
}
