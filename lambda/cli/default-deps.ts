/**
 * The real implementations behind {@link CliDeps}: the check registry, the CloudTrail parser, the
 * snapshot validator, the IAM action catalog and, loaded on demand, the demo account (`examples/`) and the
 * live collector (it pulls in the AWS SDK).
 */
import { version } from '../../package.json';
import { CHECKS, OPTIONAL_CHECKS } from '../core/checks/registry';
import { parseDenial, parseLogFile } from '../core/cloudtrail';
import { compare, renderComparison } from '../core/compare';
import { loadActionCatalog } from '../catalog';
import { renderSupportBundle } from '../core/render/support-bundle';
import { validateSnapshot } from '../core/snapshot/validate';
import { awsCollector } from './collector';
import type { CliDeps, CompareOutput } from './deps';
import { inputError } from './io';
import type { ActionCatalog } from '../core/policy/model';
import type { Snapshot } from '../core/snapshot/types';
import type { Lang } from '../core/i18n';

function compareFunctions(
  snapshot: Snapshot,
  a: string,
  b: string,
  catalog: ActionCatalog | undefined,
  options: { readonly services?: readonly string[]; readonly lang?: Lang },
): CompareOutput {
  const result = compare(snapshot, a, b, catalog ?? loadActionCatalog(), { services: options.services });
  if (!result.ok) throw inputError(result.error.message);
  const { text: _refs, ...data } = result.value; // JSON keeps the English notes only
  return { text: renderComparison(result.value, 12, options.lang), data };
}

/** The CLI's production dependencies. */
export function defaultDeps(): CliDeps {
  return {
    version,
    checks: CHECKS,
    optionalChecks: OPTIONAL_CHECKS,
    parseDenial: (input) => parseDenial(input, { catalog: loadActionCatalog() }),
    parseLogFile: (input) => parseLogFile(input, { catalog: loadActionCatalog() }),
    validateSnapshot,
    loadCatalog: () => loadActionCatalog(),
    demoAccount: async () => {
      const { buildDemoSnapshot, DEMO_SCENARIOS } = await import('../../examples/demo-account');
      return { snapshot: buildDemoSnapshot(), scenarios: DEMO_SCENARIOS };
    },
    collector: () => awsCollector(),
    compare: compareFunctions,
    supportBundle: renderSupportBundle,
  };
}
