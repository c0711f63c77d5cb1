/**
 * The `sweep` command's collector: `lambda/aws/collect` behind the {@link SweepCollector} interface.
 * The AWS SDK is imported on first use only; tests inject mocked SDK clients through `makeClients`
 * and run the very same code path.
 */
import type { CollectorClients } from '../aws/collect';
import type { SweepCollector } from './deps';

/**
 * The live collector.
 * @param makeClients SDK clients for a region (default: `createClients`, adaptive retries)
 */
export async function awsCollector(makeClients?: (region: string) => CollectorClients): Promise<SweepCollector> {
  const collect = await import('../aws/collect');
  const make = makeClients ?? collect.createClients;
  return { collectAccount: (region, options) => collect.collectAccount(make(region), options) };
}
