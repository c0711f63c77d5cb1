/**
 * `LAA-FUNCTION-STATE-PERMISSION`: Lambda itself reports a permission problem in the function's
 * `State` / `LastUpdateStatus` reason codes (AWS-FACTS §6.2). The reason text is cited as is.
 */
import type { FunctionInfo } from '../../snapshot/types';
import { renderFix } from '../../fix';
import { ecrImage } from '../../arn';
import { notApplicable, passed, buildFinding, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

/** Permission-related reason codes and what to do about each. */
export const PERMISSION_REASON_CODES: Readonly<Record<string, string>> = {
  InsufficientRolePermissions:
    'Give the execution role the permissions the reason names (for VPC functions: AWSLambdaVPCAccessExecutionRole), then update the function.',
  KMSKeyAccessDenied:
    'Allow the execution role to use the function KMS key (key policy and kms:Decrypt), then update the function.',
  ImageAccessDenied:
    'Allow Lambda to pull the image: ecr:BatchGetImage and ecr:GetDownloadUrlForLayer in the repository policy (cross-account) and for the role, then update the function.',
  EFSMountFailure:
    'Allow elasticfilesystem:ClientMount (and ClientWrite) for the execution role in its policy and the file system policy.',
  EFSMountConnectivityError:
    'Check the security groups and mount targets between the function subnets and the file system (NFS, port 2049).',
  EFSMountTimeout: 'Check the mount targets and NFS (port 2049) reachability from the function subnets.',
  EFSIOError: 'Check the file system policy and access point permissions of the execution role.',
};

interface Problem {
  readonly field: 'State' | 'LastUpdateStatus';
  readonly status: string;
  readonly code: string;
  readonly reason?: string;
}

function problems(fn: FunctionInfo): Problem[] {
  const out: Problem[] = [];
  const stateBad = fn.state === 'Failed' || fn.state === 'Inactive' || fn.state === 'Pending';
  if (stateBad && fn.stateReasonCode && PERMISSION_REASON_CODES[fn.stateReasonCode]) {
    out.push({ field: 'State', status: fn.state ?? '', code: fn.stateReasonCode, reason: fn.stateReason });
  }
  const code = fn.lastUpdateStatusReasonCode;
  if (fn.lastUpdateStatus === 'Failed' && code && PERMISSION_REASON_CODES[code] && code !== fn.stateReasonCode) {
    out.push({ field: 'LastUpdateStatus', status: 'Failed', code, reason: fn.lastUpdateStatusReason });
  }
  // Owned by dedicated checks: KMSKeyAccessDenied with a customer managed key (LAA-ENV-KMS-DECRYPT),
  // ImageAccessDenied for another account's image (LAA-IMAGE-CROSS-ACCOUNT-ECR).
  const image = ecrImage(fn.imageUri);
  const crossImage = image !== undefined && image.account !== fn.accountId;
  return out.filter(
    (p) => !(p.code === 'KMSKeyAccessDenied' && fn.kmsKeyArn) && !(p.code === 'ImageAccessDenied' && crossImage),
  );
}

function run(input: CheckInput): CheckResult {
  const { fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  if (!fn.state && !fn.lastUpdateStatus) return notApplicable('The snapshot has no state for this function.');
  const found = problems(fn);
  if (found.length === 0)
    return passed([`State ${fn.state ?? 'unknown'}, last update ${fn.lastUpdateStatus ?? 'unknown'}.`]);
  return result(
    found.map((p) =>
      buildFinding({
        check: FUNCTION_STATE_PERMISSION,
        fn,
        severity: p.field === 'State' ? 'high' : 'medium',
        title: `${fn.name} is ${p.field === 'State' ? p.status : 'failing to update'}: ${p.code}`,
        summary: `Lambda reports ${p.field} ${p.status} with reason ${p.code}${p.reason ? `: "${p.reason}"` : ''}.`,
        details: [`${p.field}ReasonCode: ${p.code}`, ...(p.reason ? [`${p.field}Reason: ${p.reason}`] : [])],
        fix: renderFix({
          kind: 'config-change',
          summary: PERMISSION_REASON_CODES[p.code],
          cli: `aws lambda get-function-configuration --function-name ${fn.name} --query '{State:State,Reason:StateReason,Code:StateReasonCode,Update:LastUpdateStatus,UpdateReason:LastUpdateStatusReason}'`,
          notes: [
            'An Inactive function is re-activated by the next invocation; a Failed one needs a successful update (e.g. update-function-configuration).',
          ],
        }),
        cause: `${p.field}:${p.code}`,
      }),
    ),
  );
}

/** `LAA-FUNCTION-STATE-PERMISSION`. */
export const FUNCTION_STATE_PERMISSION: Check = {
  id: 'LAA-FUNCTION-STATE-PERMISSION',
  title: 'Function state reports a permission problem',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html',
  fixKinds: ['config-change'],
  scope: 'function',
  run,
};
