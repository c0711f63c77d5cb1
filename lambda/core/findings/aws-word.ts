/**
 * AWS's word first: when a denial's message names the policy layer that decided ("… because no session policy
 * allows …", "… with an explicit deny in a resource-based policy"), a finding about that denial whose fix changes
 * a different layer must say so, never silently. This is the one place that compares the two (the intake's
 * `classification.fix`, the fix kind's `targetLayer`); it adds evidence, it does not rewrite the fix.
 */
import { policyTypeOf } from '../cloudtrail/fix-target';
import type { DeniedRequest } from '../cloudtrail/types';
import type { PolicyType } from '../policy/model';
import { TYPE_NAME } from '../policy/wording';
import type { Finding } from './types';

/** Trust policies are resource-based policies in AWS's messages. */
function sameLayer(a: PolicyType, b: PolicyType): boolean {
  const norm = (t: PolicyType): PolicyType => (t === 'trust' ? 'resource' : t);
  return norm(a) === norm(b);
}

/** The layer AWS's message named for `denial`, when it named one. */
export function awsNamedLayer(denial: DeniedRequest): PolicyType | undefined {
  const fix = denial.classification.fix;
  return fix && fix.source === 'message' ? policyTypeOf(fix.target) : undefined;
}

/**
 * `finding` unchanged when its fix targets the layer AWS named (or either is unknown); otherwise the finding
 * with a first fix note and an explanation line that say AWS reported another layer.
 */
export function withAwsWord(finding: Finding, denial: DeniedRequest): Finding {
  const named = awsNamedLayer(denial);
  const targeted = finding.fix?.targetLayer;
  if (!finding.fix || !named || !targeted || sameLayer(named, targeted)) return finding;
  const note =
    `AWS reports that the ${TYPE_NAME[named]} decided this denial, while this fix changes the ${TYPE_NAME[targeted]}: ` +
    `check the ${TYPE_NAME[named]} first — the change below may not be enough on its own.`;
  return {
    ...finding,
    explanation: { ...finding.explanation, details: [...finding.explanation.details, note] },
    fix: { ...finding.fix, notes: [note, ...finding.fix.notes] },
  };
}
