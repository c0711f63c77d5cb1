import { policyTarget } from '../../../lambda/core/snapshot/policy-targets';
import {
  grantStatement,
  granteeMatches,
  resourceSideFor,
  withResourceSide,
} from '../../../lambda/core/snapshot/resource-policies';
import type { KmsGrantInfo, Snapshot } from '../../../lambda/core/snapshot/types';
import { evaluate } from '../../../lambda/core/policy';
import { snapshot as factorySnapshot } from '../../support/factory';

const ACCT = '123456789012';
const ROLE = `arn:aws:iam::${ACCT}:role/service/orders-role`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/orders-role/orders`;
const KEY = `arn:aws:kms:us-east-1:${ACCT}:key/1234`;
const FN = `arn:aws:lambda:us-east-1:${ACCT}:function:orders`;
const LAMBDA_GRANT: KmsGrantInfo = {
  grantId: 'g-1',
  granteePrincipal: ROLE,
  operations: ['Decrypt'],
  constraints: { encryptionContextEquals: { 'aws:lambda:FunctionArn': FN } },
};
const KEY_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'admins',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCT}:role/key-admin` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};

/** A snapshot of account ACCT. */
const snapshot = (parts: Partial<Snapshot> = {}): Snapshot => factorySnapshot(parts, { accountId: ACCT });

describe('policyTarget', () => {
  it.each([
    ['arn:aws:s3:::my-bucket/k/x.csv', 's3', 'arn:aws:s3:::my-bucket'],
    [
      `arn:aws:dynamodb:us-east-1:${ACCT}:table/t/stream/2026-01-01T00:00:00.000`,
      'dynamodb',
      `arn:aws:dynamodb:us-east-1:${ACCT}:table/t/stream/2026-01-01T00:00:00.000`,
    ],
    [`arn:aws:dynamodb:us-east-1:${ACCT}:table/t/index/i`, 'dynamodb', `arn:aws:dynamodb:us-east-1:${ACCT}:table/t`],
    [
      `arn:aws:execute-api:us-east-1:${ACCT}:a1b2/prod/GET/x`,
      'apigateway',
      'arn:aws:apigateway:us-east-1::/restapis/a1b2',
    ],
    [`arn:aws:sns:us-east-1:${ACCT}:t:0b1c2d3e-aaaa-bbbb-cccc-0123456789ab`, 'sns', `arn:aws:sns:us-east-1:${ACCT}:t`],
    [`${FN}:live`, 'lambda', `${FN}:live`],
    [`arn:aws:lambda:us-east-1:${ACCT}:layer:l:7`, 'lambda', `arn:aws:lambda:us-east-1:${ACCT}:layer:l:7`],
    [`arn:aws:es:us-east-1:${ACCT}:domain/d/_search`, 'es', `arn:aws:es:us-east-1:${ACCT}:domain/d`],
  ])('%s → %s policy of %s', (arn, service, policyArn) => {
    expect(policyTarget(arn)).toMatchObject({ service, arn: policyArn });
  });

  it.each([
    [`arn:aws:kms:us-east-1:${ACCT}:alias/a`],
    [`arn:aws:iam::${ACCT}:role/r`],
    ['not an arn'],
    ['arn:aws:s3:us-east-1:1:accesspoint/a'],
  ])('has no reader for %s', (arn) => expect(policyTarget(arn)).toBeUndefined());
});

describe('resourceSideFor', () => {
  it('turns Lambda’s grant into a key-policy statement the engine allows for the function’s session', () => {
    const snap = snapshot({
      kmsKeys: [{ arn: KEY, keyPolicy: KEY_POLICY, grants: [LAMBDA_GRANT], grantsComplete: true }],
    });
    const side = resourceSideFor(snap, { principalArn: SESSION, action: 'kms:Decrypt', resourceArn: KEY });
    expect(side).toMatchObject({
      status: 'present',
      policyArn: KEY,
      crossAccount: false,
      grants: [LAMBDA_GRANT],
      grantsComplete: true,
    });
    expect(side.resource?.parsed.statements).toHaveLength(2);
    const set = withResourceSide({ identity: [] }, side);
    const request = {
      principal: { kind: 'assumed-role' as const, arn: SESSION, accountId: ACCT, roleArn: ROLE, sessionName: 'orders' },
      action: 'kms:Decrypt',
      resource: KEY,
      context: {
        'kms:EncryptionContext:aws:lambda:FunctionArn': FN,
        'kms:EncryptionContextKeys': ['aws:lambda:FunctionArn'],
      },
    };
    const decision = evaluate(request, set);
    expect(decision.decision).toBe('Allowed');
    expect(decision.deciding.map((d) => d.sid)).toEqual(['Grantg1']);
    // Without the grant (and with no identity policy) the same request is not allowed.
    const bare = resourceSideFor(snapshot({ kmsKeys: [{ arn: KEY, keyPolicy: KEY_POLICY }] }), {
      principalArn: SESSION,
      action: 'kms:Decrypt',
      resourceArn: KEY,
    });
    expect(evaluate(request, withResourceSide({ identity: [] }, bare)).decision).toBe('ImplicitlyDenied');
  });

  it.each([
    ['a grant for another operation', { ...LAMBDA_GRANT, operations: ['Encrypt'] }, SESSION, 0],
    ['a grant for another role', { ...LAMBDA_GRANT, granteePrincipal: `arn:aws:iam::${ACCT}:role/other` }, SESSION, 0],
    ['the grant for this role by role ARN', LAMBDA_GRANT, ROLE, 1],
  ])('lists %s only when it applies', (_n, grant, principalArn, count) => {
    const snap = snapshot({ kmsKeys: [{ arn: KEY, keyPolicy: KEY_POLICY, grants: [grant] }] });
    expect(resourceSideFor(snap, { principalArn, action: 'kms:Decrypt', resourceArn: KEY }).grants).toHaveLength(count);
  });

  it('reports an unreadable key policy and an unknown resource as such, never as "no policy"', () => {
    const snap = snapshot({ kmsKeys: [{ arn: KEY }] });
    expect(resourceSideFor(snap, { action: 'kms:Decrypt', resourceArn: KEY }).status).toBe('unreadable');
    expect(
      resourceSideFor(snapshot(), { action: 'sqs:SendMessage', resourceArn: `arn:aws:sqs:us-east-1:${ACCT}:q` }).status,
    ).toBe('unknown');
  });

  it('uses the stored bucket policy for an object and flags a cross-account caller', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
    };
    const snap = snapshot({
      resourcePolicies: [{ arn: 'arn:aws:s3:::my-bucket', service: 's3', status: 'present', document: doc }],
    });
    const side = resourceSideFor(snap, {
      principalArn: 'arn:aws:sts::210987654321:assumed-role/r/s',
      action: 's3:GetObject',
      resourceArn: 'arn:aws:s3:::my-bucket/k',
    });
    expect(side).toMatchObject({
      status: 'present',
      policyArn: 'arn:aws:s3:::my-bucket',
      principalAccount: '210987654321',
    });
    expect(side.crossAccount).toBeUndefined(); // S3 ARNs do not name the owner
    const queue = resourceSideFor(
      snapshot({
        resourcePolicies: [
          { arn: 'arn:aws:sqs:us-east-1:210987654321:q', service: 'sqs', status: 'not-read', note: 'other account' },
        ],
      }),
      { principalArn: SESSION, action: 'sqs:SendMessage', resourceArn: 'arn:aws:sqs:us-east-1:210987654321:q' },
    );
    expect(queue).toMatchObject({
      status: 'not-read',
      note: 'other account',
      crossAccount: true,
      resourceAccount: '210987654321',
    });
    expect(withResourceSide({ identity: [] }, queue)).toEqual({ identity: [] });
  });

  it('takes a function’s own resource policy (or a qualifier’s) from the function itself', () => {
    const fnInfo = {
      arn: FN,
      name: 'orders',
      accountId: ACCT,
      region: 'us-east-1',
      roleArn: ROLE,
      packageType: 'Zip' as const,
      environmentVariableNames: [],
      tags: {},
      eventSourceMappings: [],
      resourcePolicy: null,
      qualifierPolicies: [{ qualifier: 'live', policy: { Version: '2012-10-17', Statement: [] } }],
    };
    const snap = snapshot({ functions: [fnInfo] });
    expect(resourceSideFor(snap, { action: 'lambda:InvokeFunction', resourceArn: FN }).status).toBe('none');
    expect(resourceSideFor(snap, { action: 'lambda:InvokeFunction', resourceArn: `${FN}:live` }).status).toBe(
      'present',
    );
  });
});

describe('grant helpers', () => {
  it('matches a session to its role by account and name, whatever the role path', () => {
    expect(granteeMatches(ROLE, SESSION)).toBe(true);
    expect(granteeMatches(ROLE, `arn:aws:sts::999999999999:assumed-role/orders-role/x`)).toBe(false);
    expect(granteeMatches(undefined, SESSION)).toBe(false);
  });

  it('writes encryption-context constraints as conditions', () => {
    expect(grantStatement(LAMBDA_GRANT)).toEqual({
      Sid: 'Grantg1',
      Effect: 'Allow',
      Principal: { AWS: ROLE },
      Action: ['kms:Decrypt'],
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:EncryptionContext:aws:lambda:FunctionArn': FN },
        'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['aws:lambda:FunctionArn'] },
      },
    });
  });
});
