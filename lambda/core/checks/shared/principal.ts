/**
 * Request principals the checks evaluate as: a function's execution-role session, any role
 * session, and AWS service principals.
 */
import type { RequestPrincipal } from '../../policy/model';
import type { FunctionInfo, RoleInfo } from '../../snapshot/types';
import { assumedRoleArn, lastSegment, partitionOf } from '../../arn';

/**
 * The execution role's session as Lambda creates it: `arn:aws:sts::ACCT:assumed-role/ROLE/FN`
 * (role path dropped, session name = function name, see AWS-FACTS §5.1).
 */
export function executionPrincipal(fn: FunctionInfo, role?: RoleInfo): RequestPrincipal {
  return roleSessionPrincipal(role?.arn ?? fn.roleArn, fn.name, role?.accountId ?? fn.accountId, role);
}

/** Any session of a role, e.g. the caller of a CloudTrail denial. */
export function roleSessionPrincipal(
  roleArn: string,
  sessionName: string,
  accountId: string,
  role?: RoleInfo,
): RequestPrincipal {
  const roleName = role?.name ?? lastSegment(roleArn);
  return {
    kind: 'assumed-role',
    arn: assumedRoleArn(partitionOf(roleArn), accountId, roleName, sessionName),
    roleArn,
    sessionName,
    accountId,
    principalId: role?.roleId ? `${role.roleId}:${sessionName}` : undefined,
    tags: role?.tags,
  };
}

/** An AWS service principal such as `lambda.amazonaws.com`. */
export function servicePrincipal(service: string): RequestPrincipal {
  return { kind: 'service', arn: service };
}
