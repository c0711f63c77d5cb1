/**
 * The `organization` setting (ORGANIZATION_POLICIES, lambda/handlers/config.ts) reaches the collector in
 * the on-denial and sweep handlers' production wiring (lambda/handlers/runtime.ts); the sweep item's path is
 * tested in sweep-item.test.ts. The collector itself is replaced by spies: only the options are asserted.
 */
import * as collect from '../../lambda/aws/collect';
import type { DeniedRequest } from '../../lambda/core/cloudtrail';
import { configEnvironment, readConfig } from '../../lambda/handlers/config';
import { productionDeps } from '../../lambda/handlers/runtime';
import { snapshotWithFunctions } from '../support/factory';
import { TABLE, TOPIC_ARN } from './helpers';

const denial = {
  eventTime: '2026-11-23T02:00:00Z',
  resource: 'arn:aws:s3:::bucket/key',
  classification: { functionName: 'orders' },
} as unknown as DeniedRequest;

afterEach(() => jest.restoreAllMocks());

describe.each([['off'], ['auto']] as const)('organization %s', (mode) => {
  const config = readConfig({
    ...configEnvironment({ topicArn: TOPIC_ARN, tableName: TABLE, organization: mode }),
    AWS_REGION: 'eu-west-1',
  });

  it('reaches the sweep collection', async () => {
    const spy = jest.spyOn(collect, 'collectAccount').mockResolvedValue(snapshotWithFunctions(0));
    await productionDeps(config).collectSweep();
    expect(spy.mock.calls[0]?.[1]).toMatchObject({ organization: mode });
  });

  it('reaches the on-denial collection', async () => {
    const spy = jest.spyOn(collect, 'collectFunction').mockResolvedValue(snapshotWithFunctions(1));
    await productionDeps(config).collectForDenial(denial);
    expect(spy.mock.calls[0]?.[1]).toMatchObject({ organization: mode, functionName: 'orders' });
  });
});
