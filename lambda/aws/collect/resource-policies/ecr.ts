/**
 * ECR repository policy (`GetRepositoryPolicy` → `policyText`). No policy:
 * `RepositoryPolicyNotFoundException`; no repository: `RepositoryNotFoundException` (SDK model).
 */
import { GetRepositoryPolicyCommand, type ECRClient } from '@aws-sdk/client-ecr';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the repository policy of an `ecr` target (`name` is the repository, the owner its registry). */
export function readRepositoryPolicy(ctx: CollectContext, ecr: ECRClient, target: PolicyTarget): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'ecr:GetRepositoryPolicy',
    target: target.arn,
    invoke: () =>
      ecr.send(new GetRepositoryPolicyCommand({ repositoryName: target.name, registryId: target.accountId })),
    noPolicy: ['RepositoryPolicyNotFoundException'],
    notFound: ['RepositoryNotFoundException'],
    text: (r) => r.policyText,
  });
}
