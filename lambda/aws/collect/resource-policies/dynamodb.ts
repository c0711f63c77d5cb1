/**
 * DynamoDB table / stream resource policy (`GetResourcePolicy`, `ResourceArn` = table or stream ARN).
 * No policy: `PolicyNotFoundException`; no table or stream: `ResourceNotFoundException` (SDK model).
 */
import { GetResourcePolicyCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the resource policy of a table or stream. */
export function readDynamoDbPolicy(
  ctx: CollectContext,
  client: DynamoDBClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'dynamodb:GetResourcePolicy',
    target: target.arn,
    invoke: () => client.send(new GetResourcePolicyCommand({ ResourceArn: target.arn })),
    noPolicy: ['PolicyNotFoundException'],
    notFound: ['ResourceNotFoundException'],
    text: (r) => r.Policy,
  });
}
