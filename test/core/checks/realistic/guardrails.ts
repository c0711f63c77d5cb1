/**
 * Organization guardrails from AWS's published examples, applied on top of any fixture account: the
 * region-restriction SCP (`aws:RequestedRegion`, Control Tower's region deny) and the data-perimeter
 * RCP that only lets identities of the organization use S3 / SQS / KMS / Secrets Manager / STS
 * (aws-samples/data-perimeter-policy-examples `EnforceOrgIdentities`).
 */
import type { NamedPolicy, Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT as A, REGION as R } from '../../../support/factory';

/** The organization ID the fixtures live in. */
export const ORG_ID = 'o-a1b2c3d4e5';

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const FULL_SCP: NamedPolicy = { name: 'FullAWSAccess', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) };
const FULL_RCP: NamedPolicy = {
  name: 'RCPFullAWSAccess',
  document: doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }),
};

/** The region-restriction SCP of AWS's SCP examples, with FullAWSAccess at every level. */
export function withRegionGuardrail(s: Snapshot): Snapshot {
  const regions = {
    name: 'DenyAllOutsideRequestedRegions',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyAllOutsideEU',
          Effect: 'Deny',
          NotAction: [
            'iam:*',
            'organizations:*',
            'route53:*',
            'budgets:*',
            'waf:*',
            'cloudfront:*',
            'globalaccelerator:*',
            'importexport:*',
            'support:*',
            'sts:*',
          ],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': [R, 'eu-west-1'] } },
        },
      ],
    },
  };
  return {
    ...s,
    organization: {
      id: ORG_ID,
      scpLevels: [
        { target: 'r-ab12', policies: [FULL_SCP] },
        { target: 'ou-ab12-workloads', policies: [FULL_SCP, regions] },
        { target: A, policies: [FULL_SCP] },
      ],
    },
  };
}

/** The `EnforceOrgIdentities` RCP naming `orgInPolicy` (the account's own organization by default). */
export function withDataPerimeter(s: Snapshot, orgInPolicy: string = ORG_ID): Snapshot {
  const perimeter: NamedPolicy = {
    name: 'EnforceOrgIdentities',
    document: doc({
      Sid: 'EnforceOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:AssumeRole', 'sts:GetSessionToken', 'sts:SetContext'],
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': orgInPolicy },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    }),
  };
  return {
    ...s,
    organization: {
      ...s.organization,
      id: ORG_ID,
      rcpLevels: [
        { target: 'r-ab12', policies: [FULL_RCP, perimeter] },
        { target: A, policies: [FULL_RCP] },
      ],
    },
  };
}

/**
 * Adds the KMS docs' "use only through these services" statement to every key policy: Decrypt is
 * denied unless the call comes through Lambda or SQS (`kms:ViaService`).
 */
export function withServiceOnlyKeys(s: Snapshot, services: readonly string[] = ['lambda', 'sqs']): Snapshot {
  const deny = {
    Sid: 'DenyUseOutsideServices',
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    Resource: '*',
    Condition: { StringNotLike: { 'kms:ViaService': services.map((v) => `${v}.*.amazonaws.com`) } },
  };
  return {
    ...s,
    kmsKeys: (s.kmsKeys ?? []).map((k) => {
      const existing = (k.keyPolicy?.Statement ?? []) as Record<string, unknown>[];
      return { ...k, keyPolicy: { Version: '2012-10-17', Statement: [...existing, deny] } };
    }),
  };
}
