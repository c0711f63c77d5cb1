/**
 * The policy-engine workload of `bench/policy.ts`: a 48-statement role (wildcards, conditions, policy
 * variables, NotAction / NotResource), a permissions boundary and resource policies, and a generator of
 * requests whose principal, resource and context objects are built fresh for every request (nothing is
 * shared between two requests, so no per-object memo can answer).
 */
import { loadPolicy } from '../../lambda/core/policy';
import type { AuthzRequest, CompiledPolicy, ContextValue, PolicySet, RequestPrincipal } from '../../lambda/core/policy';

/** Account of the benchmark principal. */
export const ACCT = '111122223333';

type Stmt = Record<string, unknown>;

function fixedStatements(): Stmt[] {
  return [
    {
      Sid: 'Logs',
      Effect: 'Allow',
      Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: `arn:aws:logs:*:${ACCT}:log-group:/aws/lambda/*`,
    },
    {
      Sid: 'Eni',
      Effect: 'Allow',
      Action: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'],
      Resource: '*',
    },
    { Sid: 'XRay', Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' },
    {
      Sid: 'DenyNotEu',
      Effect: 'Deny',
      NotAction: ['iam:*', 'sts:*', 'cloudfront:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
    },
    {
      Sid: 'DenyInsecure',
      Effect: 'Deny',
      Action: 's3:*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    {
      Sid: 'Kms',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      Resource: `arn:aws:kms:*:${ACCT}:key/*`,
      Condition: { StringLike: { 'kms:ViaService': ['s3.*.amazonaws.com', 'sqs.*.amazonaws.com'] } },
    },
    {
      Sid: 'SecretsByTag',
      Effect: 'Allow',
      Action: 'secretsmanager:GetSecretValue',
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/app': '${aws:PrincipalTag/app}' } },
    },
    {
      Sid: 'HomePrefix',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::home-bucket/${aws:PrincipalTag/team}/*',
    },
    {
      Sid: 'FromVpc',
      Effect: 'Allow',
      Action: 'dynamodb:Query',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } },
    },
    { Sid: 'NotResourceAllow', Effect: 'Allow', Action: 'sns:Publish', NotResource: `arn:aws:sns:*:${ACCT}:secret-*` },
  ];
}

/** The role's statements: 10 fixed ones plus 38 generated per-resource grants (48 in all). */
export function roleStatements(): Stmt[] {
  const out = fixedStatements();
  for (let i = 0; i < 12; i++) {
    out.push({
      Sid: `Bucket${i}`,
      Effect: 'Allow',
      Action: ['s3:Get*', 's3:List*', i % 2 ? 's3:PutObject' : 's3:DeleteObject'],
      Resource: [`arn:aws:s3:::data-${i}`, `arn:aws:s3:::data-${i}/*`],
    });
  }
  for (let i = 0; i < 10; i++) {
    out.push({
      Sid: `Table${i}`,
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:BatchGet*'],
      Resource: `arn:aws:dynamodb:*:${ACCT}:table/orders-${i}*`,
      Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['${aws:PrincipalTag/tenant}*'] } },
    });
  }
  for (let i = 0; i < 8; i++) {
    out.push({
      Sid: `Queue${i}`,
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:SendMessage'],
      Resource: `arn:aws:sqs:eu-*:${ACCT}:queue-${i}-?`,
    });
  }
  for (let i = 0; i < 6; i++) {
    out.push({
      Sid: `Invoke${i}`,
      Effect: 'Allow',
      Action: 'lambda:InvokeFunction',
      Resource: [`arn:aws:lambda:*:${ACCT}:function:svc-${i}`, `arn:aws:lambda:*:${ACCT}:function:svc-${i}:*`],
      Condition: { StringEquals: { 'aws:PrincipalAccount': ACCT } },
    });
  }
  out.push({ Sid: 'DenyDeleteTables', Effect: 'Deny', Action: 'dynamodb:Delete*', Resource: '*' });
  out.push({ Sid: 'DenyIam', Effect: 'Deny', Action: ['iam:*User*', 'iam:*AccessKey*'], Resource: '*' });
  return out;
}

/** The role's document. */
export function roleDocument(): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: roleStatements() };
}

/** The engine's policy loader: the tsx-transpiled one, or the esbuild bundle's (bench/policy.ts). */
type Loader = typeof loadPolicy;

function boundary(load: Loader): CompiledPolicy {
  return load(
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' },
        { Effect: 'Deny', Action: 'kms:ScheduleKeyDeletion', Resource: '*' },
      ],
    },
    { type: 'permissions-boundary', name: 'bench boundary' },
  );
}

function resourcePolicy(load: Loader): CompiledPolicy {
  return load(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCT}:role/bench-role` },
          Action: ['sqs:SendMessage', 's3:GetObject', 'kms:Decrypt'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-bench' } },
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    },
    { type: 'resource', name: 'bench resource policy' },
  );
}

/**
 * Four policy sets compiled once: role only, + boundary, + resource policy, + both. `load` is the loader of
 * the engine that will evaluate them (default: this module's import; the bundled row passes the bundle's).
 */
export function policySets(load: Loader = loadPolicy): readonly PolicySet[] {
  const role = load(roleDocument(), { type: 'identity', name: 'bench-role inline', origin: 'inline' });
  const b = boundary(load);
  const r = resourcePolicy(load);
  return [
    { identity: [role] },
    { identity: [role], permissionsBoundary: b },
    { identity: [role], resource: r },
    {
      identity: [role],
      permissionsBoundary: b,
      resource: r,
    },
  ];
}

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:DeleteTable',
  'sqs:SendMessage',
  'sqs:ReceiveMessage',
  'lambda:InvokeFunction',
  'kms:Decrypt',
  'logs:PutLogEvents',
  'ec2:CreateNetworkInterface',
  'secretsmanager:GetSecretValue',
  'sns:Publish',
  'iam:CreateUser',
  'sts:AssumeRole',
  'xray:PutTraceSegments',
  'ssm:GetParameter',
  'events:PutEvents',
];

/** Number of distinct services in the workload. */
export const SERVICE_COUNT = new Set(ACTIONS.map((a) => a.split(':')[0])).size;

function resourceFor(svc: string, i: number, n: number): string {
  switch (svc) {
    case 's3':
      return n % 3 === 0 ? `arn:aws:s3:::home-bucket/blue/f${i}` : `arn:aws:s3:::data-${n}/obj-${i}`;
    case 'dynamodb':
      return `arn:aws:dynamodb:eu-west-1:${ACCT}:table/orders-${n}`;
    case 'sqs':
      return `arn:aws:sqs:eu-west-1:${ACCT}:queue-${n % 9}-${i % 3}`;
    case 'lambda':
      return `arn:aws:lambda:eu-west-1:${ACCT}:function:svc-${n % 7}`;
    case 'kms':
      return `arn:aws:kms:eu-west-1:${ACCT}:key/k${n}`;
    case 'logs':
      return `arn:aws:logs:eu-west-1:${ACCT}:log-group:/aws/lambda/fn-${n}:*`;
    case 'sns':
      return `arn:aws:sns:eu-west-1:${ACCT}:${n % 2 ? 'secret-' : 'topic-'}${n}`;
    case 'ssm':
      return `arn:aws:ssm:eu-west-1:${ACCT}:parameter/app/p${n}`;
    case 'events':
      return `arn:aws:events:eu-west-1:${ACCT}:event-bus/bus-${n % 3}`;
    default:
      return '*';
  }
}

function freshPrincipal(i: number): RequestPrincipal {
  return {
    kind: 'assumed-role',
    arn: `arn:aws:sts::${ACCT}:assumed-role/bench-role/fn-${i % 50}`,
    accountId: ACCT,
    roleArn: `arn:aws:iam::${ACCT}:role/bench-role`,
    sessionName: `fn-${i % 50}`,
    principalId: 'AROABENCH',
    tags: { team: ['blue', 'red'][i % 2], app: 'shop', tenant: `t${i % 3}` },
    orgId: 'o-bench',
  };
}

function freshContext(i: number): Record<string, ContextValue> {
  const regions = ['eu-west-1', 'eu-central-1', 'us-east-1'];
  return {
    'aws:RequestedRegion': regions[i % 3],
    'aws:SecureTransport': i % 11 === 0 ? 'false' : 'true',
    'aws:SourceIp': i % 4 === 0 ? `203.0.113.${i % 250}` : `10.${i % 256}.${(i * 7) % 256}.1`,
    'aws:ResourceTag/app': i % 5 === 0 ? 'other' : 'shop',
    'kms:ViaService': `${['s3', 'sqs', 'ssm'][i % 3]}.eu-west-1.amazonaws.com`,
    'dynamodb:LeadingKeys': [`t${i % 3}-a`, `t${(i + 1) % 3}-b`],
    'aws:TagKeys': i % 2 ? ['env', 'team'] : ['env'],
    'aws:CurrentTime': '2026-12-03T12:00:00Z',
  };
}

/**
 * `count` requests, each with its own principal, resource and context (8 keys, 2 multi-valued), built in code:
 * ARNs are template literals (V8 ropes) and action strings are shared constants (unlike {@link freshRequests}).
 * @param count number of requests
 * @param seed offset so two batches differ
 */
export function builtRequests(count: number, seed = 0): AuthzRequest[] {
  const out: AuthzRequest[] = [];
  for (let k = 0; k < count; k++) {
    const i = k + seed;
    const action = ACTIONS[i % ACTIONS.length];
    const svc = action.slice(0, action.indexOf(':'));
    out.push({
      principal: freshPrincipal(i),
      action,
      resource: resourceFor(svc, i, (i * 7) % 14),
      context: freshContext(i),
    });
  }
  return out;
}

/**
 * `count` requests as real ones arrive: those of {@link builtRequests} parsed from their JSON text (CloudTrail
 * events, snapshots). Every string is flat and freshly allocated, the action included.
 * @param count number of requests
 * @param seed offset so two batches differ
 */
export function freshRequests(count: number, seed = 0): AuthzRequest[] {
  return JSON.parse(JSON.stringify(builtRequests(count, seed))) as AuthzRequest[];
}

/**
 * The same requests, but sharing one principal object and four context objects (what the old bench
 * measured): per-object memos answer most of the context work.
 * @param count number of requests
 */
export function reusedRequests(count: number): AuthzRequest[] {
  const principal = freshPrincipal(0);
  const contexts = [0, 1, 2, 3].map(freshContext);
  return builtRequests(count).map((r, i) => ({ ...r, principal, context: contexts[i % 4] }));
}

/** The policy set of request `i`: 1 in 4 with a boundary, 1 in 5 with a resource policy. */
export function setFor(sets: readonly PolicySet[], i: number): PolicySet {
  return sets[(i % 4 === 1 ? 1 : 0) + (i % 5 === 2 ? 2 : 0)];
}
