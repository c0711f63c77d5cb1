/** explain(): AWS-style sentences, detail lines and near misses. */
import { loadActionCatalog } from '../../../lambda/catalog';
import { decisionData, evaluate, explain } from '../../../lambda/core/policy';
import type { AuthzRequest, RequestPrincipal } from '../../../lambda/core/policy';
import {
  ACCOUNT as A,
  OTHER_ACCOUNT as B,
  FULL_ACCESS,
  allow,
  buildSet,
  deny,
  service,
  session,
  type SetSpec,
} from '../../support/factory';

const OBJ = 'arn:aws:s3:::bucket/key';
const CATALOG = loadActionCatalog();
const SESSION_ARN = `arn:aws:sts::${A}:assumed-role/app/fn`;

interface Case {
  name: string;
  set: SetSpec;
  principal?: RequestPrincipal;
  action?: string;
  resource?: string;
  /** Pass the loaded catalog to explain(). */
  catalog?: boolean;
  sentence: string;
}

const cases: Case[] = [
  {
    name: 'implicit identity deny',
    set: {},
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} because no identity-based policy allows the s3:GetObject action`,
  },
  {
    name: 'explicit identity deny',
    set: { identity: [[FULL_ACCESS, deny('s3:*')]] },
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} with an explicit deny in an identity-based policy`,
  },
  {
    name: 'boundary implicit deny',
    set: { identity: [[FULL_ACCESS]], boundary: [allow('sqs:*')] },
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} because no permissions boundary allows the s3:GetObject action`,
  },
  {
    name: 'boundary explicit deny',
    set: { identity: [[FULL_ACCESS]], boundary: [FULL_ACCESS, deny('s3:*')] },
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} with an explicit deny in a permissions boundary`,
  },
  {
    name: 'session policy implicit deny',
    set: { identity: [[FULL_ACCESS]], session: [[allow('sqs:*')]] },
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} because no session policy allows the s3:GetObject action`,
  },
  {
    name: 'SCP missing allow is reported as explicit',
    set: { identity: [[FULL_ACCESS]], scp: [[allow('ec2:*')]] },
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} with an explicit deny in a service control policy`,
  },
  {
    name: 'resource policy explicit deny',
    set: { identity: [[FULL_ACCESS]], resource: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }] },
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} with an explicit deny in a resource-based policy`,
  },
  {
    name: 'service without resource-policy allow',
    principal: service('sns.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    resource: `arn:aws:lambda:us-east-1:${B}:function:f`,
    set: {},
    sentence: `User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:${B}:function:f because no resource-based policy allows the lambda:InvokeFunction action`,
  },
  {
    name: 'trust policy implicit deny',
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${B}:role/t`,
    set: { identity: [[FULL_ACCESS]], trust: [{ Effect: 'Allow', Principal: { AWS: B }, Action: 'sts:AssumeRole' }] },
    sentence: `User: ${SESSION_ARN} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${B}:role/t because no role trust policy allows the sts:AssumeRole action`,
  },
  {
    name: 'allowed',
    set: { identity: [[FULL_ACCESS]] },
    sentence: `User: ${SESSION_ARN} is authorized to perform: s3:GetObject on resource: ${OBJ} (allowed by an identity-based policy)`,
  },
  {
    name: 'action spelled canonically (catalog given)',
    action: 's3:getobject',
    set: {},
    catalog: true,
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: ${OBJ} because no identity-based policy allows the s3:GetObject action`,
  },
  {
    name: 'action kept as given (no catalog)',
    action: 's3:getobject',
    set: {},
    sentence: `User: ${SESSION_ARN} is not authorized to perform: s3:getobject on resource: ${OBJ} because no identity-based policy allows the s3:getobject action`,
  },
];

describe('explain: sentence', () => {
  it.each(cases)('$name', (c) => {
    const req: AuthzRequest = {
      principal: c.principal ?? session(),
      action: c.action ?? 's3:GetObject',
      resource: c.resource ?? OBJ,
    };
    expect(explain(req, evaluate(req, buildSet(c.set)), c.catalog ? CATALOG : undefined).sentence).toBe(c.sentence);
  });
});

describe('explain: details and near misses', () => {
  const req: AuthzRequest = {
    principal: session(),
    action: 's3:GetObject',
    resource: OBJ,
    context: { 'aws:SourceVpc': 'vpc-2' },
  };

  it('names policy ARN and Sid of an SCP deny', () => {
    const set = buildSet({ identity: [[FULL_ACCESS]], scp: [[FULL_ACCESS, { Sid: 'NoS3', ...deny('s3:*') }]] });
    const x = explain(req, evaluate(req, set));
    expect(x.sentence).toMatch(/with an explicit deny in a service control policy: arn:aws:organizations::/);
    expect(x.details[0]).toMatch(
      /^Denied by service control policy scp-\d+ \(arn:aws:organizations::.*\), statement "NoS3" \(Deny\)$/,
    );
  });

  it('ranks near misses: condition-only, then resource, then action', () => {
    const set = buildSet({
      identity: [
        [
          { Sid: 'WrongAction', ...allow('s3:PutObject', OBJ) },
          { Sid: 'WrongResource', ...allow('s3:GetObject', 'arn:aws:s3:::other/*') },
          {
            Sid: 'WrongVpc',
            ...allow('s3:GetObject', OBJ, { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }),
          },
          { Sid: 'Unrelated', ...allow('sqs:SendMessage', 'arn:aws:sqs:*:*:q') },
        ],
      ],
    });
    const d = evaluate(req, set);
    expect(d.nearMisses.map((m) => m.statement.sid)).toEqual(['WrongVpc', 'WrongResource', 'WrongAction']);
    expect(d.nearMisses[0].failed).toEqual(['condition']);
    expect(d.nearMisses[0].detail).toBe(
      'condition StringEquals aws:SourceVpc [vpc-1] is not met: the request has aws:SourceVpc = [vpc-2]',
    );
    expect(d.nearMisses[1].detail).toBe(`resource ${OBJ} does not match Resource [arn:aws:s3:::other/*]`);
    expect(explain(req, d).details).toContain(
      `Near miss: identity-based policy ${set.identity[0].parsed.source.name}, statement "WrongVpc" (Allow) — ${d.nearMisses[0].detail}`,
    );
  });

  it('reports a missing context key in a near miss', () => {
    const set = buildSet({
      identity: [[allow('s3:GetObject', OBJ, { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } })]],
    });
    const d = evaluate(req, set);
    expect(d.nearMisses[0].detail).toMatch(/the request has no aws:PrincipalTag\/team/);
  });

  it('has no near misses when allowed or explicitly denied', () => {
    expect(evaluate(req, buildSet({ identity: [[FULL_ACCESS]] })).nearMisses).toEqual([]);
    expect(
      evaluate(req, buildSet({ identity: [[allow('s3:PutObject', OBJ), deny('s3:GetObject')]] })).nearMisses,
    ).toEqual([]);
  });

  it('lists layers and reasons in evaluation order', () => {
    const d = evaluate(req, buildSet({ identity: [[FULL_ACCESS]], boundary: [allow('sqs:*')], scp: [[FULL_ACCESS]] }));
    expect(d.layers.map((l) => l.type)).toEqual([
      'rcp',
      'scp',
      'vpc-endpoint',
      'resource',
      'identity',
      'permissions-boundary',
      'session',
    ]);
    expect(d.layers.map((l) => l.outcome)).toEqual([
      'not-present',
      'allow',
      'not-present',
      'not-present',
      'allow',
      'no-allow',
      'not-present',
    ]);
    expect(d.reasons[d.reasons.length - 1]).toBe('Denied: no permissions boundary allows the action (implicit deny)');
  });

  it('computes the detail fields once, on first read, and copies them all in decisionData', () => {
    const d = evaluate(req, buildSet({ identity: [[allow('s3:PutObject', OBJ)]] }));
    expect(d.nearMisses).toHaveLength(1);
    for (const field of ['deciding', 'layers', 'nearMisses', 'reasons'] as const) expect(d[field]).toBe(d[field]);
    const data = decisionData(d);
    expect(Object.keys(data)).toEqual([
      'decision',
      'deciding',
      'layers',
      'nearMisses',
      'reasons',
      'crossAccount',
      'decidingType',
    ]);
    expect(data).toEqual({
      decision: d.decision,
      decidingType: 'identity',
      deciding: d.deciding,
      layers: d.layers,
      nearMisses: d.nearMisses,
      reasons: d.reasons,
      crossAccount: d.crossAccount,
    });
    expect(JSON.parse(JSON.stringify(d))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('serializes with near misses and reasons', () => {
    const d = evaluate(req, buildSet({ identity: [[allow('s3:PutObject', OBJ)]] }));
    const json = JSON.parse(JSON.stringify(d)) as { nearMisses: unknown[]; reasons: string[] };
    expect(json.nearMisses).toHaveLength(1);
    expect(json.reasons.length).toBeGreaterThan(1);
  });
});
