/**
 * The EventBridge event pattern the stack deploys to receive authorization failures, and the list of
 * error-code matchers shared with the parser (so "what the rule delivers" and "what the parser accepts"
 * can never drift apart).
 */
import { matchesEventPattern } from './event-pattern';

/**
 * EventBridge matchers for CloudTrail `errorCode` values that mean "not authorized". All are
 * case-insensitive because services are inconsistent (AWS-FACTS §2).
 * - `AccessDenied*`: `AccessDenied`, `AccessDeniedException`, `AccessDeniedForDependencyException`.
 * - `*AccessDeniedException`: Lambda's `KMSAccessDeniedException`, `EC2AccessDeniedException`.
 * - `*UnauthorizedOperation`: EC2's `UnauthorizedOperation` and `Client.UnauthorizedOperation`.
 * - SNS `AuthorizationError`, `UnauthorizedAccess`, `Forbidden` (and their `…Exception` spellings).
 */
export const AUTH_ERROR_CODE_MATCHERS: readonly Record<string, unknown>[] = [
  { prefix: { 'equals-ignore-case': 'AccessDenied' } },
  { suffix: { 'equals-ignore-case': 'AccessDeniedException' } },
  { suffix: { 'equals-ignore-case': 'UnauthorizedOperation' } },
  { 'equals-ignore-case': 'AuthorizationError' },
  { 'equals-ignore-case': 'AuthorizationErrorException' },
  { 'equals-ignore-case': 'UnauthorizedAccess' },
  { 'equals-ignore-case': 'Forbidden' },
  { 'equals-ignore-case': 'ForbiddenException' },
];

/** Lambda's error code for permission problems reported as bad parameters (filtered by message in code). */
export const LAMBDA_INVALID_PARAMETER_CODE = 'InvalidParameterValueException';

/**
 * The EventBridge event pattern the stack deploys (plain JSON object, deploy it as `eventPattern`).
 * Every authorization error code of any service, plus Lambda's `InvalidParameterValueException`
 * (matched exactly; whether its message is about permissions is decided by `parseDenial`).
 */
export const DENIAL_EVENT_PATTERN: Record<string, unknown> = {
  'detail-type': ['AWS API Call via CloudTrail'],
  detail: {
    $or: [
      { errorCode: [...AUTH_ERROR_CODE_MATCHERS] },
      { eventSource: ['lambda.amazonaws.com'], errorCode: [LAMBDA_INVALID_PARAMETER_CODE] },
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
 * True when `errorCode` is an authorization failure code (same matchers as {@link DENIAL_EVENT_PATTERN}).
 * @param errorCode CloudTrail `errorCode`
 */
export function isAuthorizationErrorCode(errorCode: string): boolean {
  return matchesEventPattern(ERROR_CODE_PATTERN, { errorCode });
}
