/**
 * Finding builders shared by the checks: function / event references, engine evidence, and
 * `denialFinding()` which turns an engine Decision (+ explanation + fix) into a {@link Finding}.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import { fingerprint } from '../../findings/fingerprint';
import type {
  Finding,
  FindingEvent,
  FindingFix,
  FunctionRef,
  Reference,
  Severity,
  StatementEvidence,
} from '../../findings/types';
import { explain } from '../../policy';
import type { AuthzRequest, Decision, StatementRef } from '../../policy/model';
import type { FunctionInfo } from '../../snapshot/types';
import type { Check, CheckResult } from '../types';
import { resourcePattern } from '../../arn';

/** The function reference of a finding. */
export function functionRef(fn: FunctionInfo): FunctionRef {
  return { name: fn.name, arn: fn.arn, account: fn.accountId, region: fn.region };
}

/** The CloudTrail context of an event-driven finding. */
export function eventRef(denial: DeniedRequest): FindingEvent {
  return {
    principal: denial.caller.arn ?? denial.caller.principalId ?? 'unknown',
    principalType: denial.caller.type,
    accessKeyId: denial.caller.accessKeyId,
    sourceIp: denial.sourceIp,
    userAgent: denial.userAgent,
    time: denial.eventTime,
    requestId: denial.requestId,
    eventId: denial.eventId,
    errorCode: denial.errorCode,
    errorMessage: denial.errorMessage,
    region: denial.region,
    account: denial.account,
  };
}

/** A statement reference from the engine as finding evidence. */
export function evidence(ref: StatementRef): StatementEvidence {
  return {
    policy: ref.policy.arn ? `${ref.policy.name} (${ref.policy.arn})` : ref.policy.name,
    policyType: ref.policy.type,
    sid: ref.sid,
    index: ref.index,
    effect: ref.effect,
    statement: ref.statement,
  };
}

/** Evidence statements of a decision: the deciding ones, else those matched in any layer. */
export function decisionEvidence(decision: Decision): StatementEvidence[] {
  const refs = decision.deciding.length > 0 ? decision.deciding : decision.layers.flatMap((l) => l.matched);
  return refs.filter((r): r is StatementRef => r !== undefined).map(evidence);
}

/** Near misses of a decision as plain lines. */
export function nearMissLines(decision: Decision): string[] {
  return decision.nearMisses.slice(0, 5).map((m) => {
    const where = `${m.statement.policy.name} ${m.statement.sid ? `"${m.statement.sid}"` : `#${m.statement.index}`}`;
    return `${where}: ${m.detail}`;
  });
}

/** Engine detail lines the finding already carries as `statements` / `nearMisses`: left out of `details`. */
function isNew(line: string): boolean {
  return !/^(?:Allowed by|Denied by|Near miss:) /.test(line);
}

/** What both finding builders take from their input. */
type CommonInput = Pick<PlainFindingInput, 'check' | 'fn' | 'title' | 'severity' | 'fix' | 'denial' | 'references'>;

/** A finding from the common input and the builder-specific fields, in the Finding's field order. */
function assemble(
  input: CommonInput,
  own: Pick<Finding, 'principal' | 'action' | 'resource' | 'explanation' | 'fingerprint'>,
): Finding {
  const { check, fn } = input;
  return {
    checkId: check.id,
    category: check.category,
    severity: input.severity ?? check.defaultSeverity,
    function: fn ? functionRef(fn) : undefined,
    ...('principal' in own ? { principal: own.principal } : {}),
    title: input.title,
    action: own.action,
    resource: own.resource,
    explanation: own.explanation,
    event: input.denial ? eventRef(input.denial) : undefined,
    fix: input.fix,
    references: input.references ?? [{ title: check.title, url: check.docsUrl }],
    fingerprint: own.fingerprint,
  };
}

/** Everything {@link denialFinding} needs. */
export interface DenialFindingInput {
  readonly check: Check;
  readonly fn?: FunctionInfo;
  /** Principal when the finding is not about a function. */
  readonly principal?: string;
  readonly request: AuthzRequest;
  readonly decision: Decision;
  readonly title: string;
  /** One plain sentence. */
  readonly summary: string;
  readonly fix?: FindingFix;
  readonly severity?: Severity;
  readonly details?: readonly string[];
  readonly denial?: DeniedRequest;
  readonly references?: readonly Reference[];
  /** Extra part of the fingerprint cause (e.g. the ESM UUID or trigger ARN). */
  readonly cause?: string;
}

/** Builds a finding from an engine decision: explanation sentence, evidence, near misses, fix. */
export function denialFinding(input: DenialFindingInput): Finding {
  const { check, fn, request, decision } = input;
  const explanation = explain(request, decision);
  const cause = [decision.decision, decision.decidingType ?? '', input.cause ?? ''].join('|');
  return assemble(input, {
    principal: input.principal,
    action: request.action,
    resource: request.resource,
    explanation: {
      summary: input.summary,
      decision: decision.decision,
      decidingPolicyType: decision.decidingType,
      statements: decisionEvidence(decision),
      nearMisses: nearMissLines(decision),
      details: [explanation.sentence, ...explanation.details.filter(isNew), ...(input.details ?? [])],
    },
    fingerprint: fingerprint({
      checkId: check.id,
      functionArn: fn?.arn,
      principal: fn ? undefined : (input.principal ?? request.principal.arn),
      action: request.action,
      resourcePattern: resourcePattern(request.resource),
      cause,
    }),
  });
}

/** Everything {@link plainFinding} needs (findings that do not come from one engine decision). */
export interface PlainFindingInput {
  readonly check: Check;
  readonly fn?: FunctionInfo;
  readonly title: string;
  readonly summary: string;
  readonly severity?: Severity;
  readonly action?: string;
  readonly resource?: string;
  readonly details?: readonly string[];
  readonly fix?: FindingFix;
  readonly denial?: DeniedRequest;
  readonly references?: readonly Reference[];
  readonly cause?: string;
}

/** Builds a finding that carries no engine decision (state reasons, cross-account layers…). */
export function plainFinding(input: PlainFindingInput): Finding {
  const { check, fn } = input;
  return assemble(input, {
    action: input.action,
    resource: input.resource,
    explanation: { summary: input.summary, statements: [], nearMisses: [], details: [...(input.details ?? [])] },
    fingerprint: fingerprint({
      checkId: check.id,
      functionArn: fn?.arn,
      action: input.action,
      resourcePattern: resourcePattern(input.resource),
      cause: input.cause,
    }),
  });
}

/** `not-applicable` with a reason. */
export function notApplicable(note: string): CheckResult {
  return { status: 'not-applicable', findings: [], notes: [note] };
}

/** `pass` (no findings) with notes. */
export function passed(notes: readonly string[] = []): CheckResult {
  return { status: 'pass', findings: [], notes };
}

/** `fail` when there are findings, else `pass`; notes kept either way. */
export function result(findings: readonly Finding[], notes: readonly string[] = []): CheckResult {
  return findings.length > 0 ? { status: 'fail', findings, notes } : { status: 'pass', findings: [], notes };
}

/** The statement IDs of evidence statements (statements without a Sid have none to remove by). */
export function sidsOf(refs: readonly { readonly sid?: string }[]): string[] {
  return refs.map((r) => r.sid).filter((sid): sid is string => Boolean(sid));
}
