/**
 * Building blocks of the CHECKS-A demo scenarios (execution-role problems): roles trusted by Lambda
 * with the confused-deputy guard, functions with the usual shape, and CloudTrail denial envelopes.
 */
import type { FunctionInfo, ManagedPolicyInfo, PolicyDocument, RoleInfo } from '../../lambda/core/snapshot/types';
import { DEMO_ACCOUNT, DEMO_REGION } from './managed-policies';

/** Account / region shorthands. */
export const ACCT = DEMO_ACCOUNT;
export const REGION = DEMO_REGION;

/** ARN of a demo function. */
export function functionArn(name: string): string {
  return `arn:aws:lambda:${REGION}:${ACCT}:function:${name}`;
}

/** A policy document. */
export function policy(...statements: Record<string, unknown>[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** An Allow statement. */
export function allow(sid: string, action: string | string[], resource: string | string[]): Record<string, unknown> {
  return { Sid: sid, Effect: 'Allow', Action: action, Resource: resource };
}

/** Trust policy for this account's Lambda functions (with the confused-deputy guard). */
export function lambdaTrust(): PolicyDocument {
  return policy({
    Effect: 'Allow',
    Principal: { Service: 'lambda.amazonaws.com' },
    Action: 'sts:AssumeRole',
    Condition: {
      StringEquals: { 'aws:SourceAccount': ACCT },
      ArnLike: { 'aws:SourceArn': `arn:aws:lambda:${REGION}:${ACCT}:function:*` },
    },
  });
}

/** Options of {@link execRole}. */
export interface RoleOptions {
  readonly managed?: readonly ManagedPolicyInfo[];
  readonly inline?: Readonly<Record<string, PolicyDocument>>;
  readonly trust?: PolicyDocument;
  readonly boundaryArn?: string;
}

/** An execution role named `<fn>-role`. */
export function execRole(fnName: string, o: RoleOptions = {}): RoleInfo {
  const name = `${fnName}-role`;
  return {
    arn: `arn:aws:iam::${ACCT}:role/service-role/${name}`,
    name,
    path: '/service-role/',
    roleId: `AROA${name
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 17)
      .padEnd(17, 'A')}`,
    accountId: ACCT,
    trustPolicy: o.trust ?? lambdaTrust(),
    inlinePolicies: Object.entries(o.inline ?? {}).map(([n, document]) => ({ name: n, document })),
    attachedPolicies: (o.managed ?? []).map((p) => ({ arn: p.arn, name: p.name })),
    ...(o.boundaryArn ? { permissionsBoundaryArn: o.boundaryArn } : {}),
    tags: { team: 'platform' },
  };
}

/** A healthy-shaped function of `role`; `extra` adds the feature under test. */
export function demoFunction(name: string, role: RoleInfo, extra: Partial<FunctionInfo> = {}): FunctionInfo {
  return {
    arn: functionArn(name),
    name,
    accountId: ACCT,
    region: REGION,
    runtime: 'nodejs22.x',
    architectures: ['arm64'],
    roleArn: role.arn,
    packageType: 'Zip',
    tracingMode: 'PassThrough',
    state: 'Active',
    lastUpdateStatus: 'Successful',
    environmentVariableNames: ['POWERTOOLS_SERVICE_NAME', 'LOG_LEVEL'],
    tags: { team: 'platform' },
    resourcePolicy: null,
    eventSourceMappings: [],
    ...extra,
  };
}

/** What a denial envelope needs. */
export interface DenialSpec {
  readonly id: string;
  readonly fn: FunctionInfo;
  readonly role: RoleInfo;
  readonly eventSource: string;
  readonly eventName: string;
  readonly action: string;
  readonly resource: string;
  /** `because no … allows the … action` or `with an explicit deny in …` (after the resource). */
  readonly clause: string;
  readonly time: string;
  readonly requestParameters?: Record<string, unknown>;
}

/** An EventBridge "AWS API Call via CloudTrail" envelope for a call the function's code made. */
export function denialEnvelope(d: DenialSpec): Record<string, unknown> {
  const principal = `arn:aws:sts::${ACCT}:assumed-role/${d.role.name}/${d.fn.name}`;
  return {
    version: '0',
    id: `a0a0a0a0-0000-4000-8000-${d.id.padStart(12, '0')}`,
    'detail-type': 'AWS API Call via CloudTrail',
    source: `aws.${d.eventSource.split('.')[0]}`,
    account: ACCT,
    time: d.time,
    region: REGION,
    resources: [],
    detail: {
      eventVersion: '1.10',
      userIdentity: {
        type: 'AssumedRole',
        principalId: `${d.role.roleId}:${d.fn.name}`,
        arn: principal,
        accountId: ACCT,
        accessKeyId: 'ASIAQ3EXAMPLEA0000001',
        sessionContext: {
          sessionIssuer: {
            type: 'Role',
            principalId: d.role.roleId,
            arn: d.role.arn,
            accountId: ACCT,
            userName: d.role.name,
          },
          attributes: { creationDate: d.time, mfaAuthenticated: 'false' },
        },
      },
      eventTime: d.time,
      eventSource: d.eventSource,
      eventName: d.eventName,
      awsRegion: REGION,
      sourceIPAddress: '3.237.66.170',
      userAgent: 'aws-sdk-js/3.700.0 ua/2.1 os/linux lang/js md/nodejs#22.11.0 exec-env/AWS_Lambda_nodejs22.x',
      errorCode: 'AccessDenied',
      errorMessage: `User: ${principal} is not authorized to perform: ${d.action} on resource: ${d.resource} ${d.clause}`,
      requestParameters: d.requestParameters ?? null,
      responseElements: null,
      requestID: `req-${d.id}`,
      eventID: `e0e0e0e0-0000-4000-8000-${d.id.padStart(12, '0')}`,
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: ACCT,
      eventCategory: 'Management',
    },
  };
}
