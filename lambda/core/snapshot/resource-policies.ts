/**
 * The resource side of a request, from the snapshot (pure): the resource-based policy that applies to
 * (principal, action, resource) in the shape {@link PolicySet} takes, KMS grants merged into the key
 * policy, and whether the request crosses accounts. AWS's rule (IAM user guide, "Cross-account policy
 * evaluation logic"): within one account an Allow in either the identity-based or the resource-based
 * policy suffices (KMS keys excepted: the key policy must allow, directly or by delegating to the
 * account); across accounts both sides must allow. SCP / RCP levels are already part of
 * `policySetForRole` / `policySetForUser` when the snapshot has them.
 */
import { accountOf } from '../arn';
import type { CompiledPolicy, PolicySet } from '../policy/model';
import { resourcePolicy } from './policy-sets';
import { policyTarget, type PolicyTarget } from './policy-targets';
import type { KmsGrantInfo, KmsKeyInfo, PolicyDocument, ResourcePolicyStatus, Snapshot } from './types';

/** The request whose resource side is wanted. */
export interface ResourceRequest {
  /** Caller ARN (role, assumed-role session, user, root), when known. */
  readonly principalArn?: string;
  /** IAM action, e.g. `kms:Decrypt`. */
  readonly action: string;
  /** Resource ARN as the denial (or the configuration) names it. */
  readonly resourceArn: string;
}

/** What the snapshot says about the resource side of a request. */
export interface ResourceSide {
  /** The resource-layer policy for {@link PolicySet.resource}; absent when there is none or it is unknown. */
  readonly resource?: CompiledPolicy;
  /** `unknown`: the snapshot has nothing on this resource (not collected, or no reader covers it). */
  readonly status: ResourcePolicyStatus | 'unknown';
  /** ARN of the resource carrying the policy (a bucket for an object, a table for an index). */
  readonly policyArn?: string;
  /** Owner of the resource, when the ARN says (S3 bucket ARNs do not). */
  readonly resourceAccount?: string;
  /** Account of the caller, when known. */
  readonly principalAccount?: string;
  /** True when both accounts are known and differ: the identity side and the resource side must both allow. */
  readonly crossAccount?: boolean;
  /** KMS: grants whose grantee is the caller (or its role) and whose operations include the action. */
  readonly grants: readonly KmsGrantInfo[];
  /** KMS: false when the grant listing was incomplete (a missing grant then proves nothing). */
  readonly grantsComplete?: boolean;
  /** Why the policy is not known, as the collector recorded it. */
  readonly note?: string;
}

/** The role ARN behind an assumed-role session ARN (path unknown: matched by account and name). */
function roleKey(arn: string): string | undefined {
  const session = /^arn:[^:]+:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
  if (session) return `${session[1]}/${session[2]}`;
  const role = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  return role ? `${role[1]}/${role[2]}` : undefined;
}

/** True when a grant's grantee is the caller (same ARN, or the role of an assumed-role session). */
export function granteeMatches(grantee: string | undefined, principalArn: string | undefined): boolean {
  if (!grantee || !principalArn) return false;
  if (grantee === principalArn) return true;
  const a = roleKey(grantee);
  return a !== undefined && a === roleKey(principalArn);
}

/**
 * A grant as an IAM statement: Allow `kms:<operation>` for the grantee, with its encryption-context
 * constraints as `kms:EncryptionContext:<key>` conditions (for `EncryptionContextEquals` also no other
 * keys, via `ForAllValues:StringEquals` on `kms:EncryptionContextKeys`).
 */
export function grantStatement(grant: KmsGrantInfo): Record<string, unknown> {
  const equals = grant.constraints?.encryptionContextEquals;
  const context = { ...(grant.constraints?.encryptionContextSubset ?? {}), ...(equals ?? {}) };
  const values = Object.fromEntries(Object.entries(context).map(([k, v]) => [`kms:EncryptionContext:${k}`, v]));
  const condition = {
    ...(Object.keys(values).length > 0 ? { StringEquals: values } : {}),
    ...(equals ? { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': Object.keys(equals) } } : {}),
  };
  return {
    Sid: `Grant${grant.grantId.replace(/[^A-Za-z0-9]/g, '').slice(0, 40)}`,
    Effect: 'Allow',
    Principal: { AWS: grant.granteePrincipal ?? '*' },
    Action: grant.operations.map((o) => `kms:${o}`),
    Resource: '*',
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
}

const keyDocuments = new WeakMap<KmsKeyInfo, PolicyDocument>();

/** The key policy with every grant appended as a statement (memoized per key object). */
export function keyPolicyWithGrants(key: KmsKeyInfo & { keyPolicy: PolicyDocument }): PolicyDocument {
  let doc = keyDocuments.get(key);
  if (!doc) {
    const own = key.keyPolicy.Statement;
    const statements = Array.isArray(own) ? own : own ? [own] : [];
    doc = { ...key.keyPolicy, Statement: [...statements, ...(key.grants ?? []).map(grantStatement)] };
    keyDocuments.set(key, doc);
  }
  return doc;
}

function kmsSide(snapshot: Snapshot, t: PolicyTarget, r: ResourceRequest): Omit<ResourceSide, 'policyArn'> {
  const key = snapshot.kmsKeys?.find((k) => k.arn === t.arn);
  if (!key) return { status: 'unknown', grants: [] };
  const op = r.action.toLowerCase().replace(/^kms:/, '');
  const grants = (key.grants ?? []).filter(
    (g) => granteeMatches(g.granteePrincipal, r.principalArn) && g.operations.some((o) => o.toLowerCase() === op),
  );
  const complete = key.grants ? { grantsComplete: key.grantsComplete !== false } : {};
  if (!key.keyPolicy) return { status: 'unreadable', grants, ...complete };
  const withPolicy = { ...key, keyPolicy: key.keyPolicy };
  const resource = resourcePolicy(keyPolicyWithGrants(withPolicy), `key policy of ${t.arn} (with grants)`);
  return { status: 'present', resource, grants, ...complete };
}

function functionSide(snapshot: Snapshot, t: PolicyTarget): Omit<ResourceSide, 'policyArn' | 'grants'> | undefined {
  const unqualified = t.extra ? t.arn.slice(0, -(t.extra.length + 1)) : t.arn;
  const fn = snapshot.functions.find((f) => f.arn === unqualified);
  if (!fn) return undefined;
  const doc = t.extra ? fn.qualifierPolicies?.find((q) => q.qualifier === t.extra)?.policy : fn.resourcePolicy;
  if (doc === undefined) return undefined;
  return doc === null
    ? { status: 'none' }
    : { status: 'present', resource: resourcePolicy(doc, `resource policy of ${t.arn}`) };
}

function storedSide(snapshot: Snapshot, t: PolicyTarget): Omit<ResourceSide, 'policyArn' | 'grants'> {
  const info = snapshot.resourcePolicies?.find((p) => p.arn === t.arn);
  if (!info) return { status: 'unknown' };
  const note = info.note ? { note: info.note } : {};
  if (info.status !== 'present' || !info.document) return { status: info.status, ...note };
  const resource = resourcePolicy(info.document, `${t.service} resource policy of ${t.arn}`);
  return { status: 'present', resource, ...note };
}

/** The resource side of `request` from `snapshot` (never throws; `unknown` when the snapshot has nothing). */
export function resourceSideFor(snapshot: Snapshot, request: ResourceRequest): ResourceSide {
  const t = policyTarget(request.resourceArn);
  const resourceAccount = accountOf(request.resourceArn) ?? (t?.accountId || undefined);
  const principalAccount = accountOf(request.principalArn);
  const accounts = {
    ...(resourceAccount ? { resourceAccount } : {}),
    ...(principalAccount ? { principalAccount } : {}),
    ...(resourceAccount && principalAccount ? { crossAccount: resourceAccount !== principalAccount } : {}),
  };
  if (!t) return { status: 'unknown', grants: [], ...accounts };
  if (t.kind === 'kms') return { policyArn: t.arn, ...kmsSide(snapshot, t, request), ...accounts };
  const found = (t.kind === 'lambda-function' ? functionSide(snapshot, t) : undefined) ?? storedSide(snapshot, t);
  return { policyArn: t.arn, grants: [], ...found, ...accounts };
}

/** `set` with the resource layer taken from `side` (unchanged when the side has no policy). */
export function withResourceSide(set: PolicySet, side: ResourceSide): PolicySet {
  return side.resource ? { ...set, resource: side.resource } : set;
}
