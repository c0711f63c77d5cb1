import { auditorReadDenied, deniedReads, roleName } from '../../../../lambda/core/checks/auditor/read-denied';
import type { FailedRead, Snapshot } from '../../../../lambda/core/snapshot/types';
import { snapshot } from '../../../support/factory';

const AUDITOR = 'arn:aws:sts::111122223333:assumed-role/LambdaAccessAuditor-CollectorRole/on-denial';
const NOW = new Date('2026-11-23T00:00:00Z');

/** A snapshot with `failedReads`; `auditorPrincipal` null = GetCallerIdentity gave nothing. */
function withReads(failedReads: FailedRead[], auditorPrincipal: string | null = AUDITOR): Snapshot {
  const base = snapshot();
  const who = auditorPrincipal === null ? {} : { auditorPrincipal };
  return { ...base, provenance: { ...base.provenance, failedReads, partial: failedReads.length > 0, ...who } };
}

const denied = (target: string, action = 'lambda:GetPolicy'): FailedRead => ({
  api: action,
  action,
  target,
  errorCode: 'AccessDeniedException',
  message: `User: ${AUDITOR} is not authorized to perform: ${action} on resource: ${target} with an explicit deny in a service control policy`,
});

describe('LAA-AUDITOR-READ-DENIED', () => {
  it.each([
    ['no failed read', [], 'not-applicable', 0],
    [
      'only throttling and not-found',
      [
        {
          api: 'iam:GetRole',
          action: 'iam:GetRole',
          target: 'r',
          errorCode: 'ThrottlingException',
          message: 'Rate exceeded',
        },
        { api: 'iam:GetRole', target: 'x', errorCode: 'NoSuchEntity', message: 'not found' },
      ],
      'pass',
      0,
    ],
    ['one denied action on two functions', [denied('fn-a'), denied('fn-b')], 'fail', 1],
    ['two denied actions', [denied('fn-a'), denied('arn:aws:iam::111122223333:role/r', 'iam:GetRole')], 'fail', 2],
  ] as const)('%s → %s with %i finding(s)', (_name, reads, status, count) => {
    const res = auditorReadDenied.run({ snapshot: withReads([...reads]), now: NOW });
    expect(res.status).toBe(status);
    expect(res.findings).toHaveLength(count);
  });

  it('names every target, the exact statement and a put-role-policy for the auditor role', () => {
    const [finding] = auditorReadDenied.run({
      snapshot: withReads([denied('fn-b'), denied('fn-a')]),
      now: NOW,
    }).findings;
    expect(finding.category).toBe('auditor');
    expect(finding.principal).toBe(AUDITOR);
    expect(finding.title).toBe(
      'The auditor was denied lambda:GetPolicy on 2 targets: findings about them are incomplete',
    );
    expect(finding.explanation.details.slice(0, 2)).toEqual(['Not readable: fn-a', 'Not readable: fn-b']);
    expect(finding.fix?.policyJson).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'LambdaAccessAuditorRead', Effect: 'Allow', Action: 'lambda:GetPolicy', Resource: '*' }],
    });
    expect(finding.fix?.cli).toContain('aws iam put-role-policy --role-name LambdaAccessAuditor-CollectorRole');
  });

  it('keeps a stable fingerprint per denied action whatever the targets', () => {
    const a = auditorReadDenied.run({ snapshot: withReads([denied('fn-a')]), now: NOW }).findings[0];
    const b = auditorReadDenied.run({ snapshot: withReads([denied('fn-b'), denied('fn-c')]), now: NOW }).findings[0];
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('groups reads without an IAM action by API, without proposing a statement', () => {
    const reads: FailedRead[] = [
      { api: 'sts:GetCallerIdentity', target: 'caller', errorCode: 'AccessDenied', message: 'no' },
    ];
    expect([...deniedReads(withReads(reads)).keys()]).toEqual(['sts:GetCallerIdentity']);
    const [finding] = auditorReadDenied.run({ snapshot: withReads(reads, null), now: NOW }).findings;
    expect(finding.fix?.policyJson).toBeUndefined();
    expect(finding.principal).toBeUndefined();
  });

  it.each([
    [AUDITOR, 'LambdaAccessAuditor-CollectorRole'],
    ['arn:aws:iam::111122223333:role/service-role/auditor', 'auditor'],
    ['arn:aws:iam::111122223333:user/alice', undefined],
    [undefined, undefined],
  ])('role name of %s is %s', (arn, name) => {
    expect(roleName(arn)).toBe(name);
  });
});
