/**
 * Mutation table: start from a function that is healthy by construction, remove exactly one required
 * permission (one action of one statement, one trigger statement, the trust statement) and assert
 * that exactly the matching check fires, on the removed action, and no unrelated check does.
 */
import { CHECKS } from '../../../../lambda/core/checks/registry';
import { runChecks } from '../../../../lambda/core/checks/runner';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { buildHealthy } from './build';
import { FEATURES, INVOKE, logsGrant, type Feature } from './features';
import { NOW } from '../../../support/factory';

interface Mutation {
  readonly label: string;
  readonly features: readonly Feature[];
  readonly build: Partial<Parameters<typeof buildHealthy>[0]>;
  /** Check that must fire alone (undefined: the permission is one of several alternatives, no finding). */
  readonly expect?: string;
  /** Text the finding must name (the removed action). */
  readonly names?: string;
}

function mutationsOf(features: readonly Feature[], scope: string): Mutation[] {
  const name = 'fn-under-test';
  const grants = [logsGrant(name), ...features.flatMap((f) => f.grants(name))];
  const out: Mutation[] = grants.flatMap((g) =>
    g.actions.map((action) => ({
      label: `${scope}: without ${action} (${g.sid})`,
      features,
      build: { removeAction: { sid: g.sid, action } },
      expect: g.expect,
      names: action,
    })),
  );
  for (const f of features.filter((x) => x.triggers)) {
    const kind = f.triggers?.(name)[0].trigger.kind;
    out.push({
      label: `${scope}: without the ${kind} invoke statement`,
      features,
      build: { removeTrigger: kind },
      expect: INVOKE,
      names: 'lambda:InvokeFunction',
    });
  }
  out.push({
    label: `${scope}: without the trust statement`,
    features,
    build: { removeTrust: true },
    expect: 'LAA-ROLE-TRUST-LAMBDA',
    names: 'sts:AssumeRole',
  });
  return out;
}

const single = FEATURES.flatMap((f) => mutationsOf([f], f.id));
const everything = mutationsOf(
  FEATURES.filter((f) => !f.sharesActions),
  'all features',
);
const allShared = FEATURES.filter((f) => f.sharesActions);

function audit(s: Snapshot) {
  return runChecks(CHECKS, { snapshot: s, now: NOW });
}

describe('mutation: one missing permission → exactly its check', () => {
  it.each([...single, ...everything].map((m) => [m.label, m] as const))('%s', (_label, m) => {
    const report = audit(buildHealthy({ features: m.features, guardedTrust: true, ...m.build }));
    expect(report.runs.filter((r) => r.status === 'error')).toEqual([]);
    const ids = [...new Set(report.findings.map((f) => f.checkId))];
    expect(ids).toEqual(m.expect ? [m.expect] : []);
    if (m.expect && m.names) {
      const text = report.findings
        .map((f) => [f.title, f.action ?? '', ...f.explanation.details].join('\n'))
        .join('\n');
      expect(text).toContain(m.names);
    }
  });

  it('covers every required permission of every feature', () => {
    const expectedCount = FEATURES.reduce((n, f) => n + f.grants('x').reduce((k, g) => k + g.actions.length, 0), 0);
    expect(single.filter((m) => m.build.removeAction).length).toBe(expectedCount + 3 * FEATURES.length);
    expect(new Set(single.map((m) => m.expect))).toEqual(
      new Set([
        undefined,
        INVOKE,
        'LAA-ROLE-TRUST-LAMBDA',
        'LAA-ROLE-LOGS-WRITE',
        'LAA-VPC-ENI-PERMISSIONS',
        'LAA-ESM-PERMISSIONS',
        'LAA-ASYNC-DESTINATIONS',
        'LAA-XRAY-TRACING',
        'LAA-EFS-MOUNT',
      ]),
    );
  });

  it('features that share actions (ENI for MSK / MQ pollers) tolerate losing one copy', () => {
    const report = audit(
      buildHealthy({
        features: allShared,
        guardedTrust: true,
        removeAction: { sid: 'MskEni', action: 'ec2:DescribeVpcs' },
      }),
    );
    expect(report.findings).toEqual([]);
  });

  it.each(FEATURES.map((f) => [f.id, f] as const))('%s is healthy before any mutation', (_id, f) => {
    expect(audit(buildHealthy({ features: [f], guardedTrust: true })).findings).toEqual([]);
  });
});
