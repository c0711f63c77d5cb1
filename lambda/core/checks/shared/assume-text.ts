/**
 * Helper of `LAA-CROSS-ACCOUNT-ASSUME` (checks/cross-account/assume-role.ts): its finding texts as catalog
 * references (`cross.assume.*`, lambda/core/i18n/catalog/checks-cross.ts), whose English rendering is exactly
 * what the check wrote before issue 15.
 */
import { accountOf, lastSegment } from '../../arn';
import { en, msg, type MessageParams, type MessageRef } from '../../i18n';
import type { Decision } from '../../policy/model';
import { TYPE_NAME } from '../../policy/wording';
import { typeCode, typeParams } from './describe';

/** The action every text of the check names. */
export const ASSUME = 'sts:AssumeRole';

/** Params of `cross.assume.fix` for a role assumption; `name` is the caller's identity (for its own Allow). */
export function assumeFixParams(roleArn: string, principal: string, name = ''): MessageParams {
  const account = String(accountOf(roleArn));
  return { name, action: ASSUME, roleArn, role: lastSegment(roleArn), account, principal };
}

/**
 * The select code of `cross.assume.fix` for fix steps in order (`caller`, `trust` or `remove` each):
 * `caller`, `callerTrust`, `trustCaller`, `removeCaller`, …
 */
export function assumeSteps(steps: readonly ('caller' | 'trust' | 'remove')[]): string {
  return steps.map((c, i) => (i === 0 ? c : c.charAt(0).toUpperCase() + c.slice(1))).join('');
}

/** The English summary of fix steps (`assumeSteps`) with `params` from {@link assumeFixParams}. */
export function assumeFixSummary(params: MessageParams, steps: string): string {
  return en(msg('cross.assume.fix', { ...params, steps }));
}

/** Which side refuses the assumption: the select code of `cross.assume.title` and `.summary`. */
export function refusingSide(callerFails: boolean, trustFails: boolean): string {
  if (callerFails) return trustFails ? 'both' : 'caller';
  return trustFails ? 'trust' : 'unknown';
}

/** `caller side (…): implicitly denied (no identity-based policy allows it)`: the caller's decision in words. */
export function callerSideRef(caller: string, d: Decision): MessageRef {
  const kind =
    d.decision === 'ImplicitlyDenied' ? 'implicit' : d.decision === 'ExplicitlyDenied' ? 'explicit' : 'allowed';
  const type = d.decidingType;
  return msg('cross.assume.callerSide', {
    caller,
    decision: type ? kind : `${kind}None`,
    ...(type ? { type: typeCode(type), typeText: TYPE_NAME[type] } : { type: 'none', typeText: '' }),
  });
}

/**
 * The explanation's details: the caller's side (`caller`: its label and decision, when in the snapshot), the
 * trust side (`trustAllows`: whether the target's trust policy lets the caller in, when in the snapshot) and the
 * policy type AWS named (`awsTypeText`, as AWS wrote it).
 */
export function assumeDetailRefs(
  roleArn: string,
  caller: { readonly label: string; readonly decision: Decision } | undefined,
  trustAllows: boolean | undefined,
  awsTypeText?: string,
): MessageRef[] {
  return [
    caller ? callerSideRef(caller.label, caller.decision) : msg('cross.assume.callerUnknown'),
    trustAllows === undefined
      ? msg('cross.assume.trustUnknown', { roleArn })
      : msg('cross.assume.trustSide', { role: lastSegment(roleArn), allows: trustAllows ? 'yes' : 'no' }),
    ...(awsTypeText ? [msg('cross.assume.awsNamed', typeParams(awsTypeText, false))] : []),
  ];
}
