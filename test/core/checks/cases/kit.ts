/**
 * Shared by the issue 9 §3 case-check tests: the committed CloudTrail fixtures
 * (test/fixtures/cloudtrail/special-*.json, built by test/fixtures/cloudtrail-matrix/specials.ts, each citing
 * its AWS source) parsed into denials, and a snapshot in the fixtures' account and region.
 */
import { audit } from '../../../../lambda/core/audit';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { Check } from '../../../../lambda/core/checks/types';
import type { Finding } from '../../../../lambda/core/findings/types';
import type { FunctionInfo, PolicyDocument, RoleInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import { NOW, snapshot } from '../../../support/factory';

/** Account and region of the matrix fixtures (test/fixtures/cloudtrail-matrix/callers.ts). */
export const FX_ACCOUNT = '111122223333';
export const FX_OTHER = '444455556666';
export const FX_REGION = 'eu-west-1';
/** The execution role of the fixtures' `orders-fn`. */
export const FX_ROLE = `arn:aws:iam::${FX_ACCOUNT}:role/service-role/orders-fn-role-ab12cd34`;

/** A snapshot of the fixtures' account. */
export function fxSnapshot(parts: Partial<Snapshot> = {}): Snapshot {
  return snapshot(parts, { accountId: FX_ACCOUNT, region: FX_REGION });
}

/** A role of the fixtures' account with a trust policy and inline policies. */
export function fxRole(
  arn: string,
  trustPolicy: PolicyDocument,
  inline: Record<string, PolicyDocument> = {},
): RoleInfo {
  const name = arn.split('/').pop() ?? '';
  return {
    arn,
    name,
    path: arn.slice(arn.indexOf(':role') + 5, arn.length - name.length),
    accountId: FX_ACCOUNT,
    trustPolicy,
    inlinePolicies: Object.entries(inline).map(([n, document]) => ({ name: n, document })),
    attachedPolicies: [],
    tags: {},
  };
}

/** A function of the fixtures' account. */
export function fxFunction(name: string, roleArn = FX_ROLE, extra: Partial<FunctionInfo> = {}): FunctionInfo {
  return {
    arn: `arn:aws:lambda:${FX_REGION}:${FX_ACCOUNT}:function:${name}`,
    name,
    accountId: FX_ACCOUNT,
    region: FX_REGION,
    runtime: 'nodejs20.x',
    roleArn,
    packageType: 'Zip',
    environmentVariableNames: [],
    tags: {},
    resourcePolicy: null,
    eventSourceMappings: [],
    ...extra,
  };
}

/** A one-statement policy document. */
export function docOf(...statements: Record<string, unknown>[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** Runs one check on a fixture denial. */
export function runOn(check: Check, denial: DeniedRequest, snapshot: Snapshot = fxSnapshot()) {
  return check.run({ snapshot, denial, now: NOW });
}

/** The findings the whole audit gives for a denial (every registered check). */
export function auditFindings(denial: DeniedRequest, snapshot: Snapshot = fxSnapshot()): readonly Finding[] {
  return audit(snapshot, [denial], { now: NOW, functions: 'none', accountChecks: false }).findings;
}
