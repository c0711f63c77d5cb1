/**
 * Secrets Manager secret resource policy (`GetResourcePolicy`): a secret without one answers with no
 * `ResourcePolicy` field; a missing secret is `ResourceNotFoundException` (SDK model of the command).
 */
import { GetResourcePolicyCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the resource policy of a secret. */
export function readSecretPolicy(
  ctx: CollectContext,
  client: SecretsManagerClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'secretsmanager:GetResourcePolicy',
    target: target.arn,
    invoke: () => client.send(new GetResourcePolicyCommand({ SecretId: target.arn })),
    notFound: ['ResourceNotFoundException'],
    text: (r) => r.ResourcePolicy,
  });
}
