/**
 * LAA-AUDITOR-READ-DENIED: the auditor itself was denied a read while collecting the snapshot. Its
 * findings about the affected targets are then incomplete (checks never claim a missing permission from
 * missing data, so a denied read silently hides problems). One finding per denied IAM action, naming
 * every target it could not read and the exact statement that restores the read.
 */
import type { Finding } from '../../findings/types';
import type { PolicyStatementJson } from '../../policy/model';
import type { FailedRead, Snapshot } from '../../snapshot/types';
import { DOCS } from '../shared/references';
import { buildFinding, result } from '../shared/finding';
import { policyDocument, renderFix } from '../../fix';
import { en, lines, msg, type MessageRef } from '../../i18n';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-AUDITOR-READ-DENIED';

/** Error codes that mean "the caller may not", as the SDKs name them. */
const DENIED = /accessdenied|unauthorized|forbidden|authorizationerror/i;

/** Failed reads caused by a denial, grouped by the IAM action they need (reads without one: by API). */
export function deniedReads(snapshot: Snapshot): Map<string, FailedRead[]> {
  const groups = new Map<string, FailedRead[]>();
  for (const read of snapshot.provenance.failedReads) {
    if (!DENIED.test(read.errorCode)) continue;
    const key = read.action ?? read.api;
    groups.set(key, [...(groups.get(key) ?? []), read]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The role name in an assumed-role session ARN or a role ARN (path dropped), if any. */
export function roleName(principal: string | undefined): string | undefined {
  if (!principal) return undefined;
  const session = /:assumed-role\/([^/]+)\//.exec(principal);
  if (session) return session[1];
  return /:role\/(?:.*\/)?([^/]+)$/.exec(principal)?.[1];
}

const NOTES = [
  msg('latent.readDenied.stack'),
  msg('latent.readDenied.cli'),
  msg('latent.readDenied.scope'),
  msg('fix.propagation'),
];

/** The detail lines: unreadable targets (at most 10), AWS's message and the auditor's principal. */
function detailRefs(
  targets: readonly string[],
  shown: readonly string[],
  read: FailedRead,
  who?: string,
): MessageRef[] {
  return [
    ...shown.map((target) => msg('latent.readDenied.target', { target })),
    ...(targets.length > shown.length ? [msg('latent.readDenied.more', { count: targets.length - shown.length })] : []),
    msg('latent.readDenied.said', { message: read.message }),
    who ? msg('latent.readDenied.principal', { principal: who }) : msg('latent.readDenied.unknown'),
  ];
}

function deniedFinding(snapshot: Snapshot, action: string, reads: readonly FailedRead[]): Finding {
  const who = snapshot.provenance.auditorPrincipal;
  const role = roleName(who);
  const targets = [...new Set(reads.map((r) => r.target))].sort();
  const shown = targets.slice(0, 10);
  const isAction = reads[0].action !== undefined;
  const statement: PolicyStatementJson = {
    Sid: 'LambdaAccessAuditorRead',
    Effect: 'Allow',
    Action: action,
    Resource: '*',
  };
  const params = {
    action,
    count: targets.length,
    code: reads[0].errorCode,
    many: targets.length === 1 ? 'no' : 'yes',
    target: shown[0] ?? '',
    hasRole: role ? 'yes' : 'no',
    role: role ?? '',
  };
  const title = msg('latent.readDenied.title', params);
  const summary = msg('latent.readDenied.summary', params);
  const fixSummary = msg(isAction ? 'latent.readDenied.fixRole' : 'latent.readDenied.fix', params);
  const details = detailRefs(targets, shown, reads[0], who);
  return buildFinding({
    check: auditorReadDenied,
    severity: 'medium',
    ...(who ? { principal: who } : {}),
    title: en(title),
    action: isAction ? action : undefined,
    summary: en(summary),
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details, ...NOTES) },
    fix: renderFix({
      ...(isAction && role
        ? {
            kind: 'identity-statement',
            target: { kind: 'role', name: role },
            policyName: 'lambda-access-auditor-read',
            statements: [statement],
          }
        : { kind: 'config-change', layer: 'identity', policyJson: isAction ? policyDocument([statement]) : undefined }),
      summary: en(fixSummary),
      notes: NOTES.map(en),
    }),
    references: [DOCS.identityBased],
    key: { principal: who, action, cause: reads[0].errorCode },
  });
}

function run({ snapshot }: CheckInput): CheckResult {
  if (snapshot.provenance.failedReads.length === 0)
    return { status: 'not-applicable', findings: [], notes: ['Every read of the collector succeeded.'] };
  const groups = deniedReads(snapshot);
  const findings = [...groups.entries()].map(([action, reads]) => deniedFinding(snapshot, action, reads));
  return result(
    findings,
    findings.length === 0
      ? ['Some reads failed, but none because the auditor was denied (throttling, not found, …).']
      : [],
  );
}

/** The check object. */
export const auditorReadDenied: Check = {
  id: ID,
  title: "The auditor's own reads are allowed",
  topic: 'auditor',
  category: 'auditor',
  defaultSeverity: 'medium',
  docsUrl: DOCS.identityBased.url,
  fixKinds: ['identity-statement', 'config-change'],
  scope: 'account',
  run,
};
