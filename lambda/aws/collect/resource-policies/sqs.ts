/**
 * SQS queue policy: the `Policy` attribute of `GetQueueAttributes` (absent when the queue has none). A
 * missing queue is `QueueDoesNotExist` (SDK model; the legacy query code was
 * `AWS.SimpleQueueService.NonExistentQueue`).
 */
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import { queueUrl, type PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the queue policy of an `sqs` target. */
export function readQueuePolicy(ctx: CollectContext, sqs: SQSClient, target: PolicyTarget): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'sqs:GetQueueAttributes',
    target: target.arn,
    invoke: () => sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl(target), AttributeNames: ['Policy'] })),
    notFound: ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'],
    text: (r) => r.Attributes?.Policy,
  });
}
