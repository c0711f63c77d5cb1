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
import { capitalize } from '../shared/describe';
import { externalEntries, principalForEntry } from '../shared/outside-reach';
import { DOCS } from '../shared/references';
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
  return buildFinding({
    check: urlMissingInvokeStatement,
    severity: 'high',
    fn,
    principal: caller.cliPrincipal === '*' ? undefined : caller.cliPrincipal,
    title: `Function URL of ${fn.name} lacks lambda:InvokeFunction for ${caller.label}: requests get HTTP 403`,
    action: 'lambda:InvokeFunction',
    resource: view.resourceArn,
    summary: `${capitalize(view.name)} grants ${caller.label} lambda:InvokeFunctionUrl but not lambda:InvokeFunction with lambda:InvokedViaFunctionUrl, which function URLs require since October 2025, so URL requests are refused with 403.`,
    details: [...r.invoke.decision.reasons, `URL AuthType: ${authType}.`],
    stated: {
      decision: r.invoke.decision.decision,
      decidingPolicyType: 'resource',
      statements: decisionEvidence(r.invokeUrl.decision),
      nearMisses: nearMissLines(r.invoke.decision),
    },
    fix: renderFix({
      kind: 'lambda-permission',
      summary: `Add the second statement: lambda:InvokeFunction for ${caller.label}, only when invoked via the function URL.`,
      functionName: fn.name,
      qualifier: view.qualifier,
      resourceArn: view.resourceArn,
      statementId: sid,
      principal: caller.cliPrincipal,
      invokedViaFunctionUrl: true,
      notes: [
        'Newer CDK / SAM / Serverless versions add this statement with the URL; upgrading the tool and redeploying also fixes it.',
        'The condition keeps the grant limited to URL requests: it does not allow direct Invoke calls.',
      ],
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
