/** wording: one source of truth for policy-type names, articles, statement pointers and decisions. */
import type { PolicySourceRef, PolicyType, StatementRef } from '../../../lambda/core/policy';
import {
  articleForText,
  decisionText,
  describeStatement,
  isAwsManaged,
  textWithArticle,
  typeWithArticle,
  withTypeName,
} from '../../../lambda/core/policy/wording';

describe('typeWithArticle', () => {
  it.each<[PolicyType, string]>([
    ['identity', 'an identity-based policy'],
    ['resource', 'a resource-based policy'],
    ['trust', 'the role trust policy'],
    ['permissions-boundary', 'a permissions boundary'],
    ['session', 'a session policy'],
    ['scp', 'a service control policy'],
    ['rcp', 'a resource control policy'],
    ['vpc-endpoint', 'a VPC endpoint policy'],
  ])('%s → %s', (type, expected) => {
    expect(typeWithArticle(type)).toBe(expected);
  });
});

describe('textWithArticle (AWS’s own policy-type text)', () => {
  it.each([
    ['identity-based policy', 'an identity-based policy'],
    ['resource-based policy', 'a resource-based policy'],
    ['sessions policy', 'a sessions policy'],
    ['role trust policy', 'the role trust policy'],
    [
      'VPC endpoint policy transitively through a service control policy',
      'a VPC endpoint policy transitively through a service control policy',
    ],
    [' identity-based policy ', 'an identity-based policy'],
  ])('%j → %s', (text, expected) => {
    expect(textWithArticle(text)).toBe(expected);
  });

  it.each([
    ['Identity-based policy', 'an'],
    ['permissions boundary', 'a'],
    ['trust policy', 'the'],
  ])('article of %j is %s', (text, expected) => {
    expect(articleForText(text)).toBe(expected);
  });
});

const ref = (policy: PolicySourceRef, sid?: string): StatementRef => ({
  policy,
  index: 0,
  sid,
  effect: 'Allow',
  statement: {},
});

describe('describeStatement', () => {
  it.each<[PolicySourceRef, string | undefined, string]>([
    [
      { type: 'identity', name: 'role r inline policy p', origin: 'inline' },
      'S1',
      'role r inline policy p, statement "S1" (Allow)',
    ],
    [
      { type: 'permissions-boundary', name: 'b', arn: 'arn:aws:iam::111122223333:policy/b' },
      undefined,
      'permissions boundary b (arn:aws:iam::111122223333:policy/b), statement #0 (Allow)',
    ],
    [
      { type: 'trust', name: 'trust policy of role r', origin: 'trust' },
      undefined,
      'trust policy of role r, statement #0 (Allow)',
    ],
    [
      { type: 'resource', name: 'resource policy of fn', origin: 'resource' },
      'x',
      'resource policy of fn, statement "x" (Allow)',
    ],
  ])('%j', (policy, sid, expected) => {
    expect(describeStatement(ref(policy, sid))).toBe(expected);
  });
});

describe('isAwsManaged', () => {
  it.each<[PolicySourceRef, boolean]>([
    [{ type: 'identity', name: 'AWSLambdaBasicExecutionRole', origin: 'aws-managed' }, true],
    [
      {
        type: 'identity',
        name: 'AWSLambdaBasicExecutionRole',
        arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      },
      true,
    ],
    [{ type: 'identity', name: 'X', arn: 'arn:aws-us-gov:iam::aws:policy/X' }, true],
    [
      { type: 'identity', name: 'mine', arn: 'arn:aws:iam::111122223333:policy/mine', origin: 'customer-managed' },
      false,
    ],
    [{ type: 'identity', name: 'role r inline policy p', origin: 'inline' }, false],
  ])('%j → %s', (policy, expected) => {
    expect(isAwsManaged(policy)).toBe(expected);
  });
});

describe('decisionText', () => {
  it.each<[string, string | undefined, string]>([
    ['ImplicitlyDenied', 'identity', 'implicitly denied (no identity-based policy allows it)'],
    ['ImplicitlyDenied', 'permissions-boundary', 'implicitly denied (no permissions boundary allows it)'],
    ['ExplicitlyDenied', 'scp', 'explicitly denied (by a service control policy)'],
    ['ExplicitlyDenied', 'identity', 'explicitly denied (by an identity-based policy)'],
    ['ExplicitlyDenied', 'trust', 'explicitly denied (by the role trust policy)'],
    ['Allowed', 'resource', 'allowed (by a resource-based policy)'],
    ['Allowed', undefined, 'allowed'],
    ['ImplicitlyDenied', 'custom layer', 'implicitly denied (no custom layer allows it)'],
    ['ImplicitlyDenied', 'toString', 'implicitly denied (no toString allows it)'],
    ['SomethingNew', 'identity', 'SomethingNew'],
  ])('%s / %s → %s', (decision, type, expected) => {
    expect(decisionText(decision, type)).toBe(expected);
  });
});

describe('withTypeName', () => {
  it.each([
    ['AWSLambdaBasicExecutionRole', 'identity', 'identity-based policy AWSLambdaBasicExecutionRole'],
    ['role r inline policy p', 'identity', 'role r inline policy p'],
    ['resource policy of fn', 'resource', 'resource policy of fn'],
    ['trust policy of role r', 'trust', 'trust policy of role r'],
    ['b', 'permissions-boundary', 'permissions boundary b'],
    ['p-1 (Root)', 'scp', 'service control policy p-1 (Root)'],
    ['x', 'something else', 'something else x'],
  ])('%s (%s) → %s', (name, type, expected) => {
    expect(withTypeName(name, type)).toBe(expected);
  });
});
