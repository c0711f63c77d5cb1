/**
 * Building blocks of the Execution-role demo scenarios (execution-role problems): roles trusted by Lambda
 * with the confused-deputy guard, functions with the usual shape, and CloudTrail denial envelopes of
 * calls the functions' code made. The shared pieces live in `kit.ts` and are re-exported here.
 */
import type { FunctionInfo, ManagedPolicyInfo, PolicyDocument, RoleInfo } from '../../lambda/core/snapshot/types';
import { accessDeniedEnvelope, demoRole, lambdaTrust, sessionIdentity } from './kit';

export { ACCT, REGION, allow, demoFunction, functionArn, lambdaTrust, policy } from './kit';

/** Options of {@link execRole}. */
export interface RoleOptions {
  readonly managed?: readonly ManagedPolicyInfo[];
  readonly inline?: Readonly<Record<string, PolicyDocument>>;
  readonly trust?: PolicyDocument;
  readonly boundaryArn?: string;
}

/** An execution role named `<fn>-role` under `/service-role/` (as the console creates it). */
export function execRole(fnName: string, o: RoleOptions = {}): RoleInfo {
  return demoRole({
    name: `${fnName}-role`,
    path: '/service-role/',
    idFill: 'A',
    trust: o.trust ?? lambdaTrust(),
    inline: o.inline,
    managed: o.managed,
    boundaryArn: o.boundaryArn,
    team: 'platform',
  });
}

/** What a denial envelope needs. */
export interface DenialSpec {
  readonly id: string;
  readonly fn: FunctionInfo;
  readonly role: RoleInfo;
  readonly eventSource: string;
  readonly eventName: string;
  readonly action: string;
  readonly resource: string;
  /** `because no … allows the … action` or `with an explicit deny in …` (after the resource). */
  readonly clause: string;
  readonly time: string;
  readonly requestParameters?: Record<string, unknown>;
}

/** An EventBridge "AWS API Call via CloudTrail" envelope for a call the function's code made. */
export function denialEnvelope(d: DenialSpec): Record<string, unknown> {
  return accessDeniedEnvelope(
    { envelope: 'a0a0a0a0', event: 'e0e0e0e0', request: 'req-' },
    {
      ...d,
      identity: sessionIdentity(d.role, d.fn.name, 'ASIAQ3EXAMPLEA0000001', d.time),
      errorCode: 'AccessDenied',
      sourceIp: '3.237.66.170',
      userAgent: 'aws-sdk-js/3.700.0 ua/2.1 os/linux lang/js md/nodejs#22.11.0 exec-env/AWS_Lambda_nodejs22.x',
    },
  );
}
