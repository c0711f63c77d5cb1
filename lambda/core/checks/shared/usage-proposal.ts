/**
 * A narrowed policy proposed from IAM last-accessed data (issue 13): the actions the role actually used
 * within IAM's tracking period — tracked actions where IAM offers action-level data, else the service's
 * wildcard — as one identity statement to put in place of the broad one. The data counts attempts
 * (denied ones too) and ignores boundaries and SCPs, so the proposal is a starting point to review.
 */
import type { IdentityStatementFix } from '../../fix/types';
import type { RoleLastAccessed } from '../../snapshot/types';
import { en, msg, type MessageRef } from '../../i18n';

/** What the role used, and what it was granted but never used. */
export interface Usage {
  readonly used: readonly string[];
  readonly unused: readonly string[];
  readonly completedAt: string;
}

/** The used actions (`s3:GetObject`, or `sqs:*` for a service without action tracking) and unused services. */
export function usageOf(report: RoleLastAccessed): Usage {
  const used: string[] = [];
  const unused: string[] = [];
  for (const s of report.services) {
    if (!s.lastAuthenticated) {
      unused.push(s.namespace);
      continue;
    }
    const actions = (s.actions ?? []).filter((a) => a.lastAccessed).map((a) => a.action);
    used.push(...(s.actions && actions.length > 0 ? actions : [`${s.namespace}:*`]));
  }
  return { used: [...new Set(used)].sort(), unused: unused.sort(), completedAt: report.completedAt };
}

/** Summary and notes of {@link usageStatementFix} as catalog refs. */
export function usageFixText(roleName: string, usage: Usage): { summary: MessageRef; notes: MessageRef[] } {
  return {
    summary: msg('exec.usage.fix', { role: roleName, date: usage.completedAt }),
    notes: [msg('exec.usage.scope'), msg('exec.usage.attempts')],
  };
}

/** The identity statement of the used actions, for role `roleName` (undefined when nothing was used). */
export function usageStatementFix(roleName: string, usage: Usage): IdentityStatementFix | undefined {
  if (usage.used.length === 0) return undefined;
  const text = usageFixText(roleName, usage);
  return {
    kind: 'identity-statement',
    target: { kind: 'role', name: roleName },
    policyName: 'least-privilege-from-usage',
    statements: [{ Sid: 'UsedWithinTrackingPeriod', Effect: 'Allow', Action: [...usage.used], Resource: '*' }],
    summary: en(text.summary),
    notes: text.notes.map(en),
  };
}
