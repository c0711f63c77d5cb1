/**
 * requirements.ts texts (issue 15): the line of each denied requirement comes from the catalog, with exactly the
 * English of `decisionText` (byte-identical to the line written before the conversion), and localizes.
 */
import { deniedLine } from '../../../../lambda/core/checks/shared/requirements';
import { en, formatRef } from '../../../../lambda/core/i18n';
import type { DecisionKind, PolicyType } from '../../../../lambda/core/policy/model';
import { decisionText } from '../../../../lambda/core/policy/wording';

const TYPES: (PolicyType | undefined)[] = [
  undefined,
  'identity',
  'resource',
  'trust',
  'permissions-boundary',
  'session',
  'scp',
  'rcp',
  'vpc-endpoint',
];
const KINDS: DecisionKind[] = ['ImplicitlyDenied', 'ExplicitlyDenied', 'Allowed'];
const ACTION = 'logs:PutLogEvents';
const RESOURCE = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/a-feat:log-stream:*';

function answer(decision: DecisionKind, decidingType: PolicyType | undefined) {
  return {
    request: {
      principal: { kind: 'role' as const, arn: 'arn:aws:iam::111122223333:role/r' },
      action: ACTION,
      resource: RESOURCE,
    },
    decision: { decision, decidingType, deciding: [], layers: [], nearMisses: [], reasons: [], crossAccount: false },
  };
}

describe('deniedLine', () => {
  const cases = KINDS.flatMap((k) => TYPES.map((t) => [k, t] as const));

  it.each(cases)('%s by %s: English as decisionText wrote it', (kind, type) => {
    expect(en(deniedLine(answer(kind, type)))).toBe(`${ACTION} on ${RESOURCE}: ${decisionText(kind, type)}`);
  });

  it.each(cases)('%s by %s: localized in ja with the action and resource verbatim', (kind, type) => {
    const ja = formatRef('ja', deniedLine(answer(kind, type)));
    expect(ja).toContain(ACTION);
    expect(ja).toContain(RESOURCE);
    expect(ja).toContain(decisionText(kind, type, 'ja'));
  });
});
