/**
 * LAA-URL-PUBLIC: the function has a URL with `AuthType NONE`: requests are not signed, so whoever
 * the resource policy lets through (usually anyone on the internet) can call it. The finding says
 * who can actually call it, from engine probes with the URL context keys.
 */
import type { Finding } from '../../findings/types';
import type { FunctionInfo } from '../../snapshot/types';
import { cliArg, renderFix } from '../../fix';
import { DOCS } from '../shared/references';
import { ok, urlReach, urlView } from '../shared/url';
import { buildFinding, decisionEvidence, notApplicable, result } from '../shared/finding';
import type { FunctionPolicyView } from '../shared/function-policy';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-URL-PUBLIC';

function who(view: FunctionPolicyView): {
  sentence: string;
  callable: boolean;
  statements: Finding['explanation']['statements'];
} {
  if (!view.known) {
    return {
      sentence: `${view.name} could not be read, so who can call it is unknown`,
      callable: false,
      statements: [],
    };
  }
  const r = urlReach(view, 'NONE');
  const statements = [
    ...decisionEvidence(r.invokeUrl.decision),
    ...(ok(r.invoke) ? decisionEvidence(r.invoke.decision) : []),
  ];
  if (ok(r.invokeUrl) && ok(r.invoke)) {
    return { sentence: 'anyone on the internet can call it without signing the request', callable: true, statements };
  }
  if (ok(r.invokeUrl)) {
    return {
      sentence:
        'anyone on the internet is granted lambda:InvokeFunctionUrl, but requests get HTTP 403 until lambda:InvokeFunction (via URL) is granted too',
      callable: false,
      statements,
    };
  }
  return { sentence: 'no statement grants public access yet, so requests get HTTP 403', callable: false, statements };
}

function publicUrlFinding(fn: FunctionInfo, view: FunctionPolicyView): Finding {
  const w = who(view);
  const url = fn.url?.url ?? '(unknown URL)';
  const qualifier = fn.url?.qualifier ? ` --qualifier ${cliArg(fn.url.qualifier)}` : '';
  return buildFinding({
    check: urlPublic,
    fn,
    severity: 'medium',
    title: `Function URL of ${fn.name} has AuthType NONE: ${w.callable ? 'anyone can call it' : 'public by configuration'}`,
    action: 'lambda:InvokeFunctionUrl',
    resource: view.resourceArn,
    summary: `The function URL ${url} uses AuthType NONE, and ${w.sentence}.`,
    stated: { decision: w.callable ? 'Allowed' : undefined, decidingPolicyType: 'resource', statements: w.statements },
    details: [
      'With AuthType NONE, Lambda does not check SigV4 signatures; only the resource policy decides, and it names "*".',
      'Make sure the code authenticates callers itself (tokens, signatures) or put CloudFront with origin access control in front.',
    ],
    fix: renderFix({
      kind: 'config-change',
      layer: 'resource',
      summary: 'Switch the URL to AuthType AWS_IAM unless it is meant to be public and the code authenticates callers.',
      cli: `aws lambda update-function-url-config --function-name ${cliArg(fn.name)}${qualifier} --auth-type AWS_IAM`,
      cdk: 'fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });\n// then grant callers: fn.grantInvokeUrl(callerRole);',
      notes: [
        'With AWS_IAM, callers need lambda:InvokeFunctionUrl (and for new URLs lambda:InvokeFunction) in their identity policy.',
        'If public access is intended, record it with an ignore rule so this stops alerting.',
      ],
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
