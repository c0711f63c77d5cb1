/**
 * Fixes on the CALLER's side of a denial, built from CloudTrail alone (the case checks of issue 9 §3):
 * an identity statement for an IAM user or role, the permission set for an IAM Identity Center role
 * (IAM Identity Center owns `AWSReservedSSO_<set>_<id>` roles, edits to the role are undone), and, when
 * AWS named another layer (boundary, SCP, RCP, session or VPC endpoint policy, explicit identity deny),
 * the fix kind of THAT layer (IAM troubleshooting guide,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
 */
import { lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import { fixPolicyName } from '../../fix';
import type { FixSpec } from '../../fix/types';
import type { PolicyStatementJson } from '../../policy/model';
import { en, msg, type MessageParams, type MessageRef } from '../../i18n';
import { callerTarget } from './caller';

/** The permission set name of an Identity Center role `AWSReservedSSO_<set>_<hex id>`. */
export function permissionSetOf(roleName: string | undefined): string | undefined {
  if (!roleName?.startsWith('AWSReservedSSO_')) return undefined;
  return /^AWSReservedSSO_(.+)_[0-9a-f]+$/.exec(roleName)?.[1] ?? roleName.slice('AWSReservedSSO_'.length);
}

/** Role or user ARN of the caller (never the session ARN), else the caller ARN / account. */
export function callerPrincipalArn(denial: DeniedRequest): string {
  const c = denial.caller;
  return c.roleArn ?? c.arn ?? c.accountId ?? denial.account;
}

/** `summary` as the English text and, when it is a catalog message, the fix's `text` ref. */
function summarized(summary: string | MessageRef): { summary: string; text?: { summary: MessageRef } } {
  return typeof summary === 'string' ? { summary } : { summary: en(summary), text: { summary } };
}

/**
 * Adds `statements` to the caller's identity side: its permission set, else an inline policy (`functionVar`:
 * the caller is that function's execution role, so the CDK form is `fn.addToRolePolicy` / `grant*`). `summary`
 * may be a catalog message (the alert then shows it in its language).
 */
export function callerAllowFix(
  denial: DeniedRequest,
  statements: PolicyStatementJson[],
  summary: string | MessageRef,
  functionVar?: string,
): FixSpec {
  const set = denial.caller.identityCenter ? permissionSetOf(denial.caller.roleName) : undefined;
  if (set) return { kind: 'permission-set', permissionSetName: set, statements, ...summarized(summary) };
  const target = callerTarget(denial) ?? { kind: 'role' as const, name: '<caller>' };
  const action = String([statements[0]?.Action ?? 'access'].flat()[0]);
  return {
    kind: 'identity-statement',
    target,
    policyName: fixPolicyName(action),
    statements,
    ...summarized(summary),
    ...(functionVar ? { functionVar } : {}),
  };
}

/** The fix in the layer AWS named when it is neither a missing identity Allow nor the resource side. */
export function namedLayerFix(denial: DeniedRequest, statement: PolicyStatementJson): FixSpec | undefined {
  const r = denial.reason;
  const action = denial.action;
  const roleName = denial.caller.roleName ?? lastSegment(denial.caller.roleArn ?? denial.caller.arn ?? '');
  const policyId = r.policyArn ? lastSegment(r.policyArn) : undefined;
  const arn: MessageParams = r.policyArn ? { arnless: 'no', policyArn: r.policyArn } : { arnless: 'yes' };
  switch (r.policyType) {
    case 'permissions-boundary':
      return {
        kind: 'boundary',
        roleName,
        statement,
        ...summarized(msg('fix.caller.boundary', { action, role: roleName, ...arn })),
      };
    case 'scp':
    case 'rcp':
      return {
        kind: 'org-policy',
        policyType: r.policyType,
        account: r.policyType === 'scp' ? (denial.caller.accountId ?? denial.account) : denial.account,
        ...(policyId?.startsWith('p-') ? { policyId } : {}),
        ...summarized(msg('fix.caller.org', { org: r.policyType.toUpperCase(), action, ...arn })),
      };
    case 'session':
      return {
        kind: 'session-policy',
        roleArn: denial.caller.roleArn,
        statement,
        ...summarized(msg('fix.caller.session', { action, role: roleName })),
      };
    case 'vpc-endpoint': {
      const endpoint: MessageParams = denial.vpcEndpointId
        ? { endpointless: 'no', endpoint: denial.vpcEndpointId }
        : { endpointless: 'yes' };
      return {
        kind: 'config-change',
        layer: 'vpc-endpoint',
        policyJson: statement,
        ...summarized(msg('fix.caller.endpoint', { action, ...endpoint, ...arn })),
      };
    }
    case 'identity':
      if (r.kind !== 'explicit') return undefined;
      return {
        kind: 'remove-statement',
        location: { in: 'unknown', layer: 'identity' },
        ...summarized(msg('fix.caller.identityDeny', { action, ...arn })),
      };
    default:
      return undefined;
  }
}
