import { OVER_BROAD_ROLE as CHECK } from '../../../../lambda/core/checks/execution-role/over-broad-role';
import { fullAccessCopyOf } from '../../../../lambda/core/checks/shared/full-access-copies';
import type { ManagedPolicyInfo, PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import type { Lang } from '../../../../lambda/core/i18n';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, doc, fn, managed, role, snapshot } from '../../../support/factory';

const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;
const FULL_DOC = doc(allow(['lambda:*', 'cloudformation:DescribeStacks', 's3:*'], '*'));
const AWS_FULL: ManagedPolicyInfo = {
  arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess',
  name: 'AWSLambdaFullAccess',
  awsManaged: true,
  document: FULL_DOC,
};

function account(policy: PolicyDocument, attached: ManagedPolicyInfo[] = []): Snapshot {
  const r = role(
    'app-role',
    { app: policy },
    { attachedPolicies: attached.map((p) => ({ arn: p.arn, name: p.name })) },
  );
  return snapshot({ roles: [r], functions: [fn('app', 'app-role')], managedPolicies: [...attached, AWS_FULL] });
}

describe('LAA-ROLE-OVER-BROAD', () => {
  it.each([
    ['least privilege', doc(LOGS_ALLOW, allow('dynamodb:GetItem', TABLE)), [], 'pass', undefined],
    ['Action *', doc(allow('*')), [], 'fail', 'high'],
    ['iam:*', doc(LOGS_ALLOW, allow('iam:*')), [], 'fail', 'high'],
    ['iam:PassRole on *', doc(LOGS_ALLOW, allow('iam:PassRole')), [], 'fail', 'high'],
    [
      'iam:PassRole on one role',
      doc(LOGS_ALLOW, allow('iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/x`)),
      [],
      'pass',
      undefined,
    ],
    ['NotAction including IAM', doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }), [], 'fail', 'high'],
    [
      'NotAction excluding IAM (power user)',
      doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
      [],
      'fail',
      'low',
    ],
    ['s3:* on *', doc(LOGS_ALLOW, allow('s3:*')), [], 'fail', 'low'],
    ['s3:* on one bucket', doc(LOGS_ALLOW, allow('s3:*', 'arn:aws:s3:::b/*')), [], 'pass', undefined],
    [
      'customer-managed copy of AWSLambdaFullAccess',
      doc(LOGS_ALLOW),
      [managed('MyLambdaFull', FULL_DOC)],
      'fail',
      'low',
    ],
    [
      'customer-managed policy with another document',
      doc(LOGS_ALLOW),
      [managed('Mine', doc(allow('lambda:GetFunction')))],
      'pass',
      undefined,
    ],
  ] as [string, PolicyDocument, ManagedPolicyInfo[], string, string | undefined][])(
    '%s',
    (_n, policy, attached, status, severity) => {
      const out = CHECK.run({ snapshot: account(policy, attached), now: NOW });
      expect(out.status).toBe(status);
      expect(out.findings).toHaveLength(status === 'fail' ? 1 : 0);
      if (status !== 'fail') return;
      expect(out.findings[0].severity).toBe(severity);
      expect(out.findings[0].fix?.kind).toBe('remove-statement');
    },
  );

  describe('proposal from IAM last-accessed data', () => {
    const report = {
      roleArn: `arn:aws:iam::${ACCOUNT}:role/app-role`,
      completedAt: '2026-11-20T10:00:05.000Z',
      services: [
        {
          namespace: 'dynamodb',
          lastAuthenticated: '2026-11-19T08:00:00.000Z',
          actions: [
            { action: 'dynamodb:GetItem', lastAccessed: '2026-11-19T08:00:00.000Z' },
            { action: 'dynamodb:PutItem' },
          ],
        },
        { namespace: 'sqs', lastAuthenticated: '2026-11-18T00:00:00.000Z' },
        { namespace: 'iam' },
      ],
    };
    const run = (lastAccessed?: (typeof report)[]) =>
      CHECK.run({ snapshot: { ...account(doc(allow('*'))), ...(lastAccessed ? { lastAccessed } : {}) }, now: NOW })
        .findings[0];

    it('removes the broad statement, then grants only what was used (tracked actions, else the service)', () => {
      const f = run([report]);
      expect(f.fix?.kind).toBe('remove-statement');
      expect(JSON.stringify(f.fix?.policyJson)).toContain('"Action":"*"');
      expect(f.fix?.cli).toContain('least-privilege-from-usage');
      expect(f.fix?.cli).toMatch(/"Action":\s*\[\s*"dynamodb:GetItem",\s*"sqs:\*"\s*\]/);
      expect(f.explanation.details).toContain(
        "Used within IAM's tracking period (report of 2026-11-20T10:00:05.000Z): dynamodb:GetItem, sqs:*.",
      );
      expect(f.explanation.details).toContain('Granted but never used: iam.');
    });

    it('only removes when there is no report for the role', () => {
      const f = run([{ ...report, roleArn: `arn:aws:iam::${ACCOUNT}:role/other` }]);
      expect(f.fix?.cli ?? '').not.toContain('least-privilege-from-usage');
      expect(f.explanation.details.join(' ')).not.toContain('tracking period');
    });
  });

  it('is not applicable without functions', () => {
    expect(CHECK.run({ snapshot: snapshot(), now: NOW }).status).toBe('not-applicable');
  });
});

describe('LAA-ROLE-OVER-BROAD in other languages', () => {
  const report = {
    roleArn: `arn:aws:iam::${ACCOUNT}:role/app-role`,
    completedAt: '2026-11-20T10:00:05.000Z',
    services: [{ namespace: 'sqs', lastAuthenticated: '2026-11-18T00:00:00.000Z' }, { namespace: 'iam' }],
  };
  const ENGLISH_NOTES = [
    'Check the role last-accessed data (IAM console, Access Advisor) for what the function really uses.',
    'Last-accessed data counts attempts, including denied ones; review before applying.',
  ];
  it.each<[string, Lang, Snapshot, string, readonly string[]]>([
    [
      'Action * with a usage report',
      'ja',
      { ...account(doc(allow('*'))), lastAccessed: [report] },
      '管理者',
      ['sqs:*'],
    ],
    ['s3:* on *', 'fr', account(doc(LOGS_ALLOW, allow('s3:*'))), 'toutes les ressources', ['s3:*']],
    [
      'a copy of AWSLambdaFullAccess',
      'ko',
      account(doc(LOGS_ALLOW), [managed('MyLambdaFull', FULL_DOC)]),
      '사본',
      ['AWSLambdaFullAccess'],
    ],
  ])('%s in %s: title, details and fix texts localized, identifiers verbatim', (_n, lang, snap, word, ids) => {
    const f = CHECK.run({ snapshot: snap, now: NOW }).findings[0];
    const local = localizeFinding(f, lang);
    expect(local.title).toContain('app-role');
    expect([local.title, ...local.explanation.details].join('\n')).toContain(word);
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    expect(local.explanation.summary).toContain('app-role');
    local.explanation.details.forEach((d, i) => expect(d).not.toBe(f.explanation.details[i]));
    for (const id of ids) expect(local.explanation.details.join(' ')).toContain(id);
    expect(local.fix?.summary).not.toBe(f.fix?.summary);
    for (const note of ENGLISH_NOTES) expect(local.fix?.notes).not.toContain(note);
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(renderEmailBody(f, lang)).toContain(local.title);
  });
});

describe('fullAccessCopyOf', () => {
  const snap = snapshot({ managedPolicies: [AWS_FULL] });
  it.each([
    [
      'same statements, other order and key order',
      doc(allow(['s3:*', 'cloudformation:DescribeStacks', 'lambda:*'], '*')),
      'AWSLambdaFullAccess',
    ],
    ['one action fewer', doc(allow(['lambda:*', 's3:*'], '*')), undefined],
    ['empty', doc(), undefined],
  ])('%s', (_n, document, want) => {
    expect(fullAccessCopyOf(managed('copy', document), snap)).toBe(want);
  });
  it('never calls the AWS managed original a copy', () => {
    expect(fullAccessCopyOf(AWS_FULL, snap)).toBeUndefined();
  });
});
