/**
 * Matchers shared by the policy engine and the condition operators: request-context views, wildcard and
 * policy-variable string patterns, and segment-wise ARN patterns. Everything is compiled once.
 */
export type { ContextKeyRef, OneOrMore, RequestContextView } from './context';
export { EMPTY_CONTEXT, contextFromRecord, contextKeyRef } from './context';
export type { CompiledPattern, MatchOutcome, PatternOptions, StringMatcher } from './pattern';
export { MATCH, NO_MATCH, UNRESOLVED, compilePattern, compileStringPattern } from './pattern';
export type { CompiledArnPattern } from './arn';
export { ARN_PARTS, compileArn, compileArnPattern, isArnPatternWellFormed, splitArn } from './arn';
export type { PatternToken, VariableToken } from './variables';
export { hasPolicyVariables, tokenizePattern } from './variables';
export type { Glob, GlobToken } from './wildcard';
export { compileGlob, matchGlob } from './wildcard';
