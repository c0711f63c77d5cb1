/**
 * Snapshot builders for the resource-policy tests (invoke, exposure, deployer, cross-account): triggers, resource-policy statements, users and
 * deployer / cross-account denials.
 */
import type { DeniedRequest, DenialClass } from '../../../lambda/core/cloudtrail/types';
import type {
  FunctionInfo,
  PolicyDocument,
  TriggerInfo,
  TriggerKind,
  UserInfo,
} from '../../../lambda/core/snapshot/types';
import { ACCOUNT, REGION, doc } from './builders';

/** ARN of function `name` in the test account. */
export function fnArn(name: string): string {
  return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
}

/** An EventBridge rule ARN. */
export function ruleArn(name: string): string {
  return `arn:aws:events:${REGION}:${ACCOUNT}:rule/${name}`;
}

/** A trigger of `kind` from `sourceArn` to `target` (function ARN, possibly qualified). */
export function trigger(
  kind: TriggerKind,
  sourceArn: string,
  target: string,
  servicePrincipal: string,
  sourceAccount?: string,
): TriggerInfo {
  return { kind, sourceArn, targetArn: target, servicePrincipal, ...(sourceAccount ? { sourceAccount } : {}) };
}

/** A resource-policy Allow statement like AddPermission writes it. */
export function permission(
  sid: string,
  principal: unknown,
  resource: string,
  condition?: Record<string, unknown>,
  action = 'lambda:InvokeFunction',
): Record<string, unknown> {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: principal,
    Action: action,
    Resource: resource,
    ...(condition ? { Condition: condition } : {}),
  };
}

/** Source conditions as AddPermission writes them. */
export function source(sourceArn: string, sourceAccount: string = ACCOUNT): Record<string, unknown> {
  return { ArnLike: { 'AWS:SourceArn': sourceArn }, StringEquals: { 'AWS:SourceAccount': sourceAccount } };
}

/** A resource policy document. */
export function resourcePolicyDoc(...statements: Record<string, unknown>[]): PolicyDocument {
  return { ...doc(...statements), Id: 'default' };
}

/** A function with a resource policy. */
export function withPolicy(f: FunctionInfo, ...statements: Record<string, unknown>[]): FunctionInfo {
  return { ...f, resourcePolicy: resourcePolicyDoc(...statements) };
}

/** An IAM user with inline policies. */
export function user(
  name: string,
  inline: Record<string, PolicyDocument> = {},
  extra: Partial<UserInfo> = {},
): UserInfo {
  return {
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    name,
    accountId: ACCOUNT,
    inlinePolicies: Object.entries(inline).map(([n, document]) => ({ name: n, document })),
    attachedPolicies: [],
    groups: [],
    tags: {},
    ...extra,
  };
}

/** A denial made by IAM user `name` (or a role session when `roleName` is given). */
export function callerDenial(
  cls: DenialClass,
  action: string,
  resource: string | undefined,
  who: { userName?: string; roleName?: string; account?: string },
  extra: Partial<DeniedRequest> = {},
): DeniedRequest {
  const account = who.account ?? ACCOUNT;
  const caller = who.roleName
    ? {
        type: 'AssumedRole',
        arn: `arn:aws:sts::${account}:assumed-role/${who.roleName}/session-1`,
        accountId: account,
        accessKeyId: 'ASIAEXAMPLEEXAMPLE02',
        roleArn: `arn:aws:iam::${account}:role/${who.roleName}`,
        roleName: who.roleName,
        sessionName: 'session-1',
        viaConsole: false,
      }
    : {
        type: 'IAMUser',
        arn: `arn:aws:iam::${account}:user/${who.userName}`,
        accountId: account,
        accessKeyId: 'AKIAEXAMPLEEXAMPLE03',
        userName: who.userName,
        viaConsole: false,
      };
  return {
    eventId: 'e0000000-0000-4000-8000-0000000000b1',
    eventTime: '2026-01-15T11:59:00Z',
    account: ACCOUNT,
    region: REGION,
    eventSource: `${action.split(':')[0]}.amazonaws.com`,
    eventName: action.split(':')[1],
    caller,
    sourceIp: '198.51.100.7',
    userAgent: 'aws-cli/2.15.0',
    requestId: 'req-b1',
    errorCode: 'AccessDenied',
    errorMessage: `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${resource ?? '*'}`,
    action,
    actionSource: 'message',
    resource,
    resourceSource: 'message',
    reason: { kind: 'implicit', policyType: 'identity', policyTypeText: 'identity-based policy' },
    classification: { class: cls, reasons: ['test'] },
    ...extra,
  };
}
