/**
 * LAA-TRIGGER-ORPHANED-STATEMENT: a resource-policy statement whose `aws:SourceArn` names a source
 * (rule, topic, bucket, API, log group…) that the snapshot's *complete* inventory says no longer
 * exists. Harmless today, but a re-created resource of the same name (an S3 bucket in another
 * account, say) would inherit the right to invoke. Never claimed against an incomplete listing.
 */
import type { Finding } from '../../findings/types';
import type { ParsedStatement } from '../../policy/model';
import type { FunctionInfo, InventoryList, Snapshot } from '../../snapshot/types';
import { accountOf } from '../../arn';
import { renderFix } from '../../fix';
import { capitalize } from '../shared/describe';
import { DOCS } from '../shared/references';
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
        if (!inInventory(inventory, source)) out.push({ view, statement: st, service, source });
      }
    }
  }
  return out;
}

function orphanFinding(check: Check, fn: FunctionInfo, o: Orphan, policyName: string): Finding {
  const sid = o.statement.sid;
  return buildFinding({
    check,
    severity: 'low',
    fn,
    title: `${capitalize(o.view.name)} still lets ${o.service} invoke for ${o.source}, which no longer exists`,
    action: 'lambda:InvokeFunction',
    resource: o.view.resourceArn,
    summary: `Statement ${sid ?? `#${o.statement.index}`} grants ${o.service} for ${o.source}, but that source is not in the account any more, so the statement is dead weight that a re-created resource of the same name would inherit.`,
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
    details: [
      `The ${inventoryKindFor(o.service)} inventory of the snapshot is complete and does not contain ${o.source}.`,
    ],
    fix: renderFix({
      kind: 'remove-statement',
      summary: `Remove statement ${sid ?? `#${o.statement.index}`} from ${o.view.name}.`,
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
