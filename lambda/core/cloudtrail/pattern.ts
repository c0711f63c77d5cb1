/**
 * The EventBridge event pattern the stack deploys to receive authorization failures, and the list of
 * error-code matchers shared with the parser (so "what the rule delivers" and "what the parser accepts"
 * can never drift apart). Every code, its services and its source are listed in docs/intake.md.
 */
import { matchesEventPattern } from './event-pattern';

/**
 * EventBridge matchers for CloudTrail `errorCode` values that mean "not permitted", whatever the service.
 * All are case-insensitive because services are inconsistent (AWS-FACTS §2; docs/intake.md has a row
 * and a source per code).
 * - `AccessDenied*`: `AccessDenied` (IAM, STS, S3, SQS, Organizations, Step Functions, AppSync…),
 *   `AccessDeniedException` (Lambda, DynamoDB, KMS, Secrets Manager, Logs, EventBridge, …),
 *   `AccessDeniedForDependencyException` (Organizations).
 * - `*AccessDeniedException`: Lambda's `KMSAccessDeniedException`, `EC2AccessDeniedException`
 *   (aws-sdk-js-v3 client-lambda errors) and namespaced spellings such as `KMS.AccessDeniedException`.
 * - `*UnauthorizedOperation`: EC2's `UnauthorizedOperation` / `Client.UnauthorizedOperation`
 *   (EC2 API reference, "Troubleshooting API request errors").
 * - SNS `AuthorizationError` (SDK name `AuthorizationErrorException`).
 * - `InsufficientPermissionsException`: AWS Config (its role or the rule's Lambda function lacks permissions),
 *   Directory Service (botocore / SDK exception docs).
 * - `UnauthorizedAccess`, `Forbidden`, `ForbiddenException`: kept from the first release (HTTP 403 spellings).
 * - `UnauthorizedOperationException`: Amazon WorkDocs ("The operation is not permitted."), AWS Server Migration
 *   Service ("You lack permissions needed to perform this operation. Check your IAM policies…") (botocore /
 *   AWS SDK for Java exception docs, checked 2026-12-04).
 */
export const AUTH_ERROR_CODE_MATCHERS: readonly Record<string, unknown>[] = [
  { prefix: { 'equals-ignore-case': 'AccessDenied' } },
  { suffix: { 'equals-ignore-case': 'AccessDeniedException' } },
  { suffix: { 'equals-ignore-case': 'UnauthorizedOperation' } },
  { 'equals-ignore-case': 'AuthorizationError' },
  { 'equals-ignore-case': 'AuthorizationErrorException' },
  { 'equals-ignore-case': 'InsufficientPermissionsException' },
  { 'equals-ignore-case': 'UnauthorizedAccess' },
  { 'equals-ignore-case': 'Forbidden' },
  { 'equals-ignore-case': 'ForbiddenException' },
  { 'equals-ignore-case': 'UnauthorizedOperationException' },
];

/**
 * Services whose `UnauthorizedException` means "not permitted" ("You are not authorized to perform this
 * operation": AWS IoT, AWS AppSync SDK exception docs). Elsewhere (Amazon Cognito user pools) the same
 * code means a missing or invalid token, so it is matched only for these event sources.
 */
export const UNAUTHORIZED_EXCEPTION_SOURCES: readonly string[] = ['iot.amazonaws.com', 'appsync.amazonaws.com'];

/**
 * Codes that mean "not permitted" only for some services (matched with their `eventSource`), checked against
 * each service's SDK exception docs (botocore reference, checked 2026-12-04):
 * - `UnauthorizedException`: {@link UNAUTHORIZED_EXCEPTION_SOURCES}.
 * - `NotAuthorizedException`: Performance Insights ("The user is not authorized to perform this request.").
 *   Deliberately NOT Amazon Cognito (failed sign-in, bad tokens), Route 53 (a missing VPC-association
 *   authorization, not a policy) or Kinesis Video Streams archived media ("… or the token has expired").
 * - `AuthorizationException`: AWS License Manager ("The Amazon Web Services user account does not have
 *   permission to perform the action. Check the IAM policy associated with this account.").
 */
export const SERVICE_SCOPED_CODES: Readonly<Record<string, readonly string[]>> = {
  UnauthorizedException: UNAUTHORIZED_EXCEPTION_SOURCES,
  NotAuthorizedException: ['pi.amazonaws.com'],
  AuthorizationException: ['license-manager.amazonaws.com'],
};

/**
 * Codes that mean bad, missing or expired credentials, not "not permitted": never delivered, never parsed
 * as denials (EC2 `AuthFailure` "credentials could not be validated", STS/IAM `InvalidClientTokenId`,
 * `ExpiredToken`, `SignatureDoesNotMatch`, JSON-protocol `UnrecognizedClientException`, Cognito
 * `NotAuthorizedException` "Incorrect username or password", …). docs/intake.md lists the sources.
 */
export const CREDENTIAL_ERROR_CODES: readonly string[] = [
  'AuthFailure',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature',
  'InvalidAccessKeyId',
  'MissingAuthenticationToken',
  'NotAuthorizedException',
];

/** Lambda's error code for permission problems reported as bad parameters (filtered by message in code). */
export const LAMBDA_INVALID_PARAMETER_CODE = 'InvalidParameterValueException';

/**
 * S3 rejects a notification configuration whose destinations it cannot validate with `InvalidArgument`
 * "Unable to validate the following destination configurations" (S3 PutBucketNotificationConfiguration API:
 * S3 test-publishes to SNS/SQS and checks the Lambda function policy). CloudTrail names the call
 * `PutBucketNotification` (prefix matched so the newer name is covered too).
 */
export const S3_NOTIFICATION_CODE = 'InvalidArgument';

/**
 * The EventBridge event pattern the stack deploys (plain JSON object, deploy it as `eventPattern`).
 * Every authorization error code of any service, `UnauthorizedException` of the services where it means
 * "not permitted", Lambda's `InvalidParameterValueException` and S3's notification `InvalidArgument`
 * (whether those two are about permissions is decided by `parseDenial` from the message).
 */
export const DENIAL_EVENT_PATTERN: Record<string, unknown> = {
  'detail-type': ['AWS API Call via CloudTrail'],
  detail: {
    $or: [
      { errorCode: [...AUTH_ERROR_CODE_MATCHERS] },
      ...Object.entries(SERVICE_SCOPED_CODES).map(([code, sources]) => ({
        eventSource: [...sources],
        errorCode: [code],
      })),
      { eventSource: ['lambda.amazonaws.com'], errorCode: [LAMBDA_INVALID_PARAMETER_CODE] },
      {
        eventSource: ['s3.amazonaws.com'],
        eventName: [{ prefix: 'PutBucketNotification' }],
        errorCode: [S3_NOTIFICATION_CODE],
      },
    ],
  },
};

/**
 * Rule state that also delivers read-only (Get/List/Describe) management events. Set it on the
 * `AWS::Events::Rule` (`CfnRule.state`), the L2 construct only knows ENABLED/DISABLED.
 */
export const DENIAL_RULE_STATE = 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS';

const ERROR_CODE_PATTERN: Record<string, unknown> = { errorCode: [...AUTH_ERROR_CODE_MATCHERS] };

/**
 * True when `errorCode` is an authorization failure code in every service (same matchers as
 * {@link DENIAL_EVENT_PATTERN}); see {@link isAuthorizationFailure} for the service-scoped codes.
 * @param errorCode CloudTrail `errorCode`
 */
export function isAuthorizationErrorCode(errorCode: string): boolean {
  return matchesEventPattern(ERROR_CODE_PATTERN, { errorCode });
}

/**
 * True when `errorCode` means "not permitted" for this service: the global codes plus
 * `UnauthorizedException` of {@link UNAUTHORIZED_EXCEPTION_SOURCES}.
 * @param errorCode CloudTrail `errorCode`
 * @param eventSource CloudTrail `eventSource`
 */
export function isAuthorizationFailure(errorCode: string, eventSource: string): boolean {
  if (isAuthorizationErrorCode(errorCode)) return true;
  return Object.hasOwn(SERVICE_SCOPED_CODES, errorCode) && SERVICE_SCOPED_CODES[errorCode].includes(eventSource);
}
