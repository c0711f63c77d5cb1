/**
 * French catalog. IAM terms as AWS's French documentation writes them (docs/i18n.md glossary): politique basée
 * sur l’identité, politique basée sur les ressources, rôle d’exécution, mappage de source d’événement. The
 * typographic apostrophe (’) is used throughout: an ASCII quote before `{` would start ICU quoting.
 */
import { DIGEST_FR } from './digest';
import { CLI_EXTRA_FR } from './cli-extra';
import { ACCESS_FR } from './checks-access';
import { HYGIENE_FR } from './checks-hygiene';
import { REFS_FR } from './refs';
import { REFS_ENGINE_FR } from './refs-engine';
import { REQ_FR } from './checks-req';
import { EXEC_FR } from './checks-exec';
import { CROSS_FR } from './checks-cross';
import { INVOKE_FR } from './checks-invoke';
import { FIX_FR } from './checks-fix';
import { REPORT_FR } from './report';
import { ROLE_FR } from './checks-role';
import { LATENT_FR } from './checks-latent';
import { TRIGGER_FR } from './checks-trigger';
import type { Catalog } from './en';

/** Layout, labels and words of the renderers (alerts, CLI). */
const RENDER_FR = {
  'severity.critical': 'critique',
  'severity.high': 'élevée',
  'severity.medium': 'moyenne',
  'severity.low': 'faible',
  'severity.info': 'info',
  'category.execution-role': 'rôle d’exécution',
  'category.invoke-permission': 'autorisation d’appel',
  'category.deployer': 'déploiement',
  'category.vpc-network': 'réseau VPC',
  'category.trust-policy': 'politique d’approbation',
  'category.cross-account': 'entre comptes',
  'category.event-source': 'source d’événement',
  'category.exposure': 'exposition',
  'category.hygiene': 'hygiène',
  'category.change-correlation': 'corrélation de changements',
  'category.support': 'support',
  'category.auditor': 'auditeur',
  'category.check-error': 'erreur de contrôle',
  'policy.identity': 'politique basée sur l’identité',
  'policy.resource': 'politique basée sur les ressources',
  'policy.trust': 'politique d’approbation des rôles',
  'policy.permissions-boundary': 'limite des autorisations',
  'policy.session': 'politique de session',
  'policy.scp': 'politique de contrôle des services',
  'policy.rcp': 'politique de contrôle des ressources',
  'policy.vpc-endpoint': 'politique de point de terminaison VPC',
  'decision.implicit': 'refusé implicitement',
  'decision.implicitNo': 'refusé implicitement (aucune {type} ne l’autorise)',
  'decision.explicit': 'refusé explicitement',
  'decision.explicitBy': 'refusé explicitement (par : {type})',
  'decision.allowed': 'autorisé',
  'decision.allowedBy': 'autorisé (par : {type})',
  'statement.sid': 'Sid "{sid}"',
  'statement.index': 'instruction n°{index}',
  'evidence.line': '- {effect} : {policy}, {statement}',
  'label.severity': 'Gravité',
  'label.category': 'Catégorie',
  'label.check': 'Contrôle',
  'label.function': 'Fonction',
  'label.accountRegion': 'Compte/Région',
  'label.principal': 'Principal',
  'label.action': 'Action',
  'label.resource': 'Ressource',
  'label.occurrences': 'Occurrences',
  'label.message': 'Message',
  'label.request': 'Requête',
  'label.decision': 'Décision',
  'label.nearMisses': 'Presque correspondants',
  'label.details': 'Détails',
  'label.policyJson': 'JSON de politique',
  'label.cli': 'AWS CLI',
  'label.cdk': 'CDK',
  'label.note': 'Remarque',
  'label.notes': 'Remarques',
  'label.why': 'Pourquoi',
  'label.decidedBy': 'Décidé par',
  'label.when': 'Quand',
  'label.fix': 'Correctif',
  'label.evidence': 'Preuves',
  'label.event': 'Événement',
  'label.who': 'Qui',
  'label.what': 'Quoi',
  'label.ids': 'ID',
  'label.references': 'Références',
  'label.fingerprint': 'Empreinte',
  'email.subject': '[LAA {severity}] {title}',
  'email.occurrences': '{count} (vu la première fois {first}, la dernière fois {last})',
  'email.sectionWhatHappened': 'CE QUI S’EST PASSÉ',
  'email.sectionWhy': 'POURQUOI',
  'email.sectionFix': 'CORRECTIF',
  'email.sectionReferences': 'RÉFÉRENCES',
  'email.eventLine': '{time} UTC : {principal} ({principalType}) a reçu {errorCode}.',
  'email.awsEvaluation': 'Évaluation par AWS (IAM Access Troubleshooter) : {where}',
  'email.request': '{ids} ; {account} / {region}.',
  'email.footer': 'Empreinte : {fingerprint} (contrôle {checkId}). Envoyé par lambda-access-auditor.',
  'event.authorizationId': 'ID d’autorisation {id}',
  'event.accessKey': 'clé d’accès {id}',
  'event.sourceIp': 'depuis {ip}',
  'event.userAgent': 'agent utilisateur {agent}',
  'event.requestId': 'requête {id}',
  'event.eventId': 'événement {id}',
  'chat.accountRegion': '{account}, {region}',
  'chat.when': '{time} UTC — {errorCode} pour {principal}',
  'chat.occurrences': '{count} depuis {first}',
  'chat.footer': '{checkId} · {category} · empreinte {fingerprint}',
  'chat.awsEvaluation': 'Évaluation de ce refus par AWS (IAM Access Troubleshooter) : {where}',
  'chat.cli': 'CLI : {cli}',
  'alert.truncated':
    'Cette alerte a été raccourcie pour respecter la limite de 256 Ko des messages SNS. L’enregistrement ' +
    'CloudWatch Logs et `lambda-access-auditor audit` montrent le résultat complet.',
  'table.number': '#',
  'table.severity': 'GRAVITÉ',
  'table.target': 'CIBLE',
  'table.check': 'CONTRÔLE',
  'table.title': 'TITRE',
  'table.none': 'Aucun résultat.',
  'table.account': '(compte)',
  'details.request': '{action} sur {resource}',
  'details.anyAction': '(toute action)',
  'details.anyResource': '(toute ressource)',
  'details.when': '{time} (UTC), {region}, compte {account}',
  'details.occurrences': '{count} ({first} → {last})',
  'summary.label': 'Résumé :',
  'summary.functions': '{count} {count, plural, one {fonction auditée} other {fonctions auditées}}',
  'summary.findings': '{count} {count, plural, one {résultat} other {résultats}} ({bySeverity})',
  'summary.severityCount': '{count} {severity}',
  'summary.denials': '{count} {count, plural, one {refus analysé} other {refus analysés}}',
  'summary.rejected': ' ({count} rejetés)',
  'summary.checkErrors':
    '{count} {count, plural, one {erreur de contrôle} other {erreurs de contrôle}} sur {runs} exécutions de contrôles',
  'preview.emailHeading': 'E-mail (clé SNS "email"), {bytes} octets avec la charge utile Slack',
  'preview.subject': 'Objet : {subject}',
  'preview.slackHeading':
    'Slack (clé SNS "default" : notification personnalisée Amazon Q Developer dans les applications de chat)',
  'preview.published':
    'Alertes telles que publiées : {sent} résultats sur {total} sont au niveau {threshold} ou plus (premières occurrences ; les répétitions dans la fenêtre de déduplication sont comptées, pas envoyées).',
  'preview.alertNumber': '--- Alerte {index} sur {count} ---',
  'preview.summary':
    '{sent} résultats sur {total} atteignent le seuil d’alerte par défaut ({threshold}) et seraient publiés sur SNS (e-mail + Slack) ; les autres sont journalisés et comptés.',
  'preview.alertsLabel': 'Alertes :',
  'preview.firstSubject':
    '  Objet du premier e-mail : {subject}   (lancez avec --alerts pour voir cette alerte telle qu’envoyée)',
};

// Spreads only: own properties before spreads made V8 copy its descriptor array per added key (≈40 ms and
// 8 MB per catalog at cold start; docs/lean-lambdas.md).
/** French (français). */
export const FR: Catalog = {
  ...RENDER_FR,
  ...DIGEST_FR,
  ...CLI_EXTRA_FR,
  ...ACCESS_FR,
  ...HYGIENE_FR,
  ...REFS_FR,
  ...REFS_ENGINE_FR,
  ...REQ_FR,
  ...EXEC_FR,
  ...CROSS_FR,
  ...INVOKE_FR,
  ...FIX_FR,
  ...REPORT_FR,
  ...ROLE_FR,
  ...LATENT_FR,
  ...TRIGGER_FR,
};
