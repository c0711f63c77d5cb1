/** Shared builders for the policy-engine tests. */
import { loadPolicy } from '../../../lambda/core/policy';
import type { CompiledPolicy, PolicySet, PolicyType, RequestPrincipal } from '../../../lambda/core/policy';

export const A = '111122223333';
export const B = '444455556666';

/** An assumed-role session of role `role` (optional path) in `acct`. */
export function session(acct = A, role = 'app', sess = 'fn', path = '/'): RequestPrincipal {
  return {
    kind: 'assumed-role',
    arn: `arn:aws:sts::${acct}:assumed-role/${role}/${sess}`,
    accountId: acct,
    roleArn: `arn:aws:iam::${acct}:role${path}${role}`,
    sessionName: sess,
    principalId: 'AROAEXAMPLEID',
  };
}

/** An IAM user. */
export function user(acct = A, name = 'alice', tags?: Record<string, string>): RequestPrincipal {
  return {
    kind: 'user',
    arn: `arn:aws:iam::${acct}:user/${name}`,
    accountId: acct,
    principalId: 'AIDAEXAMPLEID',
    ...(tags ? { tags } : {}),
  };
}

export const root = (acct = A): RequestPrincipal => ({
  kind: 'root',
  arn: `arn:aws:iam::${acct}:root`,
  accountId: acct,
});
export const service = (name: string): RequestPrincipal => ({ kind: 'service', arn: name });
export const anonymous: RequestPrincipal = { kind: 'anonymous', arn: 'anonymous' };

export type Stmt = Record<string, unknown>;

export const allow = (Action: unknown, Resource: unknown = '*', extra: Stmt = {}): Stmt => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...extra,
});
export const deny = (Action: unknown, Resource: unknown = '*', extra: Stmt = {}): Stmt => ({
  Effect: 'Deny',
  Action,
  Resource,
  ...extra,
});

let counter = 0;
/** Compiles a policy of the given type from statements (Version 2012-10-17 unless `version` given). */
export function policy(
  type: PolicyType,
  statements: Stmt[],
  version: string | null = '2012-10-17',
  name?: string,
): CompiledPolicy {
  counter += 1;
  const doc = version === null ? { Statement: statements } : { Version: version, Statement: statements };
  return loadPolicy(doc, {
    type,
    name: name ?? `${type}-${counter}`,
    ...(type === 'scp' ? { arn: `arn:aws:organizations::${A}:policy/o-x/service_control_policy/p-${counter}` } : {}),
  });
}

/** A policy set described by statements per layer. */
export interface SetSpec {
  identity?: Stmt[][];
  resource?: Stmt[];
  trust?: Stmt[];
  boundary?: Stmt[];
  session?: Stmt[][];
  scp?: Stmt[][];
  rcp?: Stmt[][];
  vpc?: Stmt[];
}

/** Builds a {@link PolicySet}; each SCP / RCP level is one policy. */
export function buildSet(spec: SetSpec): PolicySet {
  return {
    identity: (spec.identity ?? []).map((s) => policy('identity', s)),
    ...(spec.resource ? { resource: policy('resource', spec.resource) } : {}),
    ...(spec.trust ? { resource: policy('trust', spec.trust) } : {}),
    ...(spec.boundary ? { permissionsBoundary: policy('permissions-boundary', spec.boundary) } : {}),
    ...(spec.session ? { sessionPolicies: spec.session.map((s) => policy('session', s)) } : {}),
    ...(spec.scp ? { scpLevels: spec.scp.map((s) => [policy('scp', s)]) } : {}),
    ...(spec.rcp ? { rcpLevels: spec.rcp.map((s) => [policy('rcp', s)]) } : {}),
    ...(spec.vpc ? { vpcEndpoint: policy('vpc-endpoint', spec.vpc) } : {}),
  };
}

export const FULL_ACCESS: Stmt = { Effect: 'Allow', Action: '*', Resource: '*' };
export const RCP_FULL: Stmt = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };
