/** Constants of the mocked account used by collector tests (ARNs, documents, configurations). */
import { ResourceNotFoundException, type FunctionConfiguration } from '@aws-sdk/client-lambda';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const ORDERS_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders`;
export const REPORTS_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:reports`;
export const ORDERS_ROLE = `arn:aws:iam::${ACCOUNT}:role/service/orders-role`;
export const REPORTS_ROLE = `arn:aws:iam::${ACCOUNT}:role/reports-role`;
export const BASIC_POLICY = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
export const LOCAL_POLICY = `arn:aws:iam::${ACCOUNT}:policy/orders-data`;
export const CUSTOM_BUS_RULE = `arn:aws:events:${REGION}:${ACCOUNT}:rule/orders-bus/new-order`;
export const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:order-events`;
/** The orders function's on-failure destination. */
export const FAILURES_TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:failures`;
/** SNS's default topic policy shape: the owner account may manage and publish. */
export const FAILURES_TOPIC_POLICY = {
  Version: '2008-10-17',
  Id: '__default_policy_ID',
  Statement: [
    {
      Sid: '__default_statement_ID',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['SNS:Publish', 'SNS:GetTopicAttributes', 'SNS:Subscribe'],
      Resource: `arn:aws:sns:${REGION}:${ACCOUNT}:failures`,
      Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
    },
  ],
};
export const LIVE_ALIAS = `${ORDERS_ARN}:live`;
/** A rule on the default bus that targets the `live` alias (found only by asking for the alias ARN). */
export const LIVE_RULE = `arn:aws:events:${REGION}:${ACCOUNT}:rule/nightly-live`;
export const ACCESS_POINT_ID = 'fsap-0123456789abcdef0';
export const ACCESS_POINT = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/${ACCESS_POINT_ID}`;
export const FILE_SYSTEM = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-0123456789abcdef0`;
/** The principal the mocked STS says the collector runs as. */
export const AUDITOR_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/laa-collector/laa-session`;

/** Environment variable values that must never appear in a snapshot. */
export const SECRET_VALUES = [
  'sup3r-secret-db-password-XYZ',
  'tok_9f8e7d6c5b4a3210',
  'https://user:pw@internal.example',
];

/** IAM encodes documents per RFC 3986. */
export const encode = (doc: unknown): string => encodeURIComponent(JSON.stringify(doc));

export const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
export const INLINE = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::orders-uploads/*' }],
};
export const BASIC_DOC = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' },
  ],
};

const grant = (sid: string, service: string, sourceArn: string, extra: Record<string, unknown> = {}) => ({
  Sid: sid,
  Effect: 'Allow',
  Principal: { Service: service },
  Action: 'lambda:InvokeFunction',
  Resource: ORDERS_ARN,
  Condition: { ArnLike: { 'AWS:SourceArn': sourceArn }, ...extra },
});

export const ORDERS_POLICY = {
  Version: '2012-10-17',
  Id: 'default',
  Statement: [
    grant('s3', 's3.amazonaws.com', 'arn:aws:s3:::orders-uploads', { StringEquals: { 'AWS:SourceAccount': ACCOUNT } }),
    grant('events', 'events.amazonaws.com', CUSTOM_BUS_RULE),
    grant('sns', 'sns.amazonaws.com', TOPIC),
    grant('logs', 'logs.amazonaws.com', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app/audit:*`),
    grant('api', 'apigateway.amazonaws.com', `arn:aws:execute-api:${REGION}:${ACCOUNT}:abc123/*/POST/orders`),
    {
      Sid: 'FunctionURLAllowPublicAccess',
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:InvokeFunctionUrl',
      Resource: ORDERS_ARN,
      Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
    },
  ],
};

export const ORDERS_CONFIG: FunctionConfiguration = {
  FunctionName: 'orders',
  FunctionArn: ORDERS_ARN,
  Runtime: 'nodejs20.x',
  Role: ORDERS_ROLE,
  PackageType: 'Zip',
  Architectures: ['arm64'],
  VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
  DeadLetterConfig: { TargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:orders-dlq` },
  Environment: { Variables: { DB_PASSWORD: SECRET_VALUES[0]!, API_TOKEN: SECRET_VALUES[1]! } },
  KMSKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234`,
  TracingConfig: { Mode: 'Active' },
  Layers: [{ Arn: 'arn:aws:lambda:us-east-1:999999999999:layer:shared:3' }],
  FileSystemConfigs: [{ Arn: ACCESS_POINT, LocalMountPath: '/mnt/orders' }],
  State: 'Active',
  LastUpdateStatus: 'Successful',
};

export const REPORTS_CONFIG: FunctionConfiguration = {
  FunctionName: 'reports',
  FunctionArn: REPORTS_ARN,
  Runtime: 'python3.12',
  Role: REPORTS_ROLE,
  PackageType: 'Zip',
  Environment: { Variables: { UPSTREAM: SECRET_VALUES[2]! } },
  LoggingConfig: { LogGroup: '/custom/reports', LogFormat: 'JSON' },
  FileSystemConfigs: [{ Arn: ACCESS_POINT, LocalMountPath: '/mnt/shared' }],
};

export const notFound = (message: string): ResourceNotFoundException =>
  new ResourceNotFoundException({ message, $metadata: { httpStatusCode: 404 } });
