import { BUILTIN_IGNORE_RULES, parseDenial, type IgnoreRule } from '../../../lambda/core/cloudtrail';

function event(over: Record<string, unknown> = {}, identity: Record<string, unknown> = {}) {
  return {
    'detail-type': 'AWS API Call via CloudTrail',
    account: '111122223333',
    detail: {
      eventVersion: '1.11',
      userIdentity: {
        type: 'IAMUser',
        arn: 'arn:aws:iam::111122223333:user/frank',
        accountId: '111122223333',
        ...identity,
      },
      eventTime: '2026-11-21T14:03:27Z',
      eventSource: 'lambda.amazonaws.com',
      eventName: 'ListFunctions20150331',
      awsRegion: 'us-east-1',
      sourceIPAddress: '192.0.2.1',
      userAgent: 'aws-cli/2.27.50',
      errorCode: 'AccessDeniedException',
      requestParameters: null,
      eventID: 'e-1',
      readOnly: true,
      recipientAccountId: '111122223333',
      ...over,
    },
  };
}

const mine: IgnoreRule[] = [
  {
    id: 'ci-probe',
    description: 'CI probes permissions on purpose',
    principal: 'arn:aws:iam::*:user/ci-*',
    effect: 'ignore',
  },
  { id: 'tag-noise', description: 'tag reads', action: 'lambda:ListTags', effect: 'low-severity' },
  {
    id: 'throttled-denials',
    description: 'code glob',
    errorCode: 'accessdenied*',
    eventSource: 'kms.*',
    effect: 'ignore',
  },
];

describe('ignore rules', () => {
  it.each([
    [
      'console read-only browsing is low severity (built-in)',
      event({ userAgent: 'console.amazonaws.com' }),
      undefined,
      'low',
      undefined,
    ],
    ['read-only from the CLI is not lowered', event(), undefined, 'medium', undefined],
    [
      'console write is not lowered',
      event({ userAgent: 'console.amazonaws.com', readOnly: false, eventName: 'DeleteFunction20150331' }),
      undefined,
      'medium',
      undefined,
    ],
    [
      'user principal glob ignores',
      event({}, { arn: 'arn:aws:iam::111122223333:user/ci-runner' }),
      [...mine, ...BUILTIN_IGNORE_RULES],
      'info',
      'ci-probe',
    ],
    ['user action rule lowers', event({ eventName: 'ListTags20170331' }), mine, 'low', undefined],
    [
      'error code + source globs, case-insensitive',
      event({ eventSource: 'kms.amazonaws.com', eventName: 'Decrypt', errorCode: 'AccessDeniedException' }),
      mine,
      'info',
      'throttled-denials',
    ],
    [
      'user rules replace built-ins when given alone',
      event({ userAgent: 'console.amazonaws.com' }),
      mine,
      'medium',
      undefined,
    ],
    ['empty list disables noise control', event({ userAgent: 'console.amazonaws.com' }), [], 'medium', undefined],
  ])('%s', (_name, input, rules, severity, ignoredRule) => {
    const r = parseDenial(input, rules === undefined ? {} : { ignoreRules: rules });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.classification.severityHint).toBe(severity);
    expect(r.value.classification.ignoredBy?.rule).toBe(ignoredRule);
    if (ignoredRule) expect(r.value.classification.reasons.join(' ')).toContain(ignoredRule);
  });

  it('built-ins are documented and never ignore everything', () => {
    for (const rule of BUILTIN_IGNORE_RULES) {
      expect(rule.description.length).toBeGreaterThan(20);
      const criteria = [
        rule.principal,
        rule.action,
        rule.errorCode,
        rule.eventSource,
        rule.readOnly,
        rule.viaConsole,
      ].filter((c) => c !== undefined);
      expect(criteria.length).toBeGreaterThanOrEqual(2);
    }
  });
});
