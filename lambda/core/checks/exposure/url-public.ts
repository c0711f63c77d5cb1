/**
 * LAA-URL-PUBLIC: the function has a URL with `AuthType NONE`: requests are not signed, so whoever
 * the resource policy lets through (usually anyone on the internet) can call it. The finding says
 * who can actually call it, from engine probes with the URL context keys.
 */
import type { Finding } from '../../findings/types';
import type { FunctionInfo } from '../../snapshot/types';
import { cliArg, renderFix } from '../../fix';
import { DOCS } from '../shared/references';
import { en, lines, msg } from '../../i18n';
import { ok, urlReach, urlView } from '../shared/url';
import { buildFinding, decisionEvidence, notApplicable, result } from '../shared/finding';
import type { FunctionPolicyView } from '../shared/function-policy';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-URL-PUBLIC';

function who(view: FunctionPolicyView): {
  summary: 'summaryUnknown' | 'summaryOpen' | 'summaryHalf' | 'summaryClosed';
  callable: boolean;
  statements: Finding['explanation']['statements'];
} {
  if (!view.known) return { summary: 'summaryUnknown', callable: false, statements: [] };
  const r = urlReach(view, 'NONE');
  const statements = [
    ...decisionEvidence(r.invokeUrl.decision),
    ...(ok(r.invoke) ? decisionEvidence(r.invoke.decision) : []),
  ];
  if (ok(r.invokeUrl) && ok(r.invoke)) return { summary: 'summaryOpen', callable: true, statements };
  if (ok(r.invokeUrl)) return { summary: 'summaryHalf', callable: false, statements };
  return { summary: 'summaryClosed', callable: false, statements };
}

function publicUrlFinding(fn: FunctionInfo, view: FunctionPolicyView): Finding {
  const w = who(view);
  const url = fn.url?.url ?? '(unknown URL)';
  const qualifier = fn.url?.qualifier ? ` --qualifier ${cliArg(fn.url.qualifier)}` : '';
  const title = msg('trigger.urlPublic.title', { fn: fn.name, callable: w.callable ? 'yes' : 'no' });
  const summary = msg(`trigger.urlPublic.${w.summary}`, { url, target: view.target });
  const fixSummary = msg('trigger.urlPublic.fix');
  const details = [msg('trigger.urlPublic.noSigV4'), msg('trigger.urlPublic.authenticate')];
  const notes = [msg('trigger.urlPublic.noteIam'), msg('trigger.urlPublic.noteIgnore')];
  return buildFinding({
    check: urlPublic,
    fn,
    severity: 'medium',
    title: en(title),
    action: 'lambda:InvokeFunctionUrl',
    resource: view.resourceArn,
    summary: en(summary),
    stated: { decision: w.callable ? 'Allowed' : undefined, decidingPolicyType: 'resource', statements: w.statements },
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details, ...notes) },
    fix: renderFix({
      kind: 'config-change',
      layer: 'resource',
      summary: en(fixSummary),
      cli: `aws lambda update-function-url-config --function-name ${cliArg(fn.name)}${qualifier} --auth-type AWS_IAM`,
      cdk: 'fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });\n// then grant callers: fn.grantInvokeUrl(callerRole);',
      notes: notes.map(en),
    }),
    references: [DOCS.urlAuth],
    key: {
      functionArn: fn.arn,
      action: 'lambda:InvokeFunctionUrl',
      resourcePattern: view.resourceArn,
      cause: 'NONE',
    },
  });
}

function run({ snapshot, fn }: CheckInput): CheckResult {
  if (!fn) return notApplicable('No function in scope.');
  const view = urlView(snapshot, fn);
  if (!view || !fn.url) return notApplicable(`${fn.name} has no function URL.`);
  if (fn.url.authType !== 'NONE') return result([], [`The function URL uses ${fn.url.authType}.`]);
  return result([publicUrlFinding(fn, view)]);
}

/** The check object. */
export const urlPublic: Check = {
  id: ID,
  title: 'Function URLs require IAM authentication',
  topic: 'exposure',
  category: 'exposure',
  defaultSeverity: 'medium',
  docsUrl: DOCS.urlAuth.url,
  fixKinds: ['config-change'],
  scope: 'function',
  run,
};
