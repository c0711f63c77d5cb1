/**
 * AWS Signer signing-profile permissions (`ListProfilePermissions`, paginated with `nextToken`). They are
 * not an IAM JSON policy: each permission (`action`, `principal`, `statementId`) becomes one Allow
 * statement on the profile ARN so the policy engine can evaluate it. A missing profile is
 * `ResourceNotFoundException` (SDK model); a profile without permissions lists none ("no policy").
 */
import { ListProfilePermissionsCommand, type Permission, type SignerClient } from '@aws-sdk/client-signer';
import type { PolicyDocument } from '../../../core/snapshot/types';
import { paginate, type CollectContext } from '../context';
import type { PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

const API = 'signer:ListProfilePermissions';

/** Signer permissions as an IAM-style policy document on `profileArn`. */
export function signerPermissionsPolicy(profileArn: string, permissions: readonly Permission[]): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: permissions.map((p) => ({
      ...(p.statementId ? { Sid: p.statementId } : {}),
      Effect: 'Allow',
      Principal: { AWS: p.principal ?? '*' },
      Action: p.action?.includes(':') ? p.action : `signer:${p.action ?? '*'}`,
      Resource: p.profileVersion ? `${profileArn}/${p.profileVersion}` : profileArn,
    })),
  };
}

/** Reads a signing profile's permissions (`name` is the profile name). */
export async function readSigningProfilePolicy(
  ctx: CollectContext,
  signer: SignerClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  let missing = false;
  const listing = await paginate<Permission>(async (token) => {
    const res = await ctx.send(
      API,
      target.arn,
      () => signer.send(new ListProfilePermissionsCommand({ profileName: target.name, nextToken: token })),
      { absentOn: ['ResourceNotFoundException'] },
    );
    if (!res.ok) {
      missing = res.absent;
      return undefined;
    }
    return { items: res.value.permissions ?? [], next: res.value.nextToken };
  });
  if (missing) return { status: 'not-found' };
  if (!listing.complete) return { status: 'unreadable' };
  if (listing.items.length === 0) return { status: 'none' };
  const note = 'converted from ListProfilePermissions (Signer permissions are not an IAM JSON policy)';
  return { status: 'present', document: signerPermissionsPolicy(target.arn, listing.items), note };
}
