/**
 * The conformance adapter (bench/conformance/cases.ts): how a case in the external JSON format maps onto
 * our API, and which cases it refuses. Fixtures are our own, written for this test (no external case).
 */
import { mapCase, mapPrincipal, type RawCase } from '../../../bench/conformance/cases';

const A = '111122223333';
const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const onBucket = (r: string): RawCase['identityPolicies'] => [
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: r }] },
];
const base = (over: Partial<RawCase> = {}, request: Partial<NonNullable<RawCase['request']>> = {}): RawCase => ({
  name: 'c',
  request: {
    action: 's3:GetObject',
    resource: { resource: 'arn:aws:s3:::b/k', accountId: A },
    principal: `arn:aws:iam::${A}:user/u`,
    ...request,
  },
  identityPolicies: [allowAll],
  expected: { response: 'Allowed' },
  ...over,
});
const never = (): boolean => false;

describe('mapPrincipal', () => {
  it.each([
    [`arn:aws:iam::${A}:user/u`, 'user', undefined],
    [`arn:aws:iam::${A}:role/path/r`, 'role', undefined],
    [`arn:aws:iam::${A}:root`, 'root', undefined],
    [`arn:aws:sts::${A}:assumed-role/r/s`, 'assumed-role', `arn:aws:iam::${A}:role/r`],
    [`arn:aws:sts::${A}:federated-user/f`, 'federated', undefined],
    ['lambda.amazonaws.com', 'service', undefined],
  ])('%s is a %s', (raw, kind, roleArn) => {
    const p = mapPrincipal(raw);
    expect(typeof p).not.toBe('string');
    expect(p).toMatchObject({ kind, arn: raw, ...(roleArn ? { roleArn } : {}) });
  });

  it('maps the anonymous marker', () =>
    expect(mapPrincipal({ type: 'Anonymous' })).toMatchObject({ kind: 'anonymous' }));

  it.each([[42], [`arn:aws:s3:::b`], [`arn:aws:sts::${A}:assumed-role/r`]])('refuses %s with a reason', (raw) =>
    expect(typeof mapPrincipal(raw)).toBe('string'),
  );
});

describe('mapCase: cases outside a decision engine are not mappable, with the reason', () => {
  it.each([
    ['discovery mode', base({ simulation: { mode: 'Discovery' } }), /discovery mode/],
    ['a pattern as request resource', base({}, { resource: { resource: 'arn:aws:s3:::b/*' } }), /wildcard request/],
    [
      '* for an action with resource ARNs and a resource-specific statement',
      base({ identityPolicies: onBucket('arn:aws:s3:::b/*') }, { resource: { resource: '*' } }),
      /simulates "any resource"/,
    ],
    ['two boundaries', base({ permissionBoundaries: [allowAll, allowAll] }), /2 permissions boundaries/],
    ['no expected decision', base({ expected: {} }), /no expected decision/],
  ])('%s', (_label, raw, reason) => {
    const m = mapCase(raw, never);
    expect(m.kind).toBe('not-mappable');
    expect(m.kind === 'not-mappable' && m.reason).toMatch(reason);
  });

  it('maps * for a wildcard-only action (catalog or case flag)', () => {
    const raw = base(
      { identityPolicies: onBucket('arn:aws:s3:::b') },
      { action: 's3:ListAllMyBuckets', resource: { resource: '*' } },
    );
    expect(mapCase(raw, (a) => a === 's3:ListAllMyBuckets').kind).toBe('mapped');
    expect(mapCase({ ...raw, request: { ...raw.request, wildcardOnlyAction: true } }, never).kind).toBe('mapped');
  });
});

describe('mapCase: the policy set', () => {
  it('maps every layer and the context (context and contextParams merged, values as strings)', () => {
    const level = (policies: unknown[]) => ({ orgIdentifier: 'ou-1', policies });
    const raw = base(
      {
        resourcePolicy: allowAll,
        permissionBoundaries: [allowAll],
        sessionPolicy: allowAll,
        serviceControlPolicies: [level([allowAll]), level([])],
        resourceControlPolicies: [level([])],
        endpointPolicies: [allowAll],
      },
      {
        context: { 'aws:SecureTransport': true, 'aws:PrincipalOrgPaths': ['o/r/ou'] },
        contextParams: { 's3:prefix': 'p/' },
      },
    );
    const m = mapCase(raw, never);
    if (m.kind !== 'mapped') throw new Error(m.reason);
    expect(m.request.context).toEqual({
      'aws:SecureTransport': 'true',
      'aws:PrincipalOrgPaths': ['o/r/ou'],
      's3:prefix': 'p/',
    });
    expect(m.request.resourceAccount).toBe(A);
    const p = m.policies;
    expect([p.resource?.parsed.source.type, p.permissionsBoundary?.parsed.source.type]).toEqual([
      'resource',
      'permissions-boundary',
    ]);
    expect([p.sessionPolicies?.length, p.scpLevels?.map((l) => l.length), p.rcpLevels?.length]).toEqual([1, [1, 0], 1]);
    expect(p.vpcEndpoint?.parsed.source.type).toBe('vpc-endpoint');
  });

  it('a resource policy of sts:AssumeRole is the trust policy', () => {
    const m = mapCase(base({ resourcePolicy: allowAll }, { action: 'sts:AssumeRole' }), never);
    expect(m.kind === 'mapped' && m.policies.resource?.parsed.source.type).toBe('trust');
  });

  it('a kms: case without a resource policy has a key policy that allows nothing', () => {
    const m = mapCase(
      base({}, { action: 'kms:Decrypt', resource: { resource: `arn:aws:kms:us-east-1:${A}:key/k` } }),
      never,
    );
    expect(m.kind === 'mapped' && m.policies.keyPolicy).toBe('none');
  });
});
