/** Function URL fixtures shared by the LAA-URL-PUBLIC and LAA-URL-MISSING-INVOKE-STATEMENT tests. */
import type { FunctionInfo } from '../../../lambda/core/snapshot/types';
import { NOW, fn, snapshot, fnArn, permission } from '../../support/factory';

export const ARN = fnArn('b-hook');
export const PARTNER = '444455556666';
export const base = fn('b-hook', 'b-hook-role');
export const URL_NONE = permission(
  'FunctionURLAllowPublicAccess',
  '*',
  ARN,
  { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
  'lambda:InvokeFunctionUrl',
);
export const URL_INVOKE = permission('FunctionURLInvokeAllowPublicAccess', '*', ARN, {
  Bool: { 'lambda:InvokedViaFunctionUrl': 'true' },
});
export const none = (f: FunctionInfo): FunctionInfo => ({
  ...f,
  url: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'NONE' },
});
export const iam = (f: FunctionInfo): FunctionInfo => ({
  ...f,
  url: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'AWS_IAM' },
});
export const partnerUrl = permission(
  'partner-url',
  { AWS: `arn:aws:iam::${PARTNER}:root` },
  ARN,
  { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } },
  'lambda:InvokeFunctionUrl',
);
export const partnerInvoke = permission('partner-invoke', { AWS: `arn:aws:iam::${PARTNER}:root` }, ARN, {
  Bool: { 'lambda:InvokedViaFunctionUrl': 'true' },
});

export const input = (f: FunctionInfo) => ({ snapshot: snapshot({ functions: [f] }), fn: f, now: NOW });
