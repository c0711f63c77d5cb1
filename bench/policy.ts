/**
 * Policy engine benchmark: decisions per second and p99 latency for a fixed workload (a 48-statement
 * role mixing wildcards and conditions, 10,000 varied requests, warm-up then several timed passes),
 * and a full-catalog sweep (every action of 10 services against the same role).
 *
 * Run alone: `npx tsx -e "require('./bench/policy').run().then(r=>console.table(r))"`.
 */
import { loadActionCatalog } from '../lambda/catalog';
import { evaluate, loadPolicy } from '../lambda/core/policy';
import type { AuthzRequest, ContextValue, PolicySet, RequestPrincipal } from '../lambda/core/policy';
import { cpus, loadavg } from 'node:os';
import type { BenchResult } from './types';

const ACCT = '111122223333';
const REQUIRED_PER_SECOND = 200_000;
const REQUESTS = 10_000;
const PASSES = 5;
const SWEEP_SERVICES = ['s3', 'lambda', 'dynamodb', 'sqs', 'sns', 'kms', 'ec2', 'logs', 'iam', 'secretsmanager'];

type Stmt = Record<string, unknown>;

function roleStatements(): Stmt[] {
  const out: Stmt[] = [
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

const principal: RequestPrincipal = {
  kind: 'assumed-role',
  arn: `arn:aws:sts::${ACCT}:assumed-role/bench-role/fn`,
  accountId: ACCT,
  roleArn: `arn:aws:iam::${ACCT}:role/bench-role`,
  sessionName: 'fn',
  principalId: 'AROABENCH',
  tags: { team: 'blue', app: 'shop', tenant: 't1' },
};

/** 10,000 varied requests: actions across services, resources hit and miss, varied contexts. */
function requests(): AuthzRequest[] {
  const actions = [
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
  ];
  const contexts: Record<string, ContextValue>[] = [
    { 'aws:RequestedRegion': 'eu-west-1', 'aws:SecureTransport': 'true', 'aws:SourceIp': '10.1.2.3' },
    { 'aws:RequestedRegion': 'us-east-1', 'aws:SecureTransport': 'true' },
    {
      'aws:RequestedRegion': 'eu-central-1',
      'aws:SecureTransport': 'false',
      'kms:ViaService': 's3.eu-central-1.amazonaws.com',
    },
    {
      'aws:RequestedRegion': 'eu-west-1',
      'aws:SecureTransport': 'true',
      'aws:ResourceTag/app': 'shop',
      'dynamodb:LeadingKeys': ['t1-a', 't1-b'],
    },
  ];
  const out: AuthzRequest[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const action = actions[i % actions.length];
    const n = (i * 7) % 14;
    const svc = action.split(':')[0];
    const resource =
      {
        s3: n % 3 === 0 ? `arn:aws:s3:::home-bucket/blue/f${i}` : `arn:aws:s3:::data-${n}/obj-${i}`,
        dynamodb: `arn:aws:dynamodb:eu-west-1:${ACCT}:table/orders-${n}`,
        sqs: `arn:aws:sqs:eu-west-1:${ACCT}:queue-${n % 9}-${i % 3}`,
        lambda: `arn:aws:lambda:eu-west-1:${ACCT}:function:svc-${n % 7}`,
        kms: `arn:aws:kms:eu-west-1:${ACCT}:key/k${n}`,
        logs: `arn:aws:logs:eu-west-1:${ACCT}:log-group:/aws/lambda/fn-${n}:*`,
        sns: `arn:aws:sns:eu-west-1:${ACCT}:${n % 2 ? 'secret-' : 'topic-'}${n}`,
      }[svc] ?? '*';
    out.push({ principal, action, resource, context: contexts[i % contexts.length] });
  }
  return out;
}

function roleSet(): PolicySet {
  return {
    identity: [
      loadPolicy(
        { Version: '2012-10-17', Statement: roleStatements() },
        { type: 'identity', name: 'bench-role inline', origin: 'inline' },
      ),
    ],
  };
}

interface Rate {
  /** Decisions per wall-clock second over all passes (process.hrtime.bigint). */
  readonly perSecond: number;
  /** Decisions per wall-clock second of the fastest pass (least disturbed by other processes). */
  readonly bestPass: number;
  /** Decisions per second of CPU time used by this process (robust on a shared, loaded machine). */
  readonly perCpuSecond: number;
  readonly decisions: number;
}

function timePasses(set: PolicySet, reqs: readonly AuthzRequest[], passes: number): Rate {
  let sink = 0;
  let best = Infinity;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) {
    const t = process.hrtime.bigint();
    for (const r of reqs) if (evaluate(r, set).decision === 'Allowed') sink++;
    best = Math.min(best, Number(process.hrtime.bigint() - t));
  }
  const ns = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  if (sink < 0) throw new Error('unreachable');
  const decisions = passes * reqs.length;
  return {
    perSecond: (decisions / ns) * 1e9,
    bestPass: (reqs.length / best) * 1e9,
    perCpuSecond: (decisions / (used.user + used.system)) * 1e6,
    decisions,
  };
}

function p99Micros(set: PolicySet, reqs: readonly AuthzRequest[]): number {
  const samples = new Float64Array(reqs.length);
  reqs.forEach((r, i) => {
    const t = process.hrtime.bigint();
    evaluate(r, set);
    samples[i] = Number(process.hrtime.bigint() - t) / 1000;
  });
  samples.sort();
  return samples[Math.floor(samples.length * 0.99)];
}

/**
 * In-run baseline: the same requests answered the way an engine without a compile step works —
 * parse and interpret the role's documents for every decision. 1,000 requests (it is slow).
 */
function uncompiledBaseline(reqs: readonly AuthzRequest[]): number {
  const sample = reqs.slice(0, 1000);
  const doc = { Version: '2012-10-17', Statement: roleStatements() };
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const r of sample) {
    const set: PolicySet = {
      identity: [loadPolicy(doc, { type: 'identity', name: 'bench-role inline', origin: 'inline' })],
    };
    if (evaluate(r, set).decision === 'Allowed') sink++;
  }
  const ns = Number(process.hrtime.bigint() - start);
  if (sink < 0) throw new Error('unreachable');
  return (sample.length / ns) * 1e9;
}

/** Every action of the sweep services against the role (resource `*`), 20 passes after a warm-up pass. */
function sweep(set: PolicySet): { actions: number; allowed: number; rate: Rate; bestPassMs: number; coldMs: number } {
  const catalog = loadActionCatalog();
  const actions = SWEEP_SERVICES.flatMap((s) => catalog.actionsFor(s));
  const ctx = { 'aws:RequestedRegion': 'eu-west-1', 'aws:SecureTransport': 'true' };
  const reqs = actions.map((action) => ({ principal, action, resource: '*', context: ctx }));
  const throwaway = roleSet(); // JIT warm-up on a separately compiled copy of the role
  for (const r of reqs) evaluate(r, throwaway);
  const cold = process.hrtime.bigint();
  const allowed = reqs.filter((r) => evaluate(r, set).decision === 'Allowed').length; // first sweep: cold caches
  const coldMs = Number(process.hrtime.bigint() - cold) / 1e6;
  const rate = timePasses(set, reqs, 20);
  return { actions: reqs.length, allowed, rate, bestPassMs: (reqs.length / rate.bestPass) * 1000, coldMs };
}

/** Runs the policy-engine benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const set = roleSet();
  const statements = set.identity[0].parsed.statements.length;
  const reqs = requests();
  timePasses(set, reqs, 2); // warm-up (JIT, per-service indexes)
  const t = timePasses(set, reqs, PASSES);
  const p99 = p99Micros(set, reqs);
  const s = sweep(set);
  const baseline = uncompiledBaseline(reqs);
  const ratio = (x: number): string => `${(x / REQUIRED_PER_SECOND).toFixed(2)}× the 200,000/s requirement`;
  const workload = `${statements}-statement role, ${REQUESTS.toLocaleString('en-US')} varied requests × ${PASSES} passes after warm-up`;
  const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`;
  const sweepWhat = `${s.actions.toLocaleString('en-US')} actions of ${SWEEP_SERVICES.length} services (${SWEEP_SERVICES.join(', ')}) vs the same role, ${s.allowed} allowed`;
  return [
    {
      name: 'policy: decisions/s, fixed workload (all passes, wall clock)',
      value: Math.round(t.perSecond),
      unit: 'decisions/s',
      note: `${workload}; ${ratio(t.perSecond)}; ${load}`,
    },
    {
      name: 'policy: decisions/s, fixed workload (fastest pass)',
      value: Math.round(t.bestPass),
      unit: 'decisions/s',
      note: ratio(t.bestPass),
    },
    {
      name: 'policy: decisions per CPU-second, fixed workload',
      value: Math.round(t.perCpuSecond),
      unit: 'decisions/s',
      note: `process CPU time of the same passes; ${ratio(t.perCpuSecond)}`,
    },
    {
      name: 'policy: baseline, parse + compile per decision (no reuse)',
      value: Math.round(baseline),
      unit: 'decisions/s',
      note: `same role and requests (first 1,000), measured in this run; compiled engine is ${(t.perSecond / baseline).toFixed(0)}× faster`,
    },
    {
      name: 'policy: p99 latency per decision',
      value: Number(p99.toFixed(2)),
      unit: 'µs',
      note: `${workload}; each decision timed alone`,
    },
    {
      name: 'policy: full-catalog sweep, decisions/s (wall clock)',
      value: Math.round(s.rate.perSecond),
      unit: 'decisions/s',
      note: `${sweepWhat}; 20 passes; ${ratio(s.rate.perSecond)}`,
    },
    {
      name: 'policy: full-catalog sweep, decisions per CPU-second',
      value: Math.round(s.rate.perCpuSecond),
      unit: 'decisions/s',
      note: ratio(s.rate.perCpuSecond),
    },
    {
      name: 'policy: full-catalog sweep, time for the first sweep of a freshly compiled role',
      value: Number(s.coldMs.toFixed(2)),
      unit: 'ms',
      note: `${sweepWhat}; includes building the role's per-action statement index (JIT already warm)`,
    },
    {
      name: 'policy: full-catalog sweep, time for one sweep (fastest pass)',
      value: Number(s.bestPassMs.toFixed(2)),
      unit: 'ms',
      note: sweepWhat,
    },
  ];
}
