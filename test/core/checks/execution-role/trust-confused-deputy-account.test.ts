import { ROLE_TRUST_CONFUSED_DEPUTY_ACCOUNT as CHECK } from '../../../../lambda/core/checks/execution-role/trust-confused-deputy-account';
import { executionRoles } from '../../../../lambda/core/checks/shared/execution-roles';
import { CHECKS, OPTIONAL_CHECKS } from '../../../../lambda/core/checks/registry';
import type { PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, doc, fn, lambdaTrust, role, snapshot } from '../../../support/factory';

const guarded = lambdaTrust(true);
const open = lambdaTrust();

function account(trusts: Record<string, PolicyDocument>, fns: [string, string][]) {
  return snapshot({
    roles: Object.entries(trusts).map(([name, trust]) => role(name, {}, { trustPolicy: trust })),
    functions: fns.map(([name, roleName]) => fn(name, roleName)),
  });
}

describe('LAA-ROLE-TRUST-CONFUSED-DEPUTY (account scope, opt-in)', () => {
  it('is optional, not in the default list', () => {
    expect(OPTIONAL_CHECKS.map((c) => c.id)).toContain(CHECK.id);
    expect(CHECKS.map((c) => c.id)).not.toContain(CHECK.id);
    expect(CHECK.scope).toBe('account');
  });

  it.each([
    [
      'all guarded',
      { a: guarded, b: guarded },
      [
        ['f1', 'a'],
        ['f2', 'b'],
      ],
      'pass',
      [],
    ],
    [
      'one unguarded role used by two functions',
      { a: open, b: guarded },
      [
        ['f1', 'a'],
        ['f2', 'a'],
        ['f3', 'b'],
      ],
      'fail',
      ['a'],
    ],
    [
      'two unguarded roles',
      { a: open, b: open },
      [
        ['f1', 'a'],
        ['f2', 'b'],
      ],
      'fail',
      ['a', 'b'],
    ],
    [
      'role Lambda cannot assume is not reported',
      { a: doc(), b: open },
      [
        ['f1', 'a'],
        ['f2', 'b'],
      ],
      'fail',
      ['b'],
    ],
    ['no function', { a: open }, [], 'not-applicable', []],
  ] as [string, Record<string, PolicyDocument>, [string, string][], string, string[]][])(
    '%s',
    (_name, trusts, fns, status, roles) => {
      const out = CHECK.run({ snapshot: account(trusts, fns), now: NOW });
      expect(out.status).toBe(status);
      expect(out.findings).toHaveLength(roles.length > 0 ? 1 : 0);
      if (roles.length === 0) return;
      const f = out.findings[0];
      expect(f.severity).toBe('low');
      expect(f.function).toBeUndefined();
      expect(f.explanation.details).toHaveLength(roles.length);
      expect(f.fix?.kind).toBe('trust-merge');
      for (const r of roles) expect(f.fix?.cli).toContain(r);
      expect(f.fix?.cli).toContain(ACCOUNT);
    },
  );

  it('keeps one fingerprint per account when the role list changes', () => {
    const one = CHECK.run({
      snapshot: account({ a: open, b: guarded }, [
        ['f1', 'a'],
        ['f2', 'b'],
      ]),
      now: NOW,
    });
    const two = CHECK.run({
      snapshot: account({ a: open, b: open }, [
        ['f1', 'a'],
        ['f2', 'b'],
      ]),
      now: NOW,
    });
    expect(one.findings[0].fingerprint).toBe(two.findings[0].fingerprint);
  });

  it('lists each execution role once with its functions', () => {
    const uses = executionRoles(
      account({ a: open }, [
        ['f2', 'a'],
        ['f1', 'a'],
        ['f3', 'missing'],
      ]),
    );
    expect(uses.map((u) => [u.role.name, u.functions.map((f) => f.name)])).toEqual([['a', ['f1', 'f2']]]);
  });
});
