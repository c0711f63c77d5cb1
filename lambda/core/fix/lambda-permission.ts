/**
 * Fix kind `lambda-permission`: add a statement to a function's resource-based policy. A function's
 * policy is changed only with `add-permission` / `remove-permission`, statement by statement, and a
 * qualified ARN (alias or version) has its own policy, hence `--qualifier`.
 * https://docs.aws.amazon.com/cli/latest/reference/lambda/add-permission.html
 * https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
 * Condition keys as Lambda writes them (`AWS:SourceArn`, `AWS:SourceAccount`, `aws:PrincipalOrgID`,
 * `lambda:InvokedViaFunctionUrl`): https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
 */
import { cliArg, tsString } from './quote';
import type { LambdaPermissionFix, RenderedForms } from './types';

const DEFAULT_ACTION = 'lambda:InvokeFunction';

function isService(principal: string): boolean {
  return /\.amazonaws\.com(\.cn)?$/.test(principal);
}

function principalJson(principal: string): unknown {
  if (principal === '*') return '*';
  return isService(principal) ? { Service: principal } : { AWS: principal };
}

function conditionJson(fix: LambdaPermissionFix): Record<string, Record<string, string>> | undefined {
  const condition: Record<string, Record<string, string>> = {};
  if (fix.sourceArn) condition.ArnLike = { 'AWS:SourceArn': fix.sourceArn };
  const equals: Record<string, string> = {};
  if (fix.sourceAccount) equals['AWS:SourceAccount'] = fix.sourceAccount;
  if (fix.principalOrgId) equals['aws:PrincipalOrgID'] = fix.principalOrgId;
  if (Object.keys(equals).length > 0) condition.StringEquals = equals;
  if (fix.invokedViaFunctionUrl) condition.Bool = { 'lambda:InvokedViaFunctionUrl': 'true' };
  return Object.keys(condition).length > 0 ? condition : undefined;
}

/** The statement `add-permission` writes. */
export function lambdaPermissionStatement(fix: LambdaPermissionFix): Record<string, unknown> {
  const condition = conditionJson(fix);
  return {
    Sid: fix.statementId,
    Effect: 'Allow',
    Principal: principalJson(fix.principal),
    Action: fix.action ?? DEFAULT_ACTION,
    Resource: fix.resourceArn,
    ...(condition ? { Condition: condition } : {}),
  };
}

/** `--function-name X [--qualifier Q]`, shared with `remove-permission`. */
export function functionArgs(functionName: string, qualifier: string | undefined): string[] {
  return [`--function-name ${cliArg(functionName)}`, ...(qualifier ? [`--qualifier ${cliArg(qualifier)}`] : [])];
}

/** The `aws lambda add-permission` command. */
export function addPermissionCli(fix: LambdaPermissionFix): string {
  return [
    'aws lambda add-permission',
    ...functionArgs(fix.functionName, fix.qualifier),
    `--statement-id ${cliArg(fix.statementId)}`,
    `--action ${cliArg(fix.action ?? DEFAULT_ACTION)}`,
    `--principal ${cliArg(fix.principal)}`,
    ...(fix.sourceArn ? [`--source-arn ${cliArg(fix.sourceArn)}`] : []),
    ...(fix.sourceAccount ? [`--source-account ${cliArg(fix.sourceAccount)}`] : []),
    ...(fix.principalOrgId ? [`--principal-org-id ${cliArg(fix.principalOrgId)}`] : []),
    ...(fix.invokedViaFunctionUrl ? ['--invoked-via-function-url'] : []),
  ].join(' ');
}

function cdkPrincipal(principal: string): string {
  if (principal === '*') return 'new iam.AnyPrincipal()';
  if (isService(principal)) return `new iam.ServicePrincipal(${tsString(principal)})`;
  if (/^\d{12}$/.test(principal)) return `new iam.AccountPrincipal(${tsString(principal)})`;
  return `new iam.ArnPrincipal(${tsString(principal)})`;
}

/** CDK: `fn.addPermission(...)`, or a `CfnPermission` for URL-only grants (a property `addPermission` lacks). */
function permissionCdk(fix: LambdaPermissionFix): string {
  const action = `  action: ${tsString(fix.action ?? DEFAULT_ACTION)},`;
  if (fix.invokedViaFunctionUrl) {
    return [
      `new lambda.CfnPermission(this, ${tsString(fix.statementId)}, {`,
      action,
      `  functionName: ${fix.cdkTarget ?? 'fn'}.functionName,`,
      `  principal: ${tsString(fix.principal)},`,
      '  invokedViaFunctionUrl: true,',
      '});',
    ].join('\n');
  }
  const target = fix.cdkTarget ?? (fix.qualifier ? 'alias' : 'fn');
  return [
    ...(fix.qualifier ? [`// ${target} = the lambda.Alias / Version ${fix.qualifier} of ${fix.functionName}`] : []),
    `${target}.addPermission(${tsString(fix.statementId)}, {`,
    `  principal: ${cdkPrincipal(fix.principal)},`,
    action,
    ...(fix.sourceArn ? [`  sourceArn: ${tsString(fix.sourceArn)},`] : []),
    ...(fix.sourceAccount ? [`  sourceAccount: ${tsString(fix.sourceAccount)},`] : []),
    ...(fix.principalOrgId ? [`  organizationId: ${tsString(fix.principalOrgId)},`] : []),
    '});',
  ].join('\n');
}

/** Renders a {@link LambdaPermissionFix}. */
export function renderLambdaPermission(fix: LambdaPermissionFix): RenderedForms {
  return { policyJson: lambdaPermissionStatement(fix), cli: addPermissionCli(fix), cdk: permissionCdk(fix), notes: [] };
}
