/**
 * The denial table's "auditor says" column is a claim: for every fixture that sets `expectation.auditorSays`,
 * the audit of that denial from the message alone (empty snapshot) reports exactly that check, and its primary
 * fix changes the layer the expectation says the fix goes to (issue 9 §1 / §3).
 */
import { policyTypeOf } from '../../../../lambda/core/cloudtrail/fix-target';
import type { FixTarget } from '../../../../lambda/core/cloudtrail/types';
import { loadExpectationCases } from '../../cloudtrail/denial-table';
import { auditFindings, fixtureDenial } from './kit';

const claimed = loadExpectationCases().filter((c) => c.expectation.auditorSays);

describe('auditorSays in the fixture expectations', () => {
  it('is set for the issue 9 §3 case fixtures', () => {
    expect(claimed.length).toBeGreaterThanOrEqual(16);
  });

  it.each(claimed)('$name: the audit reports $expectation.auditorSays', ({ name, expectation }) => {
    const findings = auditFindings(fixtureDenial(name));
    expect(findings.map((f) => f.checkId)).toEqual([expectation.auditorSays]);
    expect(findings[0].fix?.targetLayer).toBe(policyTypeOf(expectation.fixTarget as FixTarget));
  });
});
