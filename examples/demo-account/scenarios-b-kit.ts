/**
 * Building blocks of the CHECKS-B demo scenarios (invoke permissions, exposure, deployers,
 * cross-account, change correlation): resource-policy statements as AddPermission writes them,
 * IAM users, and CloudTrail denial envelopes for any caller (user, pipeline role, function).
 */
import type { FunctionInfo, PolicyDocument, RoleInfo, TriggerInfo, UserInfo } from '../../lambda/core/snapshot/types';
import { BASIC_EXECUTION } from './managed-policies';
import { ACCT, REGION, allow, demoFunction, execRole, policy } from './scenarios-a-kit';
import type { Scenario } from './types';

/** The partner account used by cross-account scenarios (outside the organization). */
export const PARTNER = '444455556666';

/** A resource policy as GetPolicy returns it (decoded). */
export function resourcePolicy(...statements: Record<string, unknown>[]): PolicyDocument {
  return { Version: '2012-10-17', Id: 'default', Statement: statements };
}

/** `lambda:InvokeFunction` for a service, scoped like `add-permission --source-arn --source-account` writes it. */
export function serviceInvoke(
  sid: string,
  service: string,
  resource: string,
  sourceArn: string,
  withAccount = true,
): Record<string, unknown> {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Service: service },
    Action: 'lambda:InvokeFunction',
    Resource: resource,
    Condition: {
      ArnLike: { 'AWS:SourceArn': sourceArn },
      ...(withAccount ? { StringEquals: { 'AWS:SourceAccount': ACCT } } : {}),
    },
  };
}

/** The public function-URL statement pair (console Sids). `second: false` leaves out the October 2025 one. */
export function publicUrlStatements(resource: string, second = true): Record<string, unknown>[] {
  return [
    {
      Sid: 'FunctionURLAllowPublicAccess',
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:InvokeFunctionUrl',
      Resource: resource,
      Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
    },
    ...(second
      ? [
          {
            Sid: 'FunctionURLInvokeAllowPublicAccess',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:InvokeFunction',
            Resource: resource,
            Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } },
          },
        ]
      : []),
  ];
}

/** An IAM user of the demo account. */
export function demoUser(name: string, o: Partial<UserInfo> = {}): UserInfo {
  return {
    arn: `arn:aws:iam::${ACCT}:user/${name}`,
    name,
    accountId: ACCT,
    inlinePolicies: [],
    attachedPolicies: [],
    groups: [],
    tags: { team: 'platform' },
    ...o,
  };
}

/** A CI/CD role assumed through GitHub's OIDC provider. */
export function pipelineRole(name: string, inline: Record<string, PolicyDocument>): RoleInfo {
  return {
    arn: `arn:aws:iam::${ACCT}:role/${name}`,
    name,
    path: '/',
    roleId: `AROA${name
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 17)
      .padEnd(17, 'B')}`,
    accountId: ACCT,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/billing:*' },
          },
        },
      ],
    },
    inlinePolicies: Object.entries(inline).map(([n, document]) => ({ name: n, document })),
    attachedPolicies: [],
    tags: { team: 'platform' },
  };
}

/** Who made a denied call, as CloudTrail's `userIdentity`. */
export type Identity = Record<string, unknown> & { readonly arn: string };

/** `userIdentity` of an IAM user with a long-term access key. */
export function userIdentity(user: UserInfo, accessKeyId: string): Identity {
  return {
    type: 'IAMUser',
    principalId: `AIDA${user.name
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .padEnd(17, 'B')
      .slice(0, 17)}`,
    arn: user.arn,
    accountId: ACCT,
    accessKeyId,
    userName: user.name,
  };
}

/** `userIdentity` of a session of `role` named `session`. */
export function roleIdentity(role: RoleInfo, session: string): Identity {
  return {
    type: 'AssumedRole',
    principalId: `${role.roleId}:${session}`,
    arn: `arn:aws:sts::${ACCT}:assumed-role/${role.name}/${session}`,
    accountId: ACCT,
    accessKeyId: 'ASIAQ3EXAMPLEB0000001',
    sessionContext: {
      sessionIssuer: { type: 'Role', principalId: role.roleId, arn: role.arn, accountId: ACCT, userName: role.name },
      attributes: { creationDate: '2026-11-20T08:00:00Z', mfaAuthenticated: 'false' },
    },
  };
}

/** What a denial envelope needs. */
export interface DenialSpecB {
  readonly id: string;
  readonly time: string;
  readonly identity: Identity;
  readonly eventSource: string;
  readonly eventName: string;
  readonly action: string;
  readonly resource: string;
  readonly clause?: string;
  readonly errorCode?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  readonly requestParameters?: Record<string, unknown>;
}

/** An EventBridge "AWS API Call via CloudTrail" envelope of an authorization failure. */
export function envelopeB(d: DenialSpecB): Record<string, unknown> {
  const clause = d.clause ?? `because no identity-based policy allows the ${d.action} action`;
  return {
    version: '0',
    id: `b0b0b0b0-0000-4000-8000-${d.id.padStart(12, '0')}`,
    'detail-type': 'AWS API Call via CloudTrail',
    source: `aws.${d.eventSource.split('.')[0]}`,
    account: ACCT,
    time: d.time,
    region: REGION,
    resources: [],
    detail: {
      eventVersion: '1.10',
      userIdentity: d.identity,
      eventTime: d.time,
      eventSource: d.eventSource,
      eventName: d.eventName,
      awsRegion: REGION,
      sourceIPAddress: d.sourceIp ?? '198.51.100.23',
      userAgent: d.userAgent ?? 'aws-cli/2.22.4 md/awscrt#0.23.4 ua/2.0 os/linux#6.8 md/arch#x86_64 lang/python#3.12.8',
      errorCode: d.errorCode ?? 'AccessDenied',
      errorMessage: `User: ${d.identity.arn} is not authorized to perform: ${d.action} on resource: ${d.resource}${clause ? ` ${clause}` : ''}`,
      requestParameters: d.requestParameters ?? null,
      responseElements: null,
      requestID: `req-b-${d.id}`,
      eventID: `be0be0be-0000-4000-8000-${d.id.padStart(12, '0')}`,
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: ACCT,
      eventCategory: 'Management',
    },
  };
}

/** EventBridge service principal. */
export const EVENTS = 'events.amazonaws.com';
/** SNS service principal. */
export const SNS = 'sns.amazonaws.com';
/** ARN of an EventBridge rule of the demo account. */
export const rule = (name: string): string => `arn:aws:events:${REGION}:${ACCT}:rule/${name}`;
/** ARN of an SNS topic of the demo account. */
export const topic = (name: string): string => `arn:aws:sns:${REGION}:${ACCT}:${name}`;
/** A trigger from a source of the demo account. */
export const trig = (
  kind: TriggerInfo['kind'],
  sourceArn: string,
  targetArn: string,
  servicePrincipal: string,
): TriggerInfo => ({
  kind,
  sourceArn,
  sourceAccount: ACCT,
  targetArn,
  servicePrincipal,
});

/** A healthy-shaped function with its role (logs via AWSLambdaBasicExecutionRole, guarded trust). */
export function basic(
  name: string,
  extra: Partial<FunctionInfo> = {},
  inline: Record<string, ReturnType<typeof policy>> = {},
): { fn: FunctionInfo; role: RoleInfo } {
  const role = execRole(name, { managed: [BASIC_EXECUTION], inline });
  return { fn: demoFunction(name, role, extra), role };
}

/** A scenario made of one function and its role. */
export function scenario(
  id: string,
  description: string,
  parts: ReturnType<typeof basic>,
  rest: Partial<Scenario> & Pick<Scenario, 'expectedSweep'>,
): Scenario {
  return { id, description, functions: [parts.fn], roles: [parts.role], managedPolicies: [BASIC_EXECUTION], ...rest };
}

/** Deploy permissions on every b- function (no iam:PassRole). */
export const DEPLOY_B = allow(
  'DeployBFunctions',
  ['lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration', 'lambda:GetFunction'],
  `arn:aws:lambda:${REGION}:${ACCT}:function:b-*`,
);
