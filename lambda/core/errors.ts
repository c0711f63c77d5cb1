/**
 * The one error hierarchy of the project. Errors are thrown only for faults (bugs, broken invariants,
 * I/O that failed); bad *input* is returned as data (see {@link Result}).
 */
export class AuditorError extends Error {
  /** Stable machine-readable code, e.g. `SNAPSHOT_INVALID`. */
  public readonly code: string;

  /**
   * @param code stable machine-readable code
   * @param message human-readable message that says what is wrong and how to fix it
   * @param options optional `cause`
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
