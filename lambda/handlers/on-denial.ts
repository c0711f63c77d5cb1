/**
 * Event-driven audit: SQS batch of EventBridge "AWS API Call via CloudTrail" envelopes → parse and classify
 * each denial → collect the function → run the checks → dedup → publish. Partial batch responses: a record
 * that fails (unparseable event, collector/SNS fault) is retried and lands in the DLQ after
 * `maxReceiveCount`; nothing is dropped silently. Events that are not authorization failures, ignored ones
 * and ones unrelated to Lambda are counted and succeed.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { BUILTIN_IGNORE_RULES, parseDenial, type DeniedRequest } from '../core/cloudtrail';
import { audit } from '../core/audit';
import { AuditorError } from '../core/errors';
import { readConfig } from './config';
import { collectForRecord, oncePerEventKey } from './event-dedup';
import { deliverFindings } from './pipeline';
import { productionDeps, type HandlerDeps } from './runtime';

/** Parse error code for events that are not authorization failures (counted, never alerted). */
export const NOT_AN_AUTHORIZATION_FAILURE = 'NOT_AN_AUTHORIZATION_FAILURE';

/** What became of one record. */
export type RecordOutcome = 'audited' | 'repeat' | 'ignored' | 'unrelated' | 'not-authorization-failure';

/**
 * Audits one SQS record; throws (→ record fails → retry/DLQ) on parse errors and faults.
 *
 * @param remainingMs time left in the invocation (Lambda context): no publish starts too close to the timeout
 */
export async function auditRecord(
  deps: HandlerDeps,
  record: SQSRecord,
  remainingMs?: () => number,
): Promise<RecordOutcome> {
  deps.metrics.count('DenialsReceived');
  // User rules first (first match wins), then the built-ins: passing a list replaces the parser's default.
  const ignoreRules = [...deps.config.ignoreRules, ...BUILTIN_IGNORE_RULES];
  const parsed = parseDenial(record.body, { ignoreRules, catalog: deps.catalog });
  if (!parsed.ok) {
    const { code, message, path } = parsed.error;
    if (code === NOT_AN_AUTHORIZATION_FAILURE) {
      deps.metrics.count('NotAuthorizationFailures');
      deps.logger.info('denial', {
        outcome: 'not-authorization-failure',
        reason: message,
        messageId: record.messageId,
      });
      return 'not-authorization-failure';
    }
    deps.metrics.count('ParseErrors', 1, { code });
    // The body is never logged: it may carry request parameters we must not copy.
    deps.logger.error('denial-parse-error', { code, reason: message, errorPath: path, messageId: record.messageId });
    throw new AuditorError('DENIAL_PARSE_ERROR', `SQS message ${record.messageId}: ${code}: ${message}`);
  }
  const denial = parsed.value;
  const outcome = skipReason(denial);
  deps.metrics.count('DenialsClassified', 1, { denialClass: denial.classification.class });
  logDenial(deps, denial, outcome ?? 'audited');
  if (outcome) return outcome;
  const now = deps.now();
  return oncePerEventKey(deps, denial, now, async () => {
    const snapshot = await collectForRecord(deps, denial);
    const fn = denial.classification.functionArn ?? denial.classification.functionName;
    const report = audit(snapshot, [denial], {
      now,
      checks: deps.checks,
      catalog: deps.catalog,
      settings: { consoleReadSeverity: deps.config.consoleReadSeverity },
      functions: fn ? [fn] : 'none',
      // The collector's own denied reads for this denial are reported with it.
      accountChecks: true,
      suppressions: deps.config.suppressions,
    });
    const errored = report.runs.filter((r) => r.status === 'error').length;
    if (errored > 0) deps.metrics.count('CheckErrors', errored);
    const delivered = await deliverFindings(
      deps,
      report.findings,
      'event',
      now,
      Number.POSITIVE_INFINITY,
      remainingMs,
      {
        suppression: report,
      },
    );
    // Done only when every alert is sent: a claim held by another delivery may belong to one that failed.
    if (delivered.inFlight > 0) throw alertsInFlight(delivered.inFlight);
  });
}

function alertsInFlight(count: number): AuditorError {
  return new AuditorError(
    'ALERT_IN_FLIGHT',
    `${count} alert(s) of this denial are being published by another delivery: the record is retried until they are sent.`,
  );
}

function skipReason(denial: DeniedRequest): RecordOutcome | undefined {
  if (denial.classification.ignoredBy) return 'ignored';
  if (denial.classification.class === 'unrelated') return 'unrelated';
  return undefined;
}

function logDenial(deps: HandlerDeps, denial: DeniedRequest, outcome: RecordOutcome): void {
  const c = denial.classification;
  deps.logger.info('denial', {
    outcome,
    denialClass: c.class,
    reasons: c.reasons,
    ignoredBy: c.ignoredBy?.rule,
    eventId: denial.eventId,
    eventTime: denial.eventTime,
    action: denial.action,
    resource: denial.resource,
    errorCode: denial.errorCode,
    principal: denial.caller.arn,
    functionName: c.functionName,
  });
}

/** Builds the SQS batch handler around `deps` (tests inject mocks; production uses {@link handler}). */
export function createOnDenialHandler(deps: HandlerDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    try {
      const remainingMs =
        typeof context.getRemainingTimeInMillis === 'function' ? () => context.getRemainingTimeInMillis() : undefined;
      const audit = (record: SQSRecord): Promise<RecordOutcome> => auditRecord(deps, record, remainingMs);
      return await processPartialResponse(event, audit, processor, {
        context,
        processInParallel: false,
        throwOnFullBatchFailure: false,
      });
    } finally {
      deps.metrics.flush();
    }
  };
}

let production: ReturnType<typeof createOnDenialHandler> | undefined;

/** Lambda entry point. Configuration is read from the environment here, once per container. */
export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  production ??= createOnDenialHandler(productionDeps(readConfig(process.env)));
  return production(event, context);
};
