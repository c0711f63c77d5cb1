/**
 * AWS documentation links cited by the checks (invoke permissions, exposure, deployers,
 * cross-account, change correlation). Alerts show each title in their language: a new entry needs its
 * `refs.docs.<name>` message in lambda/core/i18n/catalog/refs.ts (tested).
 */
import type { Reference } from '../../findings/types';

/** Documentation links, by topic. */
export const DOCS = {
  resourcePolicy: {
    title: 'Using resource-based policies in Lambda',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  },
  confusedDeputy: {
    title: 'The confused deputy problem',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  },
  urlAuth: {
    title: 'Control access to Lambda function URLs',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  },
  passRole: {
    title: 'Grant a user permissions to pass a role to an AWS service',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
  },
  managedPolicies: {
    title: 'AWS managed policies for AWS Lambda',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/security-iam-awsmanpol.html',
  },
  identityBased: {
    title: 'Identity-based IAM policies for Lambda',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-identity-based.html',
  },
  accessKeys: {
    title: 'Manage access keys for IAM users (rotate)',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  crossAccount: {
    title: 'Access to resources in another account: IAM roles',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html',
  },
  troubleshootRoles: {
    title: 'Troubleshoot IAM roles',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_roles.html',
  },
  lookupEvents: {
    title: 'View recent management events with the AWS CLI (lookup-events)',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events-cli.html',
  },
  s3NotificationPermissions: {
    title: 'Granting S3 permissions to publish event notifications',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
  },
  crossAccountEvaluation: {
    title: 'Cross-account policy evaluation logic',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
  },
  executionRoleTrust: {
    title: 'Lambda execution role (trust policy)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
  executionRoleSelfAssume: {
    title: 'Lambda execution role (do not assume it yourself)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
} as const satisfies Record<string, Reference>;
