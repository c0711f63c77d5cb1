/**
 * SNS payloads of the two sweep-level notices (same `MessageStructure: 'json'` shape as a finding alert:
 * Chatbot custom notification under `default`, plain text under `email`, ASCII subject): the digest of
 * findings not alerted one by one, and the "resolved" notice of a finding alerted before and now absent.
 */
import { SEVERITIES } from '../../findings/types';
import type { ResolvedEntry, SweepDigest } from '../../findings/sweep-plan';
import { DEFAULT_LANG, t, type Lang, type MessageKey, type MessageParams } from '../../i18n';
import { severityLabel } from '../localize';
import { plainText, slackText } from '../sanitize';
import { CHATBOT_EVENT_TYPE } from './chatbot';
import { MAX_SUBJECT_LENGTH } from './email';
import type { SnsAlert } from './sns-message';
import { asciiSubject, toPrintableAscii, truncate, utf8Bytes } from './text';

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

/**
 * The subject `key` in ASCII (AWS-FACTS §10, as email.ts): transliterated in German and French, the English
 * subject where ASCII cannot carry `lang` (Japanese, Korean). `params` gives the params of a language.
 */
export function noticeSubject(lang: Lang, key: MessageKey, params: (l: Lang) => MessageParams): string {
  return asciiSubject(t(lang, key, params(lang)), lang) ?? t(DEFAULT_LANG, key, params(DEFAULT_LANG));
}

/** The digest message of one sweep (`sweepId` = the sweep's ISO start time), in `lang` (default English). */
export function renderDigestAlert(digest: SweepDigest, sweepId: string, lang: Lang = DEFAULT_LANG): SnsAlert {
  const lines = SEVERITIES.filter((s) => digest.bySeverity[s] > 0).map((s) =>
    t(lang, 'digest.severityCount', { severity: severityLabel(lang, s), count: digest.bySeverity[s] }),
  );
  const total = { total: digest.total };
  const summary = t(lang, 'digest.sweep.summary', { ...total, fresh: digest.newSinceLastDigest });
  const email = [summary, '', ...lines, '', t(lang, 'digest.sweep.how')].join('\n');
  return payload(
    noticeSubject(lang, 'digest.sweep.subject', () => total),
    chatNotification(`digest-${sweepId}`, t(lang, 'digest.sweep.title', total), email, { sweep: sweepId }),
    email,
  );
}

/** The "resolved" notice of a finding alerted before and absent from a complete sweep, in `lang`. */
export function renderResolvedAlert(entry: ResolvedEntry, lang: Lang = DEFAULT_LANG): SnsAlert {
  const account = t(lang, 'digest.resolved.account');
  const target = entry.functionArn ?? account;
  const severity = severityLabel(lang, entry.severity);
  const text = (clean: (s: string) => string): string =>
    t(lang, 'digest.resolved.text', {
      severity: severity.toLocaleUpperCase(lang),
      checkId: clean(entry.checkId),
      target: clean(target),
      fingerprint: entry.fingerprint,
      firstSeen: entry.firstSeen,
      alertedAt: entry.alertedAt ?? t(lang, 'digest.resolved.before'),
    });
  const name = entry.functionArn?.split(':').pop();
  const subject = (l: Lang): MessageParams => ({
    severity: severityLabel(l, entry.severity),
    checkId: entry.checkId,
    name: name ?? t(l, 'digest.resolved.account'),
  });
  return payload(
    noticeSubject(lang, 'digest.resolved.subject', subject),
    chatNotification(
      `resolved-${entry.fingerprint}`,
      t(lang, 'digest.resolved.title', { checkId: slackText(entry.checkId) }),
      text(slackText),
      { checkId: entry.checkId, severity: entry.severity },
    ),
    text(plainText),
  );
}
