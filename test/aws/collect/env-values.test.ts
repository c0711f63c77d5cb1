import { CollectContext } from '../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { collectAccount } from '../../../lambda/aws/collect/sweep';
import { collectFunction } from '../../../lambda/aws/collect/single';
import { mockAccount, SECRET_VALUES } from './fixture';

const ctx = (): CollectContext => new CollectContext(new RateLimiter({}));

describe('environment variable values', () => {
  it.each([
    [
      'function audit with changes and logs',
      (c: ReturnType<typeof mockAccount>['clients']) =>
        collectFunction(c, {
          functionName: 'orders',
          denialTime: '2026-11-20T10:00:01Z',
          withChanges: true,
          withLogs: true,
          context: ctx(),
        }),
    ],
    [
      'account sweep (full reads)',
      (c: ReturnType<typeof mockAccount>['clients']) => collectAccount(c, { context: ctx(), fullFunctionReads: true }),
    ],
  ])('never appear in the serialized snapshot of a %s', async (_label, collect) => {
    const { clients } = mockAccount();
    const text = JSON.stringify(await collect(clients));
    expect(text).toContain('DB_PASSWORD');
    for (const value of SECRET_VALUES) expect(text).not.toContain(value);
  });
});
