/**
 * The intake's denial flags (lambda/core/cloudtrail/flags.ts) as the checks read them: one lookup, and
 * the function(s) of the snapshot a denial is about.
 */
import { lastSegment, unqualifiedFunctionArn } from '../../arn';
import type { DeniedRequest, DenialFlag, DenialFlagCode } from '../../cloudtrail/types';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import type { StatedExplanation } from './finding';

/** The flag `code` of a denial, if the intake set it. */
export function flagOf(denial: DeniedRequest | undefined, code: DenialFlagCode): DenialFlag | undefined {
  return denial?.classification.flags?.find((f) => f.code === code);
}

/** True when the intake set flag `code` on the denial. */
export function hasFlag(denial: DeniedRequest | undefined, code: DenialFlagCode): boolean {
  return flagOf(denial, code) !== undefined;
}

/** A flag's data value, or undefined when absent or empty. */
export function flagData(flag: DenialFlag | undefined, key: string): string | undefined {
  const value = flag?.data?.[key];
  return value ? value : undefined;
}

/** The functions of the snapshot whose execution role is `roleArn` (matched by ARN, else by role name). */
export function functionsUsingRole(snapshot: Snapshot, roleArn: string): FunctionInfo[] {
  const exact = snapshot.functions.filter((f) => f.roleArn === roleArn);
  if (exact.length > 0) return exact;
  const name = lastSegment(roleArn);
  return snapshot.functions.filter((f) => f.roleArn !== '' && lastSegment(f.roleArn) === name);
}

/** The snapshot's function named by a function ARN or name (unqualified), if any. */
export function findFunction(snapshot: Snapshot, ref: string | undefined): FunctionInfo | undefined {
  if (!ref) return undefined;
  if (ref.startsWith('arn:')) {
    const arn = unqualifiedFunctionArn(ref);
    return snapshot.functions.find((f) => f.arn === arn);
  }
  return snapshot.functions.find((f) => f.name === ref);
}

/** The decision and deciding layer exactly as AWS's message stated them (nothing when it named none). */
export function awsStated(denial: DeniedRequest): StatedExplanation {
  const r = denial.reason;
  return {
    ...(r.kind === 'explicit' ? { decision: 'ExplicitlyDenied' as const } : {}),
    ...(r.kind === 'implicit' ? { decision: 'ImplicitlyDenied' as const } : {}),
    ...(r.policyType ? { decidingPolicyType: r.policyType } : {}),
  };
}
