/**
 * The "AWS's word decides" demo scenarios (issue 9 §1): over the whole demo account, each denial's finding fixes
 * the layer AWS named (key policy / secret policy Deny, session policy) and never proposes an identity Allow,
 * although each role's own policy allows the call.
 */
import { loadActionCatalog } from '../../../lambda/catalog';
import { audit } from '../../../lambda/core/audit';
import { parseDenial } from '../../../lambda/core/cloudtrail';
import { buildDemoSnapshot, DEMO_TAKEN_AT } from '../../../examples/demo-account';
import { SCENARIOS_TRUTH } from '../../../examples/demo-account/scenarios-truth';

const snapshot = buildDemoSnapshot();
const catalog = loadActionCatalog();

describe('AWS-word demo scenarios', () => {
  it.each<[string, string, string, RegExp]>([
    ['t-key-policy-deny', 'remove-statement', 'resource', /"Sid":"NoLedgerDecrypt"/],
    ['t-secret-deny', 'remove-statement', 'resource', /"Sid":"OnlyPaymentsV2"/],
    ['t-session-policy', 'session-policy', 'session', /"Action":"s3:PutObject"/],
  ])('%s: the fix is a %s in the %s layer', (id, kind, layer, policy) => {
    const s = SCENARIOS_TRUTH.find((x) => x.id === id);
    const parsed = parseDenial(s?.events?.[0]?.envelope);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { findings } = audit(snapshot, [parsed.value], {
      now: new Date(DEMO_TAKEN_AT),
      catalog,
      functions: 'none',
      accountChecks: false,
    });
    expect(findings.map((f) => f.checkId)).toEqual(['LAA-ROLE-DENIED-ACTION']);
    const [f] = findings;
    expect({ kind: f.fix?.kind, layer: f.fix?.targetLayer }).toEqual({ kind, layer });
    expect(JSON.stringify(f.fix?.policyJson)).toMatch(policy);
    expect(f.fix?.cli ?? '').not.toMatch(/put-role-policy/);
  });
});
