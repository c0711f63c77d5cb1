/**
 * The check contract. One check per file, registered in a plain array (`registry.ts`) with an
 * explicit, stable `id`. Checks are pure: same snapshot + context → same result.
 */
import type { DeniedRequest } from '../cloudtrail/types';
import type { FixKind } from '../fix/types';
import type { Category, Finding, Severity } from '../findings/types';
import type { ActionCatalog } from '../policy/model';
import type { FunctionInfo, Snapshot } from '../snapshot/types';

/** Outcome of one check on one target. */
export type CheckStatus = 'pass' | 'fail' | 'not-applicable';

/** What a check returns. `fail` has at least one finding; `pass` and `not-applicable` have none. */
export interface CheckResult {
  readonly status: CheckStatus;
  readonly findings: readonly Finding[];
  /** Why it passed / was not applicable (shown with `--verbose`). */
  readonly notes?: readonly string[];
}

/** Inputs of one check run. */
export interface CheckInput {
  readonly snapshot: Snapshot;
  /** The function under audit (function-scoped checks run once per function). */
  readonly fn?: FunctionInfo;
  /** The denial that triggered this audit (event-driven audits only). */
  readonly denial?: DeniedRequest;
  /** IAM action catalog, to validate actions named in fixes. */
  readonly catalog?: ActionCatalog;
  /** Time of the audit (UTC), for "recent change" windows; never read from the clock inside checks. */
  readonly now: Date;
  /** Audit settings some checks read (passed through from the audit options). */
  readonly settings?: CheckSettings;
}

/** Audit settings checks may read. */
export interface CheckSettings {
  /** Severity of a console read denial (LAA-IDENTITY-INVOKE). @default 'medium' */
  readonly consoleReadSeverity?: Severity;
}

/** `function`: run once per function; `account`: once per snapshot; `event`: once per denial. */
export type CheckScope = 'function' | 'account' | 'event';

/** The topic folder a check lives in (`lambda/core/checks/<topic>/`). */
export type CheckTopic =
  'execution-role' | 'event-source' | 'invoke' | 'exposure' | 'deployer' | 'cross-account' | 'hygiene' | 'auditor';

/** One check. */
export interface Check {
  /** Stable ID, e.g. `LAA-ROLE-DENIED-ACTION`. Never reuse or rename. */
  readonly id: string;
  readonly title: string;
  /** The folder it lives in; docs/checks.md groups checks by it (every registered check has one). */
  readonly topic?: CheckTopic;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  /** AWS documentation page a human reads for background. */
  readonly docsUrl: string;
  /** The fix kinds its findings carry (lambda/core/fix); absent while a check still renders its fix itself. */
  readonly fixKinds?: readonly FixKind[];
  readonly scope: CheckScope;
  /** Pure. May throw only on a bug: the runner turns a throw into a `check-error` finding. */
  run(input: CheckInput): CheckResult;
}
