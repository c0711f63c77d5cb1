import { SHADOWED_GRANT as CHECK } from '../../../../lambda/core/checks/execution-role/shadowed-grant';
import { loadActionCatalog } from '../../../../lambda/catalog';
import type { PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, deny, doc, fn, managed, role, snapshot } from '../../../support/factory';

const catalog = loadActionCatalog();
const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;
const BOUNDARY = managed('boundary', doc(allow(['logs:*', 's3:GetObject'])));
const scp = (...statements: Record<string, unknown>[]) => ({
  scpLevels: [
    {
      target: 'root',
      policies: [
        {
          name: 'FullAWSAccess',
          arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
          document: doc(allow('*')),
        },
      ],
    },
    {
      target: 'ou-1',
      policies: [
        {
          name: 'guard',
          arn: 'arn:aws:organizations::111:policy/o-1/service_control_policy/p-1',
          document: doc(allow('*'), ...statements),
        },
      ],
    },
  ],
});

function account(policy: PolicyDocument, extra: { boundary?: boolean; org?: Snapshot['organization'] } = {}): Snapshot {
  const r = role('app-role', { app: policy }, extra.boundary ? { permissionsBoundaryArn: BOUNDARY.arn } : {});
  return snapshot({
    roles: [r],
    functions: [fn('app', 'app-role')],
    managedPolicies: extra.boundary ? [BOUNDARY] : [],
    organization: extra.org,
  });
}

describe('LAA-ROLE-SHADOWED-GRANT', () => {
  it.each([
    ['healthy role', account(doc(LOGS_ALLOW, allow('dynamodb:GetItem', TABLE))), 'pass', undefined, []],
    [
      'identity Deny over an Allow',
      account(doc(LOGS_ALLOW, allow(['dynamodb:GetItem', 'dynamodb:PutItem'], TABLE), deny('dynamodb:PutItem'))),
      'fail',
      'identity',
      ['dynamodb:PutItem'],
    ],
    [
      'boundary blocks a grant',
      account(doc(LOGS_ALLOW, allow('dynamodb:GetItem', TABLE)), { boundary: true }),
      'fail',
      'permissions-boundary',
      ['dynamodb:GetItem'],
    ],
    [
      'boundary narrows a wildcard only in part: intended',
      account(doc(allow('logs:*')), { boundary: true }),
      'pass',
      undefined,
      [],
    ],
    [
      'boundary blocks a whole wildcard',
      account(doc(LOGS_ALLOW, allow('sqs:Receive*')), { boundary: true }),
      'fail',
      'permissions-boundary',
      ['sqs:ReceiveMessage'],
    ],
    [
      'SCP Deny over a grant',
      account(doc(LOGS_ALLOW, allow('dynamodb:GetItem', TABLE)), { org: scp(deny('dynamodb:*')) }),
      'fail',
      'scp',
      ['dynamodb:GetItem'],
    ],
    [
      'SCP region guard does not block the home Region',
      account(doc(LOGS_ALLOW), {
        org: scp(deny('*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1'] } } })),
      }),
      'pass',
      undefined,
      [],
    ],
    [
      'Allow with its own unmet condition is not shadowed',
      account(doc(allow('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))),
      'pass',
      undefined,
      [],
    ],
  ] as [string, Snapshot, string, string | undefined, string[]][])('%s', (_name, snap, status, layer, actions) => {
    const out = CHECK.run({ snapshot: snap, catalog, now: NOW });
    expect(out.status).toBe(status);
    expect(out.findings).toHaveLength(status === 'fail' ? 1 : 0);
    if (status !== 'fail') return;
    const f = out.findings[0];
    expect(f.explanation.decidingPolicyType).toBe(layer);
    expect(f.fix?.targetLayer).toBe(layer);
    for (const a of actions) expect(f.explanation.details.join('\n')).toContain(a);
    expect(f.title).toContain('app-role');
  });

  it('is not applicable without functions', () => {
    expect(CHECK.run({ snapshot: snapshot(), catalog, now: NOW }).status).toBe('not-applicable');
  });
});
