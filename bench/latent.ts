/**
 * Effective-permission sweep cost of the latent checks (issue 13): LAA-ROLE-SHADOWED-GRANT (every
 * Allow of every execution role asked to the engine, wildcards expanded over the IAM action catalog)
 * LAA-ROLE-OVER-BROAD and LAA-CONFIGURED-UNUSABLE (three environment-named resources per function: a
 * table, a queue and a bucket, each asked to the engine for its typical actions), over the demo account
 * replicated to 1,000 functions (one role each).
 */
import { OVER_BROAD_ROLE } from '../lambda/core/checks/execution-role/over-broad-role';
import { SHADOWED_GRANT } from '../lambda/core/checks/execution-role/shadowed-grant';
import { CONFIGURED_UNUSABLE } from '../lambda/core/checks/execution-role/configured-unusable';
import { audit } from '../lambda/core/audit';
import { loadActionCatalog } from '../lambda/catalog';
import type { FunctionInfo, RoleInfo, Snapshot } from '../lambda/core/snapshot/types';
import { buildDemoSnapshot, DEMO_TAKEN_AT } from '../examples/demo-account';
import type { BenchResult } from './types';

/** `copies` renamed copies of every function and role of `base` (each function keeps its own role). */
function replicate(base: Snapshot, target: number): Snapshot {
  const functions: FunctionInfo[] = [];
  const roles: RoleInfo[] = [];
  for (let i = 0; functions.length < target; i++) {
    for (const f of base.functions) {
      if (functions.length >= target) break;
      const role = base.roles.find((r) => r.arn === f.roleArn);
      if (!role) continue;
      const copy = { ...role, name: `${role.name}-${i}-${f.name}`, arn: `${role.arn}-${i}-${f.name}` };
      roles.push(copy);
      functions.push({ ...f, name: `${f.name}-${i}`, arn: `${f.arn}-${i}`, roleArn: copy.arn });
    }
  }
  return { ...base, functions, roles };
}

/** Every function of `s` with three environment-named resources (what a typical CDK app passes). */
function withEnvironmentResources(s: Snapshot): Snapshot {
  const arn = (service: string, resource: string) =>
    `arn:aws:${service}:${s.account.region}:${s.account.id}:${resource}`;
  const environmentResources = [
    { variable: 'TABLE_ARN', arn: arn('dynamodb', 'table/orders') },
    { variable: 'QUEUE_URL', arn: arn('sqs', 'jobs') },
    { variable: 'BUCKET_ARN', arn: 'arn:aws:s3:::orders-uploads' },
  ];
  return { ...s, functions: s.functions.map((f) => ({ ...f, environmentResources })) };
}

/** Runs the benchmark. */
export async function run(): Promise<BenchResult[]> {
  const catalog = loadActionCatalog();
  const snapshot = replicate(buildDemoSnapshot(), 1000);
  const now = new Date(DEMO_TAKEN_AT);
  audit(replicate(buildDemoSnapshot(), 20), [], { checks: [SHADOWED_GRANT], catalog, now }); // warm-up
  const t0 = process.hrtime.bigint();
  const shadow = audit(snapshot, [], { checks: [SHADOWED_GRANT], catalog, now });
  const shadowMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const t1 = process.hrtime.bigint();
  audit(snapshot, [], { checks: [OVER_BROAD_ROLE], catalog, now });
  const broadMs = Number(process.hrtime.bigint() - t1) / 1e6;
  const configured = withEnvironmentResources(snapshot);
  const t2 = process.hrtime.bigint();
  const unusable = audit(configured, [], { checks: [CONFIGURED_UNUSABLE], catalog, now });
  const configuredMs = Number(process.hrtime.bigint() - t2) / 1e6;
  const roles = snapshot.roles.length;
  return [
    { name: 'latent: shadowed-grant sweep per role', value: shadowMs / roles, unit: 'ms', note: `${roles} roles` },
    {
      name: 'latent: shadowed-grant sweep per 1,000 functions',
      value: (shadowMs / snapshot.functions.length) * 1000,
      unit: 'ms',
      note: `${shadow.findings.length} findings`,
    },
    {
      name: 'latent: over-broad check per 1,000 functions',
      value: (broadMs / snapshot.functions.length) * 1000,
      unit: 'ms',
    },
    {
      name: 'latent: configured-but-unusable check per 1,000 functions',
      value: (configuredMs / configured.functions.length) * 1000,
      unit: 'ms',
      note: `3 resources per function, ${unusable.findings.length} findings`,
    },
  ];
}
