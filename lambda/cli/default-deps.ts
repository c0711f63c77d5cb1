/**
 * The real implementations behind {@link CliDeps}: the check registry, the CloudTrail parser, the
 * snapshot validator, the IAM action catalog, the demo account and (loaded on demand, since it pulls
 * in the AWS SDK) the live collector.
 */
import { buildDemoSnapshot, DEMO_SCENARIOS } from '../../examples/demo-account';
import { version } from '../../package.json';
import { CHECKS } from '../core/checks/registry';
import { parseDenial, parseLogFile } from '../core/cloudtrail';
import { loadActionCatalog } from '../core/policy';
import { validateSnapshot } from '../core/snapshot/validate';
import type { CliDeps, SweepCollector } from './deps';

async function loadCollector(): Promise<SweepCollector> {
  const collect = await import('../aws/collect');
  return {
    collectAccount: (region, options) => collect.collectAccount(collect.createClients(region), options),
  };
}

/** The CLI's production dependencies. */
export function defaultDeps(): CliDeps {
  return {
    version,
    checks: CHECKS,
    parseDenial: (input) => parseDenial(input),
    parseLogFile: (input) => parseLogFile(input),
    validateSnapshot,
    loadCatalog: () => loadActionCatalog(),
    demoAccount: () => ({ snapshot: buildDemoSnapshot(), scenarios: DEMO_SCENARIOS }),
    collector: loadCollector,
  };
}
