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
import { buildModel, respond, type Model } from './lib/collect-model';

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
  EFS: 10,
  STS: 100,
};

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
    clients.efs,
    clients.sts,
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
