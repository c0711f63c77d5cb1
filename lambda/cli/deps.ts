/**
 * What the CLI commands need from the rest of the project, as one injectable object. `main` uses
 * {@link defaultDeps} (the real core modules); tests inject fixtures and mocked collectors.
 */
import type { Check } from '../core/checks/types';
import type { CloudTrailParseError, DeniedRequest } from '../core/cloudtrail/types';
import type { Finding } from '../core/findings/types';
import type { Lang } from '../core/i18n';
import type { ActionCatalog } from '../core/policy/model';
import type { Result } from '../core/result';
import type { SnapshotProblem } from '../core/snapshot/validate';
import type { Snapshot } from '../core/snapshot/types';
import type { DemoAccount } from './demo-verify';

/** Live collection (the `sweep` command): `lambda/aws/collect` or a mock in tests. */
export interface SweepCollector {
  collectAccount(
    region: string,
    options: {
      readonly concurrency?: number;
      readonly onProgress?: (done: number, total: number) => void;
      readonly functionFilter?: (name: string) => boolean;
    },
  ): Promise<Snapshot>;
}

/** Result of `compare`: rendered text plus data for JSON output. */
export interface CompareOutput {
  readonly text: string;
  readonly data: unknown;
}

/** Everything the commands use. */
export interface CliDeps {
  readonly version: string;
  readonly checks: readonly Check[];
  /** Checks that run only when named with `--check ID`. */
  readonly optionalChecks: readonly Check[];
  parseDenial(input: unknown): Result<DeniedRequest, CloudTrailParseError>;
  parseLogFile(input: Buffer | string): Result<Result<DeniedRequest, CloudTrailParseError>[], CloudTrailParseError>;
  validateSnapshot(input: unknown): Result<Snapshot, SnapshotProblem[]>;
  /** IAM action catalog for fixes (undefined when unavailable). */
  loadCatalog(): ActionCatalog | undefined;
  /** The bundled demo account, loaded on demand: only `demo` pulls in `examples/`. */
  demoAccount(): Promise<DemoAccount>;
  /** Loaded lazily: only `sweep` pulls in the AWS SDK. */
  collector(): Promise<SweepCollector>;
  /** `compare` (undefined until the compare module is available). */
  compare?(
    snapshot: Snapshot,
    a: string,
    b: string,
    catalog: ActionCatalog | undefined,
    options: { readonly services?: readonly string[]; readonly lang?: Lang },
  ): CompareOutput;
  /** `bundle` (undefined until the support-bundle renderer is available), in `lang` (default English). */
  supportBundle?(
    snapshot: Snapshot,
    functionArn: string,
    findings: readonly Finding[],
    denial?: DeniedRequest,
    lang?: Lang,
  ): string;
}
