/**
 * SNS payloads of the two sweep-level notices (same `MessageStructure: 'json'` shape as a finding alert:
 * Chatbot custom notification under `default`, plain text under `email`, ASCII subject): the digest of
 * findings not alerted one by one, and the "resolved" notice of a finding alerted before and now absent.
 */
import { SEVERITIES } from '../../findings/types';
import type { ResolvedEntry, SweepDigest } from '../../findings/sweep-plan';
import { plainText, slackText } from '../sanitize';
import { CHATBOT_EVENT_TYPE } from './chatbot';
import { MAX_SUBJECT_LENGTH } from './email';
import type { SnsAlert } from './sns-message';
import { toPrintableAscii, truncate, utf8Bytes } from './text';

/** The SNS payload of a notice: Chatbot JSON under `default`, `email` as plain text, an ASCII subject. */
export function payload(subject: string, chat: object, email: string): SnsAlert {
  const safeSubject = truncate(toPrintableAscii(subject), MAX_SUBJECT_LENGTH);
  const message = JSON.stringify({ default: JSON.stringify(chat), email });
  return { subject: safeSubject, message, bytes: utf8Bytes(safeSubject) + utf8Bytes(message), truncated: false };
}

/** A Chatbot custom notification (schema: AWS-FACTS §10.1) with the auditor's event type. */
export function chatNotification(
  id: string,
  title: string,
  description: string,
  context: Record<string, string>,
): object {
  return {
    version: '1.0',
    source: 'custom',
    id,
    content: { textType: 'client-markdown', title, description },
    metadata: { eventType: CHATBOT_EVENT_TYPE, additionalContext: context },
  };
}

/** The digest message of one sweep (`sweepId` = the sweep's ISO start time). */
export function renderDigestAlert(digest: SweepDigest, sweepId: string): SnsAlert {
  const lines = SEVERITIES.filter((s) => digest.bySeverity[s] > 0).map((s) => `${s}: ${digest.bySeverity[s]}`);
  const summary =
    `${digest.total} open finding(s) were not alerted one by one in this sweep ` +
    `(${digest.newSinceLastDigest} new since the last digest). They are below the per-finding alert ` +
    'threshold or over the per-sweep alert cap; the cap rotates, so capped ones are alerted on later sweeps.';
  const how =
    'See them all in the sweep log records (outcome "deferred" or "digest") or run `lambda-access-auditor sweep`.';
  const email = [summary, '', ...lines, '', how].join('\n');
  return payload(
    `[Lambda Access Auditor] Sweep digest: ${digest.total} open finding(s)`,
    chatNotification(`digest-${sweepId}`, `:clipboard: Sweep digest: ${digest.total} open finding(s)`, email, {
      sweep: sweepId,
    }),
    email,
  );
}

/** The "resolved" notice of a finding alerted before and absent from a complete sweep. */
export function renderResolvedAlert(entry: ResolvedEntry): SnsAlert {
  const target = entry.functionArn ?? 'the account';
  const text = (clean: (s: string) => string): string =>
    `${entry.severity.toUpperCase()} finding ${clean(entry.checkId)} on ${clean(target)} (fingerprint ` +
    `${entry.fingerprint}), first seen ${entry.firstSeen} and alerted ${entry.alertedAt ?? 'before'}, is no ` +
    'longer reported by a complete sweep: the problem looks fixed. It is alerted again if it comes back.';
  const name = entry.functionArn?.split(':').pop() ?? 'the account';
  return payload(
    `[Lambda Access Auditor] RESOLVED ${entry.severity}: ${entry.checkId} on ${name}`,
    chatNotification(
      `resolved-${entry.fingerprint}`,
      `:white_check_mark: Resolved: ${slackText(entry.checkId)}`,
      text(slackText),
      { checkId: entry.checkId, severity: entry.severity },
    ),
    text(plainText),
  );
}
