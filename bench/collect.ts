/**
 * Collector sweep benchmark: a synthetic account (default 5,000 functions sharing 1,500 roles) served
 * by an SDK middleware on real SDK v3 clients. The middleware answers every command from an in-memory
 * account model after 20 ms of latency and enforces per-API rate limits like AWS's fixed quotas
 * (throwing `ThrottlingException` beyond them, which the SDK's adaptive retries would then absorb).
 * Reports API calls per function and sweep wall time against the minimum the limits allow.
 *
 *   npx tsx -e "require('./bench/collect').run().then(r=>console.table(r))"
 *   BENCH_COLLECT_FUNCTIONS=300 npx tsx -e "require('./bench/collect').run().then(r=>console.table(r))"
 */
import type { DeserializeMiddleware, MetadataBearer, MiddlewareStack } from '@smithy/types';
import { collectAccount } from '../lambda/aws/collect';
import { createClients, type CollectorClients } from '../lambda/aws/collect/clients';
import { CollectContext } from '../lambda/aws/collect/context';
import { RateLimiter } from '../lambda/aws/collect/limiter';
import type { BenchResult } from './types';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const LATENCY_MS = 20;

/** Simulated AWS quotas (requests/s) keyed by `<client>:<command>`; burst = one second's worth. */
const SERVER_LIMITS: Record<string, number> = {
  'Lambda:GetFunction': 100,
  'Lambda:GetPolicy': 15,
  Lambda: 15,
  CloudTrail: 2,
  IAM: 20,
  Logs: 5,
  EventBridge: 20,
  SNS: 30,
  S3: 50,
};

interface Model {
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

/** Builds the synthetic account: `n` functions, `roles` roles, one SQS mapping per 5 functions (1 in 20 via an alias). */
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

function page<T>(items: readonly T[], token: unknown, size: number): { items: T[]; next?: string } {
  const start = typeof token === 'string' ? Number(token) : 0;
  const next = start + size < items.length ? String(start + size) : undefined;
  return { items: items.slice(start, start + size), ...(next ? { next } : {}) };
}

function notFound(message: string): Error {
  return Object.assign(new Error(message), {
    name: 'ResourceNotFoundException',
    $fault: 'client',
    $metadata: { httpStatusCode: 404 },
  });
}

/** Answers one command from the model (the "AWS" of the benchmark). */
function respond(m: Model, command: string, input: Record<string, unknown>): Record<string, unknown> {
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
    default:
      throw notFound(`not modelled: ${command}`);
  }
}

interface Stats {
  calls: Map<string, number>;
  throttled: number;
}

/** Adds the fake-AWS middleware (latency, per-API quotas, model answers) to every client. */
function attach(clients: CollectorClients, m: Model, stats: Stats): void {
  const buckets = new Map<string, TokenBucketLike>();
  const middleware: DeserializeMiddleware<object, MetadataBearer> = (_next, context) => async (args) => {
    const { clientName, commandName } = context as { clientName: string; commandName: string };
    const service = clientName.replace(/Client$/, '').replace('CloudWatchLogs', 'Logs');
    const key = SERVER_LIMITS[`${service}:${commandName.replace(/Command$/, '')}`]
      ? `${service}:${commandName.replace(/Command$/, '')}`
      : service;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = serverBucket(SERVER_LIMITS[key] ?? 1000)));
    const allowed = bucket.tryTake();
    await new Promise((r) => setTimeout(r, LATENCY_MS));
    stats.calls.set(`${service}:${commandName}`, (stats.calls.get(`${service}:${commandName}`) ?? 0) + 1);
    if (!allowed) {
      stats.throttled++;
      throw Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      });
    }
    const output = respond(m, commandName, (args as { input: Record<string, unknown> }).input);
    return { output: { ...output, $metadata: {} } as MetadataBearer, response: {} };
  };
  const all = [
    clients.lambda,
    clients.iam,
    clients.cloudtrail,
    clients.logs,
    clients.eventbridge,
    clients.sns,
    clients.s3,
  ];
  for (const client of all as unknown as { middlewareStack: MiddlewareStack<object, MetadataBearer> }[]) {
    client.middlewareStack.add(middleware, { step: 'deserialize', priority: 'high', name: 'fakeAwsAccount' });
  }
}

interface TokenBucketLike {
  tryTake(): boolean;
}
function serverBucket(perSecond: number): TokenBucketLike {
  let tokens = perSecond;
  let last = performance.now();
  return {
    tryTake() {
      const t = performance.now();
      tokens = Math.min(perSecond, tokens + ((t - last) * perSecond) / 1000);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Runs the sweep benchmark. */
export async function run(): Promise<BenchResult[]> {
  const n = Number(process.env.BENCH_COLLECT_FUNCTIONS ?? 5000);
  const roles = Math.max(1, Math.round((n * 1500) / 5000));
  const model = buildModel(n, roles);
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  const clients = createClients(REGION);
  const stats: Stats = { calls: new Map(), throttled: 0 };
  attach(clients, model, stats);
  const ctx = new CollectContext(new RateLimiter());
  const started = performance.now();
  const snapshot = await collectAccount(clients, { context: ctx });
  const seconds = (performance.now() - started) / 1000;
  const total = [...stats.calls.values()].reduce((a, b) => a + b, 0);
  const minimum = minimumSeconds(stats.calls);
  const note = `${n} functions, ${roles} roles, ${LATENCY_MS} ms latency`;
  return [
    {
      name: 'collect: sweep API calls per function (all calls / functions)',
      value: round(total / n, 3),
      unit: 'calls/function',
      note: `${total} calls; target ≤ 1.2`,
    },
    { name: 'collect: sweep wall time', value: round(seconds, 1), unit: 's', note },
    {
      name: 'collect: minimum time the rate limits allow',
      value: round(minimum, 1),
      unit: 's',
      note: 'max over quotas of (calls − burst) / rate',
    },
    { name: 'collect: wall time / minimum', value: round(seconds / minimum, 3), unit: 'ratio', note: 'target ≤ 1.10' },
    { name: 'collect: throttled calls (self-inflicted)', value: stats.throttled, unit: 'calls', note: 'target 0' },
    { name: 'collect: failed reads in provenance', value: snapshot.provenance.failedReads.length, unit: 'reads' },
    { name: 'collect: functions in snapshot', value: snapshot.functions.length, unit: 'functions' },
  ];
}

function minimumSeconds(calls: ReadonlyMap<string, number>): number {
  const perBucket = new Map<string, number>();
  for (const [key, count] of calls) {
    const [service = '', command = ''] = key.split(':');
    const bucket = SERVER_LIMITS[`${service}:${command.replace(/Command$/, '')}`]
      ? `${service}:${command.replace(/Command$/, '')}`
      : service;
    perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + count);
  }
  let worst = 0;
  for (const [bucket, count] of perBucket) {
    const rate = SERVER_LIMITS[bucket] ?? 1000;
    worst = Math.max(worst, Math.max(0, count - rate) / rate);
  }
  return worst;
}

function round(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}
