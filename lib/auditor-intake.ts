/**
 * The auditor's intake: CloudTrail authorization failures on an EventBridge bus → a KMS-encrypted SQS
 * queue with a dead-letter queue. Part of {@link LambdaAccessAuditor} (lib/lambda-access-auditor.ts).
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { DENIAL_EVENT_PATTERN, DENIAL_RULE_STATE } from '../lambda/core/cloudtrail';

/** The intake's queues and rule. */
export interface AuditorIntake {
  /** Records that failed `maxReceiveCount` times (unparseable events, collector faults). */
  readonly deadLetterQueue: sqs.Queue;
  /** CloudTrail denial intake (EventBridge → SQS). */
  readonly intakeQueue: sqs.Queue;
  /** The EventBridge rule matching authorization failures. */
  readonly denialRule: events.Rule;
}

function queue(
  scope: Construct,
  key: kms.IKey,
  id: string,
  retentionPeriod: Duration,
  extra: Partial<sqs.QueueProps> = {},
): sqs.Queue {
  return new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.KMS,
    encryptionMasterKey: key,
    enforceSSL: true,
    retentionPeriod,
    ...extra,
  });
}

function denialRule(scope: Construct, intake: sqs.Queue, dlq: sqs.Queue, eventBus?: events.IEventBus): events.Rule {
  const rule = new events.Rule(scope, 'DenialRule', {
    description: 'CloudTrail authorization failures (incl. read-only management events) → lambda-access-auditor',
    eventPattern: DENIAL_EVENT_PATTERN as events.EventPattern,
    eventBus,
    targets: [new targets.SqsQueue(intake, { deadLetterQueue: dlq, retryAttempts: 8 })],
  });
  // The L2 Rule only knows ENABLED/DISABLED; this state also delivers read-only (Get/List/Describe) events.
  (rule.node.defaultChild as events.CfnRule).state = DENIAL_RULE_STATE;
  return rule;
}

/**
 * Creates the intake in `scope`: the queues (encrypted with `key`; the intake's visibility timeout is six
 * times the consumer's timeout, as Lambda's SQS event source recommends) and the denial rule on `eventBus`
 * (default bus when omitted).
 */
export function createIntake(
  scope: Construct,
  key: kms.IKey,
  consumerTimeout: Duration,
  eventBus?: events.IEventBus,
): AuditorIntake {
  const deadLetterQueue = queue(scope, key, 'DeadLetterQueue', Duration.days(14));
  const intakeQueue = queue(scope, key, 'IntakeQueue', Duration.days(4), {
    visibilityTimeout: Duration.seconds(consumerTimeout.toSeconds() * 6),
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: 5 },
  });
  return { deadLetterQueue, intakeQueue, denialRule: denialRule(scope, intakeQueue, deadLetterQueue, eventBus) };
}
