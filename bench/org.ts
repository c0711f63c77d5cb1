/**
 * Organization sweep benchmark (simulated time, nothing sleeps):
 *
 * 1. Measured: the real collector sweeps one synthetic account-Region (bench/lib/collect-model.ts) through
 *    an instant fake AWS: API calls per function by API (which sets each item's quota-bound duration), and
 *    the peak heap of a worker holding the largest item (5,000 functions), i.e. memory per worker.
 * 2. Simulated: an organization of 500 accounts × 3 Regions with 50–5,000 functions each (seeded,
 *    log-uniform), per-account-Region quotas (GetPolicy 15/s, Lambda control plane 15/s, IAM 20/s per
 *    account shared by its Regions), 1 s per batch start (cold start + AssumeRole) — scheduled like the
 *    Distributed Map (batches of `itemsPerBatch` items in plan order on `maxConcurrency` slots, items of a
 *    batch one after another). Reports wall time against the floor the quotas allow with that concurrency:
 *    max(longest item, total item time / concurrency).
 *
 * 3. Measured: the organization digest (bench/lib/org-digest.ts) over 1,500 result files: wall time and
 *    peak heap of the real aggregation handler, streaming every file from an in-memory S3.
 *
 *   npm run bench -- org
 */
import type { DeserializeMiddleware, MetadataBearer, MiddlewareStack } from '@smithy/types';
import { collectAccount } from '../lambda/aws/collect';
import { createClients, type CollectorClients } from '../lambda/aws/collect/clients';
import { CollectContext } from '../lambda/aws/collect/context';
import { RateLimiter, type RateQuota } from '../lambda/aws/collect/limiter';
import { itemQuotas, type SweepItem } from '../lambda/handlers/sweep-item';
import { sweepItems } from '../lib/sweep-fanout';
import { buildModel, respond, type Model } from './lib/collect-model';
import { measureDigest } from './lib/org-digest';
import type { BenchResult } from './types';

const ACCOUNTS = 500;
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const BATCH_START_S = 1;

/** Calls per function of each API, measured on the real collector. */
type CallProfile = Map<string, number>;

function instantAws(clients: CollectorClients, m: Model, calls: Map<string, number>): void {
  const middleware: DeserializeMiddleware<object, MetadataBearer> = (_next, context) => async (args) => {
    const { commandName } = context as { commandName: string };
    calls.set(commandName, (calls.get(commandName) ?? 0) + 1);
    const output = respond(m, commandName, (args as { input: Record<string, unknown> }).input);
    return { output: { ...output, $metadata: {} } as MetadataBearer, response: {} };
  };
  const all = [clients.lambda, clients.iam, clients.logs, clients.eventbridge, clients.sns, clients.s3];
  for (const c of [...all, clients.efs, clients.sts] as unknown as {
    middlewareStack: MiddlewareStack<object, MetadataBearer>;
  }[]) {
    c.middlewareStack.add(middleware, { step: 'deserialize', priority: 'high', name: 'instantAws' });
  }
}

const UNLIMITED: Record<string, RateQuota> = {};

/** Sweeps `n` functions through the real collector; returns calls by command and the peak heap delta. */
async function measureItem(n: number): Promise<{ calls: Map<string, number>; peakMb: number }> {
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  const model = buildModel(n, Math.max(1, Math.round(n * 0.3)));
  const clients = createClients('us-east-1');
  const calls = new Map<string, number>();
  instantAws(clients, model, calls);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const snapshot = await collectAccount(clients, { context: new CollectContext(new RateLimiter(UNLIMITED), 64) });
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  if (snapshot.functions.length !== n) throw new Error(`collected ${snapshot.functions.length} of ${n} functions`);
  return { calls, peakMb: (peak - before) / 2 ** 20 };
}

/** Seeded PRNG (mulberry32) so every run simulates the same organization. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Quota bucket of each measured command (names as in DEFAULT_QUOTAS). */
const BUCKET: Record<string, string> = {
  GetPolicyCommand: 'lambda:GetPolicy',
  ListFunctionsCommand: 'lambda:control',
  GetFunctionUrlConfigCommand: 'lambda:control',
  ListEventSourceMappingsCommand: 'lambda:control',
  GetAccountAuthorizationDetailsCommand: 'iam',
};

/** Seconds one item needs at its share of the quotas: the slowest bucket decides. */
function itemSeconds(item: SweepItem, functions: number, perFunction: CallProfile): number {
  const quotas = itemQuotas(item);
  const share = functions / (item.shards ?? 1);
  const load = new Map<string, number>();
  for (const [command, perFn] of perFunction) {
    const bucket = BUCKET[command];
    if (bucket) load.set(bucket, (load.get(bucket) ?? 0) + perFn * share);
  }
  return Math.max(...[...load].map(([bucket, calls]) => calls / (quotas[bucket]?.perSecond ?? Infinity)));
}

/** List-schedules batches on `slots` like the Map (next batch to the first free slot). */
function schedule(durations: readonly number[], perBatch: number, slots: number): number {
  const free = new Array<number>(slots).fill(0);
  for (let i = 0; i < durations.length; i += perBatch) {
    const batch = durations.slice(i, i + perBatch).reduce((a, b) => a + b, BATCH_START_S);
    const slot = free.indexOf(Math.min(...free));
    free[slot] = (free[slot] ?? 0) + batch;
  }
  return Math.max(...free);
}

function simulate(perFunction: CallProfile, concurrency: number, perBatch: number) {
  const random = rng(14);
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => String(100000000000 + i));
  const sizes = new Map<string, number>();
  for (const a of accounts) {
    for (const r of REGIONS) sizes.set(`${a}/${r}`, Math.round(50 * Math.pow(100, random())));
  }
  // Accounts over 12,000 functions in one Region would get shards; none here (max 5,000).
  const items = sweepItems(accounts, REGIONS);
  const durations = items.map((it) => itemSeconds(it, sizes.get(`${it.account}/${it.region}`) ?? 0, perFunction));
  const total = durations.reduce((a, b) => a + b, 0);
  const floor = Math.max(Math.max(...durations), total / concurrency);
  const wall = schedule(durations, perBatch, concurrency);
  const functions = [...sizes.values()].reduce((a, b) => a + b, 0);
  return { wall, floor, functions, items: items.length, longest: Math.max(...durations) };
}

const round = (v: number, d = 2): number => Math.round(v * 10 ** d) / 10 ** d;

/** Runs the organization benchmark. */
export async function run(): Promise<BenchResult[]> {
  const sample = 1000;
  const measured = await measureItem(sample);
  const perFunction: CallProfile = new Map([...measured.calls].map(([k, v]) => [k, v / sample]));
  const totalPerFn = [...perFunction.values()].reduce((a, b) => a + b, 0);
  const largest = await measureItem(5000);
  const results: BenchResult[] = [
    {
      name: 'org: API calls per function (real collector, one item)',
      value: round(totalPerFn, 3),
      unit: 'calls/function',
      note: `${sample}-function account; GetPolicy ${round(perFunction.get('GetPolicyCommand') ?? 0, 3)}/function`,
    },
    {
      name: 'org: peak heap per worker (largest item, 5,000 functions)',
      value: round(largest.peakMb, 1),
      unit: 'MiB',
      note: 'heapUsed delta while one item is collected; a worker holds one item at a time (1,024 MB functions)',
    },
  ];
  for (const [concurrency, perBatch] of [
    [50, 4],
    [200, 4],
    [1000, 1],
  ] as const) {
    const s = simulate(perFunction, concurrency, perBatch);
    const note = `${ACCOUNTS} accounts × ${REGIONS.length} Regions = ${s.items} items, ${s.functions.toLocaleString('en-US')} functions; MaxConcurrency ${concurrency}, ${perBatch}/batch`;
    results.push(
      {
        name: `org: sweep wall time (simulated, concurrency ${concurrency})`,
        value: round(s.wall / 60, 1),
        unit: 'min',
        note,
      },
      {
        name: `org: floor the quotas allow (concurrency ${concurrency})`,
        value: round(s.floor / 60, 1),
        unit: 'min',
        note: `max(longest item ${round(s.longest / 60, 1)} min, total / concurrency)`,
      },
      { name: `org: wall time / floor (concurrency ${concurrency})`, value: round(s.wall / s.floor, 3), unit: 'ratio' },
    );
  }
  const small = await measureDigest(DIGEST_FILES / 10, DIGEST_ITEMS_PER_FILE);
  const digest = await measureDigest(DIGEST_FILES, DIGEST_ITEMS_PER_FILE);
  const workload = `${DIGEST_FILES.toLocaleString('en-US')} result files × ${DIGEST_ITEMS_PER_FILE} items (${digest.items.toLocaleString('en-US')} items, ${round(digest.readMb, 1)} MiB read)`;
  results.push(
    {
      name: 'org: digest aggregation time (1,500 result files)',
      value: round(digest.ms, 0),
      unit: 'ms',
      note: workload,
    },
    {
      name: 'org: digest peak heap (1,500 result files)',
      value: round(digest.peakMb, 1),
      unit: 'MiB',
      note: `heapUsed above the baseline, garbage included; ${round(small.peakMb, 1)} MiB for 150 files (10× fewer): bounded, not proportional to the run`,
    },
  );
  return results;
}

/** Digest workload: result files of one Map run, and item results per file (one batch of 4 items each). */
const DIGEST_FILES = 1_500;
const DIGEST_ITEMS_PER_FILE = 4;
