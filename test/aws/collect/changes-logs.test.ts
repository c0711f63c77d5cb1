import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { baseEventName, summarize, toPermissionChange } from '../../../lambda/aws/collect/changes';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { readLogExcerpt, redact } from '../../../lambda/aws/collect/logs';
import { mockedClients } from './fixture';

describe('CloudTrail change summaries', () => {
  it.each([
    ['AddPermission20150331v2', 'AddPermission'],
    ['UpdateFunctionConfiguration20150331v2', 'UpdateFunctionConfiguration'],
    ['CreateFunction20150331', 'CreateFunction'],
    ['AttachRolePolicy', 'AttachRolePolicy'],
  ])('normalizes %s to %s', (name, expected) => {
    expect(baseEventName(name)).toBe(expected);
  });

  it('keeps only whitelisted scalar parameters', () => {
    expect(
      summarize({
        functionName: 'f',
        environment: { variables: { A: 'secret' } },
        policyArn: 'arn:p',
        code: { zipFile: 'x' },
      }),
    ).toBe('policyArn=arn:p, functionName=f');
    expect(summarize(null)).toBe('');
  });

  it.each([
    ['a failed change', 'PutRolePolicy', { errorCode: 'AccessDenied' }, false],
    ['an unrelated event', 'Invoke', {}, false],
    ['a successful change', 'PutRolePolicy', { requestParameters: { roleName: 'r', policyName: 'p' } }, true],
  ])('keeps %s: %s', (_label, name, record, kept) => {
    const change = toPermissionChange(
      { EventId: 'e', EventName: name, EventTime: new Date(0), CloudTrailEvent: JSON.stringify(record) },
      'arn:aws:iam::1:role/r',
    );
    expect(change !== undefined).toBe(kept);
  });
});

describe('log excerpts', () => {
  it.each([
    ['longest value first', 'abcd abcdef', ['abcd', 'abcdef'], '[REDACTED] [REDACTED]'],
    ['values shorter than 4 characters are left alone', 'id=1 true', ['1', 'true'], 'id=1 [REDACTED]'],
    ['every occurrence', 'k=s3cr3t, again s3cr3t', ['s3cr3t'], 'k=[REDACTED], again [REDACTED]'],
  ])('redacts %s', (_label, text, values, expected) => {
    expect(redact(text, values)).toBe(expected);
  });

  it('stops at the line bound, marks the excerpt truncated and follows nextToken only while under bounds', async () => {
    const { clients, stubs } = mockedClients();
    const events = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ timestamp: from + i, message: `line ${from + i}` }));
    stubs.logs.on(FilterLogEventsCommand, { nextToken: undefined }).resolves({ events: events(3, 0), nextToken: 't2' });
    stubs.logs.on(FilterLogEventsCommand, { nextToken: 't2' }).resolves({ events: events(3, 3), nextToken: 't3' });
    const ctx = new CollectContext(new RateLimiter({}));
    const excerpt = await readLogExcerpt(ctx, clients.logs, {
      functionArn: 'arn:aws:lambda:us-east-1:1:function:f',
      logGroup: '/aws/lambda/f',
      at: new Date('2026-11-20T10:00:00Z'),
      redactValues: [],
      limits: { maxLines: 4 },
    });
    expect(excerpt?.lines.map((l) => l.message)).toEqual(['line 0', 'line 1', 'line 2', 'line 3']);
    expect(excerpt?.truncated).toBe(true);
    expect(stubs.logs.commandCalls(FilterLogEventsCommand)).toHaveLength(2);
  });
});
