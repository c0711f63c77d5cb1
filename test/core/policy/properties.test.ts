/** Property tests (fast-check) of the engine's invariants. */
import fc from 'fast-check';
import { evaluate, explain, parsePolicy, proposeFix } from '../../../lambda/core/policy';
import type { AuthzRequest, PolicyType } from '../../../lambda/core/policy';
import { ACCOUNT as A, OTHER_ACCOUNT as B, buildSet, session, type SetSpec, type Stmt } from '../../support/factory';
import { statementLists } from '../../support/policy-arbitraries';

const RUNS = { numRuns: 300 };
const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:*',
  's3:Get*',
  '*',
  'sqs:SendMessage',
  'lambda:InvokeFunction',
  'lambda:*',
];
const RESOURCES = [
  '*',
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/k',
  'arn:aws:s3:::c/*',
  `arn:aws:sqs:us-east-1:${A}:q`,
  `arn:aws:lambda:us-east-1:${B}:function:f`,
];
const REQ_ACTIONS = ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'lambda:InvokeFunction'];
const REQ_RESOURCES = [
  'arn:aws:s3:::b/k',
  'arn:aws:s3:::c/x',
  `arn:aws:sqs:us-east-1:${A}:q`,
  `arn:aws:lambda:us-east-1:${B}:function:f`,
];
const PRINCIPALS = [
  '*',
  { AWS: `arn:aws:sts::${A}:assumed-role/app/fn` },
  { AWS: `arn:aws:iam::${A}:role/app` },
  { AWS: A },
  { AWS: B },
];

const list = (xs: readonly string[]) =>
  fc.oneof(fc.constantFrom(...xs), fc.subarray([...xs], { minLength: 1, maxLength: 3 }));
const condition = fc.option(
  fc.oneof(
    fc.record({ StringEquals: fc.record({ 'aws:PrincipalTag/team': fc.constantFrom('blue', 'red') }) }),
    fc.record({ IpAddress: fc.record({ 'aws:SourceIp': fc.constantFrom('10.0.0.0/8', '192.168.0.0/16') }) }),
    fc.record({ StringNotEqualsIfExists: fc.record({ 'aws:PrincipalOrgID': fc.constant('o-1') }) }),
  ),
  { nil: undefined },
);

const stmts = statementLists({
  effects: ['Allow', 'Deny'],
  actions: list(ACTIONS),
  resources: list(RESOURCES),
  condition,
  principals: PRINCIPALS,
});
const setSpec: fc.Arbitrary<SetSpec> = fc.record(
  {
    identity: fc.array(stmts(false), { maxLength: 3 }),
    resource: stmts(true),
    boundary: stmts(false),
    session: fc.array(stmts(false), { minLength: 1, maxLength: 2 }),
    scp: fc.array(stmts(false, 3), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['identity'] },
);

const request: fc.Arbitrary<AuthzRequest> = fc
  .record({
    action: fc.constantFrom(...REQ_ACTIONS),
    resource: fc.constantFrom(...REQ_RESOURCES),
    team: fc.constantFrom('blue', 'red'),
    ip: fc.constantFrom('10.1.1.1', '192.168.1.1', '8.8.8.8'),
  })
  .map((r) => ({
    principal: { ...session(), tags: { team: r.team } },
    action: r.action,
    resource: r.resource,
    context: { 'aws:SourceIp': r.ip },
  }));

const TYPES: PolicyType[] = [
  'identity',
  'resource',
  'trust',
  'permissions-boundary',
  'session',
  'scp',
  'rcp',
  'vpc-endpoint',
];

describe('properties', () => {
  it('parsePolicy never throws on arbitrary JSON values, their text, or arbitrary strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...TYPES), (doc, type) => {
        const src = { type, name: 'p' };
        expect(() => parsePolicy(doc, src)).not.toThrow();
        expect(() => parsePolicy(JSON.stringify(doc), src)).not.toThrow();
        expect(() => parsePolicy({ Version: '2012-10-17', Statement: doc }, src)).not.toThrow();
        expect(() =>
          parsePolicy(
            {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: doc, Resource: doc, Condition: doc, Principal: doc }],
            },
            src,
          ),
        ).not.toThrow();
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string(), (s) => void parsePolicy(s, { type: 'identity', name: 'p' })),
      RUNS,
    );
  });

  it('evaluation never throws and parse of structured statements yields valid statements', () => {
    fc.assert(
      fc.property(setSpec, request, (spec, req) => {
        const set = buildSet(spec);
        expect(set.identity.every((p) => p.parsed.statements.every((s) => !s.invalid))).toBe(true);
        expect(['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied']).toContain(evaluate(req, set).decision);
      }),
      RUNS,
    );
  });

  it('an applicable explicit deny always wins, in any layer', () => {
    const layer = fc.constantFrom<keyof SetSpec>('identity', 'resource', 'boundary', 'session', 'scp');
    fc.assert(
      fc.property(setSpec, request, layer, (spec, req, where) => {
        const d: Stmt = {
          Effect: 'Deny',
          Action: req.action,
          Resource: req.resource,
          ...(where === 'resource' ? { Principal: '*' } : {}),
        };
        const s: SetSpec = { ...spec };
        if (where === 'identity') s.identity = [...(s.identity ?? []), [d]];
        if (where === 'resource') s.resource = [...(s.resource ?? []), d];
        if (where === 'boundary') s.boundary = [...(s.boundary ?? []), d];
        if (where === 'session') s.session = [...(s.session ?? []), [d]];
        if (where === 'scp') s.scp = [...(s.scp ?? [[]]), [d]];
        expect(evaluate(req, buildSet(s)).decision).toBe('ExplicitlyDenied');
      }),
      RUNS,
    );
  });

  it('removing Deny statements never turns Allowed into denied', () => {
    const noDeny = (xs: Stmt[] | undefined): Stmt[] | undefined => xs?.filter((x) => x.Effect !== 'Deny');
    fc.assert(
      fc.property(setSpec, request, (spec, req) => {
        if (evaluate(req, buildSet(spec)).decision !== 'Allowed') return;
        const stripped: SetSpec = {
          identity: spec.identity?.map((p) => noDeny(p) ?? []),
          ...(spec.resource ? { resource: noDeny(spec.resource) } : {}),
          ...(spec.boundary ? { boundary: noDeny(spec.boundary) } : {}),
          ...(spec.session ? { session: spec.session.map((p) => noDeny(p) ?? []) } : {}),
          ...(spec.scp ? { scp: spec.scp.map((p) => noDeny(p) ?? []) } : {}),
        };
        expect(evaluate(req, buildSet(stripped)).decision).toBe('Allowed');
      }),
      RUNS,
    );
  });

  it('Action and NotAction with the same list are complements', () => {
    const identityAllows = (req: AuthzRequest, st: Stmt): boolean =>
      evaluate(req, buildSet({ identity: [[st]] })).layers.find((l) => l.type === 'identity')?.outcome === 'allow';
    fc.assert(
      fc.property(list(ACTIONS), request, (actions, req) => {
        const a = identityAllows(req, { Effect: 'Allow', Action: actions, Resource: '*' });
        const n = identityAllows(req, { Effect: 'Allow', NotAction: actions, Resource: '*' });
        expect(a).toBe(!n);
      }),
      RUNS,
    );
  });

  it('every decision carries its reasons, an AWS-style sentence and a fix', () => {
    fc.assert(
      fc.property(setSpec, request, (spec, req) => {
        const d = evaluate(req, buildSet(spec));
        expect(d.reasons.length).toBeGreaterThan(1);
        if (d.decision === 'Allowed') expect(d.deciding.some((r) => r.effect === 'Allow')).toBe(true);
        else
          expect(explain(req, d).sentence).toMatch(
            /^User: \S+ is not authorized to perform: \S+ on resource: \S+ (because no|with an explicit deny in)/,
          );
        const fix = proposeFix(req, d);
        expect(fix.kind === 'none').toBe(d.decision === 'Allowed');
        expect(fix.kind === 'edit-explicit-deny').toBe(d.decision === 'ExplicitlyDenied');
      }),
      { numRuns: 200 },
    );
  });

  it('evaluation is deterministic (same inputs, fresh compilation, same decision)', () => {
    fc.assert(
      fc.property(setSpec, request, (spec, req) => {
        const set = buildSet(spec);
        const first = JSON.stringify(evaluate(req, set));
        expect(JSON.stringify(evaluate(req, set))).toBe(first);
        expect(JSON.stringify(evaluate({ ...req }, buildSet(spec))).replace(/-\d+\b/g, '')).toBe(
          first.replace(/-\d+\b/g, ''),
        );
      }),
      { numRuns: 150 },
    );
  });
});
