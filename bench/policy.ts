/**
 * Policy engine benchmark on a realistic workload (see bench/lib/policy-workload.ts): a 48-statement role
 * (wildcards, conditions, policy variables), a permissions boundary for 1 request in 4 and a resource
 * policy for 1 in 5, 19 actions over 14 services. Every request has a freshly built principal, resource and
 * context (8 keys, 2 multi-valued), parsed from JSON as real inputs are (flat, fresh strings): nothing is reused
 * between two decisions. Reported: decisions/s with fresh requests, with the same requests built in code
 * (template-literal ropes, shared action strings: the previous rounds' setting), with reused request objects
 * (the old bench's setting), p50 / p99 per decision, the parse + compile-per-decision baseline, and a
 * full-catalog sweep. The fresh rows' notes add the median and fastest pass and the range of a memory-latency probe
 * timed before each pass (bench/lib/memory-probe.ts: the host's load moves these figures by up to 2×).
 *
 * Run alone: `npx tsx bench/run.ts policy`.
 */
import { loadActionCatalog } from '../lambda/catalog';
import { evaluate, loadPolicy } from '../lambda/core/policy';
import type { AuthzRequest, PolicySet } from '../lambda/core/policy';
import { cpus, loadavg } from 'node:os';
import { MemoryProbe } from './lib/memory-probe';
import { loadEngine } from './lib/policy-ab';
import {
  builtRequests,
  freshRequests,
  policySets,
  reusedRequests,
  roleDocument,
  SERVICE_COUNT,
  setFor,
} from './lib/policy-workload';
import type { BenchResult } from './types';

const TARGET_PER_SECOND = 1_000_000;
const REQUESTS = 20_000;
const PASSES = 10;
/**
 * Untimed passes before a fresh-request row. Measured (`bench/lib/policy-passes.ts`, 2026-12-04): the 4th to 6th
 * pass of a process still ran 10–30% below the later ones in some runs (V8 still optimizing the engine's
 * functions), so 3 warm-up passes left part of the warm-up inside the timed passes.
 */
const WARM_UP_PASSES = 6;
const SWEEP_SERVICES = ['s3', 'lambda', 'dynamodb', 'sqs', 'sns', 'kms', 'ec2', 'logs', 'iam', 'secretsmanager'];

interface Rate {
  /** Decisions per wall-clock second over all timed passes. */
  readonly perSecond: number;
  /** Decisions per wall-clock second of the fastest pass. */
  readonly bestPass: number;
  /** Decisions per wall-clock second of the median pass (robust to a few passes slowed by the host). */
  readonly medianPass: number;
  /** The memory-latency probe before each pass, ns per load (bench/lib/memory-probe.ts). */
  readonly probeNs: readonly number[];
  /** Decisions per second of this process's CPU time. */
  readonly perCpuSecond: number;
}

/** Requests per chunk: each chunk is built just before it is timed, so its objects die young like real ones. */
const CHUNK = 1000;

/** Timed before every pass (outside the timer): a loose indicator of the host's contention (bench/lib/memory-probe.ts). */
const probe = new MemoryProbe();

/** The probe's range over a row's passes, for its note (a loose indicator of the host's contention). */
function contention(r: Rate): string {
  const ns = (x: number): string => x.toFixed(1);
  return `memory probe ${ns(Math.min(...r.probeNs))}–${ns(Math.max(...r.probeNs))} ns/load`;
}

/**
 * Times `passes` passes of `total` requests. `batch(offset, n)` builds each chunk of requests outside the
 * timed region (fresh objects per chunk, or the same reused ones).
 */
function timePasses(
  sets: readonly PolicySet[],
  batch: (offset: number, n: number) => AuthzRequest[],
  passes: number,
  total = REQUESTS,
  engine: Evaluate = evaluate,
): Rate {
  let sink = 0;
  let best = Infinity;
  let ns = 0;
  const passNanos: number[] = [];
  const probeNs: number[] = [];
  let cpu = 0;
  for (let p = 0; p < passes; p++) {
    probeNs.push(probe.measure());
    let passNs = 0;
    for (let off = 0; off < total; off += CHUNK) {
      const reqs = batch(p * total + off, Math.min(CHUNK, total - off));
      const c = process.cpuUsage();
      const t = process.hrtime.bigint();
      for (let i = 0; i < reqs.length; i++) if (engine(reqs[i], setFor(sets, off + i)).decision === 'Allowed') sink++;
      passNs += Number(process.hrtime.bigint() - t);
      const used = process.cpuUsage(c);
      cpu += used.user + used.system;
    }
    ns += passNs;
    best = Math.min(best, passNs);
    passNanos.push(passNs);
  }
  if (sink < 0) throw new Error('unreachable');
  const decisions = passes * total;
  const median = [...passNanos].sort((x, y) => x - y)[Math.floor(passNanos.length / 2)];
  return {
    perSecond: (decisions / ns) * 1e9,
    bestPass: (total / best) * 1e9,
    medianPass: (total / median) * 1e9,
    perCpuSecond: (decisions / cpu) * 1e6,
    probeNs,
  };
}

/** p50 and p99 of single decisions (each timed alone) over fresh requests, in µs. */
function latency(sets: readonly PolicySet[], reqs: readonly AuthzRequest[]): { p50: number; p99: number } {
  const samples = new Float64Array(reqs.length);
  for (let i = 0; i < reqs.length; i++) {
    const t = process.hrtime.bigint();
    evaluate(reqs[i], setFor(sets, i));
    samples[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  samples.sort();
  return { p50: samples[Math.floor(samples.length * 0.5)], p99: samples[Math.floor(samples.length * 0.99)] };
}

/** Baseline in the same run: parse and compile the role for every decision (1,000 fresh requests). */
function uncompiledBaseline(): number {
  const sample = freshRequests(1000, 7);
  const doc = roleDocument();
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const r of sample) {
    const set: PolicySet = { identity: [loadPolicy(doc, { type: 'identity', name: 'bench-role inline' })] };
    if (evaluate(r, set).decision === 'Allowed') sink++;
  }
  const ns = Number(process.hrtime.bigint() - start);
  if (sink < 0) throw new Error('unreachable');
  return (sample.length / ns) * 1e9;
}

/** Every action of the sweep services against the role (resource `*`), fresh request objects, 10 passes. */
function sweep(sets: readonly PolicySet[]): { actions: number; rate: Rate } {
  const catalog = loadActionCatalog();
  const actions = SWEEP_SERVICES.flatMap((s) => catalog.actionsFor(s));
  const base = freshRequests(1)[0];
  const batch = (offset: number, n: number): AuthzRequest[] =>
    actions.slice(offset % actions.length, (offset % actions.length) + n).map((action) => ({
      principal: { ...base.principal },
      action,
      resource: '*',
      context: { 'aws:RequestedRegion': 'eu-west-1', 'aws:SecureTransport': 'true' },
    }));
  const only = [sets[0], sets[0], sets[0], sets[0]];
  timePasses(only, batch, 2, actions.length);
  return { actions: actions.length, rate: timePasses(only, batch, 10, actions.length) };
}

/** The engine's entry point (tsx-transpiled import, or the esbuild bundle's). */
type Evaluate = typeof evaluate;

/**
 * The engine as the handlers run it: lambda/core/policy/index.ts bundled by esbuild with the handlers' options
 * (`loadEngine` of bench/lib/policy-ab.ts on the working tree: AUDITOR_BUNDLING via bench/lib/bundle.ts, CommonJS,
 * minified, node target, no source map), then `require`d. Its own `loadPolicy` compiles the sets so no object
 * crosses the two module instances.
 */
function bundledEngine(): { evaluate: Evaluate; loadPolicy: typeof loadPolicy } {
  return loadEngine('.');
}

/** Fresh-JSON rate of the bundled engine: same requests, same warm-up and passes as the tsx row. */
function bundledRate(): Rate {
  const engine = bundledEngine();
  const sets = policySets(engine.loadPolicy);
  const fresh = (offset: number, n: number): AuthzRequest[] => freshRequests(n, offset);
  timePasses(sets, fresh, WARM_UP_PASSES, REQUESTS, engine.evaluate);
  return timePasses(sets, fresh, PASSES, REQUESTS, engine.evaluate);
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Runs the policy-engine benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const sets = policySets();
  const fresh = (offset: number, n: number): AuthzRequest[] => freshRequests(n, offset);
  const reusedAll = reusedRequests(REQUESTS);
  const reused = (offset: number, n: number): AuthzRequest[] => {
    const from = offset % REQUESTS;
    return reusedAll.slice(from, from + n);
  };
  timePasses(sets, fresh, WARM_UP_PASSES); // warm-up: JIT, per-action statement indexes
  timePasses(sets, reused, 2);
  const f = timePasses(sets, fresh, PASSES);
  const r = timePasses(sets, reused, PASSES);
  const b = timePasses(sets, (offset, n) => builtRequests(n, offset), PASSES);
  const lat = latency(sets, freshRequests(REQUESTS, 99 * REQUESTS));
  const baseline = uncompiledBaseline();
  const s = sweep(sets);
  const bundled = bundledRate();
  const statements = sets[0].identity[0].parsed.statements.length;
  const workload = `${statements}-statement role, boundary 1/4, resource policy 1/5, ${SERVICE_COUNT} services, ${REQUESTS.toLocaleString('en-US')} fresh requests parsed from JSON × ${PASSES} passes (built outside the timer)`;
  const target = (x: number): string => `${(x / TARGET_PER_SECOND).toFixed(2)}× the 1,000,000/s target`;
  const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`;
  return [
    {
      name: 'policy: decisions/s, fresh request objects (wall clock)',
      value: Math.round(f.perSecond),
      unit: 'decisions/s',
      note: `${workload}; ${target(f.perSecond)}; median pass ${fmt(f.medianPass)}/s, fastest ${fmt(f.bestPass)}/s; ${contention(f)}; ${load}`,
    },
    {
      name: 'policy: decisions per CPU-second, fresh request objects',
      value: Math.round(f.perCpuSecond),
      unit: 'decisions/s',
      note: target(f.perCpuSecond),
    },
    {
      name: 'policy: decisions/s, fresh requests built in code (wall clock)',
      value: Math.round(b.perSecond),
      unit: 'decisions/s',
      note: `the same requests without the JSON round trip (template-literal ropes, shared action strings); per CPU-second ${fmt(b.perCpuSecond)}/s`,
    },
    {
      name: 'policy: decisions/s, reused request objects (wall clock)',
      value: Math.round(r.perSecond),
      unit: 'decisions/s',
      note: `same requests sharing 1 principal and 4 context objects; fastest pass ${fmt(r.bestPass)}/s`,
    },
    {
      name: 'policy: decisions/s, fresh request objects, engine bundled as deployed (esbuild, wall clock)',
      value: Math.round(bundled.perSecond),
      unit: 'decisions/s',
      note: `same fresh-JSON workload and passes as the first row, engine bundled with the handlers' esbuild options and require()d; ${target(bundled.perSecond)}; median pass ${fmt(bundled.medianPass)}/s, fastest ${fmt(bundled.bestPass)}/s; ${contention(bundled)}; per CPU-second ${fmt(bundled.perCpuSecond)}/s`,
    },
    { name: 'policy: p50 latency per decision (fresh)', value: Number(lat.p50.toFixed(2)), unit: 'µs' },
    { name: 'policy: p99 latency per decision (fresh)', value: Number(lat.p99.toFixed(2)), unit: 'µs' },
    {
      name: 'policy: baseline, parse + compile per decision',
      value: Math.round(baseline),
      unit: 'decisions/s',
      note: `1,000 fresh requests, same run; compiled engine with fresh requests is ${(f.perSecond / baseline).toFixed(0)}× faster`,
    },
    {
      name: 'policy: full-catalog sweep, decisions/s (fresh request objects)',
      value: Math.round(s.rate.perSecond),
      unit: 'decisions/s',
      note: `${s.actions.toLocaleString('en-US')} actions of ${SWEEP_SERVICES.join(', ')} vs the role, resource *, 10 passes`,
    },
  ];
}
