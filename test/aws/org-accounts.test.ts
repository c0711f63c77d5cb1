/**
 * Run-time account discovery (lambda/aws/org-accounts.ts) with a mocked Organizations client: pagination to
 * the end (also past an empty page with a NextToken, as the API reference warns), OU recursion, ACTIVE
 * accounts only by `State` (the retiring `Status` only when `State` is absent), throttling retried.
 * Account fields: Organizations API reference, `Account` (Id, Arn, Name, Email, Status, State, JoinedMethod).
 */
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  OrganizationsClient,
  type Account,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { isActive, resolveAccounts } from '../../lambda/aws/org-accounts';

const org = mockClient(OrganizationsClient);
const OU = 'ou-abcd-11111111';
const CHILD = 'ou-abcd-22222222';

function account(id: string, state?: Account['State'], status?: Account['Status']): Account {
  return {
    Id: id,
    Arn: `arn:aws:organizations::111111111111:account/o-abcdef1234/${id}`,
    Name: `acct-${id}`,
    Email: `${id}@example.com`,
    JoinedMethod: 'CREATED',
    ...(state ? { State: state } : {}),
    ...(status ? { Status: status } : {}),
  };
}

const throttled = (): Error =>
  // The exception name is the SDK's (TooManyRequestsException); the message is a test stand-in, not AWS's wording.
  Object.assign(new Error('throttled (test)'), { name: 'TooManyRequestsException' });

beforeEach(() => org.reset());

describe('isActive', () => {
  it.each([
    [account('1', 'ACTIVE'), true],
    [account('1', 'SUSPENDED', 'ACTIVE'), false],
    [account('1', 'PENDING_CLOSURE'), false],
    [account('1', 'CLOSED'), false],
    [account('1', 'PENDING_ACTIVATION'), false],
    [account('1', undefined, 'ACTIVE'), true],
    [account('1', undefined, 'SUSPENDED'), false],
    [account('1'), false],
  ])('%j → %s', (a, expected) => {
    expect(isActive(a)).toBe(expected);
  });
});

describe('resolveAccounts', () => {
  it('lists the whole organization page by page, also past an empty page, keeping ACTIVE accounts', async () => {
    org
      .on(ListAccountsCommand, { NextToken: undefined })
      .resolves({
        Accounts: [account('222222222222', 'ACTIVE'), account('999999999999', 'SUSPENDED')],
        NextToken: 't1',
      })
      .on(ListAccountsCommand, { NextToken: 't1' })
      .resolves({ Accounts: [], NextToken: 't2' })
      .on(ListAccountsCommand, { NextToken: 't2' })
      .resolves({ Accounts: [account('333333333333', undefined, 'ACTIVE')] });
    await expect(resolveAccounts(new OrganizationsClient({}), ['organization'])).resolves.toEqual([
      '222222222222',
      '333333333333',
    ]);
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(3);
  });

  it('walks an OU and its child OUs recursively, merges given accounts and drops excluded ones', async () => {
    org
      .on(ListAccountsForParentCommand, { ParentId: OU, NextToken: undefined })
      .resolves({ Accounts: [account('444444444444', 'ACTIVE')], NextToken: 'a2' })
      .on(ListAccountsForParentCommand, { ParentId: OU, NextToken: 'a2' })
      .resolves({ Accounts: [account('111111111111', 'ACTIVE')] })
      .on(ListChildrenCommand, { ParentId: OU })
      .resolves({ Children: [{ Id: CHILD, Type: 'ORGANIZATIONAL_UNIT' }] })
      .on(ListAccountsForParentCommand, { ParentId: CHILD })
      .resolves({ Accounts: [account('555555555555', 'ACTIVE'), account('666666666666', 'CLOSED')] })
      .on(ListChildrenCommand, { ParentId: CHILD })
      .resolves({ Children: [] });
    const ids = await resolveAccounts(
      new OrganizationsClient({}),
      [OU, '777777777777', '444444444444'],
      ['111111111111'],
    );
    expect(ids).toEqual(['444444444444', '555555555555', '777777777777']);
    expect(org.commandCalls(ListChildrenCommand).map((c) => c.args[0].input)).toEqual([
      { ParentId: OU, ChildType: 'ORGANIZATIONAL_UNIT', NextToken: undefined },
      { ParentId: CHILD, ChildType: 'ORGANIZATIONAL_UNIT', NextToken: undefined },
    ]);
  });

  it('retries throttled calls with growing backoff, then goes on', async () => {
    org
      .on(ListAccountsCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolves({ Accounts: [account('222222222222', 'ACTIVE')] });
    const waits: number[] = [];
    const sleep = (ms: number): Promise<void> => {
      waits.push(ms);
      return Promise.resolve();
    };
    const ids = await resolveAccounts(new OrganizationsClient({}), ['organization'], [], { sleep, baseDelayMs: 100 });
    expect(ids).toEqual(['222222222222']);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('gives up after the last attempt and on errors other than throttling', async () => {
    org.on(ListAccountsCommand).rejects(throttled());
    const sleep = (): Promise<void> => Promise.resolve();
    await expect(
      resolveAccounts(new OrganizationsClient({}), ['organization'], [], { sleep, maxAttempts: 3 }),
    ).rejects.toThrow('throttled (test)');
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(3);
    org.reset();
    org.on(ListAccountsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(resolveAccounts(new OrganizationsClient({}), ['organization'], [], { sleep })).rejects.toThrow(
      'denied',
    );
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(1);
  });

  it('rejects a source that is neither an account, the organization, an OU nor a root', async () => {
    await expect(resolveAccounts(new OrganizationsClient({}), ['ou-x'])).rejects.toThrow(
      'Sweep source "ou-x" is not an account, OU or root.',
    );
    expect(org.calls()).toHaveLength(0);
  });
});
