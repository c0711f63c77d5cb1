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
import { triggerKindName } from '../shared/describe';
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

/** The `add-permission` fix that lets `trigger` invoke `view`, scoped to its source ARN and account. */
export function invokeFix(
  fn: FunctionInfo,
  view: FunctionPolicyView,
  trigger: TriggerInfo,
  account: string,
): LambdaPermissionFix {
  return {
    kind: 'lambda-permission',
    summary: `Add a resource-policy statement that lets ${trigger.servicePrincipal} invoke ${view.resourceArn} from ${trigger.sourceArn} only.`,
    functionName: fn.name,
    resourceArn: view.resourceArn,
    qualifier: view.qualifier,
    statementId: statementIdFor(trigger),
    principal: trigger.servicePrincipal,
    sourceArn: trigger.sourceArn,
    sourceAccount: account,
  };
}

function missingFinding(fn: FunctionInfo, trigger: TriggerInfo, view: FunctionPolicyView): Finding | undefined {
  const { account, assumed } = triggerSourceAccount(trigger, fn);
  const context = { 'aws:SourceArn': trigger.sourceArn, 'aws:SourceAccount': account };
  const probe = probeService(view, trigger.servicePrincipal, context);
  if (probe.decision.decision === 'Allowed') return undefined;
  const regional = regionalPrincipal(trigger, fn);
  if (regional && probeService(view, regional, context).decision.decision === 'Allowed') return undefined;
  const fix = invokeFix(fn, view, trigger, account);
  const explicit = probe.decision.decision === 'ExplicitlyDenied';
  const where = view.document
    ? view.name
    : `${fn.name}${view.qualifier ? `:${view.qualifier}` : ''} (it has no resource policy)`;
  return buildFinding({
    check: triggerInvokePermission,
    severity: 'high',
    fn,
    title: `${trigger.servicePrincipal} cannot invoke ${fn.name}${view.qualifier ? `:${view.qualifier}` : ''} for ${triggerKindName(trigger.kind)} ${trigger.sourceArn}`,
    action: 'lambda:InvokeFunction',
    resource: view.resourceArn,
    summary: explicit
      ? `A Deny in ${view.name} blocks ${trigger.servicePrincipal} from invoking the function for ${trigger.sourceArn}, so these events never reach it.`
      : `No statement in ${where} lets ${trigger.servicePrincipal} invoke it for ${trigger.sourceArn}, so these events never reach the function.`,
    details: [
      ...probe.decision.reasons,
      `Checked: ${trigger.servicePrincipal} → lambda:InvokeFunction on ${view.resourceArn} with aws:SourceArn=${trigger.sourceArn}, aws:SourceAccount=${account}.`,
      ...(assumed ? [`The source ARN carries no account; assumed the function's account ${account}.`] : []),
    ],
    stated: {
      decision: probe.decision.decision,
      decidingPolicyType: 'resource',
      statements: decisionEvidence(probe.decision),
      nearMisses: nearMissLines(probe.decision),
    },
    fix: renderFix({
      ...fix,
      ...(explicit
        ? { summary: `Remove or narrow the Deny statement of ${view.name}, then add the invoke permission.` }
        : {}),
      notes: [
        'Resource-based policies of a function are changed only with add-permission / remove-permission.',
        ...(view.qualifier
          ? [
              `The trigger targets the qualifier ${view.qualifier}: the permission must be added to that qualifier (--qualifier), not to the unqualified function.`,
            ]
          : []),
        'Most CDK integrations (targets.LambdaFunction, LambdaSubscription, LambdaDestination, LambdaIntegration) add this permission themselves: a missing one usually means the trigger was wired outside CDK or the permission was removed.',
      ],
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
