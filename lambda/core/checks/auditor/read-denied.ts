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
import { PROPAGATION_NOTE, policyDocument, renderFix } from '../../fix';
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
  return buildFinding({
    check: auditorReadDenied,
    severity: 'medium',
    ...(who ? { principal: who } : {}),
    title: `The auditor was denied ${action} on ${targets.length} target${targets.length === 1 ? '' : 's'}: findings about them are incomplete`,
    action: isAction ? action : undefined,
    summary: `AWS denied the auditor's own read ${action} (${reads[0].errorCode}), so the checks could not see ${targets.length === 1 ? shown[0] : `${targets.length} targets`} and report nothing about what they would have found there.`,
    details: [
      ...shown.map((t) => `Not readable: ${t}`),
      ...(targets.length > shown.length ? [`… and ${targets.length - shown.length} more.`] : []),
      `AWS said: ${reads[0].message}`,
      `Auditor principal: ${who ?? 'unknown (GetCallerIdentity was not available)'}.`,
    ],
    fix: renderFix({
      ...(isAction && role
        ? {
            kind: 'identity-statement',
            target: { kind: 'role', name: role },
            policyName: 'lambda-access-auditor-read',
            statements: [statement],
          }
        : { kind: 'config-change', layer: 'identity', policyJson: isAction ? policyDocument([statement]) : undefined }),
      summary: isAction
        ? `Let the auditor's role ${role ?? '(the role it runs as)'} call ${action} (read-only).`
        : `Let the auditor's role call ${action} (read-only).`,
      notes: [
        "The deployed stack grants exactly the collector's read actions (lambda/aws/collect/permissions.ts): if it is deployed from this version and still denied, a service control policy or a permissions boundary blocks the read — check the error above.",
        'When you run the CLI with your own credentials, grant the read to yourself or use the deployed auditor role.',
        'Scope Resource to this account (and the ARNs of the targets above) where the action supports resource-level permissions.',
        PROPAGATION_NOTE,
      ],
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
