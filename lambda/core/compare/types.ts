/** The data shapes of `compare` ("compare with a working setup"): options, result and error. */
import type { MessageRef } from '../i18n';

/** Options of `compare`. */
export interface CompareOptions {
  /** Restrict to these service prefixes (default: every service either role mentions). */
  readonly services?: readonly string[];
  /** Stop after this many evaluations (default 50 000 000); the result says it was truncated. */
  readonly maxEvaluations?: number;
}

/** One permission one side has and the other lacks. */
export interface PermissionDelta {
  readonly action: string;
  readonly resource: string;
}

/** The side of a comparison. */
export interface CompareSide {
  readonly functionName: string;
  readonly functionArn: string;
  readonly roleArn: string;
}

/** The result of `compare`. */
export interface CompareResult {
  readonly a: CompareSide;
  readonly b: CompareSide;
  readonly services: readonly string[];
  /** Resource patterns probed (besides `*`). */
  readonly resources: readonly string[];
  /** What A may do and B may not, sorted by action then resource. */
  readonly onlyA: readonly PermissionDelta[];
  /** What B may do and A may not. */
  readonly onlyB: readonly PermissionDelta[];
  readonly evaluations: number;
  readonly truncated: boolean;
  /** Notes in English (JSON output). */
  readonly notes: readonly string[];
  /** The notes as catalog references, for rendering in another language (left out of JSON output). */
  readonly text?: { readonly notes: readonly MessageRef[] };
}

/** Why a comparison could not run. */
export interface CompareError {
  readonly code: 'FUNCTION_NOT_FOUND' | 'ROLE_NOT_FOUND';
  readonly message: string;
}
