/**
 * Sweep cost of the execution-role checks: the demo account's A scenarios replicated into a large
 * account (every function and role renamed), swept by the function-scoped checks of the
 * execution-role, event-source and cross-account topics.
 */
import { parseDenial } from '../lambda/core/cloudtrail';
import { ROLE_DENIED_ACTION } from '../lambda/core/checks/execution-role/role-denied-action';
import { CHECKS } from '../lambda/core/checks/registry';
import { audit } from '../lambda/core/audit';
import type { Check, CheckTopic } from '../lambda/core/checks/types';
import type { FunctionInfo, RoleInfo, Snapshot } from '../lambda/core/snapshot/types';
import { buildSnapshot, DEMO_TAKEN_AT } from '../examples/demo-account/build';
import { SCENARIOS_A } from '../examples/demo-account/scenarios-a';
import type { BenchResult } from './types';

/** The function-scoped checks of the execution-role, event-source and cross-account topics (from the registry). */
const TOPICS: readonly CheckTopic[] = ['execution-role', 'event-source', 'cross-account'];

function replicate(base: Snapshot, copies: number): Snapshot {
  const functions: FunctionInfo[] = [];
  const roles: RoleInfo[] = [];
  for (let i = 0; i < copies; i++) {
    const rename = (s: string): string => s.replace(/(role\/(?:service-role\/)?|function:)(a-[^:/]+)/g, `$1$2-${i}`);
    for (const r of base.roles) roles.push({ ...r, name: `${r.name}-${i}`, arn: rename(r.arn) });
    for (const f of base.functions)
      functions.push({ ...f, name: `${f.name}-${i}`, arn: rename(f.arn), roleArn: rename(f.roleArn) });
  }
  return { ...base, functions, roles };
}

/** Runs the benchmark. */
export async function run(): Promise<BenchResult[]> {
  const checks: Check[] = CHECKS.filter((c) => c.scope === 'function' && c.topic && TOPICS.includes(c.topic));
  const base = buildSnapshot(SCENARIOS_A);
  const snapshot = replicate(base, 50);
  const now = new Date(DEMO_TAKEN_AT);
  audit(replicate(base, 2), [], { checks, now }); // warm-up
  const start = process.hrtime.bigint();
  const report = audit(snapshot, [], { checks, now });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const fnCount = snapshot.functions.length;
  const denials = SCENARIOS_A.flatMap((sc) => sc.events ?? []).map((e) => parseDenial(e.envelope));
  const parsed = denials.flatMap((d) => (d.ok ? [d.value] : []));
  const rounds = 2000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) {
    for (const denial of parsed) ROLE_DENIED_ACTION.run({ snapshot: base, denial, now });
  }
  const perDenialUs = Number(process.hrtime.bigint() - t0) / 1e3 / (rounds * parsed.length);
  return [
    {
      name: 'checks-a: sweep throughput',
      value: Math.round(fnCount / seconds),
      unit: 'functions/s',
      note: `${fnCount} functions × ${checks.length} function checks, ${report.findings.length} findings`,
    },
    { name: 'checks-a: sweep time per function', value: Number(((seconds * 1000) / fnCount).toFixed(3)), unit: 'ms' },
    {
      name: 'checks-a: LAA-ROLE-DENIED-ACTION per denial',
      value: Number(perDenialUs.toFixed(1)),
      unit: 'µs',
      note: `${parsed.length} demo denials × ${rounds} rounds (evaluate + explain + fix)`,
    },
  ];
}
