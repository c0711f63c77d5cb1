/**
 * Sweep-mode IAM: one paginated `GetAccountAuthorizationDetails` (roles, users, groups, customer and
 * AWS managed policies with their default version) instead of per-role reads.
 */
import {
  GetAccountAuthorizationDetailsCommand,
  type AttachedPolicy,
  type GroupDetail,
  type IAMClient,
  type ManagedPolicyDetail,
  type PolicyDetail,
  type RoleDetail,
  type UserDetail,
} from '@aws-sdk/client-iam';
import type { GroupInfo, ManagedPolicyInfo, NamedPolicy, RoleInfo, UserInfo } from '../../core/snapshot/types';
import { lastSegment, parseArn } from '../../core/arn';
import { paginate, type CollectContext } from './context';
import { decodeOrRecord, isAwsManaged, tagRecord } from './iam';

/** Everything `GetAccountAuthorizationDetails` returned, decoded. */
export interface AuthorizationDetails {
  readonly roles: RoleInfo[];
  readonly users: UserInfo[];
  readonly groups: GroupInfo[];
  readonly managedPolicies: ManagedPolicyInfo[];
  /** False when a page could not be read (the lists are then partial). */
  readonly complete: boolean;
}

const API = 'iam:GetAccountAuthorizationDetails';

function inline(ctx: CollectContext, owner: string, list: readonly PolicyDetail[] | undefined): NamedPolicy[] {
  const out: NamedPolicy[] = [];
  for (const p of list ?? []) {
    const name = p.PolicyName ?? '';
    const document = decodeOrRecord(ctx, API, `${owner} inline policy ${name}`, p.PolicyDocument);
    if (document) out.push({ name, document });
  }
  return out;
}

function refs(list: readonly AttachedPolicy[] | undefined): { arn: string; name: string }[] {
  return (list ?? []).map((p) => ({ arn: p.PolicyArn ?? '', name: p.PolicyName ?? lastSegment(p.PolicyArn ?? '') }));
}

function mapRole(ctx: CollectContext, r: RoleDetail): RoleInfo {
  const arn = r.Arn ?? '';
  const boundary = r.PermissionsBoundary?.PermissionsBoundaryArn;
  const lastUsed = r.RoleLastUsed?.LastUsedDate || r.RoleLastUsed?.Region;
  return {
    arn,
    name: r.RoleName ?? lastSegment(arn),
    path: r.Path ?? '/',
    ...(r.RoleId ? { roleId: r.RoleId } : {}),
    accountId: parseArn(arn)?.accountId ?? '',
    trustPolicy: decodeOrRecord(ctx, API, arn, r.AssumeRolePolicyDocument) ?? {},
    inlinePolicies: inline(ctx, arn, r.RolePolicyList),
    attachedPolicies: refs(r.AttachedManagedPolicies),
    ...(boundary ? { permissionsBoundaryArn: boundary } : {}),
    tags: tagRecord(r.Tags),
    ...(lastUsed
      ? { lastUsed: { date: r.RoleLastUsed?.LastUsedDate?.toISOString(), region: r.RoleLastUsed?.Region } }
      : {}),
  };
}

function mapUser(ctx: CollectContext, u: UserDetail): UserInfo {
  const arn = u.Arn ?? '';
  const boundary = u.PermissionsBoundary?.PermissionsBoundaryArn;
  return {
    arn,
    name: u.UserName ?? lastSegment(arn),
    accountId: parseArn(arn)?.accountId ?? '',
    inlinePolicies: inline(ctx, arn, u.UserPolicyList),
    attachedPolicies: refs(u.AttachedManagedPolicies),
    groups: [...(u.GroupList ?? [])],
    ...(boundary ? { permissionsBoundaryArn: boundary } : {}),
    tags: tagRecord(u.Tags),
  };
}

function mapGroup(ctx: CollectContext, g: GroupDetail): GroupInfo {
  const arn = g.Arn ?? '';
  return {
    arn,
    name: g.GroupName ?? lastSegment(arn),
    inlinePolicies: inline(ctx, arn, g.GroupPolicyList),
    attachedPolicies: refs(g.AttachedManagedPolicies),
  };
}

/** Maps a managed policy, keeping only its default version's document. */
export function mapManagedPolicy(ctx: CollectContext, p: ManagedPolicyDetail): ManagedPolicyInfo {
  const arn = p.Arn ?? '';
  const version = p.PolicyVersionList?.find((v) => v.IsDefaultVersion === true);
  const document = decodeOrRecord(ctx, API, arn, version?.Document);
  const defaultVersionId = p.DefaultVersionId ?? version?.VersionId;
  return {
    arn,
    name: p.PolicyName ?? lastSegment(arn),
    awsManaged: isAwsManaged(arn),
    ...(defaultVersionId ? { defaultVersionId } : {}),
    ...(document ? { document } : {}),
  };
}

/** Reads the whole account's IAM authorization details, following `Marker` until `IsTruncated` is false. */
export async function readAuthorizationDetails(ctx: CollectContext, iam: IAMClient): Promise<AuthorizationDetails> {
  const out: AuthorizationDetails = { roles: [], users: [], groups: [], managedPolicies: [], complete: true };
  const pages = await paginate(async (Marker) => {
    const res = await ctx.send(API, 'account', () =>
      iam.send(
        new GetAccountAuthorizationDetailsCommand({
          Filter: ['Role', 'User', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'],
          MaxItems: 1000,
          Marker,
        }),
      ),
    );
    if (!res.ok) return undefined;
    const page = res.value;
    out.roles.push(...(page.RoleDetailList ?? []).map((r) => mapRole(ctx, r)));
    out.users.push(...(page.UserDetailList ?? []).map((u) => mapUser(ctx, u)));
    out.groups.push(...(page.GroupDetailList ?? []).map((g) => mapGroup(ctx, g)));
    out.managedPolicies.push(...(page.Policies ?? []).map((p) => mapManagedPolicy(ctx, p)));
    return { items: [], next: page.IsTruncated ? page.Marker : undefined };
  });
  return { ...out, complete: pages.complete };
}
