/**
 * LAA-TRIGGER-INVOKE-PERMISSION: every trigger (EventBridge rule, SNS topic, S3 bucket, API Gateway,
 * log subscription, …) needs a `lambda:InvokeFunction` statement for its service principal, scoped
 * with `aws:SourceArn` / `aws:SourceAccount`, in the resource policy of the ARN it targets (the
 * alias's own policy for a qualified target). Event source mappings use the execution role instead
 * and are not triggers here.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../findings/types';
import type { FunctionInfo, TriggerInfo } from '../../snapshot/types';
import { DOCS } from '../shared/references';
import { en, lines, msg, type MessageRef } from '../../i18n';
import { buildFinding, decisionEvidence, nearMissLines } from '../shared/finding';
import { renderFix } from '../../fix';
import type { LambdaPermissionFix } from '../../fix/types';
import {
  functionPolicyFor,
  probeService,
  triggerSourceAccount,
  triggersOf,
  type FunctionPolicyView,
} from '../shared/function-policy';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-TRIGGER-INVOKE-PERMISSION';

/**
 * CloudWatch Logs also invokes as `logs.<region>.amazonaws.com`, the principal older AWS docs, the
 * Terraform registry example and the Datadog / Elastic forwarders use: a grant to it works too.
 */
export function regionalPrincipal(trigger: TriggerInfo, fn: FunctionInfo): string | undefined {
  if (trigger.servicePrincipal.toLowerCase() !== 'logs.amazonaws.com') return undefined;
  const region = /^arn:[^:]+:logs:([a-z0-9-]+):/.exec(trigger.sourceArn)?.[1] ?? fn.region;
  return `logs.${region}.amazonaws.com`;
}

/** A stable, readable statement ID for an `add-permission` fix. */
export function statementIdFor(trigger: TriggerInfo): string {
  const hash = createHash('sha256').update(trigger.sourceArn).digest('hex').slice(0, 8);
  return `laa-${trigger.kind}-${hash}`;
}

/** The summary of {@link invokeFix} as a catalog reference. */
export function invokeFixText(view: FunctionPolicyView, trigger: TriggerInfo): MessageRef {
  return msg('invoke.trigger.fix', {
    service: trigger.servicePrincipal,
    arn: view.resourceArn,
    source: trigger.sourceArn,
  });
}

/** The `add-permission` fix that lets `trigger` invoke `view`, scoped to its source ARN and account. */
export function invokeFix(
  fn: FunctionInfo,
  view: FunctionPolicyView,
  trigger: TriggerInfo,
  account: string,
): LambdaPermissionFix {
  return {
    kind: 'lambda-permission',
    summary: en(invokeFixText(view, trigger)),
    functionName: fn.name,
    resourceArn: view.resourceArn,
    qualifier: view.qualifier,
    statementId: statementIdFor(trigger),
    principal: trigger.servicePrincipal,
    sourceArn: trigger.sourceArn,
    sourceAccount: account,
  };
}

/** Title, summary, details, fix summary and notes of a missing invoke permission, as catalog references. */
function missingText(fn: FunctionInfo, trigger: TriggerInfo, view: FunctionPolicyView, explicit: boolean) {
  const { account, assumed } = triggerSourceAccount(trigger, fn);
  const names = {
    service: trigger.servicePrincipal,
    source: trigger.sourceArn,
    target: `${fn.name}${view.qualifier ? `:${view.qualifier}` : ''}`,
    policy: view.target,
  };
  const summaryKey = explicit
    ? 'invoke.trigger.summaryDeny'
    : view.document
      ? 'invoke.trigger.summaryMissing'
      : 'invoke.trigger.summaryNoPolicy';
  return {
    title: msg('invoke.trigger.title', { ...names, kind: trigger.kind.replace(/-/g, '_') }),
    summary: msg(summaryKey, names),
    details: [
      msg('invoke.trigger.checked', { ...names, arn: view.resourceArn, account }),
      ...(assumed ? [msg('invoke.trigger.assumed', { account })] : []),
    ],
    fixSummary: explicit ? msg('invoke.trigger.fixDeny', names) : invokeFixText(view, trigger),
    notes: [
      msg('invoke.trigger.noteOnly'),
      ...(view.qualifier ? [msg('invoke.trigger.noteQualifier', { qualifier: view.qualifier })] : []),
      msg('invoke.trigger.noteCdk'),
    ],
  };
}

function missingFinding(fn: FunctionInfo, trigger: TriggerInfo, view: FunctionPolicyView): Finding | undefined {
  const { account } = triggerSourceAccount(trigger, fn);
  const context = { 'aws:SourceArn': trigger.sourceArn, 'aws:SourceAccount': account };
  const probe = probeService(view, trigger.servicePrincipal, context);
  if (probe.decision.decision === 'Allowed') return undefined;
  const regional = regionalPrincipal(trigger, fn);
  if (regional && probeService(view, regional, context).decision.decision === 'Allowed') return undefined;
  const explicit = probe.decision.decision === 'ExplicitlyDenied';
  const text = missingText(fn, trigger, view, explicit);
  return buildFinding({
    check: triggerInvokePermission,
    severity: 'high',
    fn,
    title: en(text.title),
    action: 'lambda:InvokeFunction',
    resource: view.resourceArn,
    summary: en(text.summary),
    details: [...probe.decision.reasons, ...text.details.map(en)],
    text: {
      title: text.title,
      summary: text.summary,
      fixSummary: text.fixSummary,
      lines: lines(...text.details, ...text.notes),
    },
    stated: {
      decision: probe.decision.decision,
      decidingPolicyType: 'resource',
      statements: decisionEvidence(probe.decision),
      nearMisses: nearMissLines(probe.decision),
    },
    fix: renderFix({
      ...invokeFix(fn, view, trigger, account),
      summary: en(text.fixSummary),
      notes: text.notes.map(en),
    }),
    references: [DOCS.resourcePolicy, DOCS.confusedDeputy],
    key: {
      functionArn: fn.arn,
      action: 'lambda:InvokeFunction',
      resourcePattern: view.resourceArn,
      cause: trigger.sourceArn,
    },
  });
}

function run({ snapshot, fn }: CheckInput): CheckResult {
  if (!fn) return { status: 'not-applicable', findings: [], notes: ['No function in scope.'] };
  const triggers = triggersOf(snapshot, fn);
  if (triggers.length === 0)
    return { status: 'not-applicable', findings: [], notes: [`${fn.name} has no triggers in the snapshot.`] };
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const trigger of triggers) {
    if (trigger.kind === 'alexa') {
      notes.push(
        `Alexa trigger ${trigger.sourceArn}: scoped by an event source token the snapshot does not hold; not assessed.`,
      );
      continue;
    }
    const view = functionPolicyFor(snapshot, fn, trigger.targetArn);
    if (!view.known) {
      notes.push(`Could not decide for ${trigger.sourceArn}: the snapshot lacks ${view.name}.`);
      continue;
    }
    const finding = missingFinding(fn, trigger, view);
    if (finding) findings.push(finding);
    else notes.push(`${trigger.servicePrincipal} may invoke ${view.resourceArn} for ${trigger.sourceArn}.`);
  }
  return { status: findings.length > 0 ? 'fail' : 'pass', findings, notes };
}

/** The check object. */
export const triggerInvokePermission: Check = {
  id: ID,
  title: 'Every trigger may invoke the function through its resource policy',
  topic: 'invoke',
  category: 'invoke-permission',
  defaultSeverity: 'high',
  docsUrl: DOCS.resourcePolicy.url,
  fixKinds: ['lambda-permission'],
  scope: 'function',
  run,
};
