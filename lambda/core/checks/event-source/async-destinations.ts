/**
 * `LAA-ASYNC-DESTINATIONS`: the dead-letter queue / topic and the asynchronous-invocation
 * destinations (SQS, SNS, Lambda, EventBridge, S3) are written with the execution role, which
 * needs the matching send action (AWS-FACTS §7.2). Failures are silent: only the
 * `DeadLetterErrors` / `DestinationDeliveryFailures` metrics move.
 */
import type { Finding } from '../../findings/types';
import { msg } from '../../i18n';
import type { FunctionInfo } from '../../snapshot/types';
import { type ExecutionRoleView, executionRole } from '../shared/can';
import { destinationGroups } from '../shared/esm';
import { notApplicable, result } from '../shared/finding';
import { checkGroups, requirementFinding } from '../shared/requirements';
import type { Check, CheckInput, CheckResult } from '../types';

interface Target {
  /** English label: also part of the fix policy name and of the fingerprint cause (never translated there). */
  readonly label: string;
  /** Select code of the label in catalog messages (`{target}` in lambda/core/i18n/catalog/checks-req.ts). */
  readonly code: 'dlq' | 'failure' | 'success';
  readonly arn: string;
  readonly metric: string;
}

function targets(fn: FunctionInfo): Target[] {
  const out: Target[] = [];
  if (fn.deadLetterTargetArn)
    out.push({ label: 'dead-letter queue', code: 'dlq', arn: fn.deadLetterTargetArn, metric: 'DeadLetterErrors' });
  if (fn.destinations?.onFailure) {
    out.push({
      label: 'on-failure destination',
      code: 'failure',
      arn: fn.destinations.onFailure,
      metric: 'DestinationDeliveryFailures',
    });
  }
  if (fn.destinations?.onSuccess) {
    out.push({
      label: 'on-success destination',
      code: 'success',
      arn: fn.destinations.onSuccess,
      metric: 'DestinationDeliveryFailures',
    });
  }
  return out;
}

function audit(
  input: CheckInput,
  fn: FunctionInfo,
  view: ExecutionRoleView,
  target: Target,
): { finding?: Finding; notes: readonly string[] } {
  const outcome = checkGroups(view, fn, destinationGroups(target.arn));
  if (outcome.denied.length === 0) return { notes: outcome.notes };
  const actions = outcome.denied.map((a) => a.request.action).join(', ');
  return {
    notes: outcome.notes,
    finding: requirementFinding({
      check: ASYNC_DESTINATIONS,
      fn,
      view,
      denied: outcome.denied,
      catalog: input.catalog,
      title: msg('req.async.title', { fn: fn.name, target: target.code }),
      summary: msg('req.async.summary', {
        role: view.role.name,
        actions,
        arn: target.arn,
        fn: fn.name,
        target: target.code,
      }),
      policyName: `laa-fix-${target.label.replace(/[^a-z]+/g, '-')}`,
      details: [msg('req.async.metric', { metric: target.metric, fn: fn.name })],
      fixNotes: [msg('req.async.kms')],
      cause: `${target.label}:${target.arn}`,
    }),
  };
}

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const list = targets(fn);
  if (list.length === 0) return notApplicable(`${fn.name} has no dead-letter queue or asynchronous destinations.`);
  const view = executionRole(snapshot, fn);
  if (!view) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  const audited = list.map((t) => audit(input, fn, view, t));
  return result(
    audited.flatMap((a) => (a.finding ? [a.finding] : [])),
    audited.flatMap((a) => a.notes),
  );
}

/** `LAA-ASYNC-DESTINATIONS`. */
export const ASYNC_DESTINATIONS: Check = {
  id: 'LAA-ASYNC-DESTINATIONS',
  title: 'Dead-letter queue and asynchronous destinations are writable',
  topic: 'event-source',
  category: 'execution-role',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html',
  fixKinds: ['identity-statement', 'remove-statement', 'boundary'],
  scope: 'function',
  run,
};
