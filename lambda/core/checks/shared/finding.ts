/**
 * Finding builders shared by the checks: function / event references, engine evidence, and
 * {@link buildFinding}, the one builder of a {@link Finding} (from an engine decision or from what a check states).
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import { fingerprint, type FingerprintParts } from '../../findings/fingerprint';
import type {
  Finding,
  FindingEvent,
  FindingExplanation,
  FindingFix,
  FindingText,
  FunctionRef,
  Reference,
  Severity,
  StatementEvidence,
} from '../../findings/types';
import { en } from '../../i18n';
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
    ...(denial.reason.authorizationId ? { authorizationId: denial.reason.authorizationId } : {}),
    ...consoleLink(denial.reason.authorizationUrl),
  };
}

/** Hosts of the AWS console per partition: a link in an alert may only lead there (the message is untrusted). */
const CONSOLE_HOST = /^(?:[a-z0-9-]+\.)?console\.(?:aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/;

/** `{ authorizationUrl }` when `url` is an https link to the AWS console, else nothing. */
export function consoleLink(url: string | undefined): { authorizationUrl?: string } {
  if (!url) return {};
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && CONSOLE_HOST.test(parsed.hostname) ? { authorizationUrl: url } : {};
  } catch {
    return {};
  }
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

/** The explanation of a finding that does not come from one engine decision (given by the check). */
export type StatedExplanation = Pick<FindingExplanation, 'decision' | 'decidingPolicyType'> &
  Partial<Pick<FindingExplanation, 'statements' | 'nearMisses'>>;

/** Everything {@link buildFinding} needs. */
export interface FindingInput {
  readonly check: Check;
  readonly fn?: FunctionInfo;
  /** The function when only its reference is known (it is not in the snapshot); `fn` wins when both are given. */
  readonly functionRef?: FunctionRef;
  /** Principal when the finding is not about a function. */
  readonly principal?: string;
  readonly title: string;
  /** One plain sentence. */
  readonly summary: string;
  readonly severity?: Severity;
  /** The engine request and decision: they give the action, resource, evidence and explanation sentence. */
  readonly request?: AuthzRequest;
  readonly decision?: Decision;
  /** Action and resource when there is no engine request. */
  readonly action?: string;
  readonly resource?: string;
  /** Decision, deciding layer and evidence the check states itself (no engine decision). */
  readonly stated?: StatedExplanation;
  readonly details?: readonly string[];
  readonly fix?: FindingFix;
  readonly denial?: DeniedRequest;
  readonly references?: readonly Reference[];
  /** Extra part of the fingerprint cause (e.g. the ESM UUID or trigger ARN). */
  readonly cause?: string;
  /** Fingerprint parts that replace the defaults (all of them but the check ID), for a custom dedup key. */
  readonly key?: Omit<FingerprintParts, 'checkId'>;
  /** Catalog refs of the texts above, for alerts in other languages (issue 15, docs/i18n.md). */
  readonly text?: FindingText;
}

/** The explanation: from the engine decision when there is one, else as the check states it. */
function explanationOf(input: FindingInput): FindingExplanation {
  const { request, decision } = input;
  if (request && decision) {
    const explanation = explain(request, decision);
    return {
      summary: input.summary,
      decision: decision.decision,
      decidingPolicyType: decision.decidingType,
      statements: decisionEvidence(decision),
      nearMisses: nearMissLines(decision),
      details: [explanation.sentence, ...explanation.details.filter(isNew), ...(input.details ?? [])],
    };
  }
  const stated = input.stated ?? {};
  return {
    summary: input.summary,
    ...('decision' in stated ? { decision: stated.decision } : {}),
    ...('decidingPolicyType' in stated ? { decidingPolicyType: stated.decidingPolicyType } : {}),
    statements: stated.statements ?? [],
    nearMisses: stated.nearMisses ?? [],
    details: [...(input.details ?? [])],
  };
}

/** The default dedup key: function (else principal), action, resource pattern and cause. */
function keyOf(input: FindingInput, action: string | undefined, resource: string | undefined): string {
  const { check, request, decision } = input;
  const functionArn = input.fn?.arn ?? input.functionRef?.arn;
  if (input.key) return fingerprint({ checkId: check.id, ...input.key });
  const cause = decision ? [decision.decision, decision.decidingType ?? '', input.cause ?? ''].join('|') : input.cause;
  const principal = functionArn || !request ? undefined : (input.principal ?? request.principal.arn);
  return fingerprint({
    checkId: check.id,
    functionArn,
    principal,
    action,
    resourcePattern: resourcePattern(resource),
    cause,
  });
}

/**
 * The fix without its catalog refs, and the finding's refs with the fix's merged in: the check's own refs win,
 * the fix's summary ref counts only while its English is still the fix summary, and lines add up (they are
 * matched by English text).
 */
function textAndFix(input: FindingInput): { fix?: FindingFix; text?: FindingText } {
  if (!input.fix?.text) return { fix: input.fix, text: input.text };
  const { text: fixText, ...fix } = input.fix;
  const own = input.text ?? {};
  const summary = fixText.fixSummary && en(fixText.fixSummary) === fix.summary ? fixText.fixSummary : undefined;
  const lines = [...(own.lines ?? []), ...(fixText.lines ?? [])];
  const text = { ...(summary ? { fixSummary: summary } : {}), ...own, ...(lines.length > 0 ? { lines } : {}) };
  return { fix, text: Object.keys(text).length > 0 ? text : undefined };
}

/**
 * The one finding builder every check uses: from an engine decision (explanation sentence, evidence,
 * near misses) or from what the check states (state reasons, cross-account artifacts, hygiene).
 */
export function buildFinding(input: FindingInput): Finding {
  const { check, fn } = input;
  const action = input.request?.action ?? input.action;
  const resource = input.request?.resource ?? input.resource;
  const { fix, text } = textAndFix(input);
  return {
    checkId: check.id,
    category: check.category,
    severity: input.severity ?? check.defaultSeverity,
    function: fn ? functionRef(fn) : input.functionRef,
    ...(input.request || input.principal !== undefined ? { principal: input.principal } : {}),
    title: input.title,
    action,
    resource,
    explanation: explanationOf(input),
    event: input.denial ? eventRef(input.denial) : undefined,
    fix,
    references: input.references ?? [{ title: check.title, url: check.docsUrl }],
    fingerprint: keyOf(input, action, resource),
    ...(text ? { text } : {}),
  };
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
