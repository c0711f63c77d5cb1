/**
 * German catalog. IAM terms as AWS's German documentation writes them (docs/i18n.md glossary): identitätsbasierte
 * Richtlinie, ressourcenbasierte Richtlinie, Ausführungsrolle, Ereignisquellen-Zuordnung.
 */
import { DIGEST_DE } from './digest';
import { CLI_EXTRA_DE } from './cli-extra';
import { ACCESS_DE } from './checks-access';
import { HYGIENE_DE } from './checks-hygiene';
import { REFS_DE } from './refs';
import { REFS_ENGINE_DE } from './refs-engine';
import { REQ_DE } from './checks-req';
import { EXEC_DE } from './checks-exec';
import { CROSS_DE } from './checks-cross';
import { INVOKE_DE } from './checks-invoke';
import { FIX_DE } from './checks-fix';
import { REPORT_DE } from './report';
import { ROLE_DE } from './checks-role';
import { LATENT_DE } from './checks-latent';
import { TRIGGER_DE } from './checks-trigger';
import type { Catalog } from './en';

/** Layout, labels and words of the renderers (alerts, CLI). */
const RENDER_DE = {
  'severity.critical': 'kritisch',
  'severity.high': 'hoch',
  'severity.medium': 'mittel',
  'severity.low': 'niedrig',
  'severity.info': 'info',
  'category.execution-role': 'Ausführungsrolle',
  'category.invoke-permission': 'Aufrufberechtigung',
  'category.deployer': 'Bereitstellung',
  'category.vpc-network': 'VPC-Netzwerk',
  'category.trust-policy': 'Vertrauensrichtlinie',
  'category.cross-account': 'kontoübergreifend',
  'category.event-source': 'Ereignisquelle',
  'category.exposure': 'Exposition',
  'category.hygiene': 'Hygiene',
  'category.change-correlation': 'Änderungskorrelation',
  'category.support': 'Support',
  'category.auditor': 'Auditor',
  'category.check-error': 'Prüfungsfehler',
  'policy.identity': 'identitätsbasierte Richtlinie',
  'policy.resource': 'ressourcenbasierte Richtlinie',
  'policy.trust': 'Rollen-Vertrauensrichtlinie',
  'policy.permissions-boundary': 'Berechtigungsgrenze',
  'policy.session': 'Sitzungsrichtlinie',
  'policy.scp': 'Service-Kontrollrichtlinie',
  'policy.rcp': 'Ressourcen-Kontrollrichtlinie',
  'policy.vpc-endpoint': 'VPC-Endpunktrichtlinie',
  'decision.implicit': 'implizit verweigert',
  'decision.implicitNo': 'implizit verweigert (keine {type} erlaubt es)',
  'decision.explicit': 'explizit verweigert',
  'decision.explicitBy': 'explizit verweigert (durch {type})',
  'decision.allowed': 'erlaubt',
  'decision.allowedBy': 'erlaubt (durch {type})',
  'statement.sid': 'Sid "{sid}"',
  'statement.index': 'Anweisung #{index}',
  'evidence.line': '- {effect} – {policy}, {statement}',
  'label.severity': 'Schweregrad',
  'label.category': 'Kategorie',
  'label.check': 'Prüfung',
  'label.function': 'Funktion',
  'label.accountRegion': 'Konto/Region',
  'label.principal': 'Prinzipal',
  'label.action': 'Aktion',
  'label.resource': 'Ressource',
  'label.occurrences': 'Vorkommen',
  'label.message': 'Meldung',
  'label.request': 'Anfrage',
  'label.decision': 'Entscheidung',
  'label.nearMisses': 'Knapp verfehlt',
  'label.details': 'Details',
  'label.policyJson': 'Richtlinien-JSON',
  'label.cli': 'AWS CLI',
  'label.cdk': 'CDK',
  'label.note': 'Hinweis',
  'label.notes': 'Hinweise',
  'label.why': 'Warum',
  'label.decidedBy': 'Entschieden durch',
  'label.when': 'Wann',
  'label.fix': 'Behebung',
  'label.evidence': 'Belege',
  'label.event': 'Ereignis',
  'label.who': 'Wer',
  'label.what': 'Was',
  'label.ids': 'IDs',
  'label.references': 'Referenzen',
  'label.fingerprint': 'Fingerabdruck',
  'email.subject': '[LAA {severity}] {title}',
  'email.occurrences': '{count} (zuerst {first}, zuletzt {last})',
  'email.sectionWhatHappened': 'WAS IST PASSIERT',
  'email.sectionWhy': 'WARUM',
  'email.sectionFix': 'BEHEBUNG',
  'email.sectionReferences': 'REFERENZEN',
  'email.eventLine': '{time} UTC: {principal} ({principalType}) erhielt {errorCode}.',
  'email.awsEvaluation': 'Auswertung durch AWS selbst (IAM Access Troubleshooter): {where}',
  'email.request': '{ids}; {account} / {region}.',
  'email.footer': 'Fingerabdruck: {fingerprint} (Prüfung {checkId}). Gesendet von lambda-access-auditor.',
  'event.authorizationId': 'Autorisierungs-ID {id}',
  'event.accessKey': 'Zugriffsschlüssel {id}',
  'event.sourceIp': 'von {ip}',
  'event.userAgent': 'User-Agent {agent}',
  'event.requestId': 'Anfrage {id}',
  'event.eventId': 'Ereignis {id}',
  'chat.accountRegion': '{account}, {region}',
  'chat.when': '{time} UTC — {errorCode} für {principal}',
  'chat.occurrences': '{count} seit {first}',
  'chat.footer': '{checkId} · {category} · Fingerabdruck {fingerprint}',
  'chat.awsEvaluation': 'Auswertung dieser Verweigerung durch AWS selbst (IAM Access Troubleshooter): {where}',
  'chat.cli': 'CLI: {cli}',
  'alert.truncated':
    'Diese Meldung wurde gekürzt, um das SNS-Limit von 256 KB einzuhalten. Der CloudWatch-Logeintrag und ' +
    '`lambda-access-auditor audit` zeigen den vollständigen Befund.',
  'table.number': '#',
  'table.severity': 'SCHWEREGRAD',
  'table.target': 'ZIEL',
  'table.check': 'PRÜFUNG',
  'table.title': 'TITEL',
  'table.none': 'Keine Befunde.',
  'table.account': '(Konto)',
  'details.request': '{action} auf {resource}',
  'details.anyAction': '(jede Aktion)',
  'details.anyResource': '(jede Ressource)',
  'details.when': '{time} (UTC), {region}, Konto {account}',
  'details.occurrences': '{count} ({first} → {last})',
  'summary.label': 'Zusammenfassung:',
  'summary.functions': '{count} {count, plural, one {Funktion} other {Funktionen}} geprüft',
  'summary.findings': '{count} {count, plural, one {Befund} other {Befunde}} ({bySeverity})',
  'summary.severityCount': '{count} {severity}',
  'summary.denials': '{count} {count, plural, one {Verweigerung} other {Verweigerungen}} gelesen',
  'summary.rejected': ' ({count} abgelehnt)',
  'summary.checkErrors': '{count} {count, plural, one {Prüfungsfehler} other {Prüfungsfehler}} in {runs} Prüfläufen',
  'preview.emailHeading': 'E-Mail (SNS-Schlüssel "email"), {bytes} Bytes mit der Slack-Nutzlast',
  'preview.subject': 'Betreff: {subject}',
  'preview.slackHeading':
    'Slack (SNS-Schlüssel "default": benutzerdefinierte Benachrichtigung für Amazon Q Developer in Chat-Anwendungen)',
  'preview.published':
    'Meldungen wie veröffentlicht: {sent} von {total} Befunden liegen bei {threshold} oder höher (Erstvorkommen; Wiederholungen im Dedup-Fenster werden gezählt, nicht gesendet).',
  'preview.alertNumber': '--- Meldung {index} von {count} ---',
  'preview.summary':
    '{sent} von {total} Befunden liegen beim Standard-Schwellenwert ({threshold}) oder höher und würden über SNS (E-Mail + Slack) gesendet; die übrigen werden protokolliert und gezählt.',
  'preview.alertsLabel': 'Meldungen:',
  'preview.firstSubject':
    '  Betreff der ersten E-Mail: {subject}   (mit --alerts wird diese Meldung wie gesendet angezeigt)',
};

// Spreads only: own properties before spreads made V8 copy its descriptor array per added key (≈40 ms and
// 8 MB per catalog at cold start; docs/lean-lambdas.md).
/** German (Deutsch). */
export const DE: Catalog = {
  ...RENDER_DE,
  ...DIGEST_DE,
  ...CLI_EXTRA_DE,
  ...ACCESS_DE,
  ...HYGIENE_DE,
  ...REFS_DE,
  ...REFS_ENGINE_DE,
  ...REQ_DE,
  ...EXEC_DE,
  ...CROSS_DE,
  ...INVOKE_DE,
  ...FIX_DE,
  ...REPORT_DE,
  ...ROLE_DE,
  ...LATENT_DE,
  ...TRIGGER_DE,
};
