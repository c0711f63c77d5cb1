/**
 * Mutation tests of the latent checks on the realistic healthy accounts (issue 13): each account has
 * no shadowed grant; adding ONE Deny over a used grant (an action exactly one Allow statement of one
 * execution role names) produces exactly one LAA-ROLE-SHADOWED-GRANT finding, naming that role.
 */
import { SHADOWED_GRANT } from '../../../../lambda/core/checks/execution-role/shadowed-grant';
import { CHECKS } from '../../../../lambda/core/checks/registry';
import { runChecks } from '../../../../lambda/core/checks/runner';
import { allowGrants, isWildcard } from '../../../../lambda/core/checks/shared/grants';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { findRole, policySetForRole } from '../../../../lambda/core/snapshot/policy-sets';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { cdkAccount } from './cdk-shapes';
import { consoleAccount } from './console-shapes';
import { withDataPerimeter, withRegionGuardrail, withServiceOnlyKeys } from './guardrails';
import { samAccount, serverlessAccount } from './sam-serverless-shapes';
import { terraformAccount } from './terraform-shapes';
import { NOW } from '../../../support/factory';

const catalog = loadActionCatalog();

/** The first (role name, action) where the action is named, without wildcard, by exactly one Allow of the role. */
function usedGrant(s: Snapshot): { roleName: string; action: string } {
  for (const fn of s.functions) {
    const role = findRole(s, fn.roleArn);
    if (!role) continue;
    const actions = allowGrants(policySetForRole(s, role).identity).flatMap((g) =>
      (g.statement.action ?? []).filter((a) => !isWildcard(a)).map((a) => a.toLowerCase()),
    );
    const once = actions.find((a) => actions.filter((b) => b === a).length === 1);
    if (once) return { roleName: role.name, action: once };
  }
  throw new Error('no explicit grant in the account');
}

function withDeny(s: Snapshot, roleName: string, action: string): Snapshot {
  const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }] };
  return {
    ...s,
    roles: s.roles.map((r) =>
      r.name === roleName ? { ...r, inlinePolicies: [...r.inlinePolicies, { name: 'one-deny', document: deny }] } : r,
    ),
  };
}

const shadowed = (s: Snapshot) =>
  runChecks(CHECKS, { snapshot: s, catalog, now: NOW }).findings.filter((f) => f.checkId === SHADOWED_GRANT.id);

describe.each([
  ['CDK', cdkAccount()],
  ['SAM', samAccount()],
  ['Serverless', serverlessAccount()],
  ['Terraform', terraformAccount()],
  ['Console', consoleAccount()],
  ['CDK under SCP + RCP', withDataPerimeter(withRegionGuardrail(cdkAccount()))],
  ['SAM under SCP + RCP', withDataPerimeter(withRegionGuardrail(samAccount()))],
  ['CDK with service-only keys', withServiceOnlyKeys(cdkAccount())],
])('%s account', (_name, account) => {
  it('has no shadowed grant', () => {
    expect(shadowed(account)).toEqual([]);
  });

  it('one Deny over a used grant gives exactly one shadowed-grant finding', () => {
    const { roleName, action } = usedGrant(account);
    const found = shadowed(withDeny(account, roleName, action));
    expect(found).toHaveLength(1);
    expect(found[0].title).toContain(roleName);
    expect(found[0].explanation.decidingPolicyType).toBe('identity');
    expect(found[0].fix?.kind).toBe('remove-statement');
  });
});
