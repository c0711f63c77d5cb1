import {
  CloudTrailClient,
  CloudTrailServiceException,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import type { AdvancedEventSelector, EventSelector } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { advancedCoverage, basicCoverage, collectTrails } from '../../../lambda/aws/collect/trails';

const ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/org';
const fastContext = (): CollectContext => new CollectContext(new RateLimiter({}));

function denied(): CloudTrailServiceException {
  return new CloudTrailServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: {} });
}

describe('basicCoverage', () => {
  it.each([
    ['no selectors: nothing logged by them', [], 'None', []],
    ['default selector', [{ ReadWriteType: 'All', IncludeManagementEvents: true }], 'All', []],
    ['write-only', [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }], 'WriteOnly', []],
    [
      'read + write selectors merge',
      [
        { ReadWriteType: 'WriteOnly', IncludeManagementEvents: true },
        { ReadWriteType: 'ReadOnly', IncludeManagementEvents: true },
      ],
      'All',
      [],
    ],
    [
      'data events only',
      [
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: false,
          DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }],
        },
      ],
      'None',
      ['AWS::S3::Object'],
    ],
  ] as [string, EventSelector[], string, string[]][])('%s', (_n, selectors, management, data) => {
    expect(basicCoverage(selectors)).toEqual({ management, dataEventTypes: data });
  });
});

describe('advancedCoverage', () => {
  it.each([
    ['management, all', [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }], 'All', []],
    [
      'management, write-only',
      [
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Management'] },
            { Field: 'readOnly', Equals: ['false'] },
          ],
        },
      ],
      'WriteOnly',
      [],
    ],
    [
      'lambda data events',
      [
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::Lambda::Function'] },
          ],
        },
      ],
      'None',
      ['AWS::Lambda::Function'],
    ],
  ] as [string, AdvancedEventSelector[], string, string[]][])('%s', (_n, selectors, management, data) => {
    expect(advancedCoverage(selectors)).toEqual({ management, dataEventTypes: data });
  });
});

describe('collectTrails', () => {
  const ct = mockClient(CloudTrailClient);
  beforeEach(() => ct.reset());

  it('reads each trail status and selectors', async () => {
    ct.on(DescribeTrailsCommand).resolves({
      trailList: [
        {
          Name: 'org',
          TrailARN: ARN,
          HomeRegion: 'us-east-1',
          IsMultiRegionTrail: true,
          IncludeGlobalServiceEvents: true,
        },
      ],
    });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves({
      EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }],
    });
    const ctx = fastContext();
    const out = await collectTrails(ctx, new CloudTrailClient({ region: 'us-east-1' }));
    expect(out).toEqual({
      complete: true,
      trails: [
        {
          name: 'org',
          arn: ARN,
          homeRegion: 'us-east-1',
          multiRegion: true,
          globalServiceEvents: true,
          logging: true,
          management: 'WriteOnly',
          dataEventTypes: [],
        },
      ],
    });
    expect(ct.commandCalls(DescribeTrailsCommand)[0].args[0].input).toEqual({ includeShadowTrails: true });
    expect(ctx.failedReads).toEqual([]);
  });

  it('returns an incomplete section when the listing is denied (error as data)', async () => {
    ct.on(DescribeTrailsCommand).rejects(denied());
    const ctx = fastContext();
    const out = await collectTrails(ctx, new CloudTrailClient({ region: 'us-east-1' }));
    expect(out).toEqual({ complete: false, trails: [] });
    expect(ctx.failedReads.map((f) => [f.api, f.action, f.errorCode])).toEqual([
      ['cloudtrail:DescribeTrails', 'cloudtrail:DescribeTrails', 'AccessDeniedException'],
    ]);
  });

  it('leaves status and selectors unknown when their reads fail', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [{ Name: 'org', TrailARN: ARN }] });
    ct.on(GetTrailStatusCommand).rejects(denied());
    ct.on(GetEventSelectorsCommand).rejects(denied());
    const ctx = fastContext();
    const [trail] = (await collectTrails(ctx, new CloudTrailClient({ region: 'us-east-1' }))).trails;
    expect(trail.logging).toBeUndefined();
    expect(trail.management).toBeUndefined();
    expect(ctx.failedReads).toHaveLength(2);
  });
});
