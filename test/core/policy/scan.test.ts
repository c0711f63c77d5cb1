/**
 * The statement scan's fast rejects (a char probe on the pattern's literal head, the literal start of the
 * resource part checked at the request's sixth-ARN-part offset) must never change an answer: for every
 * pattern × resource pair, `resourceMatches` equals the plain segment-wise ARN matcher.
 */
import { compilePolicy, parsePolicy } from '../../../lambda/core/policy';
import { enginePolicy, type CompiledStatement } from '../../../lambda/core/policy/compile';
import { requestContext } from '../../../lambda/core/policy/context';
import { MATCH, UNRESOLVED } from '../../../lambda/core/policy/match';
import { resourceMatches, resourcePartStart, type EvalInput } from '../../../lambda/core/policy/scan';
import { ACCOUNT as A, session } from '../../support/factory';

const PATTERNS = [
  'arn:aws:s3:::data-1',
  'arn:aws:s3:::data-1/*',
  'arn:aws:s3:::data-1?/*',
  'arn:aws:s3:::home/${aws:PrincipalTag/team}/*',
  `arn:aws:dynamodb:*:${A}:table/orders-3*`,
  `arn:aws:dynamodb:eu-*:${A}:table/orders-3/index/*`,
  `arn:aws:lambda:*:${A}:function:svc-0`,
  `arn:aws:lambda:*:${A}:function:svc-0:*`,
  `arn:aws:sqs:eu-*:${A}:queue-0-?`,
  'arn:aws:sqs:*',
  'arn:*',
  `arn:aws:logs:*:${A}:log-group:/aws/lambda/*`,
  `arn:aws:kms:*:${A}:key/*`,
  `arn:aws:iam::${A}:user/\${aws:username}`,
  // Escapes: `${*}` is a literal `*`, `${$}` a literal `$` (a pattern with them is not decided by its head).
  'arn:aws:s3:::a${*}',
  'arn:aws:s3:::a${*}/*',
  'arn:aws:s3:${$}::b',
  '*',
];

const RESOURCES = [
  'arn:aws:s3:::data-1',
  'arn:aws:s3:::data-1/x',
  'arn:aws:s3:::data-10/x',
  'arn:aws:s3:::data-2/x',
  'arn:aws:s3:::home/blue/f',
  'arn:aws:s3:::home/red/f',
  `arn:aws:dynamodb:eu-west-1:${A}:table/orders-3`,
  `arn:aws:dynamodb:eu-west-1:${A}:table/orders-30`,
  `arn:aws:dynamodb:eu-west-1:${A}:table/orders-3/index/byDate`,
  `arn:aws:dynamodb:eu-west-1:${A}:table/orders-4`,
  `arn:aws:lambda:eu-west-1:${A}:function:svc-0`,
  `arn:aws:lambda:eu-west-1:${A}:function:svc-0:live`,
  `arn:aws:lambda:eu-west-1:${A}:function:svc-01`,
  `arn:aws:sqs:eu-west-1:${A}:queue-0-1`,
  `arn:aws:sqs:us-east-1:${A}:queue-0-1`,
  `arn:aws:logs:eu-west-1:${A}:log-group:/aws/lambda/fn:*`,
  `arn:aws:kms:eu-west-1:${A}:key/k1`,
  `arn:aws:iam::${A}:user/alice`,
  'arn:aws:s3:::a*',
  'arn:aws:s3:::abc',
  'arn:aws:s3:::a*/k',
  'arn:aws:s3:$::b',
  'arn:aws:s3',
  't',
  '*',
  '',
];

/** The reference: each pattern's ARN matcher alone, with the same unresolved-variable rule. */
function reference(s: CompiledStatement, input: EvalInput): boolean {
  for (const r of s.resources ?? []) {
    const outcome = r.any ? MATCH : r.arn.outcome(input.resource, input.ctx);
    if (outcome === MATCH) return !s.notResource;
    if (outcome === UNRESOLVED && s.notResource) return false;
  }
  return s.notResource;
}

function statement(element: 'Resource' | 'NotResource', pattern: string): CompiledStatement {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', [element]: pattern }] };
  return enginePolicy(compilePolicy(parsePolicy(doc, { type: 'identity', name: 'p' }))).statements[0];
}

function input(resource: string, tagged: boolean): EvalInput {
  const principal = { ...session(), ...(tagged ? { tags: { team: 'blue' } } : {}) };
  return {
    action: 's3:getobject',
    requestedAction: 's3:GetObject',
    service: 's3',
    resource,
    resourcePart: resourcePartStart(resource),
    ctx: requestContext({ principal, action: 's3:GetObject', resource }),
    principal,
    hasBoundary: false,
    scpExempt: false,
    rcpExempt: false,
  };
}

const cases = (['Resource', 'NotResource'] as const).flatMap((element) =>
  PATTERNS.flatMap((pattern) =>
    RESOURCES.flatMap((resource) => [true, false].map((tagged) => ({ element, pattern, resource, tagged }))),
  ),
);

describe('resourceMatches: fast rejects never change the answer', () => {
  it.each(cases)('$element $pattern vs "$resource" (tags: $tagged)', ({ element, pattern, resource, tagged }) => {
    const s = statement(element, pattern);
    const i = input(resource, tagged);
    expect(resourceMatches(s, i)).toBe(reference(s, i));
  });

  it.each<[string, boolean]>([
    ['arn:aws:s3:::data-10/x', false],
    ['arn:aws:s3:::data-1/x', true],
    [`arn:aws:dynamodb:eu-west-1:${A}:table/orders-4`, false],
    [`arn:aws:dynamodb:eu-west-1:${A}:table/orders-30`, true],
  ])('a table of known answers holds too: %s → %s', (resource, expected) => {
    const s = statement(
      'Resource',
      resource.startsWith('arn:aws:s3') ? 'arn:aws:s3:::data-1/*' : `arn:aws:dynamodb:*:${A}:table/orders-3*`,
    );
    expect(resourceMatches(s, input(resource, false))).toBe(expected);
  });
});

describe('resourcePartStart', () => {
  it.each<[string, number]>([
    [`arn:aws:lambda:eu-west-1:${A}:function:f`, `arn:aws:lambda:eu-west-1:${A}:`.length],
    ['arn:aws:s3:::b/k', 'arn:aws:s3:::'.length],
    ['arn:aws:sqs', -1],
    ['*', -1],
  ])('%s → %d', (value, expected) => {
    expect(resourcePartStart(value)).toBe(expected);
  });
});
