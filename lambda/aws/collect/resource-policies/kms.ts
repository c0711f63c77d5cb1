/**
 * KMS key policy (`GetKeyPolicy`, policy name `default`) and grants (`ListGrants`, paginated with
 * `NextMarker` / `Truncated`). Grants matter: Lambda creates one when a function's environment is
 * encrypted with a customer managed key, which is why a role without `kms:Decrypt` in any policy often
 * still works. A missing key is `NotFoundException` for both reads (SDK model). `GetKeyPolicy` works only
 * in the key's own account; callers read keys of the audited account only.
 */
import { GetKeyPolicyCommand, ListGrantsCommand, type GrantListEntry, type KMSClient } from '@aws-sdk/client-kms';
import type { KmsGrantInfo, KmsKeyInfo } from '../../../core/snapshot/types';
import { paginate, type CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

const NOT_FOUND = ['NotFoundException'];

/** One grant as snapshot data (dates as ISO-8601 text). */
export function mapGrant(g: GrantListEntry): KmsGrantInfo {
  const c = g.Constraints;
  const constraints = {
    ...(c?.EncryptionContextEquals ? { encryptionContextEquals: { ...c.EncryptionContextEquals } } : {}),
    ...(c?.EncryptionContextSubset ? { encryptionContextSubset: { ...c.EncryptionContextSubset } } : {}),
  };
  const grantee = g.GranteePrincipal ?? g.GranteeServicePrincipal;
  return {
    grantId: g.GrantId ?? '',
    ...(g.Name ? { name: g.Name } : {}),
    ...(grantee ? { granteePrincipal: grantee } : {}),
    ...(g.RetiringPrincipal ? { retiringPrincipal: g.RetiringPrincipal } : {}),
    ...(g.IssuingAccount ? { issuingAccount: g.IssuingAccount } : {}),
    operations: [...(g.Operations ?? [])],
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...(g.CreationDate ? { creationDate: g.CreationDate.toISOString() } : {}),
  };
}

/** Reads every page of a key's grants; `complete` is false when a page failed. */
export async function listGrants(
  ctx: CollectContext,
  kms: KMSClient,
  keyArn: string,
): Promise<{ grants: KmsGrantInfo[]; complete: boolean; found: boolean }> {
  let found = true;
  const listing = await paginate<GrantListEntry>(async (marker) => {
    const res = await ctx.send(
      'kms:ListGrants',
      keyArn,
      () => kms.send(new ListGrantsCommand({ KeyId: keyArn, Limit: 100, ...(marker ? { Marker: marker } : {}) })),
      { absentOn: NOT_FOUND },
    );
    if (!res.ok) {
      found = !res.absent;
      return undefined;
    }
    return { items: res.value.Grants ?? [], next: res.value.Truncated ? res.value.NextMarker : undefined };
  });
  return { grants: listing.items.map(mapGrant), complete: listing.complete, found };
}

/** Reads a key's policy (a key always has one). */
export function readKeyPolicy(ctx: CollectContext, kms: KMSClient, target: PolicyTarget): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'kms:GetKeyPolicy',
    target: target.arn,
    invoke: () => kms.send(new GetKeyPolicyCommand({ KeyId: target.arn, PolicyName: 'default' })),
    notFound: NOT_FOUND,
    text: (r) => r.Policy,
  });
}

/** Key policy and grants of one key, as snapshot data (`keyPolicy` absent when unknown). */
export async function readKmsKey(ctx: CollectContext, kms: KMSClient, target: PolicyTarget): Promise<KmsKeyInfo> {
  const [policy, grants] = await Promise.all([readKeyPolicy(ctx, kms, target), listGrants(ctx, kms, target.arn)]);
  return {
    arn: target.arn,
    ...(policy.status === 'present' ? { keyPolicy: policy.document } : {}),
    ...(grants.found ? { grants: grants.grants, grantsComplete: grants.complete } : {}),
  };
}
