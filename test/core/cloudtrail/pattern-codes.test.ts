/**
 * The error-code table of docs/intake.md against the deployed pattern and the parser's own check.
 */
import {
  CREDENTIAL_ERROR_CODES,
  DENIAL_EVENT_PATTERN,
  isAuthorizationFailure,
  matchesEventPattern,
} from '../../../lambda/core/cloudtrail';

function envelope(detail: Record<string, unknown>) {
  return { version: '0', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.x', detail };
}

describe('error codes that mean "not permitted"', () => {
  it.each([
    ['InsufficientPermissionsException', 'config.amazonaws.com'],
    ['insufficientpermissionsexception', 'ds.amazonaws.com'],
    ['KMS.AccessDeniedException', 'lambda.amazonaws.com'],
    ['AccessDeniedForDependencyException', 'organizations.amazonaws.com'],
    ['UnauthorizedException', 'iot.amazonaws.com'],
    ['UnauthorizedException', 'appsync.amazonaws.com'],
    ['UnauthorizedOperationException', 'workdocs.amazonaws.com'],
    ['UnauthorizedOperationException', 'sms.amazonaws.com'],
    ['NotAuthorizedException', 'pi.amazonaws.com'],
    ['AuthorizationException', 'license-manager.amazonaws.com'],
  ])('%s from %s is delivered and parsed', (errorCode, eventSource) => {
    expect(matchesEventPattern(DENIAL_EVENT_PATTERN, envelope({ errorCode, eventSource, eventName: 'X' }))).toBe(true);
    expect(isAuthorizationFailure(errorCode, eventSource)).toBe(true);
  });
});

describe('codes that mean bad credentials, or not permitted only elsewhere', () => {
  it.each(CREDENTIAL_ERROR_CODES.flatMap((c) => [c, `Client.${c}`]))('%s is never delivered', (errorCode) => {
    expect(
      matchesEventPattern(
        DENIAL_EVENT_PATTERN,
        envelope({ errorCode, eventSource: 'sts.amazonaws.com', eventName: 'X' }),
      ),
    ).toBe(false);
    expect(isAuthorizationFailure(errorCode, 'sts.amazonaws.com')).toBe(false);
  });

  it.each([
    ['UnauthorizedException', 'cognito-idp.amazonaws.com'],
    ['UnauthorizedException', 'lambda.amazonaws.com'],
    // Cognito: failed sign-in / bad token; Route 53: a missing VPC-association authorization (not a policy);
    // Kinesis Video archived media: "… or the token has expired" (SDK exception docs).
    ['NotAuthorizedException', 'cognito-idp.amazonaws.com'],
    ['NotAuthorizedException', 'cognito-identity.amazonaws.com'],
    ['NotAuthorizedException', 'route53.amazonaws.com'],
    ['NotAuthorizedException', 'kinesisvideo.amazonaws.com'],
    ['AuthorizationException', 'sts.amazonaws.com'],
  ])('%s from %s is not delivered', (errorCode, eventSource) => {
    expect(matchesEventPattern(DENIAL_EVENT_PATTERN, envelope({ errorCode, eventSource, eventName: 'X' }))).toBe(false);
    expect(isAuthorizationFailure(errorCode, eventSource)).toBe(false);
  });
});

describe('S3 notification destination validation', () => {
  it.each([
    ['PutBucketNotification', 'InvalidArgument', 's3.amazonaws.com', true],
    ['PutBucketNotificationConfiguration', 'InvalidArgument', 's3.amazonaws.com', true],
    ['PutBucketPolicy', 'InvalidArgument', 's3.amazonaws.com', false],
    ['PutBucketNotification', 'InvalidArgument', 'sns.amazonaws.com', false],
    ['PutBucketNotification', 'MalformedXML', 's3.amazonaws.com', false],
  ])('%s %s from %s delivered: %s', (eventName, errorCode, eventSource, expected) => {
    expect(matchesEventPattern(DENIAL_EVENT_PATTERN, envelope({ eventName, errorCode, eventSource }))).toBe(expected);
  });
});
