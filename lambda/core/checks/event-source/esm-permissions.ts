/**
 * `LAA-ESM-PERMISSIONS`: every event source mapping polls with the execution role, so the role
 * needs the per-source actions (SQS, Kinesis, DynamoDB Streams, MSK, self-managed Kafka, MQ,
 * DocumentDB), the on-failure destination's send action, and `kms:Decrypt` on an encrypted source.
 * The mapping's own `StateTransitionReason` / `LastProcessingResult` is cited when it reports an
 * authorization error.
 */
import type { Finding } from '../../findings/types';
import type { EventSourceMappingInfo, FunctionInfo } from '../../snapshot/types';
import { parseArn } from '../../arn';
import { type ExecutionRoleView, executionRole } from '../shared/can';
import { destinationGroups, esmDocsUrl, kmsDecryptGroup, sourceGroups, sourceName } from '../shared/esm';
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
  const details = [
    `Event source mapping ${esm.uuid} (${esm.state ?? 'state unknown'})`,
    ...(signal ? [`Lambda reports: ${signal}`] : []),
  ];
  if (outcome.denied.length > 0) {
    const finding = requirementFinding({
      check: ESM_PERMISSIONS,
      fn,
      view,
      denied: outcome.denied,
      catalog: input.catalog,
      title: `${fn.name} lacks permissions for its event source mapping from ${name}`,
      summary: `The execution role ${view.role.name} is denied ${outcome.denied.map((a) => a.request.action).join(', ')}, which the event source mapping from ${name} needs, so it cannot deliver records to ${fn.name} as configured.`,
      policyName: `laa-fix-esm-${esm.kind}`,
      details,
      fixNotes: [
        'Lambda retries polling: records flow again once the permission propagates (re-enable the mapping if it was disabled).',
        `See ${esmDocsUrl(esm)}.`,
      ],
      cause: `esm:${esm.uuid}`,
    });
    return { findings: [finding], notes: [...outcome.notes] };
  }
  if (signal && !outcome.undecided) {
    const finding = buildFinding({
      check: ESM_PERMISSIONS,
      fn,
      title: `${fn.name}: event source mapping from ${name} reports an authorization error`,
      summary: `Lambda reports "${signal}" for the mapping from ${name} although the execution role allows every required action, so a policy outside the role decides.`,
      resource: esm.eventSourceArn,
      details: [
        ...details,
        'Policies the snapshot cannot see: the source resource policy (queue / stream / cluster policy), the KMS key policy, SCPs / RCPs.',
      ],
      fix: {
        summary: `Allow ${view.role.arn} in the resource policy of ${esm.eventSourceArn ?? 'the source'} (and its KMS key policy).`,
        cli: `aws lambda get-event-source-mapping --uuid ${esm.uuid}`,
        notes: ['The mapping resumes on its own once access is granted; a disabled mapping must be re-enabled.'],
      },
      cause: `esm-signal:${esm.uuid}`,
    });
    return { findings: [finding], notes: [...outcome.notes] };
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
