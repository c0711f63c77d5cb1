/**
 * The synthetic account served by bench/collect.ts: functions, roles, resource policies, mappings,
 * rules, subscriptions, buckets and log groups, and the answers "AWS" gives about them.
 */
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/** The synthetic account. */
export interface Model {
  readonly functions: Record<string, unknown>[];
  readonly policies: Map<string, string>;
  readonly esms: Record<string, unknown>[];
  readonly gaad: Record<string, unknown>[];
  readonly rules: { name: string; target: string }[];
  readonly subscriptions: Record<string, unknown>[];
  readonly buckets: Map<string, string>;
  readonly logGroups: Map<string, string>;
}

const fnArn = (i: number): string => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:fn-${String(i).padStart(5, '0')}`;
const enc = (doc: unknown): string => encodeURIComponent(JSON.stringify(doc));
const grant = (arn: string, service: string, sourceArn: string) => ({
  Effect: 'Allow',
  Principal: { Service: service },
  Action: 'lambda:InvokeFunction',
  Resource: arn,
  Condition: { ArnLike: { 'AWS:SourceArn': sourceArn }, StringEquals: { 'AWS:SourceAccount': ACCOUNT } },
});

/** 60% of functions have a resource policy: 5% S3, 5% EventBridge, 5% SNS, 2% URL, 1% Logs, rest API Gateway. */
function policyFor(i: number, arn: string, m: Model): object | undefined {
  const slot = i % 100;
  if (slot >= 60) return undefined;
  let statement: object;
  if (slot < 5) {
    m.buckets.set(`bucket-${i}`, arn);
    statement = grant(arn, 's3.amazonaws.com', `arn:aws:s3:::bucket-${i}`);
  } else if (slot < 10) {
    m.rules.push({ name: `rule-${i}`, target: arn });
    statement = grant(arn, 'events.amazonaws.com', `arn:aws:events:${REGION}:${ACCOUNT}:rule/rule-${i}`);
  } else if (slot < 15) {
    const topic = `arn:aws:sns:${REGION}:${ACCOUNT}:topic-${i}`;
    m.subscriptions.push({ TopicArn: topic, Protocol: 'lambda', Endpoint: arn, SubscriptionArn: `${topic}:s` });
    statement = grant(arn, 'sns.amazonaws.com', topic);
  } else if (slot < 17) {
    statement = {
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:InvokeFunctionUrl',
      Resource: arn,
      Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
    };
  } else if (slot < 18) {
    m.logGroups.set(`/app/group-${i}`, arn);
    statement = grant(arn, 'logs.amazonaws.com', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app/group-${i}:*`);
  } else {
    statement = grant(arn, 'apigateway.amazonaws.com', `arn:aws:execute-api:${REGION}:${ACCOUNT}:api${i}/*/GET/x`);
  }
  return { Version: '2012-10-17', Id: 'default', Statement: [statement] };
}

/**
 * Builds the synthetic account: `n` functions, `roles` roles, one SQS mapping per 5 functions (1 in 20 via
 * an alias), and 2 % of functions mounting an EFS access point (5 functions per access point).
 */
export function buildModel(n: number, roles: number): Model {
  const m: Model = {
    functions: [],
    policies: new Map(),
    esms: [],
    gaad: [],
    rules: [],
    subscriptions: [],
    buckets: new Map(),
    logGroups: new Map(),
  };
  const trust = enc({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  });
  const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
  for (let r = 0; r < roles; r++) {
    const inline = enc({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/t${r}` },
      ],
    });
    m.gaad.push({
      kind: 'role',
      RoleName: `role-${r}`,
      Path: '/',
      Arn: `arn:aws:iam::${ACCOUNT}:role/role-${r}`,
      AssumeRolePolicyDocument: trust,
      RolePolicyList: [{ PolicyName: 'app', PolicyDocument: inline }],
      AttachedManagedPolicies: [{ PolicyArn: basic, PolicyName: 'AWSLambdaBasicExecutionRole' }],
    });
  }
  const logs = enc({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
  });
  m.gaad.push({
    kind: 'policy',
    PolicyName: 'AWSLambdaBasicExecutionRole',
    Arn: basic,
    DefaultVersionId: 'v1',
    PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: logs }],
  });
  for (let i = 0; i < n; i++) {
    const arn = fnArn(i);
    m.functions.push({
      FunctionName: `fn-${String(i).padStart(5, '0')}`,
      FunctionArn: arn,
      Runtime: 'nodejs20.x',
      Role: `arn:aws:iam::${ACCOUNT}:role/role-${i % roles}`,
      PackageType: 'Zip',
      Environment: { Variables: { SECRET: `value-${i}` } },
      ...(i % 50 === 0
        ? { FileSystemConfigs: [{ Arn: accessPointArn(Math.floor(i / 250)), LocalMountPath: '/mnt/d' }] }
        : {}),
    });
    const policy = policyFor(i, arn, m);
    if (policy) m.policies.set(arn, JSON.stringify(policy));
    if (i % 5 === 0)
      m.esms.push({
        UUID: `esm-${i}`,
        EventSourceArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:q${i}`,
        FunctionArn: i % 100 === 0 ? `${arn}:live` : arn,
        State: 'Enabled',
      });
  }
  return m;
}

function accessPointArn(k: number): string {
  return `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-${k.toString(16).padStart(17, '0')}`;
}

function page<T>(items: readonly T[], token: unknown, size: number): { items: T[]; next?: string } {
  const start = typeof token === 'string' ? Number(token) : 0;
  const next = start + size < items.length ? String(start + size) : undefined;
  return { items: items.slice(start, start + size), ...(next ? { next } : {}) };
}

function notFound(message: string, name = 'ResourceNotFoundException'): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 404 } });
}

/** Every other file system requires IAM for mounting (a policy); the rest keep EFS's default (none). */
function fileSystemPolicy(fileSystemId: string): { FileSystemId: string; Policy: string } {
  if (parseInt(fileSystemId.slice(-1), 16) % 2 === 0) throw notFound('None', 'PolicyNotFound');
  const statement = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientWrite' };
  return { FileSystemId: fileSystemId, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) };
}

/** Answers one command from the model (the "AWS" of the benchmark). */
export function respond(m: Model, command: string, input: Record<string, unknown>): Record<string, unknown> {
  switch (command) {
    case 'ListFunctionsCommand': {
      const p = page(m.functions, input.Marker, 50);
      return { Functions: p.items, NextMarker: p.next };
    }
    case 'ListEventSourceMappingsCommand': {
      const p = page(m.esms, input.Marker, 100);
      return { EventSourceMappings: p.items, NextMarker: p.next };
    }
    case 'GetPolicyCommand': {
      if (input.Qualifier) return { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }) };
      const policy = m.policies.get(String(input.FunctionName));
      if (!policy) throw notFound('The resource you requested does not exist.');
      return { Policy: policy, RevisionId: 'r' };
    }
    case 'GetFunctionUrlConfigCommand':
      return { FunctionUrl: 'https://x.lambda-url.us-east-1.on.aws/', AuthType: 'NONE' };
    case 'GetAccountAuthorizationDetailsCommand': {
      const p = page(m.gaad, input.Marker, 1000);
      return {
        RoleDetailList: p.items.filter((x) => x.kind === 'role'),
        Policies: p.items.filter((x) => x.kind === 'policy'),
        UserDetailList: [],
        GroupDetailList: [],
        IsTruncated: Boolean(p.next),
        Marker: p.next,
      };
    }
    case 'ListEventBusesCommand':
      return { EventBuses: [{ Name: 'default', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default` }] };
    case 'ListRulesCommand': {
      const p = page(m.rules, input.NextToken, 100);
      return {
        Rules: p.items.map((r) => ({
          Name: r.name,
          Arn: `arn:aws:events:${REGION}:${ACCOUNT}:rule/${r.name}`,
          EventBusName: 'default',
        })),
        NextToken: p.next,
      };
    }
    case 'ListTargetsByRuleCommand':
      return { Targets: [{ Id: '1', Arn: m.rules.find((r) => r.name === input.Rule)?.target }] };
    case 'ListSubscriptionsCommand': {
      const p = page(m.subscriptions, input.NextToken, 100);
      return { Subscriptions: p.items, NextToken: p.next };
    }
    case 'ListTopicsCommand': {
      const p = page(m.subscriptions, input.NextToken, 100);
      return { Topics: p.items.map((s) => ({ TopicArn: s.TopicArn })), NextToken: p.next };
    }
    case 'ListBucketsCommand':
      return { Buckets: [...m.buckets.keys()].map((Name) => ({ Name })) };
    case 'GetBucketNotificationConfigurationCommand':
      return {
        LambdaFunctionConfigurations: [
          { LambdaFunctionArn: m.buckets.get(String(input.Bucket)), Events: ['s3:ObjectCreated:*'] },
        ],
      };
    case 'DescribeSubscriptionFiltersCommand':
      return {
        subscriptionFilters: [{ filterName: 'f', destinationArn: m.logGroups.get(String(input.logGroupName)) }],
      };
    case 'DescribeAccessPointsCommand': {
      const id = String(input.AccessPointId);
      return { AccessPoints: [{ AccessPointId: id, FileSystemId: `fs-${id.slice(5)}`, OwnerId: ACCOUNT }] };
    }
    case 'DescribeFileSystemPolicyCommand':
      return fileSystemPolicy(String(input.FileSystemId));
    case 'GetCallerIdentityCommand':
      return { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/collector/bench`, Account: ACCOUNT };
    default:
      throw notFound(`not modelled: ${command}`);
  }
}
