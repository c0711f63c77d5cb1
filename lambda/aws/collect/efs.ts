/**
 * EFS access point → file system → file system policy. Lambda's configuration names only the access
 * point, but `elasticfilesystem:ClientMount` / `ClientWrite` are authorized on the *file system* ARN,
 * and the file system policy decides whether IAM is checked at all (with none, EFS lets any client that
 * reaches a mount target mount it), so the `LAA-EFS-MOUNT` check needs both. One `DescribeAccessPoints`
 * (by `AccessPointId`) per distinct access point and one `DescribeFileSystemPolicy` per distinct file
 * system per run; functions sharing them share the calls.
 */
import { DescribeAccessPointsCommand, DescribeFileSystemPolicyCommand, type EFSClient } from '@aws-sdk/client-efs';
import type { PolicyDocument } from '../../core/snapshot/types';
import { parseArn } from '../../core/arn';
import type { CollectContext } from './context';
import { parseResourcePolicy } from './decode';
import type { FunctionBase } from './map-lambda';

/** `AccessPointNotFound`: the access point was deleted; the mount fails, the read did not. */
const NOT_FOUND = ['AccessPointNotFound'];
/** `PolicyNotFound`: the file system has no policy (the default policy is in effect). */
const NO_POLICY = 'PolicyNotFound';
/** `FileSystemNotFound`: the file system was deleted; the mount fails, the read did not. */
const NO_FILE_SYSTEM = 'FileSystemNotFound';
const POLICY_API = 'elasticfilesystem:DescribeFileSystemPolicy';

/** The access point ID of an access point ARN (`…:access-point/fsap-…`), or undefined. */
export function accessPointId(arn: string): string | undefined {
  const match = /^access-point\/(fsap-[0-9a-f]{8,40})$/.exec(parseArn(arn)?.resource ?? '');
  return match?.[1];
}

/** `arn:<partition>:elasticfilesystem:<region>:<account>:file-system/<id>`. */
export function fileSystemArnOf(partition: string, region: string, accountId: string, fileSystemId: string): string {
  return `arn:${partition}:elasticfilesystem:${region}:${accountId}:file-system/${fileSystemId}`;
}

/** The file system ID of a file system ARN (`…:file-system/fs-…`), or undefined. */
export function fileSystemId(arn: string): string | undefined {
  const match = /^file-system\/(fs-[0-9a-f]{8,40})$/.exec(parseArn(arn)?.resource ?? '');
  return match?.[1];
}

/** Owner of what is read: the audited function's account and Region (the client only sees those). */
type Owner = { readonly accountId: string; readonly region: string };

function ownedBy(arn: string, owner: Owner): boolean {
  const parts = parseArn(arn);
  return parts !== undefined && parts.accountId === owner.accountId && parts.region === owner.region;
}

/**
 * Resolves access point ARNs to file system ARNs and file systems to their policies, reading each
 * access point and each file system policy at most once.
 */
export class AccessPointResolver {
  private readonly cache = new Map<string, Promise<string | undefined>>();
  private readonly policies = new Map<string, Promise<PolicyDocument | null | undefined>>();

  /**
   * @param ctx collection context (rate limits, failure records)
   * @param efs EFS client of the audited account and Region; without one nothing is read
   */
  constructor(
    private readonly ctx: CollectContext,
    private readonly efs: EFSClient | undefined,
  ) {}

  /**
   * The file system ARN of an access point, or undefined when unknown (not readable, not found, or in
   * another account or Region than `owner`, the audited function: the client only describes its own).
   */
  fileSystemArn(accessPointArn: string, owner: Owner): Promise<string | undefined> {
    if (!ownedBy(accessPointArn, owner)) return Promise.resolve(undefined);
    let hit = this.cache.get(accessPointArn);
    if (!hit) {
      hit = this.read(accessPointArn);
      this.cache.set(accessPointArn, hit);
    }
    return hit;
  }

  /**
   * The policy of a file system: the document, `null` when it has none (`PolicyNotFound`), or undefined
   * when unknown (not readable, not decodable, deleted, or not owned by `owner`). Denials and undecodable
   * documents are recorded as failed reads; "no policy" and "no such file system" are answers.
   */
  fileSystemPolicy(fileSystemArn: string, owner: Owner): Promise<PolicyDocument | null | undefined> {
    if (!ownedBy(fileSystemArn, owner)) return Promise.resolve(undefined);
    let hit = this.policies.get(fileSystemArn);
    if (!hit) {
      hit = this.readPolicy(fileSystemArn);
      this.policies.set(fileSystemArn, hit);
    }
    return hit;
  }

  private async readPolicy(fileSystemArn: string): Promise<PolicyDocument | null | undefined> {
    const id = fileSystemId(fileSystemArn);
    const efs = this.efs;
    if (!efs || !id) return undefined;
    const res = await this.ctx.send(
      POLICY_API,
      fileSystemArn,
      () => efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id })),
      { absentOn: [NO_POLICY, NO_FILE_SYSTEM] },
    );
    if (!res.ok) return res.absent && res.errorCode === NO_POLICY ? null : undefined;
    const text = res.value?.Policy;
    if (typeof text !== 'string' || text === '') {
      this.ctx.fail(POLICY_API, fileSystemArn, 'PolicyDecodeError', 'DescribeFileSystemPolicy returned no policy');
      return undefined;
    }
    const decoded = parseResourcePolicy(text);
    if (decoded.ok) return decoded.value;
    this.ctx.fail(POLICY_API, fileSystemArn, decoded.error.code, `file system policy: ${decoded.error.message}`);
    return undefined;
  }

  private async read(accessPointArn: string): Promise<string | undefined> {
    const arn = parseArn(accessPointArn);
    const id = accessPointId(accessPointArn);
    const efs = this.efs;
    if (!efs || !arn || !id) return undefined;
    const res = await this.ctx.send(
      'elasticfilesystem:DescribeAccessPoints',
      accessPointArn,
      () => efs.send(new DescribeAccessPointsCommand({ AccessPointId: id })),
      { absentOn: NOT_FOUND },
    );
    if (!res.ok) return undefined;
    const ap = (res.value.AccessPoints ?? []).find(
      (a) => a.AccessPointId === id || a.AccessPointArn === accessPointArn,
    );
    if (!ap?.FileSystemId) return undefined;
    return fileSystemArnOf(arn.partition, arn.region, ap.OwnerId || arn.accountId, ap.FileSystemId);
  }
}

/** The function with `fileSystems[].fileSystemArn` / `fileSystemPolicy` filled in where the resolver knows them. */
export async function withFileSystems(resolver: AccessPointResolver, fn: FunctionBase): Promise<FunctionBase> {
  if (!fn.fileSystems || fn.fileSystems.length === 0) return fn;
  const fileSystems = await Promise.all(
    fn.fileSystems.map(async (mount) => {
      const fileSystemArn = mount.fileSystemArn ?? (await resolver.fileSystemArn(mount.arn, fn));
      if (!fileSystemArn) return mount;
      const fileSystemPolicy =
        mount.fileSystemPolicy !== undefined
          ? mount.fileSystemPolicy
          : await resolver.fileSystemPolicy(fileSystemArn, fn);
      return fileSystemPolicy === undefined
        ? { ...mount, fileSystemArn }
        : { ...mount, fileSystemArn, fileSystemPolicy };
    }),
  );
  return { ...fn, fileSystems };
}
