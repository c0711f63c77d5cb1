/**
 * The engine's {@link FixProposal} (which layer must change, with which statement) as a fix kind:
 * the one place where an engine proposal becomes a {@link FixSpec}. Rendering is lambda/core/fix's job.
 */
import { lastSegment } from '../../arn';
import { renderFix } from '../../fix';
import type { FixSpec, IdentityTarget, StatementLocation } from '../../fix/types';
import type { FindingFix } from '../../findings/types';
import type { FixProposal, StatementRef } from '../../policy/model';
import { isAwsManaged } from '../../policy/wording';
import { en, msg, type MessageRef } from '../../i18n';
import { engineRef, engineRefs } from './engine-text';

/** Where a proposal's fix goes. */
export interface ProposalContext {
  /** Role (or user) whose identity policy gets the statement. */
  readonly target: IdentityTarget;
  /** Inline policy name to use, e.g. `laa-fix-sqs-receivemessage`. */
  readonly policyName: string;
  /** CDK variable of the function when `target` is its execution role. */
  readonly functionVar?: string;
  /** ARN of the role's permissions boundary, for boundary fixes. */
  readonly boundaryArn?: string;
  /** Account the request was made in (to find its SCPs / RCPs). */
  readonly account?: string;
}

const INLINE = /^(user|group|role) (\S+) inline policy (.+)$/;

/** Where the statement a proposal targets lives (an explicit Deny to edit). */
function denyLocation(ref: StatementRef | undefined, ctx: ProposalContext): StatementLocation {
  const policy = ref?.policy;
  if (!policy) return { in: 'unknown', layer: 'identity' };
  if (policy.origin === 'inline') {
    const m = INLINE.exec(policy.name);
    const owner = m ? { kind: m[1] as 'user' | 'group' | 'role', name: m[2] } : ctx.target;
    return { in: 'inline', owner, policyName: m ? m[3] : policy.name.replace(/^.* inline policy /, '') };
  }
  if (policy.arn) {
    return { in: 'managed', policyArn: policy.arn, awsManaged: isAwsManaged(policy), attachedTo: ctx.target };
  }
  return policy.type === 'trust' ? { in: 'trust', roleName: ctx.target.name } : { in: 'unknown', layer: policy.type };
}

/** `Edit <policy> statement "Sid": …` for a proposal that names no summary. */
function editSummary(p: FixProposal): MessageRef {
  const t = p.target;
  if (!t) return msg('fix.proposal.edit', { target: 'none' });
  const policy = `${t.policy.name}${t.policy.arn ? ` (${t.policy.arn})` : ''}`;
  return t.sid
    ? msg('fix.proposal.edit', { target: 'sid', policy, sid: t.sid })
    : msg('fix.proposal.edit', { target: 'index', policy, index: String(t.index) });
}

const DENY = msg('fix.proposal.denyWins');

/**
 * The fix kind for an engine proposal, with the catalog refs of the engine's sentences (`extraLines`: refs of
 * `extraNotes`, given by the caller when it has them).
 */
export function proposalFix(
  p: FixProposal,
  ctx: ProposalContext,
  extraNotes: readonly string[] = [],
  extraLines: readonly MessageRef[] = [],
): FixSpec {
  const spec = specOf(p, ctx, extraNotes);
  const summary = p.kind === 'edit-explicit-deny' && !p.summary ? editSummary(p) : engineRef(p.summary);
  const lines = [...engineRefs(p.notes), ...extraLines, ...(spec.notes?.includes(en(DENY)) ? [DENY] : [])];
  return { ...spec, text: { ...(summary ? { summary } : {}), lines } };
}

function specOf(p: FixProposal, ctx: ProposalContext, extraNotes: readonly string[]): FixSpec {
  const base = { summary: p.summary, notes: [...p.notes, ...extraNotes] };
  switch (p.kind) {
    case 'add-identity-allow':
      return p.statement
        ? {
            ...base,
            kind: 'identity-statement',
            target: ctx.target,
            policyName: ctx.policyName,
            statements: [p.statement],
            functionVar: ctx.functionVar,
          }
        : { ...base, kind: 'config-change', layer: 'identity' };
    case 'edit-explicit-deny': {
      const notes = base.notes.some((n) => /explicit deny/i.test(n)) ? base.notes : [...base.notes, en(DENY)];
      const summary = p.summary || en(editSummary(p));
      const layer = p.target?.policy.type ?? p.layer;
      return {
        kind: 'remove-statement',
        summary,
        notes,
        location: denyLocation(p.target, ctx),
        statement: p.target?.statement,
        layer,
      };
    }
    case 'change-permissions-boundary':
      return {
        ...base,
        kind: 'boundary',
        roleName: ctx.target.name,
        boundaryArn: p.target?.policy.arn ?? ctx.boundaryArn,
        statement: p.statement,
      };
    case 'change-scp':
    case 'change-rcp': {
      const arn = p.target?.policy.arn;
      const policyType = p.kind === 'change-scp' ? 'scp' : 'rcp';
      return {
        ...base,
        kind: 'org-policy',
        policyType,
        policyId: arn ? lastSegment(arn) : undefined,
        account: ctx.account,
        statement: p.statement,
      };
    }
    case 'change-session-policy':
      return { ...base, kind: 'session-policy', statement: p.statement };
    case 'add-resource-allow':
      return p.statement
        ? {
            ...base,
            kind: 'resource-statement',
            service: 'other',
            resourceArn: [p.statement.Resource].flat()[0],
            statement: p.statement,
          }
        : { ...base, kind: 'config-change', layer: 'resource' };
    case 'change-vpc-endpoint-policy':
      return { ...base, kind: 'config-change', layer: 'vpc-endpoint', policyJson: p.statement };
    case 'none':
      return { ...base, kind: 'config-change' };
  }
}

/** An engine proposal rendered as a finding fix (policy JSON, CLI, CDK, notes). */
export function renderProposal(
  p: FixProposal,
  ctx: ProposalContext,
  extraNotes: readonly string[] = [],
  extraLines: readonly MessageRef[] = [],
): FindingFix {
  return renderFix(proposalFix(p, ctx, extraNotes, extraLines));
}
