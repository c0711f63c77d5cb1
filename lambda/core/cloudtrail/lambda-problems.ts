/**
 * Lambda reports some permission problems with non-authorization error codes (AWS-FACTS §6.1, §7.1):
 * `InvalidParameterValueException` whose message says the execution role lacks a permission or cannot
 * be assumed, and `KMSAccessDeniedException` / `EC2AccessDeniedException` on invoke. This module decides
 * whether such an event is a permission problem and what it means.
 */
import { serviceOf } from '../arn';
import type { DenialClass } from './types';

/** What a Lambda-specific message means. */
export interface LambdaProblem {
  readonly class: Extract<DenialClass, 'vpc-network' | 'trust-policy' | 'execution-role'>;
  /** IAM action the execution role needs (`sts:AssumeRole` for trust problems: Lambda assumes the role). */
  readonly action: string;
  /** Resource named by the message (e.g. a stream ARN), when any. */
  readonly resource?: string;
  readonly reason: string;
}

const SERVICE_PREFIX: Readonly<Record<string, string>> = {
  ec2: 'ec2',
  sqs: 'sqs',
  sns: 'sns',
  kinesis: 'kinesis',
  dynamodb: 'dynamodb',
  kms: 'kms',
  s3: 's3',
  'secrets manager': 'secretsmanager',
  secretsmanager: 'secretsmanager',
  kafka: 'kafka',
  msk: 'kafka',
  mq: 'mq',
  eventbridge: 'events',
  lambda: 'lambda',
};

const MISSING_CALL =
  /execution role does not have permissions to call (?<op>[A-Za-z0-9]+) on (?<svc>[A-Za-z0-9 ]+?)\.?$/;
const CANNOT_ASSUME = /cannot be assumed by Lambda/i;
const STREAM = /Cannot access stream (?<arn>arn:\S+?)\.? Please ensure the role can perform the (?<op>[A-Za-z]+)/;

/**
 * Interprets a Lambda `InvalidParameterValueException` message. Undefined when it is not about permissions
 * (e.g. a bad runtime name): such events are `NOT_AN_AUTHORIZATION_FAILURE`.
 */
export function lambdaInvalidParameterProblem(message: string | undefined): LambdaProblem | undefined {
  if (!message) return undefined;
  if (CANNOT_ASSUME.test(message)) {
    return {
      class: 'trust-policy',
      action: 'sts:AssumeRole',
      reason:
        'Lambda says the role cannot be assumed by Lambda: its trust policy must allow lambda.amazonaws.com to call sts:AssumeRole',
    };
  }
  const call = MISSING_CALL.exec(message);
  if (call?.groups?.op && call.groups.svc) {
    const svc = SERVICE_PREFIX[call.groups.svc.trim().toLowerCase()] ?? call.groups.svc.trim().toLowerCase();
    const action = `${svc}:${call.groups.op}`;
    if (svc === 'ec2') {
      return {
        class: 'vpc-network',
        action,
        reason: `the execution role lacks ${action}, needed to manage the function's VPC network interfaces`,
      };
    }
    return {
      class: 'execution-role',
      action,
      reason: `the execution role lacks ${action} (Lambda checks it when configuring the function or its event source mapping)`,
    };
  }
  const stream = STREAM.exec(message);
  if (stream?.groups?.arn) {
    const svc = serviceOf(stream.groups.arn) === 'dynamodb' ? 'dynamodb' : 'kinesis';
    return {
      class: 'execution-role',
      action: `${svc}:${stream.groups.op ?? 'GetRecords'}`,
      resource: stream.groups.arn,
      reason: `the execution role cannot read the stream ${stream.groups.arn} (needs GetRecords, GetShardIterator, DescribeStream, ListStreams)`,
    };
  }
  return undefined;
}

/** Lambda invoke-time codes meaning the execution role lacks a permission. Keys are lower-case. */
const RUNTIME_CODES: Readonly<Record<string, LambdaProblem>> = {
  kmsaccessdeniedexception: {
    class: 'execution-role',
    action: 'kms:Decrypt',
    reason:
      'Lambda could not decrypt the environment variables: the execution role (or the key policy) does not allow kms:Decrypt',
  },
  ec2accessdeniedexception: {
    class: 'vpc-network',
    action: 'ec2:CreateNetworkInterface',
    reason: 'Lambda needs additional EC2 permissions to configure the VPC settings of the function',
  },
};

/** Interprets a Lambda invoke-time error code (`KMSAccessDeniedException`, `EC2AccessDeniedException`). */
export function lambdaRuntimeProblem(errorCode: string): LambdaProblem | undefined {
  return RUNTIME_CODES[errorCode.toLowerCase()];
}
