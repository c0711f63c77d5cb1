/**
 * SNS topic policy: the `Policy` attribute of `GetTopicAttributes` (every topic has one; SNS writes a
 * default policy at creation). A missing topic is `NotFoundException` (SDK model of the command).
 */
import { GetTopicAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the topic policy of an `sns` target. */
export function readTopicPolicy(ctx: CollectContext, sns: SNSClient, target: PolicyTarget): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'sns:GetTopicAttributes',
    target: target.arn,
    invoke: () => sns.send(new GetTopicAttributesCommand({ TopicArn: target.arn })),
    notFound: ['NotFoundException', 'NotFound'],
    text: (r) => r.Attributes?.Policy,
  });
}
