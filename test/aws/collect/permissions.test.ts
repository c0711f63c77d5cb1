import { DescribeRuleCommand } from '@aws-sdk/client-eventbridge';
import {
  actionFor,
  COLLECTOR_API_ACTIONS,
  COLLECTOR_PERMISSION_FREE_APIS,
  COLLECTOR_READ_ACTIONS,
  readsAnalysisData,
  type CollectorApi,
} from '../../../lambda/aws/collect/permissions';
import { DEFAULT_QUOTAS } from '../../../lambda/aws/collect/limiter';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { collectAccount } from '../../../lambda/aws/collect/sweep';
import { collectFunction } from '../../../lambda/aws/collect/single';
import { mockAccount, type Stubs } from './fixture';
import { ORDERS_ROLE } from './fixture-data';
import { answerBasePolicies, mockPolicyClients, P, type PolicyStubs } from './resource-policies/fixture';

const SERVICE_OF_STUB: Record<keyof Stubs | keyof PolicyStubs, string> = {
  lambda: 'lambda',
  iam: 'iam',
  cloudtrail: 'cloudtrail',
  logs: 'logs',
  eventbridge: 'events',
  sns: 'sns',
  s3: 's3',
  efs: 'elasticfilesystem',
  sts: 'sts',
  kms: 'kms',
  secretsManager: 'secretsmanager',
  sqs: 'sqs',
  dynamodb: 'dynamodb',
  ecr: 'ecr',
  apiGateway: 'apigateway',
  codeArtifact: 'codeartifact',
  openSearch: 'es',
  signer: 'signer',
  serverlessRepo: 'serverlessrepo',
  organizations: 'organizations',
};

/** One resource per reader, as denials name them (the function's configuration adds its DLQ, key, …). */
const DENIED_RESOURCES = [
  P.bucket,
  P.secret,
  P.table,
  P.repo,
  P.bus,
  P.layer,
  P.api,
  P.caRepo,
  P.caDomain,
  P.domain,
  P.profile,
  P.app,
];

const ALL_APIS = [...Object.keys(COLLECTOR_API_ACTIONS), ...COLLECTOR_PERMISSION_FREE_APIS];

/** Every `<service>:<Command>` actually sent to the mocked SDK clients. */
function sentApis(stubs: Stubs & PolicyStubs): Set<string> {
  const sent = new Set<string>();
  for (const [key, stub] of Object.entries(stubs) as [keyof Stubs, Stubs[keyof Stubs]][]) {
    for (const call of stub.calls()) {
      sent.add(`${SERVICE_OF_STUB[key]}:${(call.args[0] as object).constructor.name.replace(/Command$/, '')}`);
    }
  }
  return sent;
}

describe('COLLECTOR_READ_ACTIONS', () => {
  it('is sorted, unique and read-only', () => {
    expect([...COLLECTOR_READ_ACTIONS]).toEqual([...new Set(COLLECTOR_READ_ACTIONS)].sort());
    for (const action of COLLECTOR_READ_ACTIONS)
      expect(action).toMatch(
        // iam:GenerateServiceLastAccessedDetails only starts a usage report job: it changes no resource.
        /^[a-z0-9-]+:(Get|List|Describe|Lookup|Filter)[A-Za-z]+$|^apigateway:GET$|^iam:GenerateServiceLastAccessedDetails$/,
      );
  });

  it('matches exactly the commands the collector sends (function audit with changes and logs + full sweep)', async () => {
    const account = mockAccount();
    const policies = mockPolicyClients();
    answerBasePolicies(account.stubs);
    account.stubs.eventbridge
      .on(DescribeRuleCommand)
      .resolves({ State: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' });
    const clients = { ...account.clients, ...policies.clients };
    const ctx = new CollectContext(new RateLimiter({}));
    await collectFunction(clients, {
      functionName: 'orders',
      denialTime: '2026-11-20T10:00:00Z',
      withChanges: true,
      withLogs: true,
      resourceArns: DENIED_RESOURCES,
      organization: 'required',
      context: ctx,
    });
    await collectAccount(clients, {
      context: ctx,
      fullFunctionReads: true,
      organization: 'required',
      lastAccessed: { roles: [ORDERS_ROLE] },
      auditor: { stackRegion: 'eu-west-1', denialRuleArn: 'arn:aws:events:eu-west-1:111122223333:rule/Denial' },
    });
    // The fixture's one broken inline policy aside, every read succeeds.
    expect(ctx.failedReads.map((f) => f.api)).toEqual(['iam:GetRolePolicy']);
    const sent = sentApis({ ...account.stubs, ...policies.stubs });
    expect([...sent].sort()).toEqual([...ALL_APIS].sort());
    expect([...ctx.calls.keys()].sort()).toEqual([...sent].sort());
    const granted = new Set([...sent].flatMap((api) => actionFor(api as CollectorApi) ?? []));
    expect([...granted].sort()).toEqual([...COLLECTOR_READ_ACTIONS]);
  });

  it.each([
    ['sts:GetCallerIdentity', undefined, false],
    ['elasticfilesystem:DescribeAccessPoints', 'elasticfilesystem:DescribeAccessPoints', true],
    ['s3:ListBuckets', 's3:ListAllMyBuckets', true],
  ] as const)('maps %s to IAM action %s (analysis data: %s)', (api, action, data) => {
    expect(actionFor(api)).toBe(action);
    expect(readsAnalysisData(api)).toBe(data);
    if (!action) expect(COLLECTOR_READ_ACTIONS.some((a) => a.startsWith('sts:'))).toBe(false);
  });

  it.each(ALL_APIS)('gives %s exactly one rate quota', (api) => {
    const owners = Object.entries(DEFAULT_QUOTAS).filter(([, q]) => q.apis.includes(api as CollectorApi));
    expect(owners).toHaveLength(1);
  });
});
