/**
 * LAA-EXPOSURE-CONFUSED-DEPUTY: a statement grants an AWS service principal (`s3.amazonaws.com`,
 * `sns.amazonaws.com`, …) without `aws:SourceArn` / `aws:SourceAccount`, so a resource of *another*
 * account could make the service invoke this function. The engine decides: the service is probed with
 * a source in an unrelated account. S3 bucket ARNs carry no account, so for S3 triggers the check
 * also probes the real bucket ARN with a foreign `aws:SourceAccount` (AWS: always pass SourceAccount).
 */
import type { Finding } from '../../findings/types';
import type { StatementRef } from '../../policy/model';
import type { FunctionInfo, Snapshot, TriggerInfo } from '../../snapshot/types';
import { renderFix } from '../../fix';
import type { FixSpec } from '../../fix/types';
import { DOCS } from '../shared/references';
import { en, lines, msg, type MessageRef } from '../../i18n';
import { buildFinding, evidence, notApplicable, result, sidsOf } from '../shared/finding';
import {
  allFunctionPolicies,
  compiledView,
  outsiderAccount,
  probeService,
  triggerSourceAccount,
  triggersOf,
  type FunctionPolicyView,
} from '../shared/function-policy';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-EXPOSURE-CONFUSED-DEPUTY';

/** Service principals named in the view's Allow statements, sorted. */
export function servicesIn(view: FunctionPolicyView): string[] {
  const policy = compiledView(view);
  const set = new Set<string>();
  for (const st of policy?.parsed.statements ?? []) {
    if (st.effect === 'Allow') for (const s of st.principal?.service ?? []) set.add(s);
  }
  return [...set].sort();
}

interface Exposure {
  readonly service: string;
  readonly statements: readonly StatementRef[];
  /** `any-source` (no usable source condition) or `s3-no-account` (bucket ARN without SourceAccount). */
  readonly kind: 'any-source' | 's3-no-account';
  /** The probed source ARN (foreign resource or real bucket) and the outside account it was probed from. */
  readonly source: string;
  readonly account: string;
}

function serviceTriggers(
  snapshot: Snapshot,
  fn: FunctionInfo,
  view: FunctionPolicyView,
  service: string,
): TriggerInfo[] {
  return triggersOf(snapshot, fn).filter(
    (t) =>
      t.servicePrincipal.toLowerCase() === service.toLowerCase() &&
      (view.qualifier ? t.targetArn === view.resourceArn : t.targetArn === fn.arn),
  );
}

function exposures(snapshot: Snapshot, fn: FunctionInfo, view: FunctionPolicyView): Exposure[] {
  const outsider = outsiderAccount(view.document, fn.accountId);
  const out: Exposure[] = [];
  for (const service of servicesIn(view)) {
    const prefix = service.split('.')[0];
    const foreignSource = `arn:aws:${prefix}:${fn.region}:${outsider}:outsider-resource`;
    const any = probeService(view, service, { 'aws:SourceAccount': outsider, 'aws:SourceArn': foreignSource });
    if (any.decision.decision === 'Allowed') {
      out.push({
        service,
        statements: any.decision.deciding,
        kind: 'any-source',
        source: foreignSource,
        account: outsider,
      });
      continue;
    }
    if (service.toLowerCase() !== 's3.amazonaws.com') continue;
    for (const t of serviceTriggers(snapshot, fn, view, service)) {
      const p = probeService(view, service, { 'aws:SourceAccount': outsider, 'aws:SourceArn': t.sourceArn });
      if (p.decision.decision === 'Allowed') {
        out.push({
          service,
          statements: p.decision.deciding,
          kind: 's3-no-account',
          source: t.sourceArn,
          account: outsider,
        });
        break;
      }
    }
  }
  return out;
}

/** The fix notes: scoped statement first, and a placeholder warning when no trigger names the source. */
function fixNotes(hasTrigger: boolean): MessageRef[] {
  return [
    msg('trigger.deputy.noteFirst'),
    ...(hasTrigger ? [] : [msg('trigger.deputy.noteNoTrigger', { placeholder: '<source-arn>' })]),
  ];
}

/** Add the scoped statement first (no gap in invocations), then remove the broad one. */
function fixFor(snapshot: Snapshot, fn: FunctionInfo, view: FunctionPolicyView, e: Exposure): FixSpec {
  const trigger = serviceTriggers(snapshot, fn, view, e.service)[0];
  const target = { functionName: fn.name, qualifier: view.qualifier };
  return {
    kind: 'lambda-permission',
    summary: en(msg('trigger.deputy.fix', { service: e.service })),
    ...target,
    resourceArn: view.resourceArn,
    statementId: `${e.statements[0]?.sid ?? 'invoke'}-scoped`,
    principal: e.service,
    sourceArn: trigger?.sourceArn ?? '<source-arn>',
    sourceAccount: trigger ? triggerSourceAccount(trigger, fn).account : fn.accountId,
    notes: fixNotes(trigger !== undefined).map(en),
    then: [
      {
        kind: 'remove-statement',
        summary: `Remove the broad ${e.service} statement.`,
        location: { in: 'lambda-permission', ...target, statementIds: sidsOf(e.statements) },
      },
    ],
  };
}

function deputyFinding(snapshot: Snapshot, fn: FunctionInfo, view: FunctionPolicyView, e: Exposure): Finding {
  const any = e.kind === 'any-source';
  const title = msg(any ? 'trigger.deputy.titleAny' : 'trigger.deputy.titleS3', {
    target: view.target,
    service: e.service,
  });
  const summary = msg(any ? 'trigger.deputy.summaryAny' : 'trigger.deputy.summaryS3', {
    service: e.service,
    arn: view.resourceArn,
  });
  const probe = msg(any ? 'trigger.deputy.probeAny' : 'trigger.deputy.probeS3', {
    service: e.service,
    source: e.source,
    account: e.account,
  });
  const spec = fixFor(snapshot, fn, view, e);
  const fixSummary = msg('trigger.deputy.fix', { service: e.service });
  const notes = fixNotes(serviceTriggers(snapshot, fn, view, e.service).length > 0);
  return buildFinding({
    check: exposureConfusedDeputy,
    severity: 'medium',
    fn,
    title: en(title),
    action: 'lambda:InvokeFunction',
    resource: view.resourceArn,
    summary: en(summary),
    details: [en(probe)],
    text: { title, summary, fixSummary, lines: lines(probe, ...notes) },
    stated: { decision: 'Allowed', decidingPolicyType: 'resource', statements: e.statements.map(evidence) },
    fix: renderFix(spec),
    references: [DOCS.confusedDeputy, DOCS.resourcePolicy],
    key: {
      functionArn: fn.arn,
      resourcePattern: view.resourceArn,
      cause: `${e.service}|${e.kind}|${e.statements.map((s) => s.sid ?? s.index).join(',')}`,
    },
  });
}

function run({ snapshot, fn }: CheckInput): CheckResult {
  if (!fn) return notApplicable('No function in scope.');
  const views = allFunctionPolicies(snapshot, fn).filter((v) => v.known && servicesIn(v).length > 0);
  if (views.length === 0) return notApplicable(`${fn.name} grants no AWS service principal.`);
  const findings = views.flatMap((v) => exposures(snapshot, fn, v).map((e) => deputyFinding(snapshot, fn, v, e)));
  return result(findings, findings.length === 0 ? ['Every service grant is scoped to its source.'] : []);
}

/** The check object. */
export const exposureConfusedDeputy: Check = {
  id: ID,
  title: 'Service principals in the resource policy are scoped to their source',
  topic: 'exposure',
  category: 'exposure',
  defaultSeverity: 'medium',
  docsUrl: DOCS.confusedDeputy.url,
  fixKinds: ['lambda-permission', 'remove-statement'],
  scope: 'function',
  run,
};
