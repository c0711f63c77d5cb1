/**
 * Execution-role reads for a single-function audit: GetRole, ListRolePolicies + GetRolePolicy,
 * ListAttachedRolePolicies, and GetPolicy + GetPolicyVersion for every attached managed policy and the
 * permissions boundary. Roles and managed policies are cached per invocation (a role shared by 200
 * functions is read once).
 */
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  type IAMClient,
  type Tag,
} from '@aws-sdk/client-iam';
import type {
  AttachedPolicyRef,
  ManagedPolicyInfo,
  NamedPolicy,
  PolicyDocument,
  RoleInfo,
} from '../../core/snapshot/types';
import { lastSegment, iamPath, parseArn } from '../../core/arn';
import { paginate, type CollectContext } from './context';
import { decodePolicyDocument } from './decode';

/** Converts IAM tags to a plain record. */
export function tagRecord(tags: readonly Tag[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
}

/** True for AWS managed policy ARNs (`arn:<partition>:iam::aws:policy/...`). */
export function isAwsManaged(arn: string): boolean {
  return parseArn(arn)?.accountId === 'aws';
}

/** Decodes an IAM document or records the failure and returns undefined. */
export function decodeOrRecord(
  ctx: CollectContext,
  api: string,
  target: string,
  encoded: string | undefined,
): PolicyDocument | undefined {
  if (encoded === undefined) return undefined;
  const decoded = decodePolicyDocument(encoded);
  if (decoded.ok) return decoded.value;
  ctx.fail(api, target, decoded.error.code, decoded.error.message);
  return undefined;
}

/** Reads IAM roles and managed policies on demand, once each per invocation. */
export class IamReader {
  private readonly roles = new Map<string, Promise<RoleInfo | undefined>>();
  private readonly policies = new Map<string, Promise<ManagedPolicyInfo>>();

  constructor(
    private readonly ctx: CollectContext,
    private readonly iam: IAMClient,
  ) {}

  /** The role with its inline policies and attachment references (cached). */
  role(arn: string): Promise<RoleInfo | undefined> {
    let hit = this.roles.get(arn);
    if (!hit) {
      hit = this.readRole(arn);
      this.roles.set(arn, hit);
    }
    return hit;
  }

  /** A managed policy with its default version's document (cached). */
  managedPolicy(arn: string): Promise<ManagedPolicyInfo> {
    let hit = this.policies.get(arn);
    if (!hit) {
      hit = this.readManagedPolicy(arn);
      this.policies.set(arn, hit);
    }
    return hit;
  }

  /** Every managed policy read so far, sorted by ARN. */
  async allManagedPolicies(): Promise<ManagedPolicyInfo[]> {
    const all = await Promise.all(this.policies.values());
    return all.sort((a, b) => a.arn.localeCompare(b.arn));
  }

  private async readRole(arn: string): Promise<RoleInfo | undefined> {
    const name = lastSegment(arn);
    const got = await this.ctx.send('iam:GetRole', arn, () => this.iam.send(new GetRoleCommand({ RoleName: name })));
    if (!got.ok || !got.value.Role) return undefined;
    const r = got.value.Role;
    const [inlinePolicies, attachedPolicies] = await Promise.all([this.inline(arn, name), this.attached(arn, name)]);
    const boundary = r.PermissionsBoundary?.PermissionsBoundaryArn;
    await Promise.all(
      [...attachedPolicies.map((p) => p.arn), ...(boundary ? [boundary] : [])].map((p) => this.managedPolicy(p)),
    );
    const lastUsed = r.RoleLastUsed?.LastUsedDate || r.RoleLastUsed?.Region;
    return {
      arn: r.Arn ?? arn,
      name: r.RoleName ?? name,
      path: r.Path ?? iamPath(arn),
      ...(r.RoleId ? { roleId: r.RoleId } : {}),
      accountId: parseArn(arn)?.accountId ?? '',
      trustPolicy: decodeOrRecord(this.ctx, 'iam:GetRole', arn, r.AssumeRolePolicyDocument) ?? {},
      inlinePolicies,
      attachedPolicies,
      ...(boundary ? { permissionsBoundaryArn: boundary } : {}),
      tags: tagRecord(r.Tags),
      ...(lastUsed
        ? { lastUsed: { date: r.RoleLastUsed?.LastUsedDate?.toISOString(), region: r.RoleLastUsed?.Region } }
        : {}),
    };
  }

  private async inline(arn: string, name: string): Promise<NamedPolicy[]> {
    const names = await paginate(async (Marker) => {
      const res = await this.ctx.send('iam:ListRolePolicies', arn, () =>
        this.iam.send(new ListRolePoliciesCommand({ RoleName: name, Marker })),
      );
      if (!res.ok) return undefined;
      return { items: res.value.PolicyNames ?? [], next: res.value.IsTruncated ? res.value.Marker : undefined };
    });
    const docs = await Promise.all(
      names.items.map(async (policyName): Promise<NamedPolicy | undefined> => {
        const target = `${arn} inline policy ${policyName}`;
        const res = await this.ctx.send('iam:GetRolePolicy', target, () =>
          this.iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName })),
        );
        if (!res.ok) return undefined;
        const document = decodeOrRecord(this.ctx, 'iam:GetRolePolicy', target, res.value.PolicyDocument);
        return document ? { name: policyName, document } : undefined;
      }),
    );
    return docs.filter((d): d is NamedPolicy => d !== undefined);
  }

  private async attached(arn: string, name: string): Promise<AttachedPolicyRef[]> {
    const listed = await paginate(async (Marker) => {
      const res = await this.ctx.send('iam:ListAttachedRolePolicies', arn, () =>
        this.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: name, Marker })),
      );
      if (!res.ok) return undefined;
      return { items: res.value.AttachedPolicies ?? [], next: res.value.IsTruncated ? res.value.Marker : undefined };
    });
    return listed.items.map((p) => ({ arn: p.PolicyArn ?? '', name: p.PolicyName ?? lastSegment(p.PolicyArn ?? '') }));
  }

  private async readManagedPolicy(arn: string): Promise<ManagedPolicyInfo> {
    const base = { arn, name: lastSegment(arn), awsManaged: isAwsManaged(arn) };
    const got = await this.ctx.send('iam:GetPolicy', arn, () =>
      this.iam.send(new GetPolicyCommand({ PolicyArn: arn })),
    );
    if (!got.ok) return base;
    const versionId = got.value.Policy?.DefaultVersionId;
    const named = { ...base, name: got.value.Policy?.PolicyName ?? base.name };
    if (!versionId) return named;
    const version = await this.ctx.send('iam:GetPolicyVersion', `${arn} ${versionId}`, () =>
      this.iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId })),
    );
    if (!version.ok) return { ...named, defaultVersionId: versionId };
    const document = decodeOrRecord(this.ctx, 'iam:GetPolicyVersion', arn, version.value.PolicyVersion?.Document);
    return { ...named, defaultVersionId: versionId, ...(document ? { document } : {}) };
  }
}
