/**
 * API Gateway REST API resource policy: the `policy` field of `GetRestApi` (absent when the API has
 * none), escaped as API Gateway returns it (see `parseApiGatewayPolicy`). A missing API is
 * `NotFoundException` (SDK model). The IAM action is `apigateway:GET`.
 */
import { GetRestApiCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { CollectContext } from '../context';
import { parseApiGatewayPolicy } from '../decode';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the resource policy of a REST API (`name` is the API ID). */
export function readRestApiPolicy(
  ctx: CollectContext,
  client: APIGatewayClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'apigateway:GetRestApi',
    target: target.arn,
    invoke: () => client.send(new GetRestApiCommand({ restApiId: target.name })),
    notFound: ['NotFoundException'],
    text: (r) => r.policy,
    decode: parseApiGatewayPolicy,
  });
}
