/**
 * `evaluate` decides on its fast path (per-layer summaries, summary.ts) and builds `deciding`, `layers`,
 * `nearMisses` and `reasons` on first read from the detailed path (detailed.ts). Properties: the fast path's
 * decision, deciding type, AWS rule and `requires` equal the detailed path's verdict, and every field of a
 * decision read late (after thousands of other decisions reused the shared context view) deep-equals the
 * same decision read at once. Inputs: random policy sets of every layer type × random requests (fast-check),
 * and the bench workload (bench/lib/policy-workload.ts).
 */
import fc from 'fast-check';
import { freshRequests, policySets, setFor } from '../../../bench/lib/policy-workload';
import { decisionData, evaluate } from '../../../lambda/core/policy';
import type { AuthzRequest, Decision, PolicySet, RequestPrincipal } from '../../../lambda/core/policy';
import { evaluateDetailed } from '../../../lambda/core/policy/detailed';
import {
  ACCOUNT as A,
  OTHER_ACCOUNT as B,
  buildSet,
  root,
  service,
  session,
  user,
  type SetSpec,
  type Stmt,
} from '../../support/factory';
import { statementLists } from '../../support/policy-arbitraries';

const ACTIONS = ['s3:GetObject', 's3:*', 's3:Get*', '*', 'sqs:SendMessage', 'kms:Decrypt', 'sts:AssumeRole'];
const RESOURCES = ['*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/k', `arn:aws:kms:us-east-1:${A}:key/*`, 'arn:aws:sqs:*'];
const PRINCIPALS = [
  '*',
  { AWS: `arn:aws:sts::${A}:assumed-role/app/fn` },
  { AWS: `arn:aws:iam::${A}:role/app` },
  { AWS: A },
  { AWS: B },
  { Service: 'lambda.amazonaws.com' },
];
const REQUESTS: readonly [string, string][] = [
  ['s3:GetObject', 'arn:aws:s3:::b/k'],
  ['s3:PutObject', 'arn:aws:s3:::c/x'],
  ['sqs:SendMessage', `arn:aws:sqs:us-east-1:${B}:q`],
  ['kms:Decrypt', `arn:aws:kms:us-east-1:${A}:key/k1`],
  ['kms:Decrypt', `arn:aws:kms:us-east-1:${B}:key/k2`],
  ['sts:AssumeRole', `arn:aws:iam::${A}:role/target`],
  ['sts:GetCallerIdentity', '*'],
  ['iam:DeletePolicy', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
];
const CALLERS: readonly RequestPrincipal[] = [
  session(),
  session(B),
  user(A, 'alice', { team: 'blue' }),
  root(),
  service('lambda.amazonaws.com'),
  session(A, 'AWSServiceRoleForX', 'x', '/aws-service-role/x.amazonaws.com/'),
];

const list = (xs: readonly string[]) => fc.subarray([...xs], { minLength: 1, maxLength: 3 });
const condition = fc.option(
  fc.constantFrom(
    { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
    { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
    { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } },
  ),
  { nil: undefined },
);

const stmts = statementLists({
  effects: ['Allow', 'Allow', 'Deny'],
  actions: list(ACTIONS),
  resources: list(RESOURCES),
  condition,
  principals: PRINCIPALS,
});
/** A layer's statements, half the time after an Allow-all (so later layers are reached, not always denied). */
const layerStmts = (p: boolean, max = 3): fc.Arbitrary<Stmt[]> =>
  fc
    .tuple(fc.boolean(), stmts(p, max))
    .map(([all, xs]) =>
      all ? [{ Effect: 'Allow', Action: '*', Resource: '*', ...(p ? { Principal: '*' } : {}) }, ...xs] : xs,
    );
/** Present one time in three. */
const sometimes = <T>(x: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: x, weight: 1 });
const levels = (p: boolean) => fc.array(layerStmts(p), { minLength: 1, maxLength: 2 });
const spec: fc.Arbitrary<SetSpec> = fc
  .record({
    identity: fc.array(stmts(false), { maxLength: 2 }),
    res: fc.option(fc.tuple(fc.constantFrom('resource', 'trust'), stmts(true)), { nil: undefined }),
    boundary: sometimes(layerStmts(false)),
    session: sometimes(fc.array(layerStmts(false), { minLength: 1, maxLength: 2 })),
    scp: sometimes(levels(false)),
    rcp: sometimes(levels(true)),
    vpc: sometimes(layerStmts(true)),
  })
  .map(({ res, ...rest }) => {
    const out: SetSpec = { identity: rest.identity };
    if (res) out[res[0] as 'resource' | 'trust'] = res[1];
    for (const k of ['boundary', 'session', 'scp', 'rcp', 'vpc'] as const)
      if (rest[k]) Object.assign(out, { [k]: rest[k] });
    return out;
  });
const keyPolicy = fc.constantFrom<PolicySet['keyPolicy'] | 'required'>(
  undefined,
  'unknown',
  'grants-cover',
  'required',
);

const request: fc.Arbitrary<AuthzRequest> = fc
  .record({
    at: fc.constantFrom(...REQUESTS),
    caller: fc.constantFrom(...CALLERS),
    ip: fc.constantFrom('10.1.1.1', '8.8.8.8'),
  })
  .map(({ at, caller, ip }) => ({
    principal: caller,
    action: at[0],
    resource: at[1],
    context: { 'aws:SourceIp': ip },
  }));

function withKeyPolicy(set: PolicySet, k: PolicySet['keyPolicy'] | 'required'): PolicySet {
  if (k === undefined) return set;
  return k === 'required' ? { ...set, keyPolicyRequired: true } : { ...set, keyPolicy: k };
}

/** The fast path's fields equal the detailed path's verdict. */
function expectSameVerdict(d: Decision, req: AuthzRequest, set: PolicySet): void {
  const { verdict } = evaluateDetailed(req, set);
  expect({ decision: d.decision, decidingType: d.decidingType, awsRule: d.awsRule, requires: d.requires }).toEqual({
    decision: verdict.decision,
    decidingType: verdict.decidingType,
    awsRule: verdict.awsRule,
    requires: verdict.requires,
  });
  expect(d.deciding).toEqual(verdict.deciding);
}

describe('lazy decisions', () => {
  it('the fast path decides like the detailed path, for random policy sets of every layer type', () => {
    fc.assert(
      fc.property(spec, request, keyPolicy, (s, req, k) => {
        const set = withKeyPolicy(buildSet(s), k);
        expectSameVerdict(evaluate(req, set), req, set);
      }),
      { numRuns: 600 },
    );
  });

  it('every field read late (after other decisions) equals the same decision read at once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(spec, request, keyPolicy), { minLength: 2, maxLength: 8 }), (cases) => {
        const inputs = cases.map(([s, req, k]) => ({ req, set: withKeyPolicy(buildSet(s), k) }));
        const atOnce = inputs.map(({ req, set }) => JSON.stringify(decisionData(evaluate(req, set))));
        const late = inputs.map(({ req, set }) => evaluate(req, set));
        for (let i = late.length - 1; i >= 0; i--) expect(JSON.stringify(decisionData(late[i]))).toBe(atOnce[i]);
      }),
      { numRuns: 150 },
    );
  });

  it('on the bench workload: same verdicts, and late reads equal immediate ones', () => {
    const sets = policySets();
    const reqs = freshRequests(2000, 123);
    const atOnce = reqs.map((r, i) => JSON.stringify(decisionData(evaluate(r, setFor(sets, i)))));
    const late = reqs.map((r, i) => evaluate(r, setFor(sets, i)));
    const kinds = new Set(late.map((d) => d.decision));
    expect([...kinds].sort()).toEqual(['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied']);
    for (let i = late.length - 1; i >= 0; i--) {
      expect(JSON.stringify(decisionData(late[i]))).toBe(atOnce[i]);
      expectSameVerdict(late[i], reqs[i], setFor(sets, i));
    }
  });
});
