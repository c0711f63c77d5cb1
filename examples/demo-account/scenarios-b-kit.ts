/**
 * Building blocks of the Invoke, exposure, deployer and cross-account demo scenarios (invoke permissions, exposure, deployers,
 * cross-account, change correlation): public function-URL statements, IAM users, CI/CD roles, and
 * CloudTrail denial envelopes for any caller (user, pipeline role, function). The shared pieces
 * (resource policies, invoke statements, triggers, roles, envelopes) live in `kit.ts`.
 */
import type { FunctionInfo, PolicyDocument, RoleInfo, UserInfo } from '../../lambda/core/snapshot/types';
import {
  ACCT,
  REGION,
  accessDeniedEnvelope,
  allow,
  demoFunction,
  demoId,
  demoRole,
  policy,
  sessionIdentity,
  type ApiCallSpec,
  type Identity,
} from './kit';
import { BASIC_EXECUTION } from './managed-policies';
import { execRole } from './scenarios-a-kit';
import type { Scenario } from './types';

/** The partner account used by cross-account scenarios (outside the organization). */
export const PARTNER = '444455556666';

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
  return demoRole({
    name,
    path: '/',
    idFill: 'B',
    trust: policy({
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/billing:*' },
      },
    }),
    inline,
    team: 'platform',
  });
}

/** `userIdentity` of an IAM user with a long-term access key. */
export function userIdentity(user: UserInfo, accessKeyId: string): Identity {
  return {
    type: 'IAMUser',
    principalId: demoId('AIDA', user.name, 'B'),
    arn: user.arn,
    accountId: ACCT,
    accessKeyId,
    userName: user.name,
  };
}

/** `userIdentity` of a session of `role` named `session`. */
export function roleIdentity(role: RoleInfo, session: string): Identity {
  return sessionIdentity(role, session, 'ASIAQ3EXAMPLEB0000001', '2026-11-20T08:00:00Z');
}

/** The envelope fields {@link envelopeB} defaults (an AWS CLI call denied by identity-based policies). */
type CliDefaults = 'clause' | 'errorCode' | 'sourceIp' | 'userAgent';

/** What a denial envelope needs (the {@link CliDefaults} fields are optional). */
export type DenialSpecB = Omit<ApiCallSpec, CliDefaults> & Partial<Pick<ApiCallSpec, CliDefaults>>;

/** An EventBridge "AWS API Call via CloudTrail" envelope of an authorization failure (CLI defaults). */
export function envelopeB(d: DenialSpecB): Record<string, unknown> {
  return accessDeniedEnvelope(
    { envelope: 'b0b0b0b0', event: 'be0be0be', request: 'req-b-' },
    {
      ...d,
      clause: d.clause ?? `because no identity-based policy allows the ${d.action} action`,
      errorCode: d.errorCode ?? 'AccessDenied',
      sourceIp: d.sourceIp ?? '198.51.100.23',
      userAgent: d.userAgent ?? 'aws-cli/2.22.4 md/awscrt#0.23.4 ua/2.0 os/linux#6.8 md/arch#x86_64 lang/python#3.12.8',
    },
  );
}

/** EventBridge service principal. */
export const EVENTS = 'events.amazonaws.com';
/** SNS service principal. */
export const SNS = 'sns.amazonaws.com';
/** ARN of an EventBridge rule of the demo account. */
export const rule = (name: string): string => `arn:aws:events:${REGION}:${ACCT}:rule/${name}`;
/** ARN of an SNS topic of the demo account. */
export const topic = (name: string): string => `arn:aws:sns:${REGION}:${ACCT}:${name}`;

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
