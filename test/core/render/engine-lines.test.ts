/**
 * The policy engine's reason and layer lines in other languages (issue 15): real engine decisions, one per form of
 * lambda/core/policy/reasons.ts and explain.ts; every line they produce must map to a message whose English is the
 * line byte for byte (so an engine sentence that changes fails here instead of silently staying English), and an
 * unknown sentence stays English.
 */
import { evaluate, explain, type AuthzRequest, type Decision } from '../../../lambda/core/policy';
import { formatRef, LANGS } from '../../../lambda/core/i18n';
import { nearMissLines } from '../../../lambda/core/checks/shared/finding';
import { engineLineRef } from '../../../lambda/core/render/engine-lines';
import { localizeFinding } from '../../../lambda/core/render/localize';
import {
  ACCOUNT,
  FULL_ACCESS,
  OTHER_ACCOUNT,
  allow,
  anonymous,
  buildSet,
  deny,
  root,
  sampleFinding,
  service,
  session,
  type SetSpec,
} from '../../support/factory';

const BUCKET = 'arn:aws:s3:::bucket/key';
const FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:q`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const req = (principal: AuthzRequest['principal'], action: string, resource: string): AuthzRequest => ({
  principal,
  action,
  resource,
});
const other = session(OTHER_ACCOUNT);
const grant = (p: unknown, action: string): SetSpec['resource'] => [
  { Effect: 'Allow', Principal: p, Action: action, Resource: '*' },
];

/** Engine cases: name, request, policies. */
const CASES: readonly (readonly [string, AuthzRequest, SetSpec])[] = [
  ['identity deny', req(session(), 's3:GetObject', BUCKET), { identity: [[FULL_ACCESS, deny('s3:*')]] }],
  [
    'boundary deny',
    req(session(), 's3:GetObject', BUCKET),
    { identity: [[FULL_ACCESS]], boundary: [FULL_ACCESS, deny('s3:*')] },
  ],
  ['no identity allow', req(session(), 's3:GetObject', BUCKET), {}],
  [
    'boundary without allow',
    req(session(), 's3:GetObject', BUCKET),
    { identity: [[FULL_ACCESS]], boundary: [allow('sqs:*')] },
  ],
  ['identity allows', req(session(), 's3:GetObject', BUCKET), { identity: [[allow('s3:GetObject')]] }],
  [
    'service caller',
    req(service('sns.amazonaws.com'), 'lambda:InvokeFunction', FN),
    { resource: grant({ Service: 'events.amazonaws.com' }, 'lambda:InvokeFunction') },
  ],
  [
    'anonymous caller',
    req(anonymous, 'lambda:InvokeFunctionUrl', FN),
    { resource: grant({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, 'lambda:InvokeFunctionUrl') },
  ],
  [
    'cross-account without resource allow',
    req(other, 'sqs:SendMessage', QUEUE),
    { identity: [[FULL_ACCESS]], resource: grant({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, 'sqs:SendMessage') },
  ],
  [
    'cross-account allowed',
    req(other, 'sqs:SendMessage', QUEUE),
    { identity: [[FULL_ACCESS]], resource: grant({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }, 'sqs:SendMessage') },
  ],
  [
    'resource grants directly',
    req(session(), 'sqs:SendMessage', QUEUE),
    { resource: grant({ AWS: session().roleArn }, 'sqs:SendMessage') },
  ],
  [
    'KMS key policy must allow',
    req(session(), 'kms:Decrypt', KEY),
    { identity: [[FULL_ACCESS]], resource: grant({ AWS: 'arn:aws:iam::999999999999:root' }, 'kms:Decrypt') },
  ],
  ['root user', req(root(), 's3:GetObject', BUCKET), {}],
  [
    'SCP level without allow',
    req(session(), 's3:GetObject', BUCKET),
    { identity: [[FULL_ACCESS]], scp: [[FULL_ACCESS], [allow('sqs:*')]] },
  ],
];

/** The engine lines a finding can show: every reason, and the explanation details checks keep. */
function linesOf(request: AuthzRequest, decision: Decision): string[] {
  const details = explain(request, decision).details.filter((d) => !/^(?:Allowed by|Denied by|Near miss:) /.test(d));
  return [...decision.reasons, ...details];
}

/** Near-miss cases: an Allow that fails on one or more elements. */
const NEAR: readonly (readonly [string, AuthzRequest, SetSpec])[] = [
  [
    'other resource',
    req(session(), 's3:GetObject', BUCKET),
    { identity: [[allow('s3:GetObject', 'arn:aws:s3:::other/*')]] },
  ],
  [
    'other action',
    req(session(), 's3:PutObject', BUCKET),
    { identity: [[allow(['s3:GetObject', 's3:ListBucket'], BUCKET)]] },
  ],
  [
    'NotAction',
    req(session(), 's3:PutObject', BUCKET),
    { identity: [[{ Effect: 'Allow', NotAction: 's3:PutObject', Resource: '*' }]] },
  ],
  [
    'NotResource',
    req(session(), 's3:GetObject', BUCKET),
    { identity: [[{ Effect: 'Allow', Action: 's3:*', NotResource: BUCKET }]] },
  ],
  [
    'missing condition key',
    req(session(), 's3:GetObject', BUCKET),
    {
      identity: [
        [allow('s3:GetObject', BUCKET, { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })],
      ],
    },
  ],
  [
    'other condition value and resource',
    { ...req(session(), 's3:GetObject', BUCKET), context: { 'aws:SourceIp': '198.51.100.7' } },
    {
      identity: [
        [
          allow('s3:GetObject', 'arn:aws:s3:::other/*', {
            Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
          }),
        ],
      ],
    },
  ],
  [
    'other principal',
    req(service('sns.amazonaws.com'), 'lambda:InvokeFunction', FN),
    { resource: grant({ Service: 'events.amazonaws.com' }, 'lambda:InvokeFunction') },
  ],
];

const LINES = [
  ...CASES.flatMap(([name, request, spec]) =>
    linesOf(request, evaluate(request, buildSet(spec))).map((line) => [name, line] as const),
  ),
  ...NEAR.flatMap(([name, request, spec]) =>
    nearMissLines(evaluate(request, buildSet(spec))).map((line) => [`near miss, ${name}`, line] as const),
  ),
];

describe('engine reason and layer lines', () => {
  it.each(LINES)('%s: "%s" maps to a message with the same English', (_name, line) => {
    const ref = engineLineRef(line);
    expect(ref).toBeDefined();
    for (const lang of LANGS.filter((l) => l !== 'en')) expect(formatRef(lang, ref!)).not.toBe(line);
  });

  it('covers every form of the catalog with the cases above', () => {
    const keys = new Set(LINES.map(([, line]) => engineLineRef(line)?.key));
    expect([...keys].sort()).toEqual(
      expect.arrayContaining([
        'refs.engine.request',
        'refs.engine.explicitDenyAn',
        'refs.engine.explicitDenyA',
        'refs.engine.implicit',
        'refs.engine.callers',
        'refs.engine.crossBoth',
        'refs.engine.explicitCaller',
        'refs.engine.direct',
        'refs.engine.root',
        'refs.engine.bothAllow',
        'refs.engine.identityAllows',
        'refs.engine.layerDeny',
        'refs.engine.layerAllow',
        'refs.engine.noAllow',
        'refs.engine.noAllowLevel',
        'refs.engine.outcome',
        'refs.engine.crossLine',
        'refs.engine.nearMiss',
      ]),
    );
    const parts = LINES.flatMap(
      ([, line]) => JSON.stringify(engineLineRef(line)).match(/refs\.engine\.miss\w+/g) ?? [],
    );
    expect([...new Set(parts)].sort()).toEqual(
      expect.arrayContaining([
        'refs.engine.missAction',
        'refs.engine.missNotAction',
        'refs.engine.missResource',
        'refs.engine.missNotResource',
        'refs.engine.missPrincipal',
        'refs.engine.missCondition',
        'refs.engine.missConditionNone',
      ]),
    );
  });

  it.each([
    ['an unknown sentence', 'Denied: something the engine never said'],
    ['a changed form', 'Denied: no frobnicated policy allows the action (implicit deny)'],
  ])('leaves %s in English', (_what, line) => {
    expect(engineLineRef(line)).toBeUndefined();
  });

  it('localizes the engine lines of a finding in its details', () => {
    const line = 'Denied: service callers need an allow in the resource-based policy';
    const finding = sampleFinding({ explanation: { ...sampleFinding().explanation, details: [line, 'Free text.'] } });
    expect(localizeFinding(finding, 'en').explanation.details).toEqual([line, 'Free text.']);
    expect(localizeFinding(finding, 'ja').explanation.details).toEqual([
      formatRef('ja', engineLineRef(line)!),
      'Free text.',
    ]);
  });
});
