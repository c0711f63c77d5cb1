/**
 * SARIF 2.1.0 output (OASIS), for GitHub code scanning and other SARIF viewers. One rule per check
 * ID with its documentation as `helpUri`; one result per finding with a level derived from the
 * severity, the function ARN as logical location and the finding fingerprint in
 * `partialFingerprints` so viewers track the same problem across runs.
 */
import type { CheckRun } from '../checks/runner';
import type { Category, Finding, Severity } from '../findings/types';

/** Rule metadata: what every registered check declares (a subset of `Check`). */
export interface SarifRuleInfo {
  readonly id: string;
  readonly title: string;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  readonly docsUrl: string;
}

/** Options of {@link renderSarif}. */
export interface SarifOptions {
  readonly toolVersion: string;
  /** Every check that ran (rules are listed even when they found nothing). */
  readonly rules: readonly SarifRuleInfo[];
  /** Check runs, to report check errors as tool execution notifications. */
  readonly runs?: readonly CheckRun[];
  /**
   * URI of the analyzed artifact (e.g. the snapshot file). When set, each result also gets a
   * physical location pointing at it (line 1), for viewers that need a file location (GitHub code
   * scanning shows results on files).
   */
  readonly artifactUri?: string;
}

/** SARIF `level` for a severity: critical/high → error, medium → warning, low/info → note. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'note';
}

/** GitHub's `security-severity` score (0.1–10) per severity. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.1',
};

/** The fingerprint key in `partialFingerprints` (versioned so a future scheme can coexist). */
export const SARIF_FINGERPRINT_KEY = 'lambdaAccessAuditor/v1';

const TOOL_URI = 'https://github.com/lambda-access-auditor/lambda-access-auditor';
const CHECK_ERROR_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-permissions.html';

function ruleFromFinding(f: Finding): SarifRuleInfo {
  return {
    id: f.checkId,
    title: f.checkId === 'LAA-CHECK-ERROR' ? 'A check failed to run' : f.title,
    category: f.category,
    defaultSeverity: f.severity,
    docsUrl: f.references[0]?.url ?? CHECK_ERROR_DOCS,
  };
}

function collectRules(findings: readonly Finding[], rules: readonly SarifRuleInfo[]): SarifRuleInfo[] {
  const byId = new Map<string, SarifRuleInfo>();
  for (const r of rules) byId.set(r.id, r);
  for (const f of findings) if (!byId.has(f.checkId)) byId.set(f.checkId, ruleFromFinding(f));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function sarifRule(r: SarifRuleInfo): Record<string, unknown> {
  return {
    id: r.id,
    name: r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: `${r.title} (category: ${r.category}, default severity: ${r.defaultSeverity}).` },
    helpUri: r.docsUrl,
    help: {
      text: `${r.title}. Background: ${r.docsUrl}`,
      markdown: `**${r.title}**\n\nBackground: [AWS documentation](${r.docsUrl})`,
    },
    defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
    properties: {
      tags: ['security', 'aws-lambda', r.category],
      'security-severity': SECURITY_SEVERITY[r.defaultSeverity],
    },
  };
}

function logicalLocation(f: Finding): Record<string, unknown> {
  if (f.function) return { name: f.function.name, fullyQualifiedName: f.function.arn, kind: 'resource' };
  if (f.principal)
    return { name: f.principal.split('/').slice(-1)[0], fullyQualifiedName: f.principal, kind: 'resource' };
  return { name: 'account', fullyQualifiedName: 'account', kind: 'resource' };
}

function message(f: Finding): string {
  const fix = f.fix ? ` Fix: ${f.fix.summary}` : '';
  return `${f.title}. ${f.explanation.summary}${fix}`;
}

function sarifResult(f: Finding, ruleIndex: number, artifactUri?: string): Record<string, unknown> {
  const location: Record<string, unknown> = { logicalLocations: [logicalLocation(f)] };
  if (artifactUri) location.physicalLocation = { artifactLocation: { uri: artifactUri }, region: { startLine: 1 } };
  const properties: Record<string, unknown> = { category: f.category, severity: f.severity };
  if (f.action) properties.action = f.action;
  if (f.resource) properties.resource = f.resource;
  if (f.fix?.cli) properties.fixCli = f.fix.cli;
  if (f.fix?.cdk) properties.fixCdk = f.fix.cdk;
  if (f.event) properties.eventTime = f.event.time;
  return {
    ruleId: f.checkId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: message(f) },
    locations: [location],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: f.fingerprint },
    ...(f.occurrences ? { occurrenceCount: Math.max(1, f.occurrences.count) } : {}),
    properties,
  };
}

/** Builds the SARIF 2.1.0 log object (plain data, JSON-serializable). */
export function toSarif(findings: readonly Finding[], options: SarifOptions): Record<string, unknown> {
  const rules = collectRules(findings, options.rules);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const errors = (options.runs ?? []).filter((r) => r.status === 'error');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lambda-access-auditor',
            version: options.toolVersion,
            informationUri: TOOL_URI,
            rules: rules.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: errors.map((e) => ({
              level: 'error',
              message: { text: `Check ${e.checkId} failed on ${e.target}: ${e.error ?? 'unknown error'}` },
            })),
          },
        ],
        results: findings.map((f) => sarifResult(f, index.get(f.checkId) ?? -1, options.artifactUri)),
      },
    ],
  };
}

/** Renders SARIF 2.1.0 JSON text with a trailing newline. */
export function renderSarif(findings: readonly Finding[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(findings, options), null, 2)}\n`;
}
