/**
 * The resource-policy dispatcher: given resource ARNs (the resource a denial names, the resources a
 * function's configuration references), picks the reader by service, reads each distinct policy once per
 * run and returns snapshot data. Only resources of the audited account and Region are read (KMS key
 * policies, for one, are readable only in the key's account; another account's policy is that account's
 * to show): others are recorded as `not-read` with the reason. S3 bucket and API Gateway ARNs carry no
 * account and are read.
 */
import type { KmsKeyInfo, ResourcePolicyInfo } from '../../../core/snapshot/types';
import type { CollectorClients } from '../clients';
import type { CollectContext } from '../context';
import type { AccessPointResolver } from '../efs';
import { readRestApiPolicy } from './apigateway';
import { readCodeArtifactPolicy } from './codeartifact';
import { readDynamoDbPolicy } from './dynamodb';
import { readRepositoryPolicy } from './ecr';
import { readEventBusPolicy } from './eventbridge';
import { readKmsKey } from './kms';
import { readFunctionPolicy, readLayerVersionPolicy } from './lambda';
import { readDomainPolicy } from './opensearch';
import type { PolicyRead } from './read';
import { readBucketPolicy } from './s3';
import { readSecretPolicy } from './secretsmanager';
import { readApplicationPolicy } from './serverlessrepo';
import { readSigningProfilePolicy } from './signer';
import { readTopicPolicy } from './sns';
import { readQueuePolicy } from './sqs';
import { policyTarget, type PolicyTarget, type ReaderKind } from '../../../core/snapshot/policy-targets';

export { policyTarget, ecrRepositoryArn, type PolicyTarget } from '../../../core/snapshot/policy-targets';

/** The audited account and Region: the only ones whose resources are read. */
export interface PolicyOwner {
  readonly accountId: string;
  readonly region: string;
}

type Reader = (
  ctx: CollectContext,
  c: CollectorClients,
  t: PolicyTarget,
  efs?: AccessPointResolver,
) => Promise<PolicyRead> | undefined;

const READERS: Readonly<Record<Exclude<ReaderKind, 'kms'>, Reader>> = {
  s3: (ctx, c, t) => readBucketPolicy(ctx, c.s3, t),
  secretsmanager: (ctx, c, t) => c.secretsManager && readSecretPolicy(ctx, c.secretsManager, t),
  sqs: (ctx, c, t) => c.sqs && readQueuePolicy(ctx, c.sqs, t),
  sns: (ctx, c, t) => readTopicPolicy(ctx, c.sns, t),
  dynamodb: (ctx, c, t) => c.dynamodb && readDynamoDbPolicy(ctx, c.dynamodb, t),
  ecr: (ctx, c, t) => c.ecr && readRepositoryPolicy(ctx, c.ecr, t),
  events: (ctx, c, t) => readEventBusPolicy(ctx, c.eventbridge, t),
  'lambda-function': (ctx, c, t) => readFunctionPolicy(ctx, c.lambda, t),
  'lambda-layer': (ctx, c, t) => readLayerVersionPolicy(ctx, c.lambda, t),
  apigateway: (ctx, c, t) => c.apiGateway && readRestApiPolicy(ctx, c.apiGateway, t),
  'codeartifact-repository': (ctx, c, t) => c.codeArtifact && readCodeArtifactPolicy(ctx, c.codeArtifact, t),
  'codeartifact-domain': (ctx, c, t) => c.codeArtifact && readCodeArtifactPolicy(ctx, c.codeArtifact, t),
  efs: (_ctx, _c, t, efs) => efs && readFileSystemPolicy(efs, t),
  es: (ctx, c, t) => c.openSearch && readDomainPolicy(ctx, c.openSearch, t),
  signer: (ctx, c, t) => c.signer && readSigningProfilePolicy(ctx, c.signer, t),
  serverlessrepo: (ctx, c, t) => c.serverlessRepo && readApplicationPolicy(ctx, c.serverlessRepo, t),
};

/** Why a target is not read, or undefined when it is. */
function skipReason(t: PolicyTarget, owner: PolicyOwner): string | undefined {
  if (t.accountId && t.accountId !== owner.accountId)
    return `owned by account ${t.accountId}: its policy is readable only there`;
  if (t.region && t.region !== owner.region) return `in Region ${t.region}: the collector reads ${owner.region}`;
  return undefined;
}

/** Reads resource policies and KMS keys, each distinct resource once per run. */
export class ResourcePolicyCollector {
  private readonly policies = new Map<string, Promise<ResourcePolicyInfo>>();
  private readonly keys = new Map<string, Promise<KmsKeyInfo | ResourcePolicyInfo>>();

  /**
   * @param ctx collection context (rate limits, failed reads)
   * @param clients the collector's clients; a missing optional client leaves its service `not-read`
   * @param owner the audited account and Region
   * @param efs the run's access point resolver (EFS file system policies are shared with the function reads)
   */
  constructor(
    private readonly ctx: CollectContext,
    private readonly clients: CollectorClients,
    private readonly owner: PolicyOwner,
    private readonly efs?: AccessPointResolver,
  ) {}

  /** Reads the policy that decides access to each ARN (unsupported ARNs are ignored). */
  async readAll(arns: readonly (string | undefined)[]): Promise<void> {
    await Promise.all(arns.map((arn) => (arn ? this.read(arn) : undefined)));
  }

  /** Reads the policy that decides access to `arn`, once per run. */
  async read(arn: string): Promise<void> {
    const target = policyTarget(arn);
    if (!target) return;
    const cache = target.kind === 'kms' ? this.keys : this.policies;
    if (!cache.has(target.arn)) cache.set(target.arn, this.fetch(target));
    await cache.get(target.arn);
  }

  /** Everything read so far, sorted by ARN: resource policies (KMS keys not included) and KMS keys. */
  async results(): Promise<{ resourcePolicies: ResourcePolicyInfo[]; kmsKeys: KmsKeyInfo[] }> {
    const all = [...(await Promise.all(this.policies.values())), ...(await Promise.all(this.keys.values()))];
    const byArn = (a: { arn: string }, b: { arn: string }): number => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);
    const isKey = (x: KmsKeyInfo | ResourcePolicyInfo): x is KmsKeyInfo => !('status' in x);
    return {
      resourcePolicies: all.filter((x): x is ResourcePolicyInfo => !isKey(x)).sort(byArn),
      kmsKeys: all.filter(isKey).sort(byArn),
    };
  }

  private async fetch(t: PolicyTarget): Promise<ResourcePolicyInfo | KmsKeyInfo> {
    const base = { arn: t.arn, service: t.service };
    const skip = skipReason(t, this.owner);
    if (skip) return { ...base, status: 'not-read', note: skip };
    if (t.kind === 'kms') {
      if (!this.clients.kms) return { ...base, status: 'not-read', note: 'no KMS client' };
      return readKmsKey(this.ctx, this.clients.kms, t);
    }
    const pending = READERS[t.kind](this.ctx, this.clients, t, this.efs);
    if (!pending) return { ...base, status: 'not-read', note: `no ${t.service} client` };
    const read = await pending;
    return read.status === 'present'
      ? { ...base, status: 'present', document: read.document, ...(read.note ? { note: read.note } : {}) }
      : { ...base, status: read.status };
  }
}

/** EFS: the file system policy through the run's resolver (`null` = none, undefined = unknown). */
async function readFileSystemPolicy(efs: AccessPointResolver, t: PolicyTarget): Promise<PolicyRead> {
  const owner = { accountId: t.accountId, region: t.region };
  const fileSystemArn = t.name.startsWith('fsap-') ? await efs.fileSystemArn(t.arn, owner) : t.arn;
  if (!fileSystemArn) return { status: 'unreadable' };
  const policy = await efs.fileSystemPolicy(fileSystemArn, owner);
  if (policy === null) return { status: 'none' };
  return policy === undefined ? { status: 'unreadable' } : { status: 'present', document: policy };
}
