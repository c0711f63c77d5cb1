import { centralPropsFromContext, memberPropsFromContext, modeFromContext } from '../../lib/org-context';

const getter =
  (ctx: Record<string, unknown>) =>
  (key: string): unknown =>
    ctx[key];

describe('modeFromContext', () => {
  it.each([
    [{}, 'single'],
    [{ mode: 'central' }, 'central'],
    [{ mode: 'member' }, 'member'],
  ])('%j → %s', (ctx, mode) => expect(modeFromContext(getter(ctx))).toBe(mode));

  it('rejects an unknown mode with the allowed values', () => {
    expect(() => modeFromContext(getter({ mode: 'org' }))).toThrow('expected one of single, central, member');
  });
});

describe('centralPropsFromContext', () => {
  it('reads the organization, routes (JSON) and sweep lists', () => {
    const props = centralPropsFromContext(
      getter({
        organizationId: 'o-abcdef1234',
        alertEmails: 'sec@example.com',
        routes: '[{"name":"pay","accounts":["222222222222"],"emails":["p@example.com"]}]',
        sweepAccounts: '222222222222, 333333333333',
        sweepRegions: 'eu-west-1,us-east-1',
        sweepShards: '{"333333333333":4}',
        sweepMaxConcurrency: '20',
      }),
    );
    expect(props).toMatchObject({
      organizationId: 'o-abcdef1234',
      auditor: { alertEmails: ['sec@example.com'] },
      routes: [{ name: 'pay', accounts: ['222222222222'], emails: ['p@example.com'] }],
      sweep: {
        accounts: ['222222222222', '333333333333'],
        regions: ['eu-west-1', 'us-east-1'],
        shards: { '333333333333': 4 },
        maxConcurrency: 20,
      },
    });
  });

  it.each([
    [{}, 'Context organizationId is required with mode=central'],
    [{ organizationId: 'o-abcdef1234', routes: '[{' }, 'Context routes is not JSON'],
  ])('rejects %j', (ctx, message) => {
    expect(() => centralPropsFromContext(getter(ctx))).toThrow(message);
  });

  it('has no organization sweep without sweepAccounts', () => {
    expect(centralPropsFromContext(getter({ organizationId: 'o-abcdef1234' })).sweep).toBeUndefined();
  });
});

describe('memberPropsFromContext', () => {
  it('reads the central bus, the role ARN list and the organization', () => {
    expect(
      memberPropsFromContext(
        getter({
          organizationId: 'o-abcdef1234',
          centralBusArn: 'arn:aws:events:eu-west-1:111122223333:event-bus/b',
          centralAuditorRoleArns: 'arn:aws:iam::111122223333:role/A,arn:aws:iam::111122223333:role/B',
        }),
      ),
    ).toMatchObject({
      centralAuditorRoleArns: ['arn:aws:iam::111122223333:role/A', 'arn:aws:iam::111122223333:role/B'],
    });
  });

  it.each(['centralBusArn', 'centralAuditorRoleArns', 'organizationId'])('requires %s', (key) => {
    const ctx: Record<string, unknown> = {
      organizationId: 'o-abcdef1234',
      centralBusArn: 'arn:aws:events:eu-west-1:111122223333:event-bus/b',
      centralAuditorRoleArns: 'arn:aws:iam::111122223333:role/A',
    };
    delete ctx[key];
    expect(() => memberPropsFromContext(getter(ctx))).toThrow(`Context ${key} is required with mode=member`);
  });
});
