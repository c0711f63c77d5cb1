/**
 * EFS access point → file system resolution. Lambda's configuration names only the access point, but
 * `elasticfilesystem:ClientMount` / `ClientWrite` are authorized on the *file system* ARN, so the
 * `LAA-EFS-MOUNT` check needs it. One `DescribeAccessPoints` (by `AccessPointId`) per distinct access
 * point per run; functions sharing an access point share the call.
 */
import { DescribeAccessPointsCommand, type EFSClient } from '@aws-sdk/client-efs';
import { parseArn } from './arn';
import type { CollectContext } from './context';
import type { FunctionBase } from './map-lambda';

/** `AccessPointNotFound`: the access point was deleted; the mount fails, the read did not. */
const NOT_FOUND = ['AccessPointNotFound'];

/** The access point ID of an access point ARN (`…:access-point/fsap-…`), or undefined. */
export function accessPointId(arn: string): string | undefined {
  const match = /^access-point\/(fsap-[0-9a-f]{8,40})$/.exec(parseArn(arn)?.resource ?? '');
  return match?.[1];
}

/** `arn:<partition>:elasticfilesystem:<region>:<account>:file-system/<id>`. */
export function fileSystemArnOf(partition: string, region: string, accountId: string, fileSystemId: string): string {
  return `arn:${partition}:elasticfilesystem:${region}:${accountId}:file-system/${fileSystemId}`;
}

/** Resolves access point ARNs to file system ARNs, reading each access point at most once. */
export class AccessPointResolver {
  private readonly cache = new Map<string, Promise<string | undefined>>();

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
  fileSystemArn(
    accessPointArn: string,
    owner: { readonly accountId: string; readonly region: string },
  ): Promise<string | undefined> {
    const arn = parseArn(accessPointArn);
    if (!arn || arn.accountId !== owner.accountId || arn.region !== owner.region) return Promise.resolve(undefined);
    let hit = this.cache.get(accessPointArn);
    if (!hit) {
      hit = this.read(accessPointArn);
      this.cache.set(accessPointArn, hit);
    }
    return hit;
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

/** The function with `fileSystems[].fileSystemArn` filled in where the resolver knows it. */
export async function withFileSystems(resolver: AccessPointResolver, fn: FunctionBase): Promise<FunctionBase> {
  if (!fn.fileSystems || fn.fileSystems.length === 0) return fn;
  const fileSystems = await Promise.all(
    fn.fileSystems.map(async (mount) => {
      if (mount.fileSystemArn) return mount;
      const fileSystemArn = await resolver.fileSystemArn(mount.arn, fn);
      return fileSystemArn ? { ...mount, fileSystemArn } : mount;
    }),
  );
  return { ...fn, fileSystems };
}
