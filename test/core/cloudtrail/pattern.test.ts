import {
  DENIAL_EVENT_PATTERN,
  DENIAL_RULE_STATE,
  isAuthorizationErrorCode,
  matchesEventPattern,
} from '../../../lambda/core/cloudtrail';

function envelope(
  errorCode: string | undefined,
  eventSource = 'iam.amazonaws.com',
  detailType = 'AWS API Call via CloudTrail',
) {
  return {
    version: '0',
    'detail-type': detailType,
    source: 'aws.iam',
    detail: { eventSource, eventName: 'GetRole', ...(errorCode === undefined ? {} : { errorCode }) },
  };
}

const AUTH_CODES = [
  'AccessDenied',
  'AccessDeniedException',
  'accessdenied',
  'ACCESSDENIEDEXCEPTION',
  'AccessDeniedForDependencyException',
  'UnauthorizedOperation',
  'Client.UnauthorizedOperation',
  'client.unauthorizedoperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'UnauthorizedAccess',
  'Forbidden',
  'ForbiddenException',
  'KMSAccessDeniedException',
  'EC2AccessDeniedException',
];
const OTHER_CODES = [
  'ThrottlingException',
  'ResourceNotFoundException',
  'NoSuchBucket',
  'ValidationException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'NotAuthorizedException',
  'Client.InvalidInstanceID.NotFound',
  'InternalError',
  'TooManyRequestsException',
  'AccessPointNotFound',
  'ResourceConflictException',
  '',
];

describe('DENIAL_EVENT_PATTERN', () => {
  it.each(AUTH_CODES)('delivers errorCode %s', (code) => {
    expect(matchesEventPattern(DENIAL_EVENT_PATTERN, envelope(code))).toBe(true);
    expect(isAuthorizationErrorCode(code)).toBe(true);
  });

  it.each(OTHER_CODES)('does not deliver errorCode "%s"', (code) => {
    expect(matchesEventPattern(DENIAL_EVENT_PATTERN, envelope(code))).toBe(false);
    expect(isAuthorizationErrorCode(code)).toBe(false);
  });

  it.each([
    ['lambda.amazonaws.com', true],
    ['ec2.amazonaws.com', false],
    ['LAMBDA.amazonaws.com', false],
  ])('InvalidParameterValueException from %s delivered: %s', (source, expected) => {
    expect(matchesEventPattern(DENIAL_EVENT_PATTERN, envelope('InvalidParameterValueException', source))).toBe(
      expected,
    );
  });

  it.each([
    ['success (no errorCode)', envelope(undefined), false],
    ['other detail-type', envelope('AccessDenied', 'iam.amazonaws.com', 'AWS Console Sign In via CloudTrail'), false],
    ['auth failure', envelope('AccessDenied'), true],
  ])('%s', (_n, event, expected) => {
    expect(matchesEventPattern(DENIAL_EVENT_PATTERN, event)).toBe(expected);
  });

  it('uses only operators supported on event buses and is plain JSON', () => {
    const text = JSON.stringify(DENIAL_EVENT_PATTERN);
    expect(JSON.parse(text)).toEqual(DENIAL_EVENT_PATTERN);
    const operators = [
      ...text.matchAll(/"(prefix|suffix|equals-ignore-case|anything-but|wildcard|exists|numeric|cidr|\$or)"/g),
    ].map((m) => m[1]);
    expect(new Set(operators)).toEqual(new Set(['$or', 'prefix', 'suffix', 'equals-ignore-case']));
  });

  it('rule state also delivers read-only management events', () => {
    expect(DENIAL_RULE_STATE).toBe('ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS');
  });
});
