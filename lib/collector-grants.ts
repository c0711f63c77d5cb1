/**
 * Least-privilege read grants for the collector: exactly {@link COLLECTOR_READ_ACTIONS}, each scoped to
 * this account (and region) where IAM supports resource-level permissions for it, `*` only where it does not.
 */
import { Aws } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { COLLECTOR_READ_ACTIONS } from '../lambda/aws/collect/permissions';

/**
 * Resource patterns by IAM resource type for `region` (default this stack's Region; the member role, which
 * is global and reads every Region, passes `*`). CDK pseudo parameters keep the stack env-agnostic.
 */
export function readScopes(region: string = Aws.REGION) {
  return {
    lambdaFunction: `arn:${Aws.PARTITION}:lambda:${region}:${Aws.ACCOUNT_ID}:function:*`,
    iamRole: `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/*`,
    /** AWS managed policies live in account `aws`, so the account is a wildcard here. */
    iamPolicy: `arn:${Aws.PARTITION}:iam::*:policy/*`,
    logGroup: `arn:${Aws.PARTITION}:logs:${region}:${Aws.ACCOUNT_ID}:log-group:*`,
    eventsRule: `arn:${Aws.PARTITION}:events:${region}:${Aws.ACCOUNT_ID}:rule/*`,
    /** Buckets named in resource policies; the bucket owner's policy still applies. */
    s3Bucket: `arn:${Aws.PARTITION}:s3:::*`,
    /** EFS access points and file systems (DescribeAccessPoints, DescribeFileSystemPolicy). */
    efsResource: `arn:${Aws.PARTITION}:elasticfilesystem:${region}:${Aws.ACCOUNT_ID}:*`,
  } as const;
}

/** Resource patterns of this stack's account and Region. */
export const READ_SCOPES = readScopes();

/** Scope key of each read action that supports resource-level permissions (checked against the IAM catalog in tests). */
export const ACTION_SCOPES: Readonly<Record<string, keyof typeof READ_SCOPES>> = {
  'lambda:GetFunction': 'lambdaFunction',
  'lambda:GetFunctionEventInvokeConfig': 'lambdaFunction',
  'lambda:GetFunctionUrlConfig': 'lambdaFunction',
  'lambda:GetPolicy': 'lambdaFunction',
  'lambda:ListAliases': 'lambdaFunction',
  'iam:GetRole': 'iamRole',
  'iam:GetRolePolicy': 'iamRole',
  'iam:ListAttachedRolePolicies': 'iamRole',
  'iam:ListRolePolicies': 'iamRole',
  'iam:GetPolicy': 'iamPolicy',
  'iam:GetPolicyVersion': 'iamPolicy',
  'logs:DescribeSubscriptionFilters': 'logGroup',
  'logs:FilterLogEvents': 'logGroup',
  'events:ListTargetsByRule': 'eventsRule',
  's3:GetBucketNotification': 's3Bucket',
  'elasticfilesystem:DescribeAccessPoints': 'efsResource',
  'elasticfilesystem:DescribeFileSystemPolicy': 'efsResource',
};

/** Read actions without resource-level permissions (they only accept `Resource: *`). */
export function unscopedReadActions(actions: readonly string[] = COLLECTOR_READ_ACTIONS): string[] {
  return actions.filter((a) => !(a in ACTION_SCOPES));
}

/** One statement per scope (stable order), together granting exactly `actions`. */
export function collectorReadStatements(
  actions: readonly string[] = COLLECTOR_READ_ACTIONS,
  scopes: Readonly<Record<keyof typeof READ_SCOPES, string>> = READ_SCOPES,
): iam.PolicyStatement[] {
  const statements: iam.PolicyStatement[] = [];
  for (const [scope, resource] of Object.entries(scopes)) {
    const scoped = actions.filter((a) => ACTION_SCOPES[a] === scope);
    if (scoped.length === 0) continue;
    statements.push(
      new iam.PolicyStatement({ sid: `CollectorRead${pascal(scope)}`, actions: scoped, resources: [resource] }),
    );
  }
  const unscoped = unscopedReadActions(actions);
  if (unscoped.length > 0) {
    statements.push(new iam.PolicyStatement({ sid: 'CollectorReadAccountWide', actions: unscoped, resources: ['*'] }));
  }
  return statements;
}

function pascal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
