/**
 * `sweep` through the real collector (`lambda/aws/collect`) with mocked SDK clients: the same code
 * path as a live sweep, minus the network.
 */
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { awsCollector } from '../../lambda/cli/collector';
import { defaultDeps } from '../../lambda/cli/default-deps';
import { main } from '../../lambda/cli/main';
import { mockAccount, ORDERS_ARN, REPORTS_ARN, SECRET_VALUES } from '../aws/collect/fixture';
import { memoryIo } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

describe('sweep with mocked SDK clients', () => {
  it('collects through lambda/aws/collect, reports progress and audits every function', async () => {
    const { clients, stubs } = mockAccount();
    const regions: string[] = [];
    const deps = {
      ...defaultDeps(),
      collector: () =>
        awsCollector((region) => {
          regions.push(region);
          return clients;
        }),
    };
    const m = memoryIo();
    const code = await main(
      ['sweep', '--region', 'us-east-1', '--format', 'json', '--save-snapshot', 'snap.json'],
      m.io,
      deps,
    );
    expect(code).toBe(0);
    expect(regions).toEqual(['us-east-1']);
    expect(stubs.lambda.commandCalls(ListFunctionsCommand).length).toBeGreaterThan(0);
    expect(m.err()).toMatch(/collect: 2\/2 \(100%\)\n/);
    const report = JSON.parse(m.out());
    expect(report.summary.functionsAudited).toBe(2);
    expect(report.runs.some((r: any) => r.target === ORDERS_ARN)).toBe(true);
    expect(report.runs.some((r: any) => r.target === REPORTS_ARN)).toBe(true);
    expect(report.summary.checkErrors).toBe(0);
    const saved = String(m.files.get('snap.json'));
    for (const value of SECRET_VALUES) {
      expect(saved).not.toContain(value);
      expect(m.out()).not.toContain(value);
    }
  });
});
