/**
 * Mutation tests of LAA-CONFIGURED-UNUSABLE on the realistic healthy accounts (issue 13). Each account's
 * functions get the environment a real deployment gives them: every resource ARN one of their role's Allow
 * statements names (CDK's TABLE_NAME/QUEUE_URL pattern, as ARNs). Healthy: zero findings. Then ONE
 * needed permission is removed (the statement granting the typical actions on one resource): exactly one
 * finding, naming that variable.
 */
import { CONFIGURED_UNUSABLE } from '../../../../lambda/core/checks/execution-role/configured-unusable';
import { CHECKS } from '../../../../lambda/core/checks/registry';
import { runChecks } from '../../../../lambda/core/checks/runner';
import { allowGrants, isWildcard } from '../../../../lambda/core/checks/shared/grants';
import { typicalUse } from '../../../../lambda/core/checks/shared/typical-use';
import { findRole, policySetForRole } from '../../../../lambda/core/snapshot/policy-sets';
import type { FunctionInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import { NOW } from '../../../support/factory';
import { cdkAccount } from './cdk-shapes';
import { consoleAccount } from './console-shapes';
import { withDataPerimeter, withRegionGuardrail } from './guardrails';
import { samAccount, serverlessAccount } from './sam-serverless-shapes';
import { terraformAccount } from './terraform-shapes';

/** Resource ARNs (with a known typical use, no wildcard) the role of `fn` is granted on, as env variables. */
function envFor(s: Snapshot, fn: FunctionInfo): { variable: string; arn: string }[] {
  const role = findRole(s, fn.roleArn);
  if (!role) return [];
  const arns = allowGrants(policySetForRole(s, role).identity)
    .flatMap((g) => g.statement.resource ?? [])
    .map((r) => r.replace(/\/\*$/, ''))
    .filter((r) => !isWildcard(r) && typicalUse(r) !== undefined);
  return [...new Set(arns)].sort().map((arn, i) => ({ variable: `RESOURCE_${i}`, arn }));
}

function deployed(s: Snapshot): Snapshot {
  return { ...s, functions: s.functions.map((f) => ({ ...f, environmentResources: envFor(s, f) })) };
}

/** The account with every identity statement of `roleName` that names `arn` (or `arn/*`) removed. */
function withoutGrantsOn(s: Snapshot, roleName: string, arn: string): Snapshot {
  const names = (r: unknown) => [r].flat().some((x) => x === arn || x === `${arn}/*`);
  const strip = (doc: { Statement?: unknown }) => ({
    ...doc,
    Statement: [doc.Statement ?? []].flat().filter((st) => !names((st as { Resource?: unknown }).Resource)),
  });
  return {
    ...s,
    roles: s.roles.map((r) =>
      r.name === roleName
        ? { ...r, inlinePolicies: r.inlinePolicies.map((p) => ({ ...p, document: strip(p.document) })) }
        : r,
    ),
  };
}

const unusable = (s: Snapshot) =>
  runChecks(CHECKS, { snapshot: s, now: NOW }).findings.filter((f) => f.checkId === CONFIGURED_UNUSABLE.id);

/** The first (function, variable) whose resource an inline statement of the function's role grants. */
function target(s: Snapshot): { fn: FunctionInfo; variable: string; arn: string; roleName: string } | undefined {
  for (const fn of s.functions) {
    const role = findRole(s, fn.roleArn);
    const inline = JSON.stringify(role?.inlinePolicies ?? []);
    const env = (fn.environmentResources ?? []).find((e) => inline.includes(`"${e.arn}`));
    if (role && env) return { fn, ...env, roleName: role.name };
  }
  return undefined;
}

describe.each([
  ['Terraform', terraformAccount()],
  ['Console', consoleAccount()],
])('%s account (grants on wildcards only)', (_name, account) => {
  it('names no resource the check could test: nothing to mutate, no finding', () => {
    const healthy = deployed(account);
    expect(healthy.functions.flatMap((f) => f.environmentResources ?? [])).toEqual([]);
    expect(unusable(healthy)).toEqual([]);
  });
});

describe.each([
  ['CDK', cdkAccount()],
  ['SAM', samAccount()],
  ['Serverless', serverlessAccount()],
  ['CDK under SCP + RCP', withDataPerimeter(withRegionGuardrail(cdkAccount()))],
])('%s account', (_name, account) => {
  const healthy = deployed(account);

  it('names resources in its functions environment, all usable: no finding', () => {
    expect(healthy.functions.some((f) => (f.environmentResources ?? []).length > 0)).toBe(true);
    expect(unusable(healthy).map((f) => f.title)).toEqual([]);
  });

  it('removing the grant on one named resource gives exactly one finding, naming its variable', () => {
    const t = target(healthy);
    expect(t).toBeDefined();
    if (!t) return;
    const found = unusable(withoutGrantsOn(healthy, t.roleName, t.arn)).filter((f) => f.function?.name === t.fn.name);
    expect(found.map((f) => f.title.match(/variable (\S+)/)?.[1])).toEqual([t.variable]);
  });
});
