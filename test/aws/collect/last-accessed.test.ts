import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  IAMClient,
  IAMServiceException,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { readLastAccessed } from '../../../lambda/aws/collect/last-accessed';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';

const ROLE = 'arn:aws:iam::111122223333:role/app-role';
const iam = mockClient(IAMClient);
const ctx = () => new CollectContext(new RateLimiter({}));
const client = () => new IAMClient({ region: 'us-east-1' });

/** Response shapes: API_GetServiceLastAccessedDetails (JobStatus, ServicesLastAccessed, IsTruncated/Marker). */
const done = (extra: object = {}) => ({
  JobStatus: 'COMPLETED' as const,
  JobCreationDate: new Date('2026-11-20T10:00:00Z'),
  JobCompletionDate: new Date('2026-11-20T10:00:05Z'),
  ServicesLastAccessed: [
    {
      ServiceName: 'Amazon S3',
      ServiceNamespace: 's3',
      LastAuthenticated: new Date('2026-11-19T00:00:00Z'),
      TrackedActionsLastAccessed: [
        { ActionName: 'GetObject', LastAccessedTime: new Date('2026-11-19T00:00:00Z') },
        { ActionName: 'PutObject' },
      ],
    },
  ],
  ...extra,
});

describe('readLastAccessed', () => {
  beforeEach(() => iam.reset());

  it('starts an action-level report, polls with doubling delays until COMPLETED, maps services and actions', async () => {
    iam.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: 'j1' });
    iam
      .on(GetServiceLastAccessedDetailsCommand)
      .resolvesOnce({ JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(), ServicesLastAccessed: [] })
      .resolvesOnce({ JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(), ServicesLastAccessed: [] })
      .resolves(done());
    const waits: number[] = [];
    const out = await readLastAccessed(ctx(), client(), [ROLE], {
      delayMs: 10,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand)[0].args[0].input).toEqual({
      Arn: ROLE,
      Granularity: 'ACTION_LEVEL',
    });
    expect(waits).toEqual([10, 20]);
    expect(out).toEqual([
      {
        roleArn: ROLE,
        completedAt: '2026-11-20T10:00:05.000Z',
        services: [
          {
            namespace: 's3',
            lastAuthenticated: '2026-11-19T00:00:00.000Z',
            actions: [{ action: 's3:GetObject', lastAccessed: '2026-11-19T00:00:00.000Z' }, { action: 's3:PutObject' }],
          },
        ],
      },
    ]);
  });

  it.each([
    [
      'never completes within the bound',
      () =>
        iam
          .on(GetServiceLastAccessedDetailsCommand)
          .resolves({ JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(), ServicesLastAccessed: [] }),
      0,
    ],
    [
      'the job fails',
      () =>
        iam
          .on(GetServiceLastAccessedDetailsCommand)
          .resolves({ JobStatus: 'FAILED', JobCreationDate: new Date(), ServicesLastAccessed: [] }),
      0,
    ],
    [
      'the report read is denied (error as data)',
      () =>
        iam
          .on(GetServiceLastAccessedDetailsCommand)
          .rejects(new IAMServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: {} })),
      1,
    ],
  ] as const)('leaves the role out when %s', async (_n, arrange, failed) => {
    iam.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: 'j1' });
    arrange();
    const c = ctx();
    expect(await readLastAccessed(c, client(), [ROLE], { maxPolls: 3, sleep: async () => undefined })).toEqual([]);
    expect(iam.commandCalls(GetServiceLastAccessedDetailsCommand).length).toBeLessThanOrEqual(3);
    expect(c.failedReads).toHaveLength(failed);
  });

  it('reads further pages (bounded)', async () => {
    iam.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: 'j1' });
    iam.on(GetServiceLastAccessedDetailsCommand, { JobId: 'j1' }).resolves(done({ IsTruncated: true, Marker: 'm2' }));
    iam
      .on(GetServiceLastAccessedDetailsCommand, { JobId: 'j1', Marker: 'm2' })
      .resolves(done({ ServicesLastAccessed: [{ ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs' }] }));
    const [r] = await readLastAccessed(ctx(), client(), [ROLE], { sleep: async () => undefined });
    expect(r.services.map((s) => s.namespace)).toEqual(['s3', 'sqs']);
  });
});
