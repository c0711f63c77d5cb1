/**
 * OpenSearch Service domain access policy: `DescribeDomainConfig` → `DomainConfig.AccessPolicies.Options`
 * (an empty string when the domain has none). A missing domain is `ResourceNotFoundException` (SDK model).
 */
import { DescribeDomainConfigCommand, type OpenSearchClient } from '@aws-sdk/client-opensearch';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the access policy of a domain (`name` is the domain name). */
export function readDomainPolicy(
  ctx: CollectContext,
  client: OpenSearchClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'es:DescribeDomainConfig',
    target: target.arn,
    invoke: () => client.send(new DescribeDomainConfigCommand({ DomainName: target.name })),
    notFound: ['ResourceNotFoundException'],
    text: (r) => r.DomainConfig?.AccessPolicies?.Options,
  });
}
