/**
 * Benchmarks of the resource-policy paths: `compare()` (two execution roles diffed over every catalog action of
 * the services they use — the "millions of evaluations" path) and the resource-policy checks
 * (invoke / exposure / URL probes) over a sweep of many functions.
 */
import { performance } from 'node:perf_hooks';
import { CHECKS } from '../lambda/core/checks/registry';
import { audit } from '../lambda/core/audit';
import { compare } from '../lambda/core/compare';
import { loadActionCatalog } from '../lambda/catalog';
import type { FunctionInfo, PolicyDocument, RoleInfo, Snapshot, TriggerInfo } from '../lambda/core/snapshot/types';
import {
  ACCOUNT,
  REGION,
  allow,
  doc,
  fnArn,
  fn as factoryFn,
  plainTrust,
  role as factoryRole,
  snapshot,
} from '../test/support/factory';
import type { BenchResult } from './types';

const ACCT = ACCOUNT;
/** A role whose one inline policy `p` holds `statements`. */
const role = (name: string, statements: Record<string, unknown>[]): RoleInfo =>
  factoryRole(name, { p: doc(...statements) }, { trustPolicy: plainTrust() });
/** A function of role `roleName` with an optional resource policy. */
const fn = (name: string, roleName: string, resourcePolicy: PolicyDocument | null = null): FunctionInfo =>
  factoryFn(name, roleName, { resourcePolicy });
/** A snapshot of the bench account. */
const base = (parts: Partial<Snapshot>): Snapshot => snapshot(parts, { takenAt: '2026-11-20T12:00:00Z' });

/** Two realistic execution roles: a broad "working" one and a narrower "failing" one. */
function compareSnapshot(): Snapshot {
  const tables = ['orders', 'customers', 'invoices'].map((t) => `arn:aws:dynamodb:${REGION}:${ACCT}:table/${t}`);
  const broad = role('working-role', [
    allow(['s3:*'], ['arn:aws:s3:::orders-archive', 'arn:aws:s3:::orders-archive/*']),
    allow(['dynamodb:*'], tables),
    allow(['sqs:*', 'sns:*'], '*'),
    allow(
      ['kms:Decrypt', 'kms:GenerateDataKey'],
      `arn:aws:kms:${REGION}:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    ),
    allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:${REGION}:${ACCT}:log-group:/aws/lambda/*`),
    allow(['ec2:Describe*', 'ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface'], '*'),
  ]);
  const narrow = role('failing-role', [
    allow(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::orders-archive/*'),
    allow(['dynamodb:GetItem', 'dynamodb:Query'], tables[0]),
    allow(['sqs:SendMessage'], '*'),
    allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:${REGION}:${ACCT}:log-group:/aws/lambda/*`),
  ]);
  return base({ functions: [fn('failing', 'failing-role'), fn('working', 'working-role')], roles: [broad, narrow] });
}

/** `count` functions with scoped triggers, every 10th with a public or unscoped statement. */
function sweepSnapshot(count: number): Snapshot {
  const functions: FunctionInfo[] = [];
  const triggers: TriggerInfo[] = [];
  const roles = [
    role('shared-role', [allow(['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup'], '*')]),
  ];
  for (let i = 0; i < count; i++) {
    const name = `fn-${i}`;
    const ruleArn = `arn:aws:events:${REGION}:${ACCT}:rule/rule-${i}`;
    const statements: Record<string, unknown>[] = [
      {
        Sid: 'rule',
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: fnArn(name),
        Condition: { ArnLike: { 'AWS:SourceArn': ruleArn }, StringEquals: { 'AWS:SourceAccount': ACCT } },
      },
    ];
    if (i % 10 === 0)
      statements.push({
        Sid: 'open',
        Effect: 'Allow',
        Principal: '*',
        Action: 'lambda:InvokeFunction',
        Resource: fnArn(name),
      });
    functions.push(fn(name, 'shared-role', { Version: '2012-10-17', Statement: statements }));
    triggers.push({
      kind: 'eventbridge-rule',
      sourceArn: ruleArn,
      sourceAccount: ACCT,
      targetArn: fnArn(name),
      servicePrincipal: 'events.amazonaws.com',
    });
  }
  return base({
    functions,
    roles,
    triggers,
    inventory: { 'eventbridge-rule': { complete: true, arns: triggers.map((t) => t.sourceArn) } },
  });
}

/** Runs the compare and resource-policy (invoke + exposure topics) benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const catalog = loadActionCatalog();
  const snap = compareSnapshot();
  compare(snap, 'failing', 'working', catalog); // warm-up: catalog files and compiled policies
  const rounds = 10;
  const t0 = performance.now();
  let r = compare(snap, 'failing', 'working', catalog);
  for (let i = 1; i < rounds; i++) r = compare(snap, 'failing', 'working', catalog);
  const ms = (performance.now() - t0) / rounds;
  if (!r.ok) throw new Error(r.error.message);
  const evals = r.value.evaluations;

  const n = 500;
  const sweep = sweepSnapshot(n);
  const bChecks = CHECKS.filter((c) => c.scope === 'function' && (c.topic === 'invoke' || c.topic === 'exposure'));
  audit(sweepSnapshot(20), [], { checks: bChecks, now: new Date(), catalog });
  const t1 = performance.now();
  const report = audit(sweep, [], { checks: bChecks, now: new Date(), catalog });
  const sweepMs = performance.now() - t1;

  return [
    {
      name: 'compare: evaluations per second',
      value: Math.round(evals / (ms / 1000)),
      unit: 'evals/s',
      note: `${evals.toLocaleString('en-US')} evaluations over ${r.value.services.length} services, mean of ${rounds} runs`,
    },
    {
      name: 'compare: two roles, 7 services, full catalog',
      value: Math.round(ms),
      unit: 'ms',
      note: `${r.value.onlyB.length} deltas found`,
    },
    {
      name: `resource-policy checks (${bChecks.length}) per function`,
      value: Number(((sweepMs * 1000) / n).toFixed(0)),
      unit: 'µs/function',
      note: `${n} functions, ${report.findings.length} findings, full lambda catalog probes`,
    },
  ];
}
