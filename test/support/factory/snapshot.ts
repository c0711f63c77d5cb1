/**
 * Test-data factory, snapshot entities: roles, functions, users, triggers and whole snapshots.
 * Every builder takes an `extra`/`parts` override so a test states only what it is about.
 */
import { emptySnapshot } from '../../../lambda/core/snapshot/empty';
import type {
  FunctionInfo,
  PolicyDocument,
  RoleInfo,
  Snapshot,
  Provenance,
  TriggerInfo,
  TriggerKind,
  UserInfo,
} from '../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, REGION, fnArn, roleArn } from './account';
import { lambdaTrust, resourcePolicyDoc, type Stmt } from './policy';

const named = (inline: Record<string, PolicyDocument>) =>
  Object.entries(inline).map(([name, document]) => ({ name, document }));

/** A role with inline policies (name → document); trusts Lambda unless `extra.trustPolicy` says otherwise. */
export function role(
  name: string,
  inline: Record<string, PolicyDocument> = {},
  extra: Partial<RoleInfo> = {},
): RoleInfo {
  return {
    arn: roleArn(name),
    name,
    path: '/',
    accountId: ACCOUNT,
    trustPolicy: lambdaTrust(),
    inlinePolicies: named(inline),
    attachedPolicies: [],
    tags: {},
    ...extra,
  };
}

/** A Zip function using role `roleName`. */
export function fn(name: string, roleName: string, extra: Partial<FunctionInfo> = {}): FunctionInfo {
  return {
    arn: fnArn(name),
    name,
    accountId: ACCOUNT,
    region: REGION,
    runtime: 'nodejs20.x',
    roleArn: roleArn(roleName),
    packageType: 'Zip',
    environmentVariableNames: [],
    tags: {},
    resourcePolicy: null,
    eventSourceMappings: [],
    ...extra,
  };
}

/** A function with a resource policy made of `statements`. */
export function withPolicy(f: FunctionInfo, ...statements: Stmt[]): FunctionInfo {
  return { ...f, resourcePolicy: resourcePolicyDoc(...statements) };
}

/** An IAM user with inline policies. */
export function iamUser(
  name: string,
  inline: Record<string, PolicyDocument> = {},
  extra: Partial<UserInfo> = {},
): UserInfo {
  return {
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    name,
    accountId: ACCOUNT,
    inlinePolicies: named(inline),
    attachedPolicies: [],
    groups: [],
    tags: {},
    ...extra,
  };
}

/** A trigger of `kind` from `sourceArn` to `target` (function ARN, possibly qualified), as the collector records it. */
export function trigger(
  kind: TriggerKind,
  sourceArn: string,
  target: string,
  servicePrincipal: string,
  sourceAccount?: string,
): TriggerInfo {
  return { kind, sourceArn, targetArn: target, servicePrincipal, ...(sourceAccount ? { sourceAccount } : {}) };
}

/** Snapshot header overrides: another account or Region, audit time or collection mode. */
export interface SnapshotHeaderOptions {
  readonly accountId?: string;
  readonly region?: string;
  readonly takenAt?: string;
  readonly mode?: Provenance['mode'];
}

/** A snapshot of the test account with the given parts (empty everywhere else). */
export function snapshot(parts: Partial<Snapshot> = {}, header: SnapshotHeaderOptions = {}): Snapshot {
  return emptySnapshot(
    {
      accountId: header.accountId ?? ACCOUNT,
      region: header.region ?? REGION,
      provenance: {
        takenAt: header.takenAt ?? NOW.toISOString(),
        mode: header.mode ?? 'fixture',
        collectorVersion: 'test',
        failedReads: [],
        partial: false,
      },
    },
    parts,
  );
}

/** One function + its role in a snapshot. */
export function single(f: FunctionInfo, r: RoleInfo, parts: Partial<Snapshot> = {}): Snapshot {
  return snapshot({ functions: [f], roles: [r], ...parts });
}

/** A snapshot with `n` functions named fn-0 … fn-(n-1), each with one environment variable name. */
export function snapshotWithFunctions(n: number, header: SnapshotHeaderOptions = {}): Snapshot {
  const functions = Array.from({ length: n }, (_, i) =>
    fn(`fn-${i}`, `fn-${i}-role`, { environmentVariableNames: ['TABLE'] }),
  );
  return snapshot({ functions }, header);
}
