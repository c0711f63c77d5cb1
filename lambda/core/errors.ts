/**
 * The one error vocabulary of the project. Errors are thrown only for faults (bugs, broken invariants,
 * I/O that failed) and for input the CLI refuses; bad *input* to the core is returned as data (see
 * {@link Result}). Every thrown error is an {@link AuditorError} with one of the {@link ErrorCode}s.
 */

/** Stable, machine-readable error codes (logged, counted as metrics, tested). */
export type ErrorCode =
  /** A handler environment variable the construct sets is missing. */
  | 'CONFIG_MISSING'
  /** A handler environment variable has a value the handler cannot use. */
  | 'CONFIG_INVALID'
  /** An SQS record holds no parseable CloudTrail event (the record goes to the DLQ after retries). */
  | 'DENIAL_PARSE_ERROR'
  /** A dedup record changed under a conditional write in a way the protocol does not allow. */
  | 'DEDUP_CONFLICT'
  /** A check asked about a role the snapshot does not hold (a bug: checks test membership first). */
  | 'ROLE_NOT_IN_SNAPSHOT'
  /** The demo account's scenarios disagree about a shared resource (a bug in `examples/`). */
  | 'DEMO_CONFLICT'
  /** An account ID that is not 12 digits reached the member-account client cache. */
  | 'INVALID_ACCOUNT'
  /** STS `AssumeRole` into a member account answered without credentials. */
  | 'ASSUME_ROLE_EMPTY'
  /** Every item of an organization sweep batch failed (the Distributed Map retries the batch). */
  | 'SWEEP_BATCH_FAILED'
  /** A collection was throttled or timed out: the record fails and is retried instead of alerting on partial data. */
  | 'COLLECTION_DEGRADED'
  /** Another delivery holds an unsent alert of this denial: the record is retried until it is sent. */
  | 'ALERT_IN_FLIGHT'
  /** Too little time is left before the Lambda timeout to publish safely: the retry publishes. */
  | 'DEADLINE_NEAR'
  /** Command-line input the CLI refuses (bad option, unreadable file, invalid snapshot): exit code 2. */
  | 'CLI_INPUT';

/** The one error class. `code` says what failed; `message` says what is wrong and how to fix it. */
export class AuditorError extends Error {
  /** Stable machine-readable code, e.g. `CONFIG_INVALID`. */
  public readonly code: ErrorCode;

  /**
   * @param code stable machine-readable code
   * @param message human-readable message that says what is wrong and how to fix it
   * @param options optional `cause`
   */
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** True when `error` is an {@link AuditorError} (with `code`, when given). */
export function isAuditorError(error: unknown, code?: ErrorCode): error is AuditorError {
  return error instanceof AuditorError && (code === undefined || error.code === code);
}
