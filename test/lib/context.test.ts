import { Duration } from 'aws-cdk-lib';
import { auditorPropsFromContext } from '../../lib/context';

const from = (ctx: Record<string, unknown>) => auditorPropsFromContext((key) => ctx[key]);

describe('auditorPropsFromContext', () => {
  it('maps an empty context to construct defaults', () => {
    expect(from({})).toEqual({
      alertEmails: undefined,
      slackChannel: undefined,
      sweepSchedule: undefined,
      dedupTtl: undefined,
      minAlertSeverity: undefined,
      maxAlertsPerSweep: undefined,
      individualAlertMinSeverity: undefined,
      resolvedNoticeMinSeverity: undefined,
      suppressions: undefined,
      organization: undefined,
    });
  });

  it.each([
    ['off', 'off'],
    ['auto', 'auto'],
  ])('reads organization=%s', (value, expected) => {
    expect(from({ organization: value }).organization).toBe(expected);
  });

  it('rejects another organization value, naming the allowed ones', () => {
    expect(() => from({ organization: 'on' })).toThrow('Context organization is "on": expected "off" or "auto"');
  });

  it.each([
    [
      'a comma-separated string (-c alertEmails=a,b)',
      'a@example.com, b@example.com',
      ['a@example.com', 'b@example.com'],
    ],
    ['a JSON array (cdk.json)', ['a@example.com'], ['a@example.com']],
  ])('reads alertEmails from %s', (_name, value, expected) => {
    expect(from({ alertEmails: value }).alertEmails).toEqual(expected);
  });

  it('reads Slack, schedule, TTL and alert settings', () => {
    const props = from({
      slackWorkspaceId: 'T07EXAMPLE',
      slackChannelId: 'C07EXAMPLE',
      sweepSchedule: 'cron(0 6 * * ? *)',
      dedupTtlHours: '12',
      minAlertSeverity: 'high',
      maxAlertsPerSweep: '10',
      individualAlertMinSeverity: 'high',
      resolvedNoticeMinSeverity: 'off',
      consoleReadSeverity: 'low',
    });
    expect(props.consoleReadSeverity).toBe('low');
    expect(props.individualAlertMinSeverity).toBe('high');
    expect(props.resolvedNoticeMinSeverity).toBe('off');
    expect(props.slackChannel).toEqual({ slackWorkspaceId: 'T07EXAMPLE', slackChannelId: 'C07EXAMPLE' });
    expect(props.sweepSchedule?.expressionString).toBe('cron(0 6 * * ? *)');
    expect(props.dedupTtl?.toMinutes()).toBe(Duration.hours(12).toMinutes());
    expect(props.minAlertSeverity).toBe('high');
    expect(props.maxAlertsPerSweep).toBe(10);
  });

  it.each([
    ['a JSON string (-c suppressions=...)', '[{"checkId":"X","reason":"r"}]'],
    ['an array (cdk.json)', [{ checkId: 'X', reason: 'r' }]],
  ])('reads suppressions from %s', (_name, value) => {
    expect(from({ suppressions: value }).suppressions).toEqual([{ checkId: 'X', reason: 'r' }]);
  });

  it('rejects suppressions that are not JSON', () => {
    expect(() => from({ suppressions: '[{' })).toThrow('Context suppressions is not JSON');
  });

  it.each([
    ['half a Slack channel', { slackWorkspaceId: 'T07EXAMPLE' }, 'slackWorkspaceId and slackChannelId go together'],
    ['a schedule that is not an expression', { sweepSchedule: 'daily' }, 'Context sweepSchedule is "daily"'],
    [
      'a TTL that is not a number',
      { dedupTtlHours: 'one day' },
      'Context dedupTtlHours is "one day": expected a number',
    ],
  ])('rejects %s', (_name, ctx, message) => {
    expect(() => from(ctx)).toThrow(message);
  });
});

describe('alertLanguage context (issue 15)', () => {
  it.each([
    [{}, undefined],
    [{ alertLanguage: 'ja' }, 'ja'],
    [{ alertLanguage: '' }, undefined],
  ])('%j -> %s', (ctx, expected) => {
    expect(from(ctx).alertLanguage).toBe(expected);
  });
});
