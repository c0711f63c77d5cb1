import { App, Duration, Stack } from 'aws-cdk-lib';
import { LambdaAccessAuditor } from '../../lib/lambda-access-auditor';
import { validateAuditorProps, type ValidatableProps } from '../../lib/props-validation';
import type { IgnoreRule } from '../../lambda/core/cloudtrail';

const rule = (over: Partial<IgnoreRule> = {}): IgnoreRule => ({
  id: 'ci-readonly',
  description: 'CI browsing',
  principal: 'arn:aws:iam::*:role/ci-*',
  readOnly: true,
  effect: 'ignore',
  ...over,
});

describe('validateAuditorProps', () => {
  it.each<[string, ValidatableProps]>([
    ['no props at all', {}],
    [
      'emails, Slack, TTL, rules and limits',
      {
        alertEmails: ['oncall@example.com'],
        slackChannel: { slackWorkspaceId: 'T07EXAMPLE', slackChannelId: 'C07EXAMPLE' },
        dedupTtl: Duration.hours(6),
        ignoreRules: [rule()],
        onDenialMaxConcurrency: 10,
        minAlertSeverity: 'medium',
        maxAlertsPerSweep: 20,
      },
    ],
  ])('accepts %s', (_name, props) => {
    expect(validateAuditorProps(props)).toEqual([]);
  });

  it.each<[string, ValidatableProps, string]>([
    ['a malformed email', { alertEmails: ['oncall@'] }, 'alertEmails[0] is "oncall@": expected an email address'],
    [
      'a duplicated email',
      { alertEmails: ['a@example.com', 'a@example.com'] },
      'alertEmails lists ["a@example.com"] more than once',
    ],
    [
      'a Slack channel name instead of its ID',
      { slackChannel: { slackWorkspaceId: 'T07EXAMPLE', slackChannelId: '#alerts' } },
      'slackChannel.slackChannelId is "#alerts": expected the channel ID',
    ],
    [
      'a lower-case workspace ID',
      { slackChannel: { slackWorkspaceId: 't07example', slackChannelId: 'C07EXAMPLE' } },
      'slackChannel.slackWorkspaceId is "t07example"',
    ],
    [
      'a TTL of seconds',
      { dedupTtl: Duration.seconds(10) },
      'dedupTtl is 10 seconds: expected between 1 minute and 365 days',
    ],
    ['a TTL of two years', { dedupTtl: Duration.days(730) }, 'dedupTtl is 730 days'],
    ['duplicate rule ids', { ignoreRules: [rule(), rule()] }, 'ignoreRules[1].id "ci-readonly" is used twice'],
    [
      'an unknown rule effect',
      { ignoreRules: [rule({ effect: 'drop' as IgnoreRule['effect'] })] },
      'ignoreRules[0].effect is "drop"',
    ],
    [
      'a rule without any matcher',
      { ignoreRules: [{ id: 'all', description: 'oops', effect: 'ignore' }] },
      'ignoreRules[0] ("all") has no matcher and would match every denial',
    ],
    [
      'rules too large for the Lambda environment',
      { ignoreRules: Array.from({ length: 40 }, (_, i) => rule({ id: `r${i}`, description: 'x'.repeat(80) })) },
      'the limit is 3000',
    ],
    [
      'a concurrency of 1',
      { onDenialMaxConcurrency: 1 },
      'onDenialMaxConcurrency is 1: expected an integer between 2 and 1000',
    ],
    [
      'an unknown severity',
      { minAlertSeverity: 'urgent' },
      'minAlertSeverity is "urgent": expected one of critical, high, medium, low, info',
    ],
    ['zero alerts per sweep', { maxAlertsPerSweep: 0 }, 'maxAlertsPerSweep is 0: expected a positive integer'],
    [
      'a suppression without a reason',
      { suppressions: [{ checkId: 'X' }] },
      'suppressions: rule suppression-0: a reason is required.',
    ],
    [
      'an unknown digest threshold',
      { individualAlertMinSeverity: 'off' },
      'individualAlertMinSeverity is "off": expected one of critical, high, medium, low, info.',
    ],
    [
      'an unknown resolved threshold',
      { resolvedNoticeMinSeverity: 'never' },
      'resolvedNoticeMinSeverity is "never": expected one of critical, high, medium, low, info, off.',
    ],
    [
      'an unknown console read severity',
      { consoleReadSeverity: 'off' },
      'consoleReadSeverity is "off": expected one of critical, high, medium, low, info.',
    ],
  ])('rejects %s, showing the value and the fix', (_name, props, message) => {
    const problems = validateAuditorProps(props);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('reports every problem at once when the construct is created', () => {
    const stack = new Stack(new App(), 'Invalid');
    expect(
      () => new LambdaAccessAuditor(stack, 'Auditor', { alertEmails: ['nope'], onDenialMaxConcurrency: 0 }),
    ).toThrow(
      /Invalid LambdaAccessAuditor props \(Invalid\/Auditor\):\n- alertEmails\[0\] is "nope".*\n- onDenialMaxConcurrency is 0/s,
    );
  });
});

describe('alertLanguage (issue 15)', () => {
  it.each(['en', 'de', 'fr', 'ja', 'ko', undefined])('accepts %s', (alertLanguage) => {
    expect(validateAuditorProps({ alertLanguage })).toEqual([]);
  });

  it.each(['jp', 'EN', 'ja_JP'])('rejects %s, naming the supported languages', (alertLanguage) => {
    expect(validateAuditorProps({ alertLanguage })).toEqual([
      `alertLanguage is ${JSON.stringify(alertLanguage)}: expected one of en, de, fr, ja, ko (docs/i18n.md).`,
    ]);
  });
});
