/**
 * Fix kinds and their one renderer each. A check says WHAT to change ({@link FixSpec}); {@link renderFix}
 * turns it into the finding's policy JSON, AWS CLI and CDK forms, and {@link fixTargetLayer} says which
 * policy layer it changes, the one place where "the fix targets the layer AWS named" can be enforced.
 */
import type { FindingFix } from '../findings/types';
import { en, type MessageRef } from '../i18n';
import type { PolicyType } from '../policy/model';
import { renderBoundary } from './boundary';
import { renderIdentityStatement } from './identity-statement';
import { renderLambdaPermission } from './lambda-permission';
import { renderOrgPolicy } from './org-policy';
import { renderPermissionSet } from './permission-set';
import { renderRemoveStatement } from './remove-statement';
import { renderResourceStatement } from './resource-statement';
import { renderSessionPolicy } from './session-policy';
import { renderTrustMerge } from './trust-merge';
import type { FixKind, FixSpec, RemoveStatementFix, RenderedForms } from './types';

export type * from './types';
export { fixPolicyName, policyDocument, PROPAGATION, PROPAGATION_NOTE } from './document';
export { cliArg, cliJson, shellQuote, tsString } from './quote';

/** What the documentation says about each fix kind (docs/checks.md is generated from it). */
export const FIX_KINDS: Readonly<Record<FixKind, string>> = {
  'identity-statement': 'add a statement to an identity-based policy (inline policy of a role or user)',
  'lambda-permission': "add a statement to the function's resource-based policy (add-permission)",
  'resource-statement': "merge a statement into another resource's policy (ECR repository, KMS key)",
  'trust-merge': "merge a statement into a role's trust policy",
  'remove-statement': 'remove a statement (a too-broad grant, or the explicit Deny that blocks)',
  'org-policy': 'change a service / resource control policy (management account)',
  'session-policy': 'change the session policy passed when the role session is created',
  'permission-set': 'change an IAM Identity Center permission set',
  boundary: 'add a statement to the permissions boundary',
  'config-change': 'change a setting that is not a policy statement',
};

function removedLayer(fix: RemoveStatementFix): PolicyType {
  const l = fix.location;
  if (fix.layer) return fix.layer;
  if (l.in === 'lambda-permission') return 'resource';
  if (l.in === 'trust') return 'trust';
  return l.in === 'unknown' ? l.layer : 'identity';
}

/** The policy layer a fix changes; undefined for a change that is not a policy (a function setting). */
export function fixTargetLayer(fix: FixSpec): PolicyType | undefined {
  switch (fix.kind) {
    case 'identity-statement':
    case 'permission-set':
      return 'identity';
    case 'lambda-permission':
    case 'resource-statement':
      return 'resource';
    case 'trust-merge':
      return 'trust';
    case 'remove-statement':
      return removedLayer(fix);
    case 'org-policy':
      return fix.policyType;
    case 'session-policy':
      return 'session';
    case 'boundary':
      return 'permissions-boundary';
    case 'config-change':
      return fix.layer;
  }
}

function forms(fix: FixSpec): RenderedForms {
  switch (fix.kind) {
    case 'identity-statement':
      return renderIdentityStatement(fix);
    case 'lambda-permission':
      return renderLambdaPermission(fix);
    case 'resource-statement':
      return renderResourceStatement(fix);
    case 'trust-merge':
      return renderTrustMerge(fix);
    case 'remove-statement':
      return renderRemoveStatement(fix);
    case 'org-policy':
      return renderOrgPolicy(fix);
    case 'session-policy':
      return renderSessionPolicy(fix);
    case 'permission-set':
      return renderPermissionSet(fix);
    case 'boundary':
      return renderBoundary(fix);
    case 'config-change':
      return { policyJson: fix.policyJson, cli: fix.cli, cdk: fix.cdk, notes: [] };
  }
}

function joined(parts: readonly (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  return present.length > 0 ? present.join('\n') : undefined;
}

/** The catalog refs of a rendered fix: the primary summary's, and every step's lines and notes (once each). */
function textOf(fix: FixSpec, refs: readonly MessageRef[]): FindingFix['text'] {
  const byEnglish = new Map<string, MessageRef>();
  for (const ref of refs) {
    const english = en(ref);
    if (!byEnglish.has(english)) byEnglish.set(english, ref);
  }
  const lines = [...byEnglish].map(([english, ref]) => ({ en: english, ref }));
  const summary = fix.text?.summary;
  if (!summary && lines.length === 0) return undefined;
  return { ...(summary ? { fixSummary: summary } : {}), ...(lines.length > 0 ? { lines } : {}) };
}

/**
 * Renders a fix and its follow-up steps (`then`, in order) into the finding's fix: the primary fix's
 * summary, policy JSON, kind and target layer; every step's CLI and CDK, in order; all notes once; and the
 * catalog refs of these texts (`text`, moved into the finding by `buildFinding`).
 */
export function renderFix(fix: FixSpec): FindingFix {
  const all = [fix, ...(fix.then ?? [])];
  const rendered = all.map(forms);
  const notes = all.flatMap((f, i) => [...(f.notes ?? []), ...rendered[i].notes.map(en)]);
  const refs = all.flatMap((f, i) => [...(f.text?.lines ?? []), ...rendered[i].notes]);
  const cli = joined(rendered.map((r) => r.cli));
  const cdk = joined(rendered.map((r) => r.cdk));
  const layer = fixTargetLayer(fix);
  const text = textOf(fix, refs);
  return {
    summary: fix.summary,
    ...(rendered[0].policyJson !== undefined ? { policyJson: rendered[0].policyJson } : {}),
    ...(cli !== undefined ? { cli } : {}),
    ...(cdk !== undefined ? { cdk } : {}),
    notes: [...new Set(notes)],
    kind: fix.kind,
    ...(layer ? { targetLayer: layer } : {}),
    ...(text ? { text } : {}),
  };
}
