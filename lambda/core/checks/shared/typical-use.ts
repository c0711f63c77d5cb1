/**
 * What a Lambda function typically does with a resource its configuration names (issue 13,
 * configured-but-unusable): the actions, and the ARN they apply to (S3 object actions apply to
 * `bucket/*`). A role with NONE of them cannot use the resource at all; a role with some of them (read,
 * not write) is not knowably wrong and is never reported.
 */
import { parseArn } from '../../arn';
import { msg, type MessageKey, type MessageRef } from '../../i18n';

/** The actions a function typically needs on one resource, and the ARN the request names. */
export interface TypicalUse {
  /** What the resource is, for titles ("DynamoDB table"). */
  readonly what: string;
  /** {@link what} as a catalog message (`refs.noun.<service>`, English equal to `what`; tested), for nested params. */
  readonly whatRef: MessageRef;
  readonly actions: readonly string[];
  /** The ARN the actions are requested on (an object ARN pattern for S3 buckets). */
  readonly requestArn: string;
}

type Rule = {
  readonly test: RegExp;
  readonly what: string;
  readonly actions: readonly string[];
  readonly suffix?: string;
};

/** By `service:resource-prefix` of the ARN (each service has its `refs.noun.<service>` message). */
const RULES: Readonly<Record<string, Rule>> = {
  sqs: { test: /^[\w-]+(\.fifo)?$/, what: 'SQS queue', actions: ['sqs:SendMessage', 'sqs:ReceiveMessage'] },
  sns: { test: /^[\w-]+(\.fifo)?$/, what: 'SNS topic', actions: ['sns:Publish'] },
  dynamodb: {
    test: /^table\/[\w.-]+$/,
    what: 'DynamoDB table',
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:Scan'],
  },
  s3: {
    test: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    what: 'S3 bucket',
    actions: ['s3:GetObject', 's3:PutObject'],
    suffix: '/*',
  },
  secretsmanager: { test: /^secret:/, what: 'Secrets Manager secret', actions: ['secretsmanager:GetSecretValue'] },
  ssm: { test: /^parameter\//, what: 'SSM parameter', actions: ['ssm:GetParameter', 'ssm:GetParameters'] },
  kms: { test: /^key\//, what: 'KMS key', actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'] },
  lambda: { test: /^function:/, what: 'Lambda function', actions: ['lambda:InvokeFunction'] },
  events: { test: /^event-bus\//, what: 'EventBridge event bus', actions: ['events:PutEvents'] },
  kinesis: {
    test: /^stream\/[\w.-]+$/,
    what: 'Kinesis stream',
    actions: ['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:GetRecords'],
  },
  states: { test: /^stateMachine:/, what: 'Step Functions state machine', actions: ['states:StartExecution'] },
};

/** The typical use of the resource `arn` names, or undefined when the auditor knows none. */
export function typicalUse(arn: string): TypicalUse | undefined {
  const parts = parseArn(arn);
  const rule = parts ? RULES[parts.service] : undefined;
  if (!parts || !rule || !rule.test.test(parts.resource)) return undefined;
  return {
    what: rule.what,
    whatRef: msg(`refs.noun.${parts.service}` as MessageKey),
    actions: rule.actions,
    requestArn: `${arn}${rule.suffix ?? ''}`,
  };
}
