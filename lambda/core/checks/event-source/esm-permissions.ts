/**
 * `LAA-ESM-PERMISSIONS`: every event source mapping polls with the execution role, so the role
 * needs the per-source actions (SQS, Kinesis, DynamoDB Streams, MSK, self-managed Kafka, MQ,
 * DocumentDB), the on-failure destination's send action, and `kms:Decrypt` on an encrypted source.
 * The mapping's own `StateTransitionReason` / `LastProcessingResult` is cited when it reports an
 * authorization error.
 */
import type { Finding } from '../../findings/types';
import { en, lines, msg, type MessageRef } from '../../i18n';
import type { EventSourceMappingInfo, FunctionInfo } from '../../snapshot/types';
import { parseArn } from '../../arn';
import { type ExecutionRoleView, executionRole } from '../shared/can';
import { destinationGroups, esmDocsUrl, kmsDecryptGroup, sourceGroups, sourceName, sourceParams } from '../shared/esm';
import { notApplicable, buildFinding, result } from '../shared/finding';
import { checkGroups, requirementFinding } from '../shared/requirements';
import type { Check, CheckInput, CheckResult } from '../types';

const AUTHZ_SIGNAL =
  /EVENT_SOURCE_AUTHZ_ERROR|not authorized|AccessDenied|does not have permission|permissions to call/i;

/**
 * KMS context of a decrypt made on the role's behalf: SQS / Kinesis decrypt an encrypted source, Lambda
 * decrypts filter criteria (`kms:ViaService`, `kms:CallerAccount`), so key policies that restrict the
 * key to those services do not look like a Deny.
 */
export function viaService(arn: string | undefined, fn: FunctionInfo): Record<string, string> {
  const parts = arn ? parseArn(arn) : undefined;
  const service =
    parts?.service === 'sqs' || parts?.service === 'kinesis' || parts?.service === 'lambda' ? parts.service : undefined;
  const caller = { 'kms:CallerAccount': fn.accountId };
  return service ? { ...caller, 'kms:ViaService': `${service}.${parts?.region || fn.region}.amazonaws.com` } : caller;
}

/** The mapping's own error text when it reports an authorization problem. */
export function authzSignal(esm: EventSourceMappingInfo): string | undefined {
  const texts = [esm.stateTransitionReason, esm.lastProcessingResult].filter((t): t is string => !!t);
  const hit = texts.find((t) => AUTHZ_SIGNAL.test(t));
  return hit;
}

/**
 * The mapping reports an authorization error although the role allows every required action: a policy the
 * snapshot cannot see decides (source resource policy, KMS key policy, SCPs / RCPs).
 */
function signalFinding(
  fn: FunctionInfo,
  view: ExecutionRoleView,
  esm: EventSourceMappingInfo,
  signal: string,
  details: readonly MessageRef[],
): Finding {
  const source = sourceParams(esm);
  const title = msg('req.esm.signalTitle', { fn: fn.name, ...source });
  const summary = msg('req.esm.signalSummary', { signal, ...source });
  const all = [...details, msg('req.esm.unseen')];
  const arn = esm.eventSourceArn;
  const fixSummary = msg('req.esm.signalFix', {
    roleArn: view.role.arn,
    ...(arn !== undefined ? { sourceless: 'no', arn } : { sourceless: 'yes' }),
  });
  const note = msg('req.esm.signalNote');
  return buildFinding({
    check: ESM_PERMISSIONS,
    fn,
    title: en(title),
    summary: en(summary),
    text: { title, summary, fixSummary, lines: lines(...all, note) },
    resource: esm.eventSourceArn,
    details: all.map(en),
    fix: {
      summary: en(fixSummary),
      cli: `aws lambda get-event-source-mapping --uuid ${esm.uuid}`,
      notes: [en(note)],
    },
    cause: `esm-signal:${esm.uuid}`,
  });
}

function auditMapping(
  input: CheckInput,
  fn: FunctionInfo,
  view: ExecutionRoleView,
  esm: EventSourceMappingInfo,
): {
  findings: Finding[];
  notes: string[];
} {
  const snapshot = input.snapshot;
  const groups = [
    ...sourceGroups(esm),
    ...destinationGroups(esm.onFailureDestination),
    ...kmsDecryptGroup(snapshot, esm.sourceKmsKeyArn, viaService(esm.eventSourceArn, fn)),
    ...kmsDecryptGroup(snapshot, esm.filterCriteriaKmsKeyArn, viaService(fn.arn, fn)),
  ];
  const outcome = checkGroups(view, fn, groups);
  const signal = authzSignal(esm);
  const name = sourceName(esm);
  const source = sourceParams(esm);
  const details = [
    msg(
      'req.esm.mapping',
      esm.state ? { uuid: esm.uuid, stateless: 'no', state: esm.state } : { uuid: esm.uuid, stateless: 'yes' },
    ),
    ...(signal ? [msg('req.lambdaReports', { reason: signal })] : []),
  ];
  const actions = outcome.denied.map((a) => a.request.action).join(', ');
  if (outcome.denied.length > 0) {
    const finding = requirementFinding({
      check: ESM_PERMISSIONS,
      fn,
      view,
      denied: outcome.denied,
      catalog: input.catalog,
      title: msg('req.esm.title', { fn: fn.name, ...source }),
      summary: msg('req.esm.summary', { role: view.role.name, actions, fn: fn.name, ...source }),
      policyName: `laa-fix-esm-${esm.kind}`,
      details,
      fixNotes: [msg('req.esm.retry'), msg('req.esm.see', { url: esmDocsUrl(esm) })],
      cause: `esm:${esm.uuid}`,
    });
    return { findings: [finding], notes: [...outcome.notes] };
  }
  if (signal && !outcome.undecided) {
    return { findings: [signalFinding(fn, view, esm, signal, details)], notes: [...outcome.notes] };
  }
  return { findings: [], notes: [`${name}: all required actions are allowed.`, ...outcome.notes] };
}

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  if (fn.eventSourceMappings.length === 0) return notApplicable(`${fn.name} has no event source mappings.`);
  const view = executionRole(snapshot, fn);
  if (!view) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const esm of fn.eventSourceMappings) {
    const audited = auditMapping(input, fn, view, esm);
    findings.push(...audited.findings);
    notes.push(...audited.notes);
  }
  return result(findings, notes);
}

/** `LAA-ESM-PERMISSIONS`. */
export const ESM_PERMISSIONS: Check = {
  id: 'LAA-ESM-PERMISSIONS',
  title: 'Event source mappings can poll their sources',
  topic: 'event-source',
  category: 'event-source',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html',
  fixKinds: ['identity-statement', 'remove-statement', 'boundary'],
  scope: 'function',
  run,
};
