/**
 * The KMS key policy is a required layer, without opt-in (issue 11). Sources: AWS KMS Developer Guide, "Key
 * policies in AWS KMS" ("Every KMS key must have exactly one key policy"; "Unless the key policy explicitly
 * allows it, you cannot use IAM policies to allow access to a KMS key"), "Grants in AWS KMS", and "AWS KMS
 * permissions" (CreateKey, ListKeys, GenerateRandom, custom key stores: policy type "IAM policy", resource
 * `*`; CreateAlias: the alias in an IAM policy, the key in the key policy).
 */
import { evaluate, explain } from '../../../lambda/core/policy';
import type { AuthzRequest, Decision, PolicySet } from '../../../lambda/core/policy';
import { ACCOUNT as A, OTHER_ACCOUNT as B, allow, deny, policy, session } from '../../support/factory';

const KEY = `arn:aws:kms:eu-west-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const ALIAS = `arn:aws:kms:eu-west-1:${A}:alias/app`;
const delegateToAccount = allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${A}:root` } });
const otherRoleOnly = allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${A}:role/admin` } });

const req = (action: string, resource: string, caller = session()): AuthzRequest => ({
  principal: caller,
  action,
  resource,
});
const resourceOutcome = (d: Decision): string | undefined => d.layers.find((l) => l.type === 'resource')?.outcome;

const idAllows = [policy('identity', [allow('kms:*')])];
const idEmpty = [policy('identity', [allow('s3:GetObject')])];
const idDenies = [policy('identity', [allow('kms:*'), deny('kms:Decrypt')])];

interface Row {
  readonly name: string;
  readonly request: AuthzRequest;
  readonly set: PolicySet;
  readonly decision: Decision['decision'];
  readonly resource: string;
  readonly requires: boolean;
  readonly decidingType?: string;
}

const rows: Row[] = [
  // supplied: the key policy given is the layer
  {
    name: 'supplied, delegates to the account, identity allows',
    request: req('kms:Decrypt', KEY),
    set: { identity: idAllows, resource: policy('resource', [delegateToAccount]) },
    decision: 'Allowed',
    resource: 'allow',
    requires: false,
  },
  {
    name: 'supplied, names another role only, identity allows',
    request: req('kms:Decrypt', KEY),
    set: { identity: idAllows, resource: policy('resource', [otherRoleOnly]) },
    decision: 'ImplicitlyDenied',
    resource: 'no-allow',
    requires: false,
    decidingType: 'resource',
  },
  // unknown: the default when no key policy is supplied
  {
    name: 'unknown by default, identity allows',
    request: req('kms:Decrypt', KEY),
    set: { identity: idAllows },
    decision: 'Allowed',
    resource: 'unknown',
    requires: true,
  },
  {
    name: 'unknown said explicitly, identity allows',
    request: req('kms:GenerateDataKey', KEY),
    set: { identity: idAllows, keyPolicy: 'unknown' },
    decision: 'Allowed',
    resource: 'unknown',
    requires: true,
  },
  {
    name: 'unknown, identity allows nothing',
    request: req('kms:Decrypt', KEY),
    set: { identity: idEmpty },
    decision: 'ImplicitlyDenied',
    resource: 'unknown',
    requires: false,
    decidingType: 'identity',
  },
  {
    name: 'unknown, identity denies',
    request: req('kms:Decrypt', KEY),
    set: { identity: idDenies },
    decision: 'ExplicitlyDenied',
    resource: 'unknown',
    requires: false,
    decidingType: 'identity',
  },
  // grants-cover: a grant authorizes the grantee
  {
    name: 'grants-cover, no identity allow',
    request: req('kms:Decrypt', KEY),
    set: { identity: idEmpty, keyPolicy: 'grants-cover' },
    decision: 'Allowed',
    resource: 'allow',
    requires: false,
    decidingType: 'resource',
  },
  {
    name: 'grants-cover, identity denies: a Deny beats the grant',
    request: req('kms:Decrypt', KEY),
    set: { identity: idDenies, keyPolicy: 'grants-cover' },
    decision: 'ExplicitlyDenied',
    resource: 'allow',
    requires: false,
    decidingType: 'identity',
  },
  {
    name: 'grants-cover, cross-account caller without an identity allow',
    request: req('kms:Decrypt', KEY, session(B)),
    set: { identity: idEmpty, keyPolicy: 'grants-cover' },
    decision: 'ImplicitlyDenied',
    resource: 'allow',
    requires: false,
    decidingType: 'identity',
  },
  {
    name: 'grants-cover, SCP without an allow still denies',
    request: req('kms:Decrypt', KEY),
    set: { identity: idEmpty, keyPolicy: 'grants-cover', scpLevels: [[policy('scp', [allow('s3:*')])]] },
    decision: 'ImplicitlyDenied',
    resource: 'allow',
    requires: false,
    decidingType: 'scp',
  },
  // none: known to allow nothing (and its legacy spelling)
  {
    name: 'none, identity allows',
    request: req('kms:Decrypt', KEY),
    set: { identity: idAllows, keyPolicy: 'none' },
    decision: 'ImplicitlyDenied',
    resource: 'no-allow',
    requires: false,
    decidingType: 'resource',
  },
  {
    name: 'keyPolicyRequired (legacy), identity allows',
    request: req('kms:Decrypt', KEY),
    set: { identity: idAllows, keyPolicyRequired: true },
    decision: 'ImplicitlyDenied',
    resource: 'no-allow',
    requires: false,
    decidingType: 'resource',
  },
  // requests without a key resource have no key-policy layer
  ...['kms:CreateKey', 'kms:ListKeys', 'kms:GenerateRandom', 'kms:CreateCustomKeyStore'].map((action): Row => ({
    name: `${action} on *`,
    request: req(action, '*'),
    set: { identity: idAllows },
    decision: 'Allowed',
    resource: 'not-present',
    requires: false,
  })),
  {
    name: 'kms:CreateAlias on the alias ARN (IAM policy only)',
    request: req('kms:CreateAlias', ALIAS),
    set: { identity: idAllows },
    decision: 'Allowed',
    resource: 'not-present',
    requires: false,
  },
];

describe('KMS key-policy layer: supplied, unknown, grants-cover, none', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const d = evaluate(r.request, r.set);
    expect(d.decision).toBe(r.decision);
    expect(resourceOutcome(d)).toBe(r.resource);
    expect(d.requires).toEqual(r.requires ? ['key-policy'] : undefined);
    if (r.decidingType) expect(d.decidingType).toBe(r.decidingType);
  });
});

describe('KMS key-policy layer in words', () => {
  it.each<[string, PolicySet, string, string]>([
    [
      'unknown: the sentence and the reasons say the key policy could not be read',
      { identity: idAllows },
      'provided the key policy, which could not be read, allows it too',
      'the KMS key policy was not supplied',
    ],
    [
      'grants-cover: the reasons name the grant',
      { identity: idEmpty, keyPolicy: 'grants-cover' },
      'is authorized',
      'a KMS grant authorizes the caller',
    ],
  ])('%s', (_name, set, sentence, reason) => {
    const r = req('kms:Decrypt', KEY);
    const d = evaluate(r, set);
    expect(explain(r, d).sentence).toContain(sentence);
    expect(d.reasons.join('\n')).toContain(reason);
    expect(JSON.parse(JSON.stringify(d)).requires).toEqual(d.requires);
  });
});
