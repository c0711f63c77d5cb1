/**
 * LAA-URL-MISSING-INVOKE-STATEMENT: since October 2025 a function URL request needs both
 * `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` (with `lambda:InvokedViaFunctionUrl`);
 * a resource policy that grants only the first makes every request fail with HTTP 403
 * (AWS-FACTS §8.3). Probed for the anonymous caller of a `NONE` URL, and for each principal of
 * another account named in the policy of an `AWS_IAM` URL (same-account callers may get the second
 * permission from their own identity policy, which this check cannot see).
 */
import type { Finding } from '../../findings/types';
import type { RequestPrincipal } from '../../policy/model';
import type { FunctionInfo } from '../../snapshot/types';
import { renderFix } from '../../fix';
import { externalEntries, principalForEntry } from '../shared/outside-reach';
import { DOCS } from '../shared/references';
import { en, lines, msg } from '../../i18n';
import { ANONYMOUS, ok, urlReach, urlView, type UrlReach } from '../shared/url';
import { buildFinding, decisionEvidence, nearMissLines, notApplicable, result } from '../shared/finding';
import type { FunctionPolicyView } from '../shared/function-policy';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-URL-MISSING-INVOKE-STATEMENT';

interface Caller {
  readonly label: string;
  /** `--principal` value of the fix. */
  readonly cliPrincipal: string;
  readonly principal: RequestPrincipal;
}

function missingFinding(
  fn: FunctionInfo,
  view: FunctionPolicyView,
  authType: string,
  caller: Caller,
  r: UrlReach,
): Finding {
  const sid =
    caller.cliPrincipal === '*'
      ? 'FunctionURLInvokeAllowPublicAccess'
      : `FunctionURLInvoke-${caller.cliPrincipal.replace(/[^A-Za-z0-9-]/g, '-')}`.slice(0, 100);
  const who = { anyone: caller.cliPrincipal === '*' ? 'yes' : 'no', caller: caller.label };
  const title = msg('trigger.urlInvoke.title', { fn: fn.name, ...who });
  const summary = msg('trigger.urlInvoke.summary', { target: view.target, ...who });
  const fixSummary = msg('trigger.urlInvoke.fix', who);
  const authLine = msg('trigger.urlInvoke.authType', { authType });
  const notes = [msg('trigger.urlInvoke.noteTools'), msg('trigger.urlInvoke.noteCondition')];
  return buildFinding({
    check: urlMissingInvokeStatement,
    severity: 'high',
    fn,
    principal: caller.cliPrincipal === '*' ? undefined : caller.cliPrincipal,
    title: en(title),
    action: 'lambda:InvokeFunction',
    resource: view.resourceArn,
    summary: en(summary),
    details: [...r.invoke.decision.reasons, en(authLine)],
    text: { title, summary, fixSummary, lines: lines(authLine, ...notes) },
    stated: {
      decision: r.invoke.decision.decision,
      decidingPolicyType: 'resource',
      statements: decisionEvidence(r.invokeUrl.decision),
      nearMisses: nearMissLines(r.invoke.decision),
    },
    fix: renderFix({
      kind: 'lambda-permission',
      summary: en(fixSummary),
      functionName: fn.name,
      qualifier: view.qualifier,
      resourceArn: view.resourceArn,
      statementId: sid,
      principal: caller.cliPrincipal,
      invokedViaFunctionUrl: true,
      notes: notes.map(en),
    }),
    references: [DOCS.urlAuth],
    key: {
      functionArn: fn.arn,
      principal: caller.cliPrincipal,
      action: 'lambda:InvokeFunction',
      resourcePattern: view.resourceArn,
    },
  });
}

function callers(view: FunctionPolicyView, fn: FunctionInfo, authType: string): Caller[] {
  if (authType === 'NONE') return [{ label: 'everyone ("*")', cliPrincipal: '*', principal: ANONYMOUS }];
  return externalEntries(view, fn.accountId).map((e) => ({
    label: e.entry,
    cliPrincipal: e.entry,
    principal: principalForEntry(e),
  }));
}

function run({ snapshot, fn }: CheckInput): CheckResult {
  if (!fn) return notApplicable('No function in scope.');
  const view = urlView(snapshot, fn);
  if (!view || !fn.url) return notApplicable(`${fn.name} has no function URL.`);
  if (!view.known)
    return { status: 'pass', findings: [], notes: [`Could not decide: the snapshot lacks ${view.name}.`] };
  const authType = fn.url.authType;
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const caller of callers(view, fn, authType)) {
    const r = urlReach(view, authType, caller.principal);
    if (!ok(r.invokeUrl)) notes.push(`${caller.label} is not granted lambda:InvokeFunctionUrl.`);
    else if (ok(r.invoke)) notes.push(`${caller.label} has both URL permissions.`);
    else findings.push(missingFinding(fn, view, authType, caller, r));
  }
  if (findings.length === 0 && notes.length === 0)
    notes.push('No principal in the resource policy is granted URL access.');
  return result(findings, notes);
}

/** The check object. */
export const urlMissingInvokeStatement: Check = {
  id: ID,
  title: 'Function URLs grant both lambda:InvokeFunctionUrl and lambda:InvokeFunction',
  topic: 'invoke',
  category: 'invoke-permission',
  defaultSeverity: 'high',
  docsUrl: DOCS.urlAuth.url,
  fixKinds: ['lambda-permission'],
  scope: 'function',
  run,
};
