/**
 * Test-data factory, policy-engine inputs: request principals, compiled policies of each type and
 * policy sets described by statements per layer. Statements come from ./policy (allow/deny).
 */
import { loadPolicy } from '../../../lambda/core/policy';
import type { CompiledPolicy, PolicySet, PolicyType, RequestPrincipal } from '../../../lambda/core/policy';
import { ACCOUNT } from './account';
import type { Stmt } from './policy';

/** An assumed-role session of role `role` (optional path) in `acct`. */
export function session(acct = ACCOUNT, role = 'app', sess = 'fn', path = '/'): RequestPrincipal {
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
export function user(acct = ACCOUNT, name = 'alice', tags?: Record<string, string>): RequestPrincipal {
  return {
    kind: 'user',
    arn: `arn:aws:iam::${acct}:user/${name}`,
    accountId: acct,
    principalId: 'AIDAEXAMPLEID',
    ...(tags ? { tags } : {}),
  };
}

/** The account root user. */
export const root = (acct = ACCOUNT): RequestPrincipal => ({
  kind: 'root',
  arn: `arn:aws:iam::${acct}:root`,
  accountId: acct,
});
/** A service principal such as `lambda.amazonaws.com`. */
export const service = (name: string): RequestPrincipal => ({ kind: 'service', arn: name });
/** The anonymous principal. */
export const anonymous: RequestPrincipal = { kind: 'anonymous', arn: 'anonymous' };

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
    ...(type === 'scp'
      ? { arn: `arn:aws:organizations::${ACCOUNT}:policy/o-x/service_control_policy/p-${counter}` }
      : {}),
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

/** Allow everything (an identity statement). */
export const FULL_ACCESS: Stmt = { Effect: 'Allow', Action: '*', Resource: '*' };
/** The default RCP: allow everything to every principal. */
export const RCP_FULL: Stmt = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };
