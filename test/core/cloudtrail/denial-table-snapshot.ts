/**
 * A snapshot consistent with AWS's message, generated from a parsed denial (issue 9 §1 property test): the
 * caller's role or user, whose identity policy allows the action unless AWS blamed the identity layer; the
 * resource's policy (bucket, queue, secret, key policy, trust policy, function policy) with a Deny when AWS
 * reported an explicit deny in a resource-based policy, without an Allow for the caller when AWS reported a
 * missing one; a permissions boundary and SCP / RCP levels the same way. Session and VPC endpoint policies are
 * never in a snapshot (the collector cannot read them). Nothing here is per fixture.
 */
import type { DeniedRequest } from '../../../lambda/core/cloudtrail/types';
import type { PolicyType } from '../../../lambda/core/policy/model';
import { snapshot } from '../../support/factory';
import { policyTarget } from '../../../lambda/core/snapshot/policy-targets';
import type {
  FunctionInfo,
  KmsKeyInfo,
  ManagedPolicyInfo,
  OrganizationInfo,
  PolicyDocument,
  ResourcePolicyInfo,
  RoleInfo,
  Snapshot,
  UserInfo,
} from '../../../lambda/core/snapshot/types';

const doc = (...Statement: Record<string, unknown>[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const UNRELATED = { Effect: 'Allow', Action: 'tag:GetResources', Resource: '*' };
const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' };

/** The layer AWS blamed and how (an old-style message blames nothing: treated as a missing identity Allow). */
function blamed(d: DeniedRequest): { layer: PolicyType; explicit: boolean } {
  return { layer: d.reason.policyType ?? 'identity', explicit: d.reason.kind === 'explicit' };
}

/** The identity (or boundary) document: a Deny / no Allow when AWS blamed `layer`, else an Allow. */
function layerDoc(d: DeniedRequest, layer: PolicyType): PolicyDocument {
  const b = blamed(d);
  if (b.layer !== layer) return doc(ALLOW_ALL);
  return b.explicit ? doc(ALLOW_ALL, { Effect: 'Deny', Action: d.action, Resource: '*' }) : doc(UNRELATED);
}

function callerArn(d: DeniedRequest): string | undefined {
  return d.caller.type === 'AssumedRole' ? d.caller.roleArn : d.caller.arn;
}

/** The resource policy: a Deny for the action, an Allow for someone else, or an Allow for the account. */
function resourceDoc(d: DeniedRequest, arn: string, account: string): PolicyDocument {
  const b = blamed(d);
  const caller = callerArn(d) ?? `arn:aws:iam::${account}:root`;
  const resourceLayer = b.layer === 'resource' || b.layer === 'trust';
  const root = `arn:aws:iam::${d.caller.accountId ?? account}:root`;
  if (resourceLayer && b.explicit)
    return doc(
      { Effect: 'Allow', Principal: { AWS: root }, Action: '*', Resource: arn },
      { Effect: 'Deny', Principal: { AWS: caller }, Action: d.action, Resource: arn },
    );
  const someoneElse = `arn:aws:iam::${account}:role/someone-else`;
  return doc({ Effect: 'Allow', Principal: { AWS: resourceLayer ? someoneElse : root }, Action: '*', Resource: arn });
}

interface Parts {
  roles: RoleInfo[];
  users: UserInfo[];
  functions: FunctionInfo[];
  managedPolicies: ManagedPolicyInfo[];
  kmsKeys: KmsKeyInfo[];
  resourcePolicies: ResourcePolicyInfo[];
}

function addCaller(d: DeniedRequest, parts: Parts): void {
  const arn = callerArn(d);
  const account = d.caller.accountId ?? d.account;
  if (!arn) return;
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  const inlinePolicies = [{ name: 'app', document: layerDoc(d, 'identity') }];
  const boundaryArn =
    blamed(d).layer === 'permissions-boundary'
      ? (d.reason.policyArn ?? `arn:aws:iam::${account}:policy/boundary`)
      : undefined;
  if (boundaryArn) {
    const document = layerDoc(d, 'permissions-boundary');
    parts.managedPolicies.push({ arn: boundaryArn, name: 'boundary', awsManaged: false, document });
  }
  const boundary = boundaryArn ? { permissionsBoundaryArn: boundaryArn } : {};
  if (d.caller.type === 'IAMUser') {
    parts.users.push({ arn, name, accountId: account, inlinePolicies, attachedPolicies: [], groups: [], tags: {} });
    return;
  }
  const path = arn.slice(arn.indexOf(':role') + 5, arn.lastIndexOf('/') + 1) || '/';
  const trustPolicy = doc({
    Effect: 'Allow',
    Principal: { Service: 'lambda.amazonaws.com' },
    Action: 'sts:AssumeRole',
  });
  parts.roles.push({
    arn,
    name,
    path,
    accountId: account,
    trustPolicy,
    inlinePolicies,
    attachedPolicies: [],
    tags: {},
    ...boundary,
  });
}

function addResource(d: DeniedRequest, parts: Parts): void {
  const arn = d.resource;
  if (!arn || arn === '*') return;
  const iamRole = /^arn:[\w-]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (iamRole && d.action.toLowerCase() === 'sts:assumerole') {
    if (parts.roles.some((r) => r.arn === arn)) return;
    const trustPolicy = resourceDoc(d, arn, iamRole[1]);
    parts.roles.push({
      arn,
      name: iamRole[2],
      path: '/',
      accountId: iamRole[1],
      trustPolicy,
      inlinePolicies: [],
      attachedPolicies: [],
      tags: {},
    });
    return;
  }
  const t = policyTarget(arn);
  if (!t) return;
  const account = t.accountId || d.account;
  const document = resourceDoc(d, t.arn, account);
  if (t.kind === 'kms') parts.kmsKeys.push({ arn: t.arn, keyPolicy: document, grants: [], grantsComplete: true });
  else if (t.kind === 'lambda-function') parts.functions.push(functionAt(t.arn, t.name, account, d.region, document));
  else parts.resourcePolicies.push({ arn: t.arn, service: t.service, status: 'present', document });
}

function functionAt(arn: string, name: string, account: string, region: string, policy: PolicyDocument): FunctionInfo {
  return {
    arn,
    name,
    accountId: account,
    region,
    roleArn: `arn:aws:iam::${account}:role/${name}-role`,
    packageType: 'Zip',
    environmentVariableNames: [],
    tags: {},
    resourcePolicy: policy,
    eventSourceMappings: [],
  };
}

/** SCP / RCP levels when AWS blamed one: a Deny (explicit) or no Allow beside the default FullAWSAccess. */
function organization(d: DeniedRequest): OrganizationInfo | undefined {
  const b = blamed(d);
  if (b.layer !== 'scp' && b.layer !== 'rcp') return undefined;
  const arn = d.reason.policyArn ?? `arn:aws:organizations::999988887777:policy/o-x/${b.layer}/p-blamed`;
  const full = { name: 'Full', document: doc({ ...ALLOW_ALL, ...(b.layer === 'rcp' ? { Principal: '*' } : {}) }) };
  const denyStmt = {
    Effect: 'Deny',
    Action: d.action,
    Resource: '*',
    ...(b.layer === 'rcp' ? { Principal: '*' } : {}),
  };
  const blamedPolicy = { name: 'blamed', arn, document: b.explicit ? doc(denyStmt) : doc(UNRELATED) };
  const levels = [{ target: 'r-root', policies: b.explicit ? [full, blamedPolicy] : [blamedPolicy] }];
  return b.layer === 'scp' ? { scpLevels: levels, source: 'supplied' } : { rcpLevels: levels, source: 'supplied' };
}

/**
 * A snapshot of `d`'s account that agrees with what AWS said about `d`: the caller (role or user), the resource's
 * policy and, when AWS blamed them, a permissions boundary or organization policies.
 */
export function snapshotConsistentWith(d: DeniedRequest): Snapshot {
  const parts: Parts = { roles: [], users: [], functions: [], managedPolicies: [], kmsKeys: [], resourcePolicies: [] };
  addCaller(d, parts);
  addResource(d, parts);
  const org = organization(d);
  return snapshot(
    { ...parts, ...(org ? { organization: org } : {}) },
    { accountId: d.account, region: d.region, takenAt: d.eventTime },
  );
}
