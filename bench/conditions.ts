/**
 * Benchmarks of the condition operators and matchers (lambda/core/policy/match, /conditions): how many
 * condition tests per second one core does on a fixed, varied workload. Compile time is excluded.
 */
import { compileCondition } from '../lambda/core/policy/conditions';
import type { CompiledCondition } from '../lambda/core/policy/conditions';
import { compileArnPattern, compileStringPattern, contextFromRecord } from '../lambda/core/policy/match';
import type { RequestContextView } from '../lambda/core/policy/match';
import type { ConditionEntry } from '../lambda/core/policy/model';
import type { BenchResult } from './types';

const ENTRIES: readonly ConditionEntry[] = [
  { operator: 'StringLike', key: 's3:prefix', values: ['home/${aws:username}/*', 'public/*', 'shared/??/*'] },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: ['red', 'blue', 'green'] },
  { operator: 'StringNotEqualsIgnoreCase', key: 'aws:RequestedRegion', values: ['US-EAST-1', 'EU-WEST-1'] },
  {
    operator: 'ArnLike',
    key: 'aws:SourceArn',
    values: ['arn:aws:sns:*:111122223333:topic-*', 'arn:aws:s3:::bucket-*'],
  },
  { operator: 'IpAddress', key: 'aws:SourceIp', values: ['10.0.0.0/8', '192.168.0.0/16', '2001:db8::/32'] },
  { operator: 'NumericLessThanEquals', key: 's3:max-keys', values: ['100'] },
  { operator: 'DateLessThan', key: 'aws:CurrentTime', values: ['2030-01-01T00:00:00Z'] },
  { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] },
  { operator: 'ForAllValues:StringLike', key: 'aws:TagKeys', values: ['env', 'team', 'cost-*'] },
  { operator: 'Null', key: 'aws:TokenIssueTime', values: ['false'] },
];

function contexts(n: number): RequestContextView[] {
  const out: RequestContextView[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      contextFromRecord({
        'aws:username': `user${i % 50}`,
        's3:prefix': i % 3 === 0 ? `home/user${i % 50}/docs` : `other/${i}`,
        'aws:PrincipalTag/team': ['red', 'blue', 'black'][i % 3],
        'aws:RequestedRegion': ['us-east-1', 'ap-south-1'][i % 2],
        'aws:SourceArn': `arn:aws:sns:us-east-1:${i % 2 ? '111122223333' : '444455556666'}:topic-${i}`,
        'aws:SourceIp': i % 4 === 0 ? `2001:db8::${(i % 65535).toString(16)}` : `10.${i % 256}.${(i * 7) % 256}.1`,
        's3:max-keys': String(i % 200),
        'aws:CurrentTime': '2026-03-15T12:00:00Z',
        'aws:SecureTransport': i % 5 ? 'true' : 'false',
        'aws:TagKeys': i % 2 ? ['env', 'team'] : ['env', 'owner'],
        ...(i % 2 ? { 'aws:TokenIssueTime': '2026-03-15T11:00:00Z' } : {}),
      }),
    );
  }
  return out;
}

function perSecond(iterations: number, body: () => void): number {
  body(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) body();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return Math.round(iterations / seconds);
}

/** Runs the condition benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const ctxs = contexts(1000);
  const conditions: CompiledCondition[] = ENTRIES.map(
    (e, i) => compileCondition(e, { variables: true }, `Condition[${i}]`).condition,
  );
  let sink = 0;
  const condRate = perSecond(100, () => {
    for (const ctx of ctxs) for (const c of conditions) if (c.test(ctx)) sink++;
  });
  const glob = compileStringPattern('arn:aws:s3:::bucket-*/logs/*/2026-??-*.gz', {
    ignoreCase: false,
    wildcards: true,
    variables: false,
  });
  const arn = compileArnPattern('arn:aws:lambda:*:111122223333:function:app-*', { variables: false });
  const values = Array.from({ length: 1000 }, (_, i) => `arn:aws:s3:::bucket-${i}/logs/x${i}/2026-0${i % 9}-01.gz`);
  const fns = Array.from({ length: 1000 }, (_, i) => `arn:aws:lambda:us-east-1:111122223333:function:app-${i}`);
  const ctx = ctxs[0];
  const globRate = perSecond(200, () => {
    for (const v of values) if (glob(v, ctx)) sink++;
  });
  const arnRate = perSecond(200, () => {
    for (const v of fns) if (arn(v, ctx)) sink++;
  });
  const note = `sink ${sink > 0 ? 'ok' : 'empty'}`;
  return [
    {
      name: 'conditions: condition tests per second (10 operator families mixed)',
      value: condRate * ctxs.length * conditions.length,
      unit: 'tests/s',
      note: `1,000 contexts × 10 entries; ${note}`,
    },
    { name: 'match: wildcard pattern tests per second', value: globRate * values.length, unit: 'tests/s' },
    { name: 'match: ARN pattern tests per second', value: arnRate * fns.length, unit: 'tests/s' },
  ];
}
