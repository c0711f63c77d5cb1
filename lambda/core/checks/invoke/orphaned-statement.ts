/**
 * LAA-TRIGGER-ORPHANED-STATEMENT: a resource-policy statement whose `aws:SourceArn` names a source
 * (rule, topic, bucket, API, log group…) that the snapshot's *complete* inventory says no longer
 * exists. Harmless today, but a re-created resource of the same name (an S3 bucket in another
 * account, say) would inherit the right to invoke. Never claimed against an incomplete listing.
 */
import type { Finding } from '../../findings/types';
import type { ParsedStatement } from '../../policy/model';
import type { FunctionInfo, InventoryList, Snapshot, TriggerKind } from '../../snapshot/types';
import { accountOf } from '../../arn';
import { renderFix } from '../../fix';
import { DOCS } from '../shared/references';
import { en, lines, msg } from '../../i18n';
import { buildFinding, evidence, result } from '../shared/finding';
import { allFunctionPolicies, compiledView, type FunctionPolicyView } from '../shared/function-policy';
import { inInventory, inventoryKindFor, sourceAccountValues, sourceArnValues } from '../shared/inventory';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-TRIGGER-ORPHANED-STATEMENT';

/** True when the value belongs to another account (the inventory lists only the audited account). */
function foreign(snapshot: Snapshot, statement: ParsedStatement, value: string): boolean {
  const own = snapshot.account.id;
  const acct = accountOf(value);
  if (acct) return acct !== own;
  return sourceAccountValues(statement).some((a) => a !== own);
}

interface Orphan {
  readonly view: FunctionPolicyView;
  readonly statement: ParsedStatement;
  readonly service: string;
  readonly source: string;
  /** The inventory that no longer holds the source. */
  readonly kind: TriggerKind;
}

function orphansIn(snapshot: Snapshot, view: FunctionPolicyView, notes: string[]): Orphan[] {
  const policy = compiledView(view);
  if (!policy) return [];
  const out: Orphan[] = [];
  for (const st of policy.parsed.statements) {
    if (st.effect !== 'Allow') continue;
    for (const service of st.principal?.service ?? []) {
      const kind = inventoryKindFor(service);
      const inventory: InventoryList | undefined = kind ? snapshot.inventory[kind] : undefined;
      const values = sourceArnValues(st);
      if (!kind || values.length === 0) continue;
      if (!inventory?.complete) {
        notes.push(
          `${view.name} statement ${st.sid ?? st.index}: the ${kind} inventory is incomplete, orphans not assessed.`,
        );
        continue;
      }
      for (const source of values) {
        if (foreign(snapshot, st, source)) continue;
        if (!inInventory(inventory, source)) out.push({ view, statement: st, service, source, kind });
      }
    }
  }
  return out;
}

function orphanFinding(check: Check, fn: FunctionInfo, o: Orphan, policyName: string): Finding {
  const sid = o.statement.sid;
  const names = {
    target: o.view.target,
    service: o.service,
    source: o.source,
    statement: sid ?? `#${o.statement.index}`,
  };
  const title = msg('invoke.orphan.title', names);
  const summary = msg('invoke.orphan.summary', names);
  const inventory = msg('invoke.orphan.inventory', { kind: o.kind, source: o.source });
  const fixSummary = msg('invoke.orphan.fix', names);
  return buildFinding({
    check,
    severity: 'low',
    fn,
    title: en(title),
    action: 'lambda:InvokeFunction',
    resource: o.view.resourceArn,
    summary: en(summary),
    text: { title, summary, fixSummary, lines: lines(inventory) },
    stated: {
      statements: [
        evidence({
          policy: { type: 'resource', name: policyName },
          index: o.statement.index,
          sid,
          effect: 'Allow',
          statement: o.statement.raw,
        }),
      ],
    },
    details: [en(inventory)],
    fix: renderFix({
      kind: 'remove-statement',
      summary: en(fixSummary),
      location: {
        in: 'lambda-permission',
        functionName: fn.name,
        qualifier: o.view.qualifier,
        statementIds: sid ? [sid] : [],
        cdk: `// Delete the fn.addPermission(...) / lambda.CfnPermission that grants ${o.service} for ${o.source}, then cdk deploy.`,
      },
      statement: o.statement.raw,
    }),
    references: [DOCS.resourcePolicy],
    key: {
      functionArn: fn.arn,
      resourcePattern: o.view.resourceArn,
      cause: `${sid ?? o.statement.index}|${o.source}`,
    },
  });
}

function run({ snapshot, fn }: CheckInput): CheckResult {
  if (!fn) return { status: 'not-applicable', findings: [], notes: ['No function in scope.'] };
  const views = allFunctionPolicies(snapshot, fn).filter((v) => v.known && v.document);
  if (views.length === 0)
    return { status: 'not-applicable', findings: [], notes: [`${fn.name} has no resource policy.`] };
  const notes: string[] = [];
  const findings = views.flatMap((v) =>
    orphansIn(snapshot, v, notes).map((o) => orphanFinding(orphanedStatement, fn, o, v.name)),
  );
  return result(findings, notes);
}

/** The check object. */
export const orphanedStatement: Check = {
  id: ID,
  title: 'Resource-policy statements name sources that still exist',
  topic: 'invoke',
  category: 'invoke-permission',
  defaultSeverity: 'low',
  docsUrl: DOCS.resourcePolicy.url,
  fixKinds: ['remove-statement'],
  scope: 'function',
  run,
};
