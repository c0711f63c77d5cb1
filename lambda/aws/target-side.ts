/**
 * The other side of a cross-account denial (the troubleshooting guide: check both the source and the
 * target account). When the denied resource is an IAM role of another member account (e.g. `sts:AssumeRole`
 * from account A into a role of account B), the role — with its trust policy — is read in account B through
 * B's member role and added to the snapshot, so LAA-CROSS-ACCOUNT-ASSUME judges both sides and says which
 * one must change. A failed read (B outside the organization, member stack missing) is recorded in the
 * snapshot's failed reads; the check then prints the trust statement B must add, as before.
 */
import type { Snapshot } from '../core/snapshot/types';
import { accountsOfDenial, type AccountClients } from './accounts';
import { IamReader } from './collect/iam';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\//;

/** Adds the target account's role to `snapshot` when the denial crosses into another account's role. */
export async function withTargetRole(
  accounts: AccountClients | undefined,
  snapshot: Snapshot,
  denial: { account: string; region: string; resource?: string },
): Promise<Snapshot> {
  const target = accountsOfDenial(denial)[1];
  const resource = denial.resource;
  if (!accounts || !target || !resource || !ROLE_ARN.test(resource)) return snapshot;
  if (snapshot.roles.some((r) => r.arn === resource)) return snapshot;
  const ctx = accounts.contextFor(target, denial.region);
  const role = await new IamReader(ctx, accounts.clientsFor(target, denial.region).iam).role(resource);
  const provenance = {
    ...snapshot.provenance,
    failedReads: [...snapshot.provenance.failedReads, ...ctx.failedReads],
    partial: snapshot.provenance.partial || ctx.failedReads.length > 0,
  };
  return { ...snapshot, roles: role ? [...snapshot.roles, role] : snapshot.roles, provenance };
}
