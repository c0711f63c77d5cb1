/**
 * CloudTrail intake: parse every authorization failure and tie it to Lambda (issue 3).
 * Pure: no AWS SDK, no environment; `node:zlib` only to read gzipped log files.
 */
export * from './types';
export { parseDenial, parseLogFile, MAX_EVENT_BYTES, DEFAULT_MAX_LOG_FILE_BYTES } from './parse';
export type { IntakeOptions } from './parse';
export {
  DENIAL_EVENT_PATTERN,
  DENIAL_RULE_STATE,
  AUTH_ERROR_CODE_MATCHERS,
  CREDENTIAL_ERROR_CODES,
  UNAUTHORIZED_EXCEPTION_SOURCES,
  SERVICE_SCOPED_CODES,
  isAuthorizationErrorCode,
  isAuthorizationFailure,
} from './pattern';
export { matchesEventPattern } from './event-pattern';
export { BUILTIN_IGNORE_RULES, ruleMatches } from './ignore';
export type { IgnoreRule } from './ignore';
export { actionForEvent, canonicalAction, servicePrefix, baseEventName } from './actions';
export { parseDenialMessage, policyTypeFromText } from './message';
export type { ParsedMessage } from './message';
export { sessionLooksLikeFunction } from './classify';
export { splitMessage, truncateMessage } from './message-parts';
export { fixDirection } from './fix-target';
