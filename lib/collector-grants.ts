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
    // Resource-based policies of this account's resources (lambda/aws/collect/resource-policies/).
    kmsKey: `arn:${Aws.PARTITION}:kms:${region}:${Aws.ACCOUNT_ID}:key/*`,
    secret: `arn:${Aws.PARTITION}:secretsmanager:${region}:${Aws.ACCOUNT_ID}:secret:*`,
    sqsQueue: `arn:${Aws.PARTITION}:sqs:${region}:${Aws.ACCOUNT_ID}:*`,
    snsTopic: `arn:${Aws.PARTITION}:sns:${region}:${Aws.ACCOUNT_ID}:*`,
    /** Tables and their streams (`table/<name>/stream/<label>`). */
    dynamodbTable: `arn:${Aws.PARTITION}:dynamodb:${region}:${Aws.ACCOUNT_ID}:table/*`,
    ecrRepository: `arn:${Aws.PARTITION}:ecr:${region}:${Aws.ACCOUNT_ID}:repository/*`,
    eventBus: `arn:${Aws.PARTITION}:events:${region}:${Aws.ACCOUNT_ID}:event-bus/*`,
    lambdaLayer: `arn:${Aws.PARTITION}:lambda:${region}:${Aws.ACCOUNT_ID}:layer:*`,
    /** API Gateway resource ARNs carry no account; `GET` on REST APIs (and, by the wildcard, their sub-resources). */
    restApi: `arn:${Aws.PARTITION}:apigateway:${region}::/restapis/*`,
    codeArtifactRepository: `arn:${Aws.PARTITION}:codeartifact:${region}:${Aws.ACCOUNT_ID}:repository/*`,
    codeArtifactDomain: `arn:${Aws.PARTITION}:codeartifact:${region}:${Aws.ACCOUNT_ID}:domain/*`,
    openSearchDomain: `arn:${Aws.PARTITION}:es:${region}:${Aws.ACCOUNT_ID}:domain/*`,
    signingProfile: `arn:${Aws.PARTITION}:signer:${region}:${Aws.ACCOUNT_ID}:/signing-profiles/*`,
    sarApplication: `arn:${Aws.PARTITION}:serverlessrepo:${region}:${Aws.ACCOUNT_ID}:applications/*`,
    /** Organizations ARNs name the management account (and `aws` for AWS managed policies): not this one. */
    organization: `arn:${Aws.PARTITION}:organizations::*:*`,
    /** Trails of any Region of this account (a multi-Region trail's home Region may differ). */
    cloudtrailTrail: `arn:${Aws.PARTITION}:cloudtrail:*:${Aws.ACCOUNT_ID}:trail/*`,
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
  'iam:GenerateServiceLastAccessedDetails': 'iamRole',
  'logs:DescribeSubscriptionFilters': 'logGroup',
  'logs:FilterLogEvents': 'logGroup',
  'events:ListTargetsByRule': 'eventsRule',
  'events:DescribeRule': 'eventsRule',
  's3:GetBucketNotification': 's3Bucket',
  'elasticfilesystem:DescribeAccessPoints': 'efsResource',
  'elasticfilesystem:DescribeFileSystemPolicy': 'efsResource',
  's3:GetBucketPolicy': 's3Bucket',
  'kms:GetKeyPolicy': 'kmsKey',
  'kms:ListGrants': 'kmsKey',
  'secretsmanager:GetResourcePolicy': 'secret',
  'sqs:GetQueueAttributes': 'sqsQueue',
  'sns:GetTopicAttributes': 'snsTopic',
  'dynamodb:GetResourcePolicy': 'dynamodbTable',
  'ecr:GetRepositoryPolicy': 'ecrRepository',
  'events:DescribeEventBus': 'eventBus',
  'lambda:GetLayerVersionPolicy': 'lambdaLayer',
  'apigateway:GET': 'restApi',
  'codeartifact:GetRepositoryPermissionsPolicy': 'codeArtifactRepository',
  'codeartifact:GetDomainPermissionsPolicy': 'codeArtifactDomain',
  'es:DescribeDomainConfig': 'openSearchDomain',
  'signer:ListProfilePermissions': 'signingProfile',
  'serverlessrepo:GetApplicationPolicy': 'sarApplication',
  'organizations:ListParents': 'organization',
  'organizations:ListPoliciesForTarget': 'organization',
  'organizations:DescribePolicy': 'organization',
  'cloudtrail:GetTrailStatus': 'cloudtrailTrail',
  'cloudtrail:GetEventSelectors': 'cloudtrailTrail',
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
