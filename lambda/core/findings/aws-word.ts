/**
 * AWS's word first — the safety net. The checks themselves choose a primary fix in the layer AWS's message
 * named (lambda/core/checks/shared/aws-layer.ts); this is the one place that compares the two again (the
 * intake's `classification.fix`, the fix kind's `targetLayer`) for every finding of a denial. A finding whose
 * fix still changes a different layer must say so, never silently: it gets a first fix note and an explanation
 * line (evidence, not a rewrite). No fixture triggers it (test/core/cloudtrail/denial-table-truth.test.ts
 * asserts that, message-only and with a snapshot); it guards checks added later.
 */
import { policyTypeOf } from '../cloudtrail/fix-target';
import type { DeniedRequest } from '../cloudtrail/types';
import type { PolicyType } from '../policy/model';
import { TYPE_NAME } from '../policy/wording';
import type { Finding } from './types';

/** Whether two layers are the same in AWS's messages (a trust policy is a resource-based policy there). */
export function sameLayer(a: PolicyType | undefined, b: PolicyType | undefined): boolean {
  const norm = (t: PolicyType | undefined) => (t === 'trust' ? 'resource' : t);
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
