/**
 * CodeArtifact repository and domain permissions policies (`GetRepositoryPermissionsPolicy`,
 * `GetDomainPermissionsPolicy` → `policy.document`). Both answer `ResourceNotFoundException` when there is
 * no policy (or no such repository / domain; the SDK model lists no other not-found error), recorded as
 * "no policy".
 */
import {
  GetDomainPermissionsPolicyCommand,
  GetRepositoryPermissionsPolicyCommand,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

const NO_POLICY = ['ResourceNotFoundException'];

/** Reads a repository's (or, for a domain target, the domain's) permissions policy. */
export function readCodeArtifactPolicy(
  ctx: CollectContext,
  client: CodeartifactClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  const owner = { domain: target.name, ...(target.accountId ? { domainOwner: target.accountId } : {}) };
  if (target.kind === 'codeartifact-domain') {
    return readPolicy(ctx, {
      api: 'codeartifact:GetDomainPermissionsPolicy',
      target: target.arn,
      invoke: () => client.send(new GetDomainPermissionsPolicyCommand(owner)),
      noPolicy: NO_POLICY,
      text: (r) => r.policy?.document,
    });
  }
  return readPolicy(ctx, {
    api: 'codeartifact:GetRepositoryPermissionsPolicy',
    target: target.arn,
    invoke: () => client.send(new GetRepositoryPermissionsPolicyCommand({ ...owner, repository: target.extra })),
    noPolicy: NO_POLICY,
    text: (r) => r.policy?.document,
  });
}
