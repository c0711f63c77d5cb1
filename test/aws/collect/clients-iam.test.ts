import { GetPolicyCommand, GetRoleCommand, ListRolePoliciesCommand } from '@aws-sdk/client-iam';
import { createClients, globalEventsRegion } from '../../../lambda/aws/collect/clients';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { IamReader } from '../../../lambda/aws/collect/iam';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { BASIC_POLICY, mockAccount, ORDERS_ROLE } from './fixture';

describe('createClients', () => {
  it('uses adaptive retries with 8 attempts and a CloudTrail client where IAM events are recorded', async () => {
    const clients = createClients('eu-west-1');
    const strategy = (await clients.lambda.config.retryStrategy()) as { mode?: string };
    expect(strategy.mode).toBe('adaptive');
    expect(await clients.iam.config.maxAttempts()).toBe(8);
    expect(await clients.cloudtrail.config.region()).toBe('eu-west-1');
    expect(await clients.cloudtrailGlobal?.config.region()).toBe('us-east-1');
  });

  it('adds an EFS client in the Region and an STS client that gives up quickly', async () => {
    const clients = createClients('eu-west-1');
    expect(await clients.efs?.config.region()).toBe('eu-west-1');
    expect(await clients.efs?.config.maxAttempts()).toBe(8);
    expect(await clients.sts?.config.region()).toBe('eu-west-1');
    expect(await clients.sts?.config.maxAttempts()).toBe(2);
    const handler = clients.sts?.config.requestHandler as unknown as { configProvider: Promise<object> };
    expect(await handler.configProvider).toMatchObject({ connectionTimeout: 2_000, requestTimeout: 5_000 });
  });

  it.each([
    ['eu-west-1', 'us-east-1'],
    ['cn-northwest-1', 'cn-north-1'],
    ['us-gov-east-1', 'us-gov-west-1'],
  ])('records IAM events of %s in %s', (region, expected) => {
    expect(globalEventsRegion(region)).toBe(expected);
  });
});

describe('IamReader cache', () => {
  it('reads a role shared by many functions, and a policy attached twice, once per invocation', async () => {
    const { clients, stubs } = mockAccount();
    const reader = new IamReader(new CollectContext(new RateLimiter({})), clients.iam);
    const roles = await Promise.all(Array.from({ length: 200 }, () => reader.role(ORDERS_ROLE)));
    await reader.managedPolicy(BASIC_POLICY);
    expect(new Set(roles).size).toBe(1);
    expect(stubs.iam.commandCalls(GetRoleCommand)).toHaveLength(1);
    expect(stubs.iam.commandCalls(ListRolePoliciesCommand)).toHaveLength(2);
    expect(stubs.iam.commandCalls(GetPolicyCommand)).toHaveLength(1);
    expect((await reader.allManagedPolicies()).map((p) => p.arn)).toEqual([BASIC_POLICY]);
  });
});
