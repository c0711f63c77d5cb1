import { logLinesAround } from '../../../lambda/core/render/log-window';
import { crossAccountReasons, problemPattern } from '../../../lambda/core/render/problem-pattern';
import { renderSupportBundle } from '../../../lambda/core/render/support-bundle';
import type { Finding } from '../../../lambda/core/findings/types';
import type { LogExcerpt, Snapshot } from '../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, execDenial, fn, role, snapshot, trigger, ruleArn } from '../../support/factory';

const f = fn('b-payments', 'b-payments-role', {
  environmentVariableNames: ['DB_PASSWORD', 'TABLE_NAME'],
  eventSourceMappings: [
    { uuid: 'u-1', kind: 'sqs', eventSourceArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:b-payments-q`, state: 'Enabled' },
  ],
});
const denial = execDenial(f, 'dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/b-payments`);
const logs: LogExcerpt = {
  functionArn: f.arn,
  logGroup: '/aws/lambda/b-payments',
  from: '2026-01-15T11:50:00Z',
  to: '2026-01-15T12:05:00Z',
  truncated: false,
  lines: [
    { timestamp: '2026-01-15T11:40:00.000Z', message: 'START way before' },
    { timestamp: '2026-01-15T11:58:59.000Z', message: 'START RequestId: r-1' },
    {
      timestamp: '2026-01-15T11:59:00.200Z',
      message: 'ERROR AccessDeniedException: not authorized to perform dynamodb:PutItem',
    },
    { timestamp: '2026-01-15T11:59:01.000Z', message: 'END RequestId: r-1' },
  ],
};
const world: Snapshot = snapshot({
  functions: [f],
  roles: [role('b-payments-role')],
  triggers: [trigger('eventbridge-rule', ruleArn('b-pay'), f.arn, 'events.amazonaws.com')],
  logExcerpts: [logs],
});

const finding = (eventId?: string, extra: Partial<Finding> = {}): Finding => ({
  checkId: 'LAA-ROLE-DENIED-ACTION',
  category: 'execution-role',
  severity: 'high',
  function: { name: f.name, arn: f.arn, account: ACCOUNT, region: 'us-east-1' },
  title: 'b-payments-role may not call dynamodb:PutItem',
  action: 'dynamodb:PutItem',
  resource: denial.resource,
  explanation: { summary: 'No policy allows it.', statements: [], nearMisses: [], details: [] },
  event: eventId
    ? {
        principal: 'p',
        principalType: 'AssumedRole',
        time: denial.eventTime,
        eventId,
        errorCode: 'AccessDenied',
        region: 'us-east-1',
        account: ACCOUNT,
      }
    : undefined,
  fix: { summary: 'Add an allow.', cli: 'aws iam put-role-policy ...', notes: [] },
  references: [],
  fingerprint: 'abc',
  ...extra,
});

describe('renderSupportBundle', () => {
  const text = renderSupportBundle(
    world,
    f.arn,
    [
      finding(denial.eventId, {
        occurrences: { count: 4, firstSeen: '2026-01-15T11:00:00Z', lastSeen: '2026-01-15T11:59:00Z' },
      }),
    ],
    denial,
  );

  it.each([
    ['function ARN', `Function ARN: \`${f.arn}\``],
    ['exact UTC timestamp', 'Exact time (UTC): 2026-01-15T11:59:00Z'],
    ['continuous pattern with occurrences', 'Continuous: the current configuration still denies this request'],
    ['occurrence count', 'Seen 4 times between 2026-01-15T11:00:00Z and 2026-01-15T11:59:00Z'],
    ['not cross-account', 'Cross-account: no'],
    ['trigger workflow', `eventbridge-rule: \`${ruleArn('b-pay')}\``],
    ['event source mapping', 'sqs: `arn:aws:sqs:us-east-1:111122223333:b-payments-q` state Enabled'],
    ['execution role', `Execution role: \`arn:aws:iam::${ACCOUNT}:role/b-payments-role\``],
    ['permission in question', `dynamodb:PutItem on arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/b-payments (denied)`],
    ['marked log line at the denial', '>> 2026-01-15T11:59:00.200Z ERROR AccessDeniedException'],
    ['environment variable names', 'Environment variables (names only): DB_PASSWORD, TABLE_NAME'],
    ['request ID', '| Request ID | req-1 |'],
  ])('contains the %s', (_name, expected) => expect(text).toContain(expected));

  it('drops log lines far from the denial', () => expect(text).not.toContain('START way before'));

  it('leaves out findings about other functions and account-wide hygiene', () => {
    const other = finding(undefined, {
      title: 'OTHER FUNCTION',
      function: {
        name: 'x',
        arn: 'arn:aws:lambda:us-east-1:111122223333:function:x',
        account: ACCOUNT,
        region: 'us-east-1',
      },
    });
    const hygiene = finding(undefined, {
      title: 'ACCOUNT HYGIENE',
      function: undefined,
      principal: 'arn:aws:iam::111122223333:user/u',
    });
    const out = renderSupportBundle(world, f.arn, [finding(denial.eventId), other, hygiene], denial);
    expect(out).not.toContain('OTHER FUNCTION');
    expect(out).not.toContain('ACCOUNT HYGIENE');
    expect(out.match(/^>> /gm)).toHaveLength(1);
  });
});

describe('problemPattern', () => {
  it.each<[string, Finding[], boolean, string]>([
    ['denial reproduced by a check', [finding(denial.eventId)], true, 'continuous'],
    ['denial not reproduced', [finding(undefined)], true, 'intermittent-or-fixed'],
    ['sweep finding only', [finding(undefined)], false, 'configuration'],
    ['nothing', [], false, 'none'],
  ])('%s', (_name, findings, withDenial, kind) => {
    expect(problemPattern(findings, withDenial ? denial : undefined).kind).toBe(kind);
  });
});

describe('crossAccountReasons', () => {
  it.each<[string, Partial<typeof denial>, number]>([
    ['same account', {}, 0],
    ['caller from another account', { caller: { ...denial.caller, accountId: '444455556666' } }, 1],
    ['resource in another account', { resource: 'arn:aws:sqs:us-east-1:444455556666:q' }, 1],
  ])('%s', (_name, extra, count) => {
    expect(crossAccountReasons(f, [], { ...denial, ...extra })).toHaveLength(count);
  });
});

describe('logLinesAround', () => {
  it('returns every line without a time and nothing for another function', () => {
    expect(logLinesAround([logs], f.arn).lines).toHaveLength(4);
    expect(
      logLinesAround([logs], 'arn:aws:lambda:us-east-1:111122223333:function:other', NOW.toISOString()).lines,
    ).toHaveLength(0);
  });
});
