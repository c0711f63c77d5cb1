/**
 * Test-data factory, parsed CloudTrail denials: one made by a function's execution role, one made by a
 * user or role session (deployers, cross-account callers), and a fixed sample for the renderers.
 * Message wording follows AWS-FACTS §1 ("User: … is not authorized to perform: … on resource: … because …").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastSegment } from '../../../lambda/core/arn';
import { parseDenial } from '../../../lambda/core/cloudtrail';
import type { DeniedRequest, DenialClass } from '../../../lambda/core/cloudtrail/types';
import type { FunctionInfo } from '../../../lambda/core/snapshot/types';
import { ACCOUNT, REGION } from './account';

/** `dynamodb:PutItem` → `dynamodb` / `PutItem` (an IAM action, not an ARN). */
const serviceOf = (action: string): string => action.split(':')[0];
const nameOf = (action: string): string => action.split(':')[1];

/** A denial made by a function's execution role (class `execution-role`). */
export function execDenial(
  f: FunctionInfo,
  action: string,
  resource: string,
  extra: Partial<DeniedRequest> = {},
): DeniedRequest {
  const roleName = lastSegment(f.roleArn);
  const principal = `arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/${f.name}`;
  return {
    eventId: 'e0000000-0000-4000-8000-000000000001',
    eventTime: '2026-01-15T11:59:00Z',
    account: ACCOUNT,
    region: REGION,
    eventSource: `${serviceOf(action)}.amazonaws.com`,
    eventName: nameOf(action),
    caller: {
      type: 'AssumedRole',
      arn: principal,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAEXAMPLEEXAMPLE01',
      roleArn: f.roleArn,
      roleName,
      sessionName: f.name,
      viaConsole: false,
    },
    sourceIp: '3.237.66.170',
    userAgent: 'aws-sdk-js/3.0 exec-env/AWS_Lambda_nodejs20.x',
    requestId: 'req-1',
    errorCode: 'AccessDenied',
    errorMessage: `User: ${principal} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
    action,
    actionSource: 'message',
    resource,
    resourceSource: 'message',
    reason: { kind: 'implicit', policyType: 'identity', policyTypeText: 'identity-based policy' },
    classification: {
      class: 'execution-role',
      reasons: ['test'],
      functionName: f.name,
      functionArn: f.arn,
      roleArn: f.roleArn,
    },
    ...extra,
  };
}

/** Who made a {@link callerDenial}: an IAM user, or a session of role `roleName`, in `account`. */
export interface DenialCaller {
  readonly userName?: string;
  readonly roleName?: string;
  readonly account?: string;
}

function callerOf(who: DenialCaller): DeniedRequest['caller'] {
  const account = who.account ?? ACCOUNT;
  if (!who.roleName) {
    return {
      type: 'IAMUser',
      arn: `arn:aws:iam::${account}:user/${who.userName}`,
      accountId: account,
      accessKeyId: 'AKIAEXAMPLEEXAMPLE03',
      userName: who.userName,
      viaConsole: false,
    };
  }
  return {
    type: 'AssumedRole',
    arn: `arn:aws:sts::${account}:assumed-role/${who.roleName}/session-1`,
    accountId: account,
    accessKeyId: 'ASIAEXAMPLEEXAMPLE02',
    roleArn: `arn:aws:iam::${account}:role/${who.roleName}`,
    roleName: who.roleName,
    sessionName: 'session-1',
    viaConsole: false,
  };
}

/** A denial of class `cls` made by an IAM user or a role session (see {@link DenialCaller}). */
export function callerDenial(
  cls: DenialClass,
  action: string,
  resource: string | undefined,
  who: DenialCaller,
  extra: Partial<DeniedRequest> = {},
): DeniedRequest {
  const caller = callerOf(who);
  return {
    eventId: 'e0000000-0000-4000-8000-0000000000b1',
    eventTime: '2026-01-15T11:59:00Z',
    account: ACCOUNT,
    region: REGION,
    eventSource: `${serviceOf(action)}.amazonaws.com`,
    eventName: nameOf(action),
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

/** Directory of the recorded CloudTrail events (test/fixtures/cloudtrail). */
export const CLOUDTRAIL_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'cloudtrail');

/** The denial parsed from recorded CloudTrail event `name` (throws when the fixture does not parse). */
export function fixtureDenial(name: string): DeniedRequest {
  const parsed = parseDenial(readFileSync(join(CLOUDTRAIL_FIXTURES, `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.value;
}

/** A fixed execution-role denial of dynamodb:PutItem (renderer, CLI and audit tests). */
export const DENIAL: DeniedRequest = {
  eventId: 'EV-1',
  eventTime: '2026-11-20T10:15:42Z',
  account: '111122223333',
  region: 'us-east-1',
  eventSource: 'dynamodb.amazonaws.com',
  eventName: 'PutItem',
  caller: {
    type: 'AssumedRole',
    arn: 'arn:aws:sts::111122223333:assumed-role/orders-api-role/orders-api',
    accessKeyId: 'ASIAEXAMPLEKEY123456',
    roleArn: 'arn:aws:iam::111122223333:role/orders-api-role',
    sessionName: 'orders-api',
    viaConsole: false,
  },
  sourceIp: '203.0.113.7',
  errorCode: 'AccessDeniedException',
  errorMessage: 'not authorized',
  action: 'dynamodb:PutItem',
  actionSource: 'message',
  resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders',
  resourceSource: 'message',
  reason: { kind: 'implicit', policyType: 'identity', policyTypeText: 'identity-based policy' },
  classification: {
    class: 'execution-role',
    reasons: ['session name orders-api looks like a function name'],
    functionName: 'orders-api',
    roleArn: 'arn:aws:iam::111122223333:role/orders-api-role',
  },
};
