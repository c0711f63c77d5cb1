/**
 * The one builder kit of the demo account, shared by the healthy, execution-role and resource-policy scenarios:
 * ARNs, policy documents, roles trusted the way AWS documents, healthy-shaped functions, invoke
 * statements as `add-permission` writes them, and EventBridge "AWS API Call via CloudTrail" envelopes.
 * The scenario kits (`scenarios-a-kit.ts`, `scenarios-b-kit.ts`) only add their own defaults.
 */
import type {
  FunctionInfo,
  ManagedPolicyInfo,
  PolicyDocument,
  RoleInfo,
  TriggerInfo,
} from '../../lambda/core/snapshot/types';
import { DEMO_ACCOUNT, DEMO_REGION } from './managed-policies';

/** Account shorthand. */
export const ACCT = DEMO_ACCOUNT;
/** Region shorthand. */
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

/** A trigger from a source of the demo account. */
export function trig(
  kind: TriggerInfo['kind'],
  sourceArn: string,
  targetArn: string,
  servicePrincipal: string,
): TriggerInfo {
  return { kind, sourceArn, sourceAccount: ACCT, targetArn, servicePrincipal };
}

/**
 * A fake but well-formed IAM unique ID: `prefix` (`AROA` role, `AIDA` user) and the name's upper-case
 * letters and digits, cut or padded with `fill` to 17 characters (the fill keeps the kits' IDs apart).
 */
export function demoId(prefix: string, name: string, fill: string): string {
  return `${prefix}${name
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 17)
    .padEnd(17, fill)}`;
}

/** Trust policy for this account's Lambda functions (with the confused-deputy guard AWS recommends). */
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

/** What {@link demoRole} needs. */
export interface RoleSpec {
  readonly name: string;
  /** IAM path: `/` or `/service-role/` (part of the ARN). */
  readonly path: string;
  /** Padding letter of the role ID (see {@link demoId}). */
  readonly idFill: string;
  readonly trust: PolicyDocument;
  /** Inline policies by name, in order. */
  readonly inline?: Readonly<Record<string, PolicyDocument>>;
  /** Attached managed policies. */
  readonly managed?: readonly Pick<ManagedPolicyInfo, 'arn' | 'name'>[];
  readonly boundaryArn?: string;
  /** Value of the `team` tag. */
  readonly team: string;
}

/** An IAM role of the demo account. */
export function demoRole(r: RoleSpec): RoleInfo {
  return {
    arn: `arn:aws:iam::${ACCT}:role${r.path}${r.name}`,
    name: r.name,
    path: r.path,
    roleId: demoId('AROA', r.name, r.idFill),
    accountId: ACCT,
    trustPolicy: r.trust,
    inlinePolicies: Object.entries(r.inline ?? {}).map(([name, document]) => ({ name, document })),
    attachedPolicies: (r.managed ?? []).map((p) => ({ arn: p.arn, name: p.name })),
    ...(r.boundaryArn ? { permissionsBoundaryArn: r.boundaryArn } : {}),
    tags: { team: r.team },
  };
}

/** A healthy-shaped function of `role`; `extra` adds (or overrides) the feature under test. */
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

/** Who made a denied call, as CloudTrail's `userIdentity`. */
export type Identity = Record<string, unknown> & { readonly arn: string };

/** `userIdentity` of a session of `role` named `session`, signed with temporary key `accessKeyId`. */
export function sessionIdentity(role: RoleInfo, session: string, accessKeyId: string, creationDate: string): Identity {
  return {
    type: 'AssumedRole',
    principalId: `${role.roleId}:${session}`,
    arn: `arn:aws:sts::${ACCT}:assumed-role/${role.name}/${session}`,
    accountId: ACCT,
    accessKeyId,
    sessionContext: {
      sessionIssuer: { type: 'Role', principalId: role.roleId, arn: role.arn, accountId: ACCT, userName: role.name },
      attributes: { creationDate, mfaAuthenticated: 'false' },
    },
  };
}

/** How a kit's envelopes are told apart: prefixes of the envelope ID, the CloudTrail event ID and the request ID. */
export interface EnvelopeIds {
  readonly envelope: string;
  readonly event: string;
  readonly request: string;
}

/** What {@link accessDeniedEnvelope} needs; `id` is padded into the envelope and event IDs. */
export interface ApiCallSpec {
  readonly id: string;
  readonly time: string;
  readonly identity: Identity;
  readonly eventSource: string;
  readonly eventName: string;
  readonly action: string;
  readonly resource: string;
  /** `because no … allows the … action`, `with an explicit deny in …`, or empty (none). */
  readonly clause: string;
  readonly errorCode: string;
  readonly sourceIp: string;
  readonly userAgent: string;
  readonly requestParameters?: Record<string, unknown>;
}

/** An EventBridge "AWS API Call via CloudTrail" envelope of an authorization failure. */
export function accessDeniedEnvelope(ids: EnvelopeIds, d: ApiCallSpec): Record<string, unknown> {
  const n = d.id.padStart(12, '0');
  const clause = d.clause ? ` ${d.clause}` : '';
  return {
    version: '0',
    id: `${ids.envelope}-0000-4000-8000-${n}`,
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
      sourceIPAddress: d.sourceIp,
      userAgent: d.userAgent,
      errorCode: d.errorCode,
      errorMessage: `User: ${d.identity.arn} is not authorized to perform: ${d.action} on resource: ${d.resource}${clause}`,
      requestParameters: d.requestParameters ?? null,
      responseElements: null,
      requestID: `${ids.request}${d.id}`,
      eventID: `${ids.event}-0000-4000-8000-${n}`,
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: ACCT,
      eventCategory: 'Management',
    },
  };
}
