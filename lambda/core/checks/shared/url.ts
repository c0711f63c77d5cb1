/**
 * Function URL probes: what an unsigned internet caller (AuthType NONE) or a named principal may do
 * through the URL, asked to the engine with the context keys Lambda sets for URL requests
 * (`lambda:FunctionUrlAuthType`, `lambda:InvokedViaFunctionUrl`; AWS-FACTS §8.3).
 */
import type { RequestPrincipal } from '../../policy/model';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { functionPolicyFor, probeOutside, type FunctionPolicyView, type Probe } from './function-policy';

/** The anonymous caller of a public URL. */
export const ANONYMOUS: RequestPrincipal = { kind: 'anonymous', arn: '*' };

/** The policy view governing the function's URL (the URL's qualifier when it has one). */
export function urlView(snapshot: Snapshot, fn: FunctionInfo): FunctionPolicyView | undefined {
  if (!fn.url) return undefined;
  return functionPolicyFor(snapshot, fn, fn.url.qualifier ? `${fn.arn}:${fn.url.qualifier}` : fn.arn);
}

/** Both permissions a URL request needs, probed for `principal`. */
export interface UrlReach {
  readonly invokeUrl: Probe;
  readonly invoke: Probe;
}

/** Probes `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` (via URL) for `principal`. */
export function urlReach(
  view: FunctionPolicyView,
  authType: string,
  principal: RequestPrincipal = ANONYMOUS,
): UrlReach {
  const context = { 'lambda:FunctionUrlAuthType': authType, 'lambda:InvokedViaFunctionUrl': 'true' };
  return {
    invokeUrl: probeOutside(view, principal, 'lambda:InvokeFunctionUrl', context),
    invoke: probeOutside(view, principal, 'lambda:InvokeFunction', context),
  };
}

/** True when the probe was allowed. */
export function ok(p: Probe): boolean {
  return p.decision.decision === 'Allowed';
}
