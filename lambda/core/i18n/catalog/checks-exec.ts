/**
 * Finding texts of the execution-role checks LAA-FUNCTION-STATE-PERMISSION, LAA-ENV-KMS-DECRYPT, LAA-ROLE-OVER-BROAD
 * and LAA-LAMBDA-REJECTED-CONFIG (lambda/core/checks/execution-role/) and their helpers (checks/shared/
 * usage-proposal.ts, rejected-config.ts) in every language, side by side. English is the source (the checks render
 * it through `en(msg(…))`, byte-identical to the strings they wrote before). Function, role, policy and key names,
 * ARNs, actions, reason codes, state values, CLI commands and URLs are placeholders or literal AWS identifiers:
 * never translated.
 *
 * Spliced fragments (selects), spelled once per language:
 * - the deny clause (`{kind}`, `{type}`/`{typeText}`, `{where}`): the same wording as checks-role.ts `CLAUSE_*`
 *   (shared/describe.ts `denialClauseParams`), repeated here because catalogs of other areas are not edited;
 * - `{reason}` of a broad grant: `powerUser`, `notActionIam`, `star`, `iamStar`, `passRole`, `copy` (copy of the
 *   deprecated `{subject}`), or a data-service wildcard `{subject}` (`s3:*, sqs:*`);
 * - `{case}` of a rejected configuration: `eni`, `trust`, or an event source (`{sourceless}`, `{source}`);
 * - `{roleless}`: `yes` when only the function `{name}` is known, else the role `{name}`.
 * The `other` branch of every select uses every text placeholder (the catalog test formats it).
 */

const TYPE_A_EN =
  '{type, select, identity {an identity-based policy} resource {a resource-based policy} trust {the role trust policy} boundary {a permissions boundary} session {a session policy} scp {a service control policy} rcp {a resource control policy} endpoint {a VPC endpoint policy} other {{typeText}}}';
const TYPE_N_EN =
  '{type, select, identity {identity-based policy} resource {resource-based policy} trust {role trust policy} boundary {permissions boundary} session {session policy} scp {service control policy} rcp {resource control policy} endpoint {VPC endpoint policy} other {{typeText}}}';
const WHERE_EN = '{where, select, none {} index { ({policy}, statement #{index})} other { ({policy}, Sid {sid})}}';
const CLAUSE_EN = `{kind, select, implicit {no ${TYPE_N_EN} allows it} allowed {it is allowed by ${TYPE_A_EN}} other {an explicit deny in ${TYPE_A_EN}${WHERE_EN} blocks it}}`;
const BROAD_EN =
  '{reason, select, powerUser {Allow with NotAction (everything except IAM: power user)} notActionIam {Allow with NotAction that still includes IAM (administrator-like)} star {Action "*" (administrator)} iamStar {iam:* (can grant itself anything)} passRole {iam:PassRole on "*" (can hand any role to a service)} copy {customer-managed copy of the deprecated {subject}} other {{subject} on "*" (every resource of the service)}}';
const SEVERITY_EN = '{severity, select, critical {critical} high {high} medium {medium} low {low} other {info}}';
const WHAT_EN =
  '{case, select, eni {the network interfaces {fn} needs in its VPC} trust {sts:AssumeRole for lambda.amazonaws.com} other {access to the event source{sourceless, select, yes {} other { {source}}}}}';
const NEED_EN =
  '{case, select, trust {a trust statement for lambda.amazonaws.com} eni {{action} (one of the network-interface permissions of a VPC function)} other {{action} on {sourceless, select, yes {its event source} other {{source}}} (one of the permissions its event source mapping needs)}}';
const ROLE_TEXT_EN = '{roleless, select, yes {the execution role of {name}} other {role {name}}}';

/** English source texts. */
export const EXEC_EN = {
  'exec.state.title': '{fn} is {update, select, yes {failing to update} other {{status}}}: {code}',
  'exec.state.summary':
    'Lambda reports {field} {status} with reason {code}{reasonless, select, yes {} other {: "{reason}"}}.',
  'exec.state.fixRole':
    'Give the execution role the permissions the reason names (for VPC functions: {policy}), then update the function.',
  'exec.state.fixKms':
    'Allow the execution role to use the function KMS key (key policy and {action}), then update the function.',
  'exec.state.fixImage':
    'Allow Lambda to pull the image: {action} and {action2} in the repository policy (cross-account) and for the role, then update the function.',
  'exec.state.fixEfsMount':
    'Allow {action} (and {action2}) for the execution role in its policy and the file system policy.',
  'exec.state.fixEfsNetwork':
    'Check the security groups and mount targets between the function subnets and the file system (NFS, port 2049).',
  'exec.state.fixEfsTimeout': 'Check the mount targets and NFS (port 2049) reachability from the function subnets.',
  'exec.state.fixEfsIo': 'Check the file system policy and access point permissions of the execution role.',
  'exec.state.note':
    'An {inactive} function is re-activated by the next invocation; a {failed} one needs a successful update (e.g. {command}).',
  'exec.kms.title': '{fn} cannot decrypt its environment variables with {key}',
  'exec.kms.summaryDeny': `Lambda cannot decrypt the environment of {fn} because ${CLAUSE_EN}, so every invocation fails.`,
  'exec.kms.summaryReason': 'Lambda reports {code} for {fn}: "{reason}", so every invocation fails.',
  'exec.kms.reports': 'Lambda reports: {reason}',
  'exec.kms.fix':
    'Let {role} use {key} (no Deny in the key policy, role policies, boundary or SCPs), then re-save the function configuration so Lambda re-creates its grant.',
  'exec.kms.keyPolicy': 'The statement goes into the key policy ({command} replaces the whole policy: merge it).',
  'exec.kms.updater': 'The principal that updates the function needs {action} and {action2} on the key.',
  'exec.broad.reason': BROAD_EN,
  'exec.broad.title': `Execution role {role} is over-broad: ${BROAD_EN}`,
  'exec.broad.summary':
    '{role} (used by {functions}) allows far more than a function needs; code running as it reaches {scope, select, account {the whole account} other {every resource of the service}}.',
  'exec.broad.grant': `{policy} {sidless, select, yes {#{index}} other {{sid}}}: ${BROAD_EN} (${SEVERITY_EN})`,
  'exec.broad.used':
    "Used within IAM's tracking period (report of {date}): {nothing, select, yes {nothing} other {{used}}}.",
  'exec.broad.unused': 'Granted but never used: {services}.',
  'exec.broad.fix': 'Replace the broad statement of {policy} with the actions and resources the function uses.',
  'exec.broad.advisor':
    'Check the role last-accessed data (IAM console, Access Advisor) for what the function really uses.',
  'exec.usage.fix': 'Grant {role} only what it used (IAM last-accessed report of {date}).',
  'exec.usage.scope':
    'Scope Resource to the ARNs the function uses; service wildcards mark services without action-level tracking.',
  'exec.usage.attempts': 'Last-accessed data counts attempts, including denied ones; review before applying.',
  'exec.rejected.call':
    'Lambda rejected {call} by {unknownCaller, select, yes {an unknown caller} other {{caller}}} at {time}: "{message}"',
  'exec.rejected.notDeployer':
    'The deployer is not missing anything: Lambda checks the EXECUTION ROLE named in the request.',
  'exec.rejected.messageTitle': `Lambda rejected {call} for {fn}: the execution role lacks ${WHAT_EN}`,
  'exec.rejected.messageSummary': `{roleless, select, yes {The execution role of {fn}} other {The execution role {role}}} lacks ${NEED_EN}, so Lambda refused the configuration of {fn} ({message}).`,
  'exec.rejected.messageOnly':
    "The execution role's policies are not (all) in the snapshot: diagnosed from AWS's error message.",
  'exec.rejected.trustTitle': 'Lambda rejected {fn}: it cannot assume the execution role {role}',
  'exec.rejected.trustSummary': `Lambda cannot assume {role} because ${CLAUSE_EN}, so it refused the configuration of {fn}.`,
  'exec.rejected.title': 'Lambda rejected {fn}: execution role {role} lacks {actions}',
  'exec.rejected.summary': `The execution role {role} is denied {actions}, needed for ${WHAT_EN}, so Lambda refused the configuration of {fn}.`,
  'exec.rejected.vpcPolicy': 'Attaching {policy} grants exactly these actions.',
  'exec.rejected.retry':
    'Right after a role or policy is created, IAM eventual consistency produces this same error: retry the call with back-off before changing anything.',
  'exec.rejected.fixTrust': `Let lambda.amazonaws.com assume ${ROLE_TEXT_EN} (sts:AssumeRole, guarded by aws:SourceAccount).`,
  'exec.rejected.fixEni': `Attach the AWS managed policy {policy} to ${ROLE_TEXT_EN} (or grant its ENI actions).`,
  'exec.rejected.fixEsm': `Allow {actions} for ${ROLE_TEXT_EN} (inline policy).`,
  'exec.rejected.see': 'See {url}.',
} as const;

type ExecCatalog = Readonly<Record<keyof typeof EXEC_EN, string>>;

const TYPE_A_DE =
  '{type, select, identity {eine identitätsbasierte Richtlinie} resource {eine ressourcenbasierte Richtlinie} trust {die Rollen-Vertrauensrichtlinie} boundary {eine Berechtigungsgrenze} session {eine Sitzungsrichtlinie} scp {eine Service-Kontrollrichtlinie} rcp {eine Ressourcen-Kontrollrichtlinie} endpoint {eine VPC-Endpunktrichtlinie} other {{typeText}}}';
const TYPE_N_DE =
  '{type, select, identity {identitätsbasierte Richtlinie} resource {ressourcenbasierte Richtlinie} trust {Rollen-Vertrauensrichtlinie} boundary {Berechtigungsgrenze} session {Sitzungsrichtlinie} scp {Service-Kontrollrichtlinie} rcp {Ressourcen-Kontrollrichtlinie} endpoint {VPC-Endpunktrichtlinie} other {{typeText}}}';
const WHERE_DE = '{where, select, none {} index { ({policy}, Anweisung #{index})} other { ({policy}, Sid {sid})}}';
const CLAUSE_DE = `{kind, select, implicit {keine ${TYPE_N_DE} erlaubt sie} allowed {${TYPE_A_DE} erlaubt sie} other {${TYPE_A_DE}${WHERE_DE} verweigert sie explizit}}`;
const BROAD_DE =
  '{reason, select, powerUser {Allow mit NotAction (alles außer IAM: Power-User)} notActionIam {Allow mit NotAction, das IAM noch einschließt (wie ein Administrator)} star {Action "*" (Administrator)} iamStar {iam:* (kann sich selbst alles gewähren)} passRole {iam:PassRole auf "*" (kann jede Rolle an einen Service übergeben)} copy {vom Kunden verwaltete Kopie der veralteten Richtlinie {subject}} other {{subject} auf "*" (jede Ressource des Service)}}';
const SEVERITY_DE = '{severity, select, critical {kritisch} high {hoch} medium {mittel} low {niedrig} other {info}}';
const WHAT_DE =
  '{case, select, eni {die Netzwerkschnittstellen, die {fn} in der VPC braucht} trust {sts:AssumeRole für lambda.amazonaws.com} other {den Zugriff auf die Ereignisquelle{sourceless, select, yes {} other { {source}}}}}';
const NEED_DE =
  '{case, select, trust {eine Vertrauensanweisung für lambda.amazonaws.com} eni {{action} (eine der Netzwerkschnittstellen-Berechtigungen einer VPC-Funktion)} other {{action} auf {sourceless, select, yes {ihrer Ereignisquelle} other {{source}}} (eine der Berechtigungen, die ihre Ereignisquellen-Zuordnung braucht)}}';
const ROLE_TEXT_DE = '{roleless, select, yes {die Ausführungsrolle von {name}} other {die Rolle {name}}}';

/** German. */
export const EXEC_DE: ExecCatalog = {
  'exec.state.title': '{fn} {update, select, yes {lässt sich nicht aktualisieren} other {ist {status}}}: {code}',
  'exec.state.summary':
    'Lambda meldet {field} {status} mit Grund {code}{reasonless, select, yes {} other {: „{reason}“}}.',
  'exec.state.fixRole':
    'Der Ausführungsrolle die im Grund genannten Berechtigungen geben (für VPC-Funktionen: {policy}), dann die Funktion aktualisieren.',
  'exec.state.fixKms':
    'Der Ausführungsrolle erlauben, den KMS-Schlüssel der Funktion zu verwenden (Schlüsselrichtlinie und {action}), dann die Funktion aktualisieren.',
  'exec.state.fixImage':
    'Lambda das Abrufen des Images erlauben: {action} und {action2} in der Repository-Richtlinie (kontoübergreifend) und für die Rolle, dann die Funktion aktualisieren.',
  'exec.state.fixEfsMount':
    '{action} (und {action2}) für die Ausführungsrolle in ihrer Richtlinie und in der Dateisystemrichtlinie erlauben.',
  'exec.state.fixEfsNetwork':
    'Sicherheitsgruppen und Mount-Ziele zwischen den Subnetzen der Funktion und dem Dateisystem prüfen (NFS, Port 2049).',
  'exec.state.fixEfsTimeout': 'Mount-Ziele und NFS-Erreichbarkeit (Port 2049) aus den Subnetzen der Funktion prüfen.',
  'exec.state.fixEfsIo': 'Dateisystemrichtlinie und Zugangspunkt-Berechtigungen der Ausführungsrolle prüfen.',
  'exec.state.note':
    'Eine Funktion im Zustand {inactive} wird beim nächsten Aufruf reaktiviert; eine im Zustand {failed} braucht ein erfolgreiches Update (z. B. {command}).',
  'exec.kms.title': 'Die Umgebungsvariablen von {fn} lassen sich nicht mit {key} entschlüsseln',
  'exec.kms.summaryDeny': `Lambda kann die Umgebung von {fn} nicht entschlüsseln: ${CLAUSE_DE}. Daher schlägt jeder Aufruf fehl.`,
  'exec.kms.summaryReason': 'Lambda meldet {code} für {fn}: „{reason}“. Daher schlägt jeder Aufruf fehl.',
  'exec.kms.reports': 'Lambda meldet: {reason}',
  'exec.kms.fix':
    '{role} die Verwendung von {key} erlauben (kein Deny in Schlüsselrichtlinie, Rollenrichtlinien, Berechtigungsgrenze oder SCPs), dann die Funktionskonfiguration erneut speichern, damit Lambda seine Erteilung neu erstellt.',
  'exec.kms.keyPolicy':
    'Die Anweisung gehört in die Schlüsselrichtlinie ({command} ersetzt die ganze Richtlinie: zusammenführen).',
  'exec.kms.updater': 'Der Prinzipal, der die Funktion aktualisiert, braucht {action} und {action2} auf dem Schlüssel.',
  'exec.broad.reason': BROAD_DE,
  'exec.broad.title': `Ausführungsrolle {role} ist zu weit gefasst: ${BROAD_DE}`,
  'exec.broad.summary':
    '{role} (verwendet von {functions}) erlaubt weit mehr, als eine Funktion braucht; Code mit dieser Rolle erreicht {scope, select, account {das ganze Konto} other {jede Ressource des Service}}.',
  'exec.broad.grant': `{policy} {sidless, select, yes {#{index}} other {{sid}}}: ${BROAD_DE} (${SEVERITY_DE})`,
  'exec.broad.used':
    'Im Erfassungszeitraum von IAM verwendet (Bericht vom {date}): {nothing, select, yes {nichts} other {{used}}}.',
  'exec.broad.unused': 'Gewährt, aber nie verwendet: {services}.',
  'exec.broad.fix':
    'Die zu weit gefasste Anweisung von {policy} durch die Aktionen und Ressourcen ersetzen, die die Funktion verwendet.',
  'exec.broad.advisor':
    'In den Daten zum letzten Zugriff der Rolle (IAM-Konsole, Access Advisor) prüfen, was die Funktion wirklich verwendet.',
  'exec.usage.fix': '{role} nur gewähren, was sie verwendet hat (IAM-Bericht zum letzten Zugriff vom {date}).',
  'exec.usage.scope':
    'Resource auf die ARNs einschränken, die die Funktion verwendet; Service-Platzhalter stehen für Services ohne Erfassung auf Aktionsebene.',
  'exec.usage.attempts': 'Die Daten zum letzten Zugriff zählen Versuche, auch verweigerte; vor dem Anwenden prüfen.',
  'exec.rejected.call':
    'Lambda hat {call} von {unknownCaller, select, yes {einem unbekannten Aufrufer} other {{caller}}} um {time} abgelehnt: „{message}“',
  'exec.rejected.notDeployer':
    'Dem Bereitsteller fehlt nichts: Lambda prüft die in der Anfrage genannte AUSFÜHRUNGSROLLE.',
  'exec.rejected.messageTitle': `Lambda hat {call} für {fn} abgelehnt: Der Ausführungsrolle fehlt die Berechtigung für ${WHAT_DE}`,
  'exec.rejected.messageSummary': `{roleless, select, yes {Der Ausführungsrolle von {fn}} other {Der Ausführungsrolle {role}}} fehlt ${NEED_DE}, daher hat Lambda die Konfiguration von {fn} abgelehnt ({message}).`,
  'exec.rejected.messageOnly':
    'Die Richtlinien der Ausführungsrolle sind nicht (vollständig) im Snapshot: aus der Fehlermeldung von AWS diagnostiziert.',
  'exec.rejected.trustTitle': 'Lambda hat {fn} abgelehnt: Die Ausführungsrolle {role} kann nicht übernommen werden',
  'exec.rejected.trustSummary': `Lambda kann {role} nicht übernehmen: ${CLAUSE_DE}. Daher hat Lambda die Konfiguration von {fn} abgelehnt.`,
  'exec.rejected.title': 'Lambda hat {fn} abgelehnt: Der Ausführungsrolle {role} fehlt {actions}',
  'exec.rejected.summary': `Der Ausführungsrolle {role} wird {actions} verweigert, benötigt für ${WHAT_DE}; daher hat Lambda die Konfiguration von {fn} abgelehnt.`,
  'exec.rejected.vpcPolicy': 'Das Anfügen von {policy} gewährt genau diese Aktionen.',
  'exec.rejected.retry':
    'Direkt nach dem Erstellen einer Rolle oder Richtlinie erzeugt die letztendliche Konsistenz von IAM genau diesen Fehler: den Aufruf mit Backoff wiederholen, bevor etwas geändert wird.',
  'exec.rejected.fixTrust': `lambda.amazonaws.com erlauben, ${ROLE_TEXT_DE} zu übernehmen (sts:AssumeRole, abgesichert durch aws:SourceAccount).`,
  'exec.rejected.fixEni': `Die von AWS verwaltete Richtlinie {policy} an ${ROLE_TEXT_DE} anfügen (oder ihre ENI-Aktionen gewähren).`,
  'exec.rejected.fixEsm': `{actions} für ${ROLE_TEXT_DE} erlauben (Inline-Richtlinie).`,
  'exec.rejected.see': 'Siehe {url}.',
};

const TYPE_A_FR =
  '{type, select, identity {une politique basée sur l’identité} resource {une politique basée sur les ressources} trust {la politique d’approbation des rôles} boundary {une limite des autorisations} session {une politique de session} scp {une politique de contrôle des services} rcp {une politique de contrôle des ressources} endpoint {une politique de point de terminaison VPC} other {{typeText}}}';
const TYPE_N_FR =
  '{type, select, identity {politique basée sur l’identité} resource {politique basée sur les ressources} trust {politique d’approbation des rôles} boundary {limite des autorisations} session {politique de session} scp {politique de contrôle des services} rcp {politique de contrôle des ressources} endpoint {politique de point de terminaison VPC} other {{typeText}}}';
const WHERE_FR = '{where, select, none {} index { ({policy}, instruction n° {index})} other { ({policy}, Sid {sid})}}';
const CLAUSE_FR = `{kind, select, implicit {aucune ${TYPE_N_FR} ne l’autorise} allowed {elle est autorisée par ${TYPE_A_FR}} other {un refus explicite dans ${TYPE_A_FR}${WHERE_FR} la bloque}}`;
const BROAD_FR =
  '{reason, select, powerUser {Allow avec NotAction (tout sauf IAM : utilisateur avancé)} notActionIam {Allow avec NotAction qui inclut encore IAM (quasi administrateur)} star {Action "*" (administrateur)} iamStar {iam:* (peut s’accorder n’importe quoi)} passRole {iam:PassRole sur "*" (peut confier n’importe quel rôle à un service)} copy {copie gérée par le client de la politique obsolète {subject}} other {{subject} sur "*" (toutes les ressources du service)}}';
const SEVERITY_FR = '{severity, select, critical {critique} high {élevée} medium {moyenne} low {faible} other {info}}';
const WHAT_FR =
  '{case, select, eni {les interfaces réseau dont {fn} a besoin dans son VPC} trust {sts:AssumeRole pour lambda.amazonaws.com} other {l’accès à la source d’événement{sourceless, select, yes {} other { {source}}}}}';
const NEED_FR =
  '{case, select, trust {une instruction d’approbation pour lambda.amazonaws.com} eni {{action} (une des autorisations d’interface réseau d’une fonction VPC)} other {{action} sur {sourceless, select, yes {sa source d’événement} other {{source}}} (une des autorisations requises par son mappage de source d’événement)}}';
const ROLE_TEXT_FR = '{roleless, select, yes {le rôle d’exécution de {name}} other {le rôle {name}}}';

/** French. */
export const EXEC_FR: ExecCatalog = {
  'exec.state.title': '{fn} {update, select, yes {échoue à se mettre à jour} other {est {status}}} : {code}',
  'exec.state.summary':
    'Lambda signale {field} {status} avec le motif {code}{reasonless, select, yes {} other { : « {reason} »}}.',
  'exec.state.fixRole':
    'Donnez au rôle d’exécution les autorisations que le motif nomme (fonctions VPC : {policy}), puis mettez à jour la fonction.',
  'exec.state.fixKms':
    'Autorisez le rôle d’exécution à utiliser la clé KMS de la fonction (politique de clé et {action}), puis mettez à jour la fonction.',
  'exec.state.fixImage':
    'Autorisez Lambda à extraire l’image : {action} et {action2} dans la politique du référentiel (entre comptes) et pour le rôle, puis mettez à jour la fonction.',
  'exec.state.fixEfsMount':
    'Autorisez {action} (et {action2}) pour le rôle d’exécution dans sa politique et dans la politique du système de fichiers.',
  'exec.state.fixEfsNetwork':
    'Vérifiez les groupes de sécurité et les cibles de montage entre les sous-réseaux de la fonction et le système de fichiers (NFS, port 2049).',
  'exec.state.fixEfsTimeout':
    'Vérifiez les cibles de montage et l’accès NFS (port 2049) depuis les sous-réseaux de la fonction.',
  'exec.state.fixEfsIo':
    'Vérifiez la politique du système de fichiers et les autorisations du point d’accès pour le rôle d’exécution.',
  'exec.state.note':
    'Une fonction {inactive} est réactivée par la prochaine invocation ; une fonction {failed} a besoin d’une mise à jour réussie (par ex. {command}).',
  'exec.kms.title': '{fn} ne peut pas déchiffrer ses variables d’environnement avec {key}',
  'exec.kms.summaryDeny': `Lambda ne peut pas déchiffrer l’environnement de {fn} : ${CLAUSE_FR}. Chaque invocation échoue donc.`,
  'exec.kms.summaryReason': 'Lambda signale {code} pour {fn} : « {reason} ». Chaque invocation échoue donc.',
  'exec.kms.reports': 'Lambda signale : {reason}',
  'exec.kms.fix':
    'Autorisez {role} à utiliser {key} (aucun Deny dans la politique de clé, les politiques du rôle, la limite des autorisations ou les SCP), puis réenregistrez la configuration de la fonction pour que Lambda recrée son octroi.',
  'exec.kms.keyPolicy':
    'L’instruction va dans la politique de clé ({command} remplace toute la politique : fusionnez-la).',
  'exec.kms.updater': 'Le principal qui met à jour la fonction a besoin de {action} et {action2} sur la clé.',
  'exec.broad.reason': BROAD_FR,
  'exec.broad.title': `Le rôle d’exécution {role} est trop permissif : ${BROAD_FR}`,
  'exec.broad.summary':
    '{role} (utilisé par {functions}) autorise bien plus que ce dont une fonction a besoin ; le code qui s’exécute avec ce rôle atteint {scope, select, account {tout le compte} other {toutes les ressources du service}}.',
  'exec.broad.grant': `{policy} {sidless, select, yes {#{index}} other {{sid}}} : ${BROAD_FR} (${SEVERITY_FR})`,
  'exec.broad.used':
    'Utilisé pendant la période de suivi d’IAM (rapport du {date}) : {nothing, select, yes {rien} other {{used}}}.',
  'exec.broad.unused': 'Accordé mais jamais utilisé : {services}.',
  'exec.broad.fix':
    'Remplacez l’instruction trop large de {policy} par les actions et ressources que la fonction utilise.',
  'exec.broad.advisor':
    'Consultez les données de dernier accès du rôle (console IAM, Access Advisor) pour voir ce que la fonction utilise vraiment.',
  'exec.usage.fix': 'N’accordez à {role} que ce qu’il a utilisé (rapport de dernier accès IAM du {date}).',
  'exec.usage.scope':
    'Limitez Resource aux ARN que la fonction utilise ; les caractères génériques de service signalent les services sans suivi au niveau des actions.',
  'exec.usage.attempts':
    'Les données de dernier accès comptent les tentatives, y compris refusées ; relisez avant d’appliquer.',
  'exec.rejected.call':
    'Lambda a rejeté {call} {unknownCaller, select, yes {d’un appelant inconnu} other {de {caller}}} à {time} : « {message} »',
  'exec.rejected.notDeployer':
    'Il ne manque rien au déployeur : Lambda vérifie le RÔLE D’EXÉCUTION nommé dans la requête.',
  'exec.rejected.messageTitle': `Lambda a rejeté {call} pour {fn} : il manque au rôle d’exécution ${WHAT_FR}`,
  'exec.rejected.messageSummary': `Il manque ${NEED_FR} {roleless, select, yes {au rôle d’exécution de {fn}} other {au rôle d’exécution {role}}} : Lambda a donc refusé la configuration de {fn} ({message}).`,
  'exec.rejected.messageOnly':
    'Les politiques du rôle d’exécution ne sont pas (toutes) dans l’instantané : diagnostic tiré du message d’erreur d’AWS.',
  'exec.rejected.trustTitle': 'Lambda a rejeté {fn} : il ne peut pas assumer le rôle d’exécution {role}',
  'exec.rejected.trustSummary': `Lambda ne peut pas assumer {role} : ${CLAUSE_FR}. Lambda a donc refusé la configuration de {fn}.`,
  'exec.rejected.title': 'Lambda a rejeté {fn} : il manque {actions} au rôle d’exécution {role}',
  'exec.rejected.summary': `Le rôle d’exécution {role} se voit refuser {actions}, requis pour ${WHAT_FR} : Lambda a donc refusé la configuration de {fn}.`,
  'exec.rejected.vpcPolicy': 'Attacher {policy} accorde exactement ces actions.',
  'exec.rejected.retry':
    'Juste après la création d’un rôle ou d’une politique, la cohérence à terme d’IAM produit cette même erreur : réessayez l’appel avec un délai croissant avant de modifier quoi que ce soit.',
  'exec.rejected.fixTrust': `Autorisez lambda.amazonaws.com à assumer ${ROLE_TEXT_FR} (sts:AssumeRole, protégé par aws:SourceAccount).`,
  'exec.rejected.fixEni': `Attachez la politique gérée par AWS {policy} {roleless, select, yes {au rôle d’exécution de {name}} other {au rôle {name}}} (ou accordez ses actions ENI).`,
  'exec.rejected.fixEsm': `Autorisez {actions} pour ${ROLE_TEXT_FR} (politique intégrée).`,
  'exec.rejected.see': 'Voir {url}.',
};

const TYPE_JA =
  '{type, select, identity {アイデンティティベースのポリシー} resource {リソースベースのポリシー} trust {ロール信頼ポリシー} boundary {アクセス許可の境界} session {セッションポリシー} scp {サービスコントロールポリシー} rcp {リソースコントロールポリシー} endpoint {VPC エンドポイントポリシー} other {{typeText}}}';
const WHERE_JA = '{where, select, none {} index { ({policy}、ステートメント #{index})} other { ({policy}、Sid {sid})}}';
const CLAUSE_JA = `{kind, select, implicit {これを許可する${TYPE_JA}がありません} allowed {${TYPE_JA}で許可されています} other {${TYPE_JA}${WHERE_JA}の明示的な拒否によりブロックされています}}`;
const BROAD_JA =
  '{reason, select, powerUser {NotAction を使った Allow (IAM 以外のすべて: パワーユーザー)} notActionIam {IAM を除外していない NotAction の Allow (管理者相当)} star {Action "*" (管理者)} iamStar {iam:* (自分に何でも付与できる)} passRole {"*" に対する iam:PassRole (任意のロールをサービスに渡せる)} copy {非推奨の {subject} のカスタマー管理コピー} other {"*" に対する {subject} (サービスのすべてのリソース)}}';
const SEVERITY_JA = '{severity, select, critical {緊急} high {高} medium {中} low {低} other {情報}}';
const WHAT_JA =
  '{case, select, eni {{fn} が VPC 内で必要とするネットワークインターフェイス} trust {lambda.amazonaws.com による sts:AssumeRole} other {イベントソース{sourceless, select, yes {} other { {source} }}へのアクセス}}';
const NEED_JA =
  '{case, select, trust {lambda.amazonaws.com を信頼するステートメント} eni {{action} (VPC 関数のネットワークインターフェイス権限の 1 つ)} other {{sourceless, select, yes {イベントソース} other {{source}}} に対する {action} (イベントソースマッピングに必要な権限の 1 つ)}}';
const ROLE_NI_JA = '{roleless, select, yes {{name} の実行ロールに} other {ロール {name} に}}';
const ROLE_WO_JA = '{roleless, select, yes {{name} の実行ロールを} other {ロール {name} を}}';

/** Japanese. */
export const EXEC_JA: ExecCatalog = {
  'exec.state.title': '{fn} は{update, select, yes {更新に失敗しています} other { {status} です}}: {code}',
  'exec.state.summary':
    'Lambda は {field} {status} を報告しています。理由コード {code}{reasonless, select, yes {} other {: "{reason}"}}。',
  'exec.state.fixRole':
    '理由に示されたアクセス許可を実行ロールに付与し (VPC 関数の場合: {policy})、関数を更新してください。',
  'exec.state.fixKms': '関数の KMS キーの使用を実行ロールに許可し (キーポリシーと {action})、関数を更新してください。',
  'exec.state.fixImage':
    'Lambda によるイメージのプルを許可してください: リポジトリポリシー (クロスアカウント) とロールで {action} と {action2} を許可し、関数を更新してください。',
  'exec.state.fixEfsMount':
    '実行ロールのポリシーとファイルシステムポリシーで、実行ロールに {action} (と {action2}) を許可してください。',
  'exec.state.fixEfsNetwork':
    '関数のサブネットとファイルシステムの間のセキュリティグループとマウントターゲットを確認してください (NFS、ポート 2049)。',
  'exec.state.fixEfsTimeout':
    'マウントターゲットと、関数のサブネットからの NFS (ポート 2049) の到達性を確認してください。',
  'exec.state.fixEfsIo': 'ファイルシステムポリシーと、実行ロールに対するアクセスポイントの権限を確認してください。',
  'exec.state.note':
    '{inactive} の関数は次の呼び出しで再びアクティブになります。{failed} の関数は更新の成功が必要です (例: {command})。',
  'exec.kms.title': '{fn} は {key} で環境変数を復号できません',
  'exec.kms.summaryDeny': `Lambda は {fn} の環境変数を復号できません: ${CLAUSE_JA}。このため呼び出しはすべて失敗します。`,
  'exec.kms.summaryReason':
    'Lambda は {fn} について {code} を報告しています: "{reason}"。このため呼び出しはすべて失敗します。',
  'exec.kms.reports': 'Lambda の報告: {reason}',
  'exec.kms.fix':
    '{role} に {key} の使用を許可し (キーポリシー、ロールのポリシー、アクセス許可の境界、SCP に Deny がないこと)、関数の設定を保存し直して Lambda にグラントを再作成させてください。',
  'exec.kms.keyPolicy':
    'このステートメントはキーポリシーに追加します ({command} はポリシー全体を置き換えるため、マージしてください)。',
  'exec.kms.updater': '関数を更新するプリンシパルには、キーに対する {action} と {action2} が必要です。',
  'exec.broad.reason': BROAD_JA,
  'exec.broad.title': `実行ロール {role} の権限が広すぎます: ${BROAD_JA}`,
  'exec.broad.summary':
    '{role} ({functions} が使用) は関数に必要な範囲をはるかに超えて許可しています。このロールで動くコードは{scope, select, account {アカウント全体} other {サービスのすべてのリソース}}に到達できます。',
  'exec.broad.grant': `{policy} {sidless, select, yes {#{index}} other {{sid}}}: ${BROAD_JA} (${SEVERITY_JA})`,
  'exec.broad.used': 'IAM の追跡期間内に使用 ({date} のレポート): {nothing, select, yes {なし} other {{used}}}',
  'exec.broad.unused': '許可されているが未使用: {services}',
  'exec.broad.fix': '{policy} の広すぎるステートメントを、関数が使うアクションとリソースに置き換えてください。',
  'exec.broad.advisor':
    '関数が実際に何を使っているかは、ロールの最終アクセス情報 (IAM コンソール、Access Advisor) で確認してください。',
  'exec.usage.fix': '{role} には使用したものだけを許可してください (IAM 最終アクセスレポート {date})。',
  'exec.usage.scope':
    'Resource は関数が使う ARN に絞ってください。サービスのワイルドカードは、アクションレベルの追跡がないサービスを示します。',
  'exec.usage.attempts': '最終アクセス情報は拒否されたものを含む試行を数えます。適用前に確認してください。',
  'exec.rejected.call':
    'Lambda は {time} に{unknownCaller, select, yes {不明な呼び出し元} other { {caller} }}による {call} を拒否しました: "{message}"',
  'exec.rejected.notDeployer':
    'デプロイ担当に不足はありません。Lambda はリクエストで指定された「実行ロール」を確認しています。',
  'exec.rejected.messageTitle': `Lambda が {fn} の {call} を拒否しました: 実行ロールに次の権限がありません: ${WHAT_JA}`,
  'exec.rejected.messageSummary': `{roleless, select, yes {{fn} の実行ロールに} other {実行ロール {role} に}}不足しているもの: ${NEED_JA}。このため Lambda は {fn} の設定を拒否しました ({message})。`,
  'exec.rejected.messageOnly':
    '実行ロールのポリシーがスナップショットに (すべては) ありません。AWS のエラーメッセージから診断しました。',
  'exec.rejected.trustTitle': 'Lambda が {fn} を拒否しました: 実行ロール {role} を引き受けられません',
  'exec.rejected.trustSummary': `Lambda は {role} を引き受けられません: ${CLAUSE_JA}。このため {fn} の設定を拒否しました。`,
  'exec.rejected.title': 'Lambda が {fn} を拒否しました: 実行ロール {role} に {actions} がありません',
  'exec.rejected.summary': `実行ロール {role} に {actions} が拒否されています (用途: ${WHAT_JA})。このため Lambda は {fn} の設定を拒否しました。`,
  'exec.rejected.vpcPolicy': '{policy} をアタッチすると、ちょうどこれらのアクションが許可されます。',
  'exec.rejected.retry':
    'ロールやポリシーの作成直後は、IAM の結果整合性により同じエラーが発生します。何かを変更する前に、バックオフしながら呼び出しを再試行してください。',
  'exec.rejected.fixTrust': `lambda.amazonaws.com が ${ROLE_WO_JA}引き受けられるようにしてください (sts:AssumeRole、aws:SourceAccount で保護)。`,
  'exec.rejected.fixEni': `${ROLE_NI_JA} AWS 管理ポリシー {policy} をアタッチしてください (またはその ENI アクションを許可してください)。`,
  'exec.rejected.fixEsm': `${ROLE_NI_JA} {actions} を許可してください (インラインポリシー)。`,
  'exec.rejected.see': '{url} を参照してください。',
};

const TYPE_KO =
  '{type, select, identity {자격 증명 기반 정책} resource {리소스 기반 정책} trust {역할 신뢰 정책} boundary {권한 경계} session {세션 정책} scp {서비스 제어 정책} rcp {리소스 제어 정책} endpoint {VPC 엔드포인트 정책} other {{typeText}}}';
const WHERE_KO = '{where, select, none {} index {({policy}, 문 #{index})} other {({policy}, Sid {sid})}}';
const CLAUSE_KO = `{kind, select, implicit {이를 허용하는 ${TYPE_KO}이(가) 없습니다} allowed {${TYPE_KO}에서 허용됩니다} other {${TYPE_KO}${WHERE_KO}의 명시적 거부가 이를 차단합니다}}`;
const BROAD_KO =
  '{reason, select, powerUser {NotAction을 사용한 Allow(IAM을 제외한 모든 것: 파워 유저)} notActionIam {IAM을 제외하지 않는 NotAction의 Allow(관리자 수준)} star {Action "*"(관리자)} iamStar {iam:*(스스로 무엇이든 부여 가능)} passRole {"*"에 대한 iam:PassRole(어떤 역할이든 서비스에 전달 가능)} copy {사용 중단된 {subject}의 고객 관리형 사본} other {"*"에 대한 {subject}(서비스의 모든 리소스)}}';
const SEVERITY_KO = '{severity, select, critical {심각} high {높음} medium {중간} low {낮음} other {정보}}';
const WHAT_KO =
  '{case, select, eni {{fn}이(가) VPC에서 필요로 하는 네트워크 인터페이스} trust {lambda.amazonaws.com의 sts:AssumeRole} other {이벤트 소스{sourceless, select, yes {} other { {source}}}에 대한 액세스}}';
const NEED_KO =
  '{case, select, trust {lambda.amazonaws.com을 신뢰하는 문} eni {{action}(VPC 함수의 네트워크 인터페이스 권한 중 하나)} other {{sourceless, select, yes {이벤트 소스} other {{source}}}에 대한 {action}(이벤트 소스 매핑에 필요한 권한 중 하나)}}';
const ROLE_TEXT_KO = '{roleless, select, yes {{name}의 실행 역할} other {역할 {name}}}';

/** Korean. */
export const EXEC_KO: ExecCatalog = {
  'exec.state.title': '{fn} {update, select, yes {업데이트 실패} other {상태 {status}}}: {code}',
  'exec.state.summary':
    'Lambda가 {field} {status}을(를) 보고했습니다. 이유 코드 {code}{reasonless, select, yes {} other {: "{reason}"}}.',
  'exec.state.fixRole': '이유에 나온 권한을 실행 역할에 부여한 뒤(VPC 함수: {policy}) 함수를 업데이트하세요.',
  'exec.state.fixKms': '실행 역할이 함수의 KMS 키를 사용하도록 허용한 뒤(키 정책과 {action}) 함수를 업데이트하세요.',
  'exec.state.fixImage':
    'Lambda가 이미지를 가져올 수 있도록 리포지토리 정책(교차 계정)과 역할에서 {action} 및 {action2}을(를) 허용한 뒤 함수를 업데이트하세요.',
  'exec.state.fixEfsMount':
    '실행 역할의 정책과 파일 시스템 정책에서 실행 역할에 {action}(및 {action2})을(를) 허용하세요.',
  'exec.state.fixEfsNetwork': '함수 서브넷과 파일 시스템 사이의 보안 그룹과 탑재 대상을 확인하세요(NFS, 포트 2049).',
  'exec.state.fixEfsTimeout': '탑재 대상과 함수 서브넷에서 NFS(포트 2049)에 도달할 수 있는지 확인하세요.',
  'exec.state.fixEfsIo': '파일 시스템 정책과 실행 역할에 대한 액세스 포인트 권한을 확인하세요.',
  'exec.state.note':
    '{inactive} 함수는 다음 호출 때 다시 활성화됩니다. {failed} 함수는 업데이트가 성공해야 합니다(예: {command}).',
  'exec.kms.title': '{fn}이(가) {key}(으)로 환경 변수를 복호화할 수 없습니다',
  'exec.kms.summaryDeny': `Lambda가 {fn}의 환경 변수를 복호화할 수 없습니다: ${CLAUSE_KO}. 따라서 모든 호출이 실패합니다.`,
  'exec.kms.summaryReason':
    'Lambda가 {fn}에 대해 {code}을(를) 보고했습니다: "{reason}". 따라서 모든 호출이 실패합니다.',
  'exec.kms.reports': 'Lambda 보고: {reason}',
  'exec.kms.fix':
    '{role}이(가) {key}을(를) 사용할 수 있게 하고(키 정책, 역할 정책, 권한 경계, SCP에 Deny가 없어야 함) 함수 구성을 다시 저장해 Lambda가 권한 부여를 다시 만들게 하세요.',
  'exec.kms.keyPolicy': '이 문은 키 정책에 들어갑니다({command}은(는) 정책 전체를 바꾸므로 병합하세요).',
  'exec.kms.updater': '함수를 업데이트하는 보안 주체에게 키에 대한 {action} 및 {action2}이(가) 필요합니다.',
  'exec.broad.reason': BROAD_KO,
  'exec.broad.title': `실행 역할 {role}의 권한이 너무 넓습니다: ${BROAD_KO}`,
  'exec.broad.summary':
    '{role}({functions}에서 사용)은(는) 함수에 필요한 것보다 훨씬 많이 허용합니다. 이 역할로 실행되는 코드는 {scope, select, account {계정 전체} other {서비스의 모든 리소스}}에 접근할 수 있습니다.',
  'exec.broad.grant': `{policy} {sidless, select, yes {#{index}} other {{sid}}}: ${BROAD_KO} (${SEVERITY_KO})`,
  'exec.broad.used': 'IAM 추적 기간 내 사용({date} 보고서): {nothing, select, yes {없음} other {{used}}}',
  'exec.broad.unused': '허용되었지만 사용되지 않음: {services}',
  'exec.broad.fix': '{policy}의 너무 넓은 문을 함수가 사용하는 작업과 리소스로 바꾸세요.',
  'exec.broad.advisor':
    '함수가 실제로 사용하는 것은 역할의 마지막 액세스 정보(IAM 콘솔, Access Advisor)에서 확인하세요.',
  'exec.usage.fix': '{role}에는 사용한 것만 허용하세요(IAM 마지막 액세스 보고서 {date}).',
  'exec.usage.scope':
    'Resource를 함수가 사용하는 ARN으로 좁히세요. 서비스 와일드카드는 작업 수준 추적이 없는 서비스를 나타냅니다.',
  'exec.usage.attempts': '마지막 액세스 정보는 거부된 것을 포함한 모든 시도를 셉니다. 적용하기 전에 검토하세요.',
  'exec.rejected.call':
    'Lambda가 {time}에 {unknownCaller, select, yes {알 수 없는 호출자} other {{caller}}}의 {call}을(를) 거부했습니다: "{message}"',
  'exec.rejected.notDeployer': '배포자에게 부족한 것은 없습니다. Lambda는 요청에 지정된 실행 역할을 확인합니다.',
  'exec.rejected.messageTitle': `Lambda가 {fn}의 {call}을(를) 거부했습니다: 실행 역할에 다음 권한이 없습니다: ${WHAT_KO}`,
  'exec.rejected.messageSummary': `{roleless, select, yes {{fn}의 실행 역할} other {실행 역할 {role}}}에 부족한 것: ${NEED_KO}. 따라서 Lambda가 {fn}의 구성을 거부했습니다({message}).`,
  'exec.rejected.messageOnly': '실행 역할의 정책이 스냅샷에 (모두) 있지 않습니다. AWS의 오류 메시지로 진단했습니다.',
  'exec.rejected.trustTitle': 'Lambda가 {fn}을(를) 거부했습니다: 실행 역할 {role}을(를) 수임할 수 없습니다',
  'exec.rejected.trustSummary': `Lambda가 {role}을(를) 수임할 수 없습니다: ${CLAUSE_KO}. 따라서 {fn}의 구성을 거부했습니다.`,
  'exec.rejected.title': 'Lambda가 {fn}을(를) 거부했습니다: 실행 역할 {role}에 {actions}이(가) 없습니다',
  'exec.rejected.summary': `실행 역할 {role}에 {actions}이(가) 거부되었습니다(용도: ${WHAT_KO}). 따라서 Lambda가 {fn}의 구성을 거부했습니다.`,
  'exec.rejected.vpcPolicy': '{policy}을(를) 연결하면 정확히 이 작업들이 허용됩니다.',
  'exec.rejected.retry':
    '역할이나 정책을 만든 직후에는 IAM의 최종 일관성 때문에 같은 오류가 발생합니다. 무엇이든 바꾸기 전에 백오프하며 호출을 다시 시도하세요.',
  'exec.rejected.fixTrust': `lambda.amazonaws.com이 ${ROLE_TEXT_KO}을(를) 수임할 수 있게 하세요(sts:AssumeRole, aws:SourceAccount로 보호).`,
  'exec.rejected.fixEni': `AWS 관리형 정책 {policy}을(를) ${ROLE_TEXT_KO}에 연결하세요(또는 해당 ENI 작업을 허용하세요).`,
  'exec.rejected.fixEsm': `${ROLE_TEXT_KO}에 {actions}을(를) 허용하세요(인라인 정책).`,
  'exec.rejected.see': '{url}을(를) 참조하세요.',
};
