/**
 * engineRef(): every sentence the policy engine's proposeFix writes (summary and notes) maps to a catalog message
 * whose English is that sentence byte for byte and whose other languages differ (so a changed engine sentence
 * fails here instead of staying English in alerts); text that is no engine sentence maps to nothing.
 */
import { loadActionCatalog } from '../../../../lambda/catalog';
import { engineRef } from '../../../../lambda/core/checks/shared/engine-text';
import { en, formatRef, LANGS, type MessageKey } from '../../../../lambda/core/i18n';
import { EN } from '../../../../lambda/core/i18n/catalog/en';
import { evaluate, loadPolicy, proposeFix } from '../../../../lambda/core/policy';
import type { AuthzRequest, PolicySet } from '../../../../lambda/core/policy';
import {
  ACCOUNT as A,
  OTHER_ACCOUNT as B,
  FULL_ACCESS,
  allow,
  buildSet,
  deny,
  service,
  session,
  user,
  type SetSpec,
} from '../../../support/factory';

const CATALOG = loadActionCatalog();
const OBJ = 'arn:aws:s3:::bucket/key';
const FN_B = `arn:aws:lambda:us-east-1:${B}:function:f`;
/** An AWS managed policy that denies everything (AWS managed policies are read-only: the fix detaches it). */
const MANAGED_DENY = loadPolicy(
  { Version: '2012-10-17', Statement: [deny('*')] },
  { type: 'identity', name: 'AWSDenyAll', arn: 'arn:aws:iam::aws:policy/AWSDenyAll', origin: 'aws-managed' },
);

type Case = [name: string, set: SetSpec | (() => PolicySet), request?: Partial<AuthzRequest>, catalog?: boolean];

/** Requests that make the engine write each of its sentence forms (see test/core/policy/fix.test.ts). */
const CASES: Case[] = [
  ['missing identity allow (object prefix)', {}],
  ['missing identity allow for a user', {}, { principal: user() }],
  ['explicit deny with a Sid', { identity: [[FULL_ACCESS, { Sid: 'NoS3', ...deny('s3:*') }]] }],
  ['two explicit denies, no Sid', { identity: [[FULL_ACCESS, deny('s3:*'), deny('s3:Get*')]] }],
  [
    'explicit deny with a condition',
    { identity: [[FULL_ACCESS, deny('s3:*', '*', { Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]] },
    { context: { 'aws:SecureTransport': 'false' } },
  ],
  ['boundary', { identity: [[FULL_ACCESS]], boundary: [allow('sqs:*')] }],
  ['session policy', { identity: [[FULL_ACCESS]], session: [[allow('sqs:*')]] }],
  ['SCP', { identity: [[FULL_ACCESS]], scp: [[allow('ec2:*')]] }],
  ['RCP', { identity: [[FULL_ACCESS]], rcp: [[{ Effect: 'Allow', Principal: '*', Action: 'ec2:*', Resource: '*' }]] }],
  [
    'VPC endpoint',
    { identity: [[FULL_ACCESS]], vpc: [{ Effect: 'Allow', Principal: '*', Action: 'ec2:*', Resource: '*' }] },
  ],
  [
    'service principal, resource statement',
    {},
    { principal: service('sns.amazonaws.com'), action: 'lambda:InvokeFunction', resource: FN_B },
  ],
  [
    'cross-account resource statement',
    { identity: [[FULL_ACCESS]] },
    { action: 'lambda:InvokeFunction', resource: FN_B },
  ],
  [
    'trust policy',
    { identity: [[FULL_ACCESS]], trust: [{ Effect: 'Allow', Principal: { AWS: B }, Action: 'sts:AssumeRole' }] },
    { action: 'sts:AssumeRole', resource: `arn:aws:iam::${B}:role/t` },
  ],
  ['unknown action', {}, { action: 's3:GetObjekt' }],
  ['no action catalog', {}, {}, false],
  ['allowed', { identity: [[FULL_ACCESS]] }],
  [
    'condition near miss',
    { identity: [[allow('s3:GetObject', OBJ, { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } })]] },
  ],
  ['resource near miss', { identity: [[{ Sid: 'Archive', ...allow('s3:GetObject', 'arn:aws:s3:::bucket/2024/*') }]] }],
  ['action near miss', { identity: [[{ Sid: 'Writer', ...allow('s3:PutObject', OBJ) }]] }],
  [
    'log stream',
    {},
    {
      action: 'logs:PutLogEvents',
      resource: `arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/fn:log-stream:2025/01/01/[$LATEST]abc`,
    },
  ],
  [
    'cross-account, resource side already allows',
    { resource: [{ Effect: 'Allow', Principal: { AWS: A }, Action: 'lambda:InvokeFunction', Resource: FN_B }] },
    { action: 'lambda:InvokeFunction', resource: FN_B },
  ],
  ['cross-account, neither side allows', {}, { action: 'lambda:InvokeFunction', resource: FN_B }],
  ['AWS managed policy denies', () => ({ identity: [MANAGED_DENY] })],
];

/** The engine's summary and notes for one case. */
function sentencesOf([, set, request, catalog = true]: Case): string[] {
  const req: AuthzRequest = { principal: session(), action: 's3:GetObject', resource: OBJ, ...request };
  const policies = typeof set === 'function' ? set() : buildSet(set);
  const proposal = proposeFix(req, evaluate(req, policies), catalog ? CATALOG : undefined);
  return [proposal.summary, ...proposal.notes];
}

it('the cases make the engine write every engine message but those of decisions evaluate() does not give (below)', () => {
  const keys = new Set(CASES.flatMap(sentencesOf).map((s) => engineRef(s)?.key));
  const engine = Object.keys(EN).filter(
    (k) => k.startsWith('fix.engine.') && !k.startsWith('fix.engine.awsRule') && k !== 'fix.engine.changeDeny',
  );
  expect(engine.filter((k) => !keys.has(k as MessageKey))).toEqual([]);
});

describe.each(CASES)('%s', (...c) => {
  const sentences = sentencesOf(c);

  it.each(sentences)('maps "%s" to a message with the same English', (sentence) => {
    const ref = engineRef(sentence);
    expect(ref).toBeDefined();
    expect(en(ref!)).toBe(sentence);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s: every sentence is translated', (lang) => {
    for (const sentence of sentences) expect(formatRef(lang, engineRef(sentence)!)).not.toBe(sentence);
  });
});

describe('engineRef', () => {
  it.each([
    ['a sentence the engine never writes', 'Reboot the account.'],
    ['a known form with a changed ending', 'Change the explicit deny in policy p, statement #1 (Deny)!'],
    ['an Allow target that is no policy layer', 'Add an Allow for s3:GetObject to the moon.'],
    ['a prototype key', 'constructor'],
  ])('%s: no message', (_name, text) => {
    expect(engineRef(text)).toBeUndefined();
  });

  it.each([
    'AWS refuses this request whatever the policies say; change a resource you own instead.',
    'No policy change can allow this: the key is pending deletion.',
    // An explicit deny without a deciding statement (a decision built from an error message).
    'Change the explicit deny.',
  ])('maps "%s"', (text) => {
    expect(en(engineRef(text)!)).toBe(text);
  });

  it('keeps AWS identifiers and engine details verbatim in every language', () => {
    const text =
      'No policy change can allow this: the key arn:aws:kms:us-east-1:111122223333:key/k is pending deletion.';
    for (const lang of LANGS) {
      expect(formatRef(lang, engineRef(text)!)).toContain(
        'arn:aws:kms:us-east-1:111122223333:key/k is pending deletion',
      );
    }
  });
});
