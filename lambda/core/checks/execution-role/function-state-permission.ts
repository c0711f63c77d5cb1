/**
 * `LAA-FUNCTION-STATE-PERMISSION`: Lambda itself reports a permission problem in the function's
 * `State` / `LastUpdateStatus` reason codes (AWS-FACTS §6.2). The reason text is cited as is.
 */
import type { Finding } from '../../findings/types';
import type { FunctionInfo } from '../../snapshot/types';
import { renderFix } from '../../fix';
import { ecrImage } from '../../arn';
import { en, lines, msg, type MessageRef } from '../../i18n';
import { notApplicable, passed, buildFinding, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

/** What to do about each permission-related reason code (catalog refs; action and policy names are params). */
const FIX_TEXT: Readonly<Record<string, MessageRef>> = {
  InsufficientRolePermissions: msg('exec.state.fixRole', { policy: 'AWSLambdaVPCAccessExecutionRole' }),
  KMSKeyAccessDenied: msg('exec.state.fixKms', { action: 'kms:Decrypt' }),
  ImageAccessDenied: msg('exec.state.fixImage', { action: 'ecr:BatchGetImage', action2: 'ecr:GetDownloadUrlForLayer' }),
  EFSMountFailure: msg('exec.state.fixEfsMount', { action: 'elasticfilesystem:ClientMount', action2: 'ClientWrite' }),
  EFSMountConnectivityError: msg('exec.state.fixEfsNetwork'),
  EFSMountTimeout: msg('exec.state.fixEfsTimeout'),
  EFSIOError: msg('exec.state.fixEfsIo'),
};

/** Permission-related reason codes and what to do about each (English). */
export const PERMISSION_REASON_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FIX_TEXT).map(([code, ref]) => [code, en(ref)]),
);

const STATE_NOTE = msg('exec.state.note', {
  inactive: 'Inactive',
  failed: 'Failed',
  command: 'update-function-configuration',
});

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

function problemFinding(fn: FunctionInfo, p: Problem): Finding {
  const params = { fn: fn.name, field: p.field, status: p.status, code: p.code };
  const title = msg('exec.state.title', { ...params, update: p.field === 'State' ? 'no' : 'yes' });
  const summary = msg('exec.state.summary', {
    ...params,
    ...(p.reason ? { reasonless: 'no', reason: p.reason } : { reasonless: 'yes' }),
  });
  const fixSummary = FIX_TEXT[p.code];
  return buildFinding({
    check: FUNCTION_STATE_PERMISSION,
    fn,
    severity: p.field === 'State' ? 'high' : 'medium',
    title: en(title),
    summary: en(summary),
    // `StateReasonCode: …` / `StateReason: …`: AWS's field names and values, the same in every language.
    details: [`${p.field}ReasonCode: ${p.code}`, ...(p.reason ? [`${p.field}Reason: ${p.reason}`] : [])],
    text: { title, summary, fixSummary, lines: lines(STATE_NOTE) },
    fix: renderFix({
      kind: 'config-change',
      summary: en(fixSummary),
      cli: `aws lambda get-function-configuration --function-name ${fn.name} --query '{State:State,Reason:StateReason,Code:StateReasonCode,Update:LastUpdateStatus,UpdateReason:LastUpdateStatusReason}'`,
      notes: [en(STATE_NOTE)],
    }),
    cause: `${p.field}:${p.code}`,
  });
}

function run(input: CheckInput): CheckResult {
  const { fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  if (!fn.state && !fn.lastUpdateStatus) return notApplicable('The snapshot has no state for this function.');
  const found = problems(fn);
  if (found.length === 0)
    return passed([`State ${fn.state ?? 'unknown'}, last update ${fn.lastUpdateStatus ?? 'unknown'}.`]);
  return result(found.map((p) => problemFinding(fn, p)));
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
