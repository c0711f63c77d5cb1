/** shared/aws-layer.ts: Identity Center permission sets, the disagreement evidence and the ordered follow-up steps. */
import {
  disagreement,
  disagreementRef,
  followUps,
  permissionSetName,
  viaPermissionSet,
} from '../../../../lambda/core/checks/shared/aws-layer';
import type { FixSubject } from '../../../../lambda/core/checks/shared/message-fix';
import { roleSessionPrincipal } from '../../../../lambda/core/checks/shared/principal';
import type { DeniedRequest, FixTarget } from '../../../../lambda/core/cloudtrail/types';
import type { FixSpec } from '../../../../lambda/core/fix/types';
import { evaluate } from '../../../../lambda/core/policy';
import { en, formatRef } from '../../../../lambda/core/i18n';
import type { AuthzRequest, PolicySet, PolicyType } from '../../../../lambda/core/policy/model';
import { compiled as compile } from '../../../../lambda/core/snapshot/policy-sets';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { DENIAL } from '../../../support/factory';
import { ACCOUNT, allow, deny, doc } from '../../../support/factory';

const catalog = loadActionCatalog();
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:q`;
const REMOTE_QUEUE = 'arn:aws:sqs:us-east-1:444455556666:q';
const who: FixSubject = {
  target: { kind: 'role', name: 'app' },
  principal: roleSessionPrincipal(ROLE, 's', ACCOUNT),
  principalArn: ROLE,
};
const ctx = { target: who.target, policyName: 'laa-fix' };
const compiled = (d: Record<string, unknown>, type: 'identity' | 'permissions-boundary' = 'identity') =>
  compile(d, { type, name: type, origin: 'inline' });

function said(
  target: FixTarget,
  type: PolicyType | undefined,
  kind: 'explicit' | 'implicit' = 'implicit',
): DeniedRequest {
  return {
    ...DENIAL,
    resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`,
    reason: { kind, ...(type ? { policyType: type } : {}) },
    classification: { ...DENIAL.classification, fix: { target, source: 'message', reasons: [] } },
  };
}

describe('permission sets', () => {
  it.each<[string, string | undefined]>([
    ['AWSReservedSSO_DeveloperAccess_0123456789abcdef', 'DeveloperAccess'],
    ['AWSReservedSSO_Read_Only_0123456789abcdef', 'Read_Only'],
    ['orders-fn-role', undefined],
  ])('%s → %s', (role, set) => expect(permissionSetName(role)).toBe(set));

  const statement: FixSpec = {
    kind: 'identity-statement',
    summary: 's',
    target: { kind: 'role', name: 'AWSReservedSSO_DeveloperAccess_0123456789abcdef' },
    policyName: 'p',
    statements: [{ Effect: 'Allow', Action: 'lambda:GetFunction', Resource: '*' }],
  };
  it('turns an identity statement of a flagged Identity Center role into a permission-set fix', () => {
    const flagged = {
      ...DENIAL,
      classification: {
        ...DENIAL.classification,
        flags: [{ code: 'identity-center-permission-set' as const, reasons: [] }],
      },
    };
    expect(viaPermissionSet(flagged, statement)).toMatchObject({
      kind: 'permission-set',
      permissionSetName: 'DeveloperAccess',
    });
    expect(viaPermissionSet(DENIAL, statement)).toBe(statement);
  });
});

describe('disagreement', () => {
  const request: AuthzRequest = {
    principal: who.principal,
    action: 'kms:Decrypt',
    resource: said('resource', 'resource').resource!,
  };
  const allowed = evaluate(request, { identity: [compiled(doc(allow('kms:Decrypt')))] });
  const identityDenied = evaluate(request, { identity: [compiled(doc())] });
  it.each<[string, DeniedRequest, ReturnType<typeof evaluate>, RegExp | undefined]>([
    [
      'identity allows, AWS blames the key policy',
      said('resource', 'resource'),
      allowed,
      /allow this; AWS reports the denial from the key policy/,
    ],
    [
      'evaluation blames identity, AWS the session policy',
      said('session', 'session'),
      identityDenied,
      /blames the identity-based policy; AWS reports the denial from the session policy/,
    ],
    ['both blame identity', said('identity', 'identity'), identityDenied, undefined],
    [
      'AWS named no layer',
      { ...DENIAL, classification: { ...DENIAL.classification, fix: undefined } },
      allowed,
      undefined,
    ],
  ])('%s', (_n, denial, decision, expected) => {
    const text = disagreement(denial, decision, "The role's");
    if (expected) expect(text).toMatch(expected);
    else expect(text).toBeUndefined();
    const ref = disagreementRef(denial, decision, "The role's");
    expect(ref && en(ref)).toBe(text);
    if (ref) expect(formatRef('ja', ref)).not.toMatch(/[a-z]{4,} policy/);
  });
});

describe('followUps: what is still needed once the layer AWS named is fixed, in order', () => {
  const request = (resource: string): AuthzRequest => ({
    principal: who.principal,
    action: 'sqs:SendMessage',
    resource,
  });
  const boundary = compiled(doc(allow('logs:*')), 'permissions-boundary');
  it.each<[string, AuthzRequest, PolicySet, PolicyType, string[]]>([
    ['same account, resource fixed: nothing else', request(QUEUE), { identity: [compiled(doc())] }, 'resource', []],
    [
      'cross-account, resource fixed: the identity Allow',
      request(REMOTE_QUEUE),
      { identity: [compiled(doc())] },
      'resource',
      ['identity-statement'],
    ],
    [
      'boundary fixed, identity still lacks the Allow',
      request(QUEUE),
      { identity: [compiled(doc(deny('s3:*')))], permissionsBoundary: boundary },
      'permissions-boundary',
      ['identity-statement'],
    ],
    [
      'identity fixed, boundary still lacks the Allow',
      request(QUEUE),
      { identity: [compiled(doc())], permissionsBoundary: boundary },
      'identity',
      ['boundary'],
    ],
  ])('%s', (_n, req, set, layer, kinds) => {
    const steps = followUps({ request: req, set, decision: evaluate(req, set) }, layer, who, ctx, catalog);
    expect(steps.map((s) => s.kind)).toEqual(kinds);
  });
});
