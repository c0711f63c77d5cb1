/**
 * The texts of LAA-CROSS-ACCOUNT-ASSUME as catalog references (issue 15): English is exactly what the check wrote
 * before (the caller's decision as `decisionText` words it, fix steps joined by ` Then: `), other languages
 * localize the words and keep ARNs and actions verbatim.
 */
import {
  assumeDetailRefs,
  assumeFixParams,
  assumeFixSummary,
  assumeSteps,
  callerSideRef,
  refusingSide,
} from '../../../../lambda/core/checks/shared/assume-text';
import { en, formatRef } from '../../../../lambda/core/i18n';
import type { Decision, DecisionKind, PolicyType } from '../../../../lambda/core/policy/model';
import { decisionText } from '../../../../lambda/core/policy/wording';

const ROLE = 'arn:aws:iam::444455556666:role/b-reports-reader';
const CALLER = 'arn:aws:iam::111122223333:role/b-reports-role';

function decision(kind: DecisionKind, decidingType?: PolicyType): Decision {
  return { decision: kind, decidingType, deciding: [], layers: [], nearMisses: [], reasons: [], crossAccount: true };
}

const KINDS: DecisionKind[] = ['ImplicitlyDenied', 'ExplicitlyDenied', 'Allowed'];
const TYPES: (PolicyType | undefined)[] = [
  undefined,
  'identity',
  'trust',
  'permissions-boundary',
  'scp',
  'vpc-endpoint',
];

describe('callerSideRef', () => {
  it.each(KINDS.flatMap((k) => TYPES.map((t) => [k, t] as const)))(
    '%s by %s: English as decisionText words it; Japanese localized',
    (kind, type) => {
      const ref = callerSideRef(CALLER, decision(kind, type));
      expect(en(ref)).toBe(`caller side (${CALLER}): ${decisionText(kind, type)}`);
      const ja = formatRef('ja', ref);
      expect(ja.startsWith(`呼び出し元 (${CALLER}): `)).toBe(true);
      expect(ja).toContain(decisionText(kind, type, 'ja'));
    },
  );
});

describe('assumeFixSummary', () => {
  const params = assumeFixParams(ROLE, CALLER, 'b-reports-role');
  const one = {
    caller: 'Allow b-reports-role to call sts:AssumeRole on arn:aws:iam::444455556666:role/b-reports-reader.',
    trust: `Add a trust statement to b-reports-reader (account 444455556666) that lets ${CALLER} assume it.`,
    remove:
      'Narrow or remove the explicit Deny in the trust policy of b-reports-reader (account 444455556666): an added Allow would not help.',
  };
  it.each<(keyof typeof one)[]>([
    ['caller'],
    ['trust'],
    ['remove'],
    ['caller', 'trust'],
    ['trust', 'caller'],
    ['remove', 'caller'],
  ])('%j: the steps joined by " Then: " in English, localized in de and ko', (...steps) => {
    const code = assumeSteps(steps);
    expect(assumeFixSummary(params, code)).toBe(steps.map((s) => one[s]).join(' Then: '));
    const de = formatRef('de', { key: 'cross.assume.fix', params: { ...params, steps: code } });
    const ko = formatRef('ko', { key: 'cross.assume.fix', params: { ...params, steps: code } });
    expect(de.split(' Danach: ')).toHaveLength(steps.length);
    expect(ko.split(' 그다음: ')).toHaveLength(steps.length);
    for (const text of [de, ko]) expect(text).toContain(steps.includes('caller') ? ROLE : 'b-reports-reader');
  });
});

describe('refusingSide and the details', () => {
  it.each([
    [true, true, 'both'],
    [true, false, 'caller'],
    [false, true, 'trust'],
    [false, false, 'unknown'],
  ] as const)('caller fails %s, trust fails %s: %s', (callerFails, trustFails, side) => {
    expect(refusingSide(callerFails, trustFails)).toBe(side);
  });

  it.each([
    [
      undefined,
      undefined,
      undefined,
      ['caller side: policies not in the snapshot', `trust policy of ${ROLE}: not in the snapshot (other account)`],
    ],
    [
      decision('ImplicitlyDenied', 'identity'),
      true,
      'identity-based policy',
      [
        `caller side (${CALLER}): implicitly denied (no identity-based policy allows it)`,
        'trust policy of b-reports-reader: allows the caller',
        'AWS named the deciding policy type: identity-based policy.',
      ],
    ],
    [
      undefined,
      false,
      'VPC endpoint policy transitively through a service control policy',
      [
        'caller side: policies not in the snapshot',
        'trust policy of b-reports-reader: does not allow the caller',
        'AWS named the deciding policy type: VPC endpoint policy transitively through a service control policy.',
      ],
    ],
  ] as const)('%#: English details as before', (d, trustAllows, typeText, expected) => {
    const refs = assumeDetailRefs(ROLE, d && { label: CALLER, decision: d }, trustAllows, typeText);
    expect(refs.map(en)).toEqual(expected);
    for (const ref of refs) expect(formatRef('fr', ref)).not.toBe(en(ref));
  });
});
