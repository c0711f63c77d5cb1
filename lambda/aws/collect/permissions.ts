/**
 * The one place that says which read-only API calls the collector makes and which IAM action each
 * needs. The collector's `send` wrapper only accepts keys of {@link COLLECTOR_API_ACTIONS}, and the
 * stack grants exactly {@link COLLECTOR_READ_ACTIONS} (a test keeps the two in sync).
 */

/**
 * Map `<service>:<CommandName without "Command">` → IAM action. The key names the SDK command class
 * (e.g. `lambda:GetPolicy` is `GetPolicyCommand` of `@aws-sdk/client-lambda`).
 */
export const COLLECTOR_API_ACTIONS = {
  'lambda:GetFunction': 'lambda:GetFunction',
  'lambda:GetPolicy': 'lambda:GetPolicy',
  'lambda:GetFunctionUrlConfig': 'lambda:GetFunctionUrlConfig',
  'lambda:GetFunctionEventInvokeConfig': 'lambda:GetFunctionEventInvokeConfig',
  'lambda:ListEventSourceMappings': 'lambda:ListEventSourceMappings',
  'lambda:ListFunctions': 'lambda:ListFunctions',
  'lambda:ListAliases': 'lambda:ListAliases',
  'elasticfilesystem:DescribeAccessPoints': 'elasticfilesystem:DescribeAccessPoints',
  'elasticfilesystem:DescribeFileSystemPolicy': 'elasticfilesystem:DescribeFileSystemPolicy',
  'iam:GetRole': 'iam:GetRole',
  'iam:ListRolePolicies': 'iam:ListRolePolicies',
  'iam:GetRolePolicy': 'iam:GetRolePolicy',
  'iam:ListAttachedRolePolicies': 'iam:ListAttachedRolePolicies',
  'iam:GetPolicy': 'iam:GetPolicy',
  'iam:GetPolicyVersion': 'iam:GetPolicyVersion',
  'iam:GetAccountAuthorizationDetails': 'iam:GetAccountAuthorizationDetails',
  'iam:GenerateServiceLastAccessedDetails': 'iam:GenerateServiceLastAccessedDetails',
  'iam:GetServiceLastAccessedDetails': 'iam:GetServiceLastAccessedDetails',
  'cloudtrail:LookupEvents': 'cloudtrail:LookupEvents',
  'cloudtrail:DescribeTrails': 'cloudtrail:DescribeTrails',
  'cloudtrail:GetTrailStatus': 'cloudtrail:GetTrailStatus',
  'cloudtrail:GetEventSelectors': 'cloudtrail:GetEventSelectors',
  'logs:FilterLogEvents': 'logs:FilterLogEvents',
  'logs:DescribeSubscriptionFilters': 'logs:DescribeSubscriptionFilters',
  'events:ListEventBuses': 'events:ListEventBuses',
  'events:ListRuleNamesByTarget': 'events:ListRuleNamesByTarget',
  'events:ListRules': 'events:ListRules',
  'events:ListTargetsByRule': 'events:ListTargetsByRule',
  /** The auditor's own denial rule (state and pattern) for the coverage check. */
  'events:DescribeRule': 'events:DescribeRule',
  'sns:ListSubscriptions': 'sns:ListSubscriptions',
  'sns:ListTopics': 'sns:ListTopics',
  's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
  's3:ListBuckets': 's3:ListAllMyBuckets',
  // Resource-based policies of resources named by a denial or by a function's configuration
  // (lambda/aws/collect/resource-policies/). The action names follow each service's "Actions, resources,
  // and condition keys" page of the Service Authorization Reference (checked against the IAM catalog in tests).
  's3:GetBucketPolicy': 's3:GetBucketPolicy',
  'kms:GetKeyPolicy': 'kms:GetKeyPolicy',
  'kms:ListGrants': 'kms:ListGrants',
  'secretsmanager:GetResourcePolicy': 'secretsmanager:GetResourcePolicy',
  'sqs:GetQueueAttributes': 'sqs:GetQueueAttributes',
  'sns:GetTopicAttributes': 'sns:GetTopicAttributes',
  'dynamodb:GetResourcePolicy': 'dynamodb:GetResourcePolicy',
  'ecr:GetRepositoryPolicy': 'ecr:GetRepositoryPolicy',
  'events:DescribeEventBus': 'events:DescribeEventBus',
  'lambda:GetLayerVersionPolicy': 'lambda:GetLayerVersionPolicy',
  /** API Gateway authorizes its management API by HTTP verb: `GetRestApi` is `apigateway:GET`. */
  'apigateway:GetRestApi': 'apigateway:GET',
  'codeartifact:GetRepositoryPermissionsPolicy': 'codeartifact:GetRepositoryPermissionsPolicy',
  'codeartifact:GetDomainPermissionsPolicy': 'codeartifact:GetDomainPermissionsPolicy',
  'es:DescribeDomainConfig': 'es:DescribeDomainConfig',
  'signer:ListProfilePermissions': 'signer:ListProfilePermissions',
  'serverlessrepo:GetApplicationPolicy': 'serverlessrepo:GetApplicationPolicy',
  // Service control policies and resource control policies (only where Organizations is readable).
  'organizations:ListParents': 'organizations:ListParents',
  'organizations:ListPoliciesForTarget': 'organizations:ListPoliciesForTarget',
  'organizations:DescribePolicy': 'organizations:DescribePolicy',
} as const;

/**
 * Calls that need no IAM permission: AWS answers them for any caller and an explicit deny has no effect
 * (`sts:GetCallerIdentity`). They are therefore not granted, and a failure of one of them does not make
 * the snapshot partial (it carries no data the checks use).
 */
export const COLLECTOR_PERMISSION_FREE_APIS = ['sts:GetCallerIdentity'] as const;

/** A collector API call, `<service>:<Command>`. */
export type CollectorApi = keyof typeof COLLECTOR_API_ACTIONS | (typeof COLLECTOR_PERMISSION_FREE_APIS)[number];

/** The exact, sorted, de-duplicated IAM actions the collector needs (all read-only). */
export const COLLECTOR_READ_ACTIONS: readonly string[] = Object.freeze(
  [...new Set(Object.values(COLLECTOR_API_ACTIONS))].sort(),
);

/** The IAM action a collector API call needs (undefined for permission-free calls). */
export function actionFor(api: CollectorApi): string | undefined {
  return api in COLLECTOR_API_ACTIONS ? COLLECTOR_API_ACTIONS[api as keyof typeof COLLECTOR_API_ACTIONS] : undefined;
}

/** True when a failure of `api` leaves analysis data missing (everything but permission-free calls). */
export function readsAnalysisData(api: string): boolean {
  return !(COLLECTOR_PERMISSION_FREE_APIS as readonly string[]).includes(api);
}
