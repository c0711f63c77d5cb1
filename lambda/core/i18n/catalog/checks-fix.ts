/**
 * Fix texts shared by many checks, in every language side by side: the notes the fix renderers add
 * (lambda/core/fix/), the policy engine's fix proposals (lambda/core/policy/fix.ts, mapped to these messages by
 * checks/shared/engine-text.ts), the fixes in the layer AWS named (checks/shared/message-fix.ts, aws-layer.ts,
 * caller-fix.ts, proposal.ts), and the two deployer checks (checks/deployer/). English is the source and equals,
 * byte for byte, the strings these files wrote before. Actions, ARNs, names, CLI and JSON are placeholders.
 *
 * Shared fragments (selects), spelled once per language and spliced in:
 * - policy type `{type}` (or another argument name): a code without hyphens (`identity`, `resource`, `trust`,
 *   `boundary`, `session`, `scp`, `rcp`); anything else is the VPC endpoint policy;
 * - `TYPE_A` / `TYPE_N` (with and without article) as in checks-role.ts: `other` is AWS's free text `{typeText}`;
 * - `{arnless}`: `yes` when AWS named no policy ARN, else `{policyArn}` is shown;
 * - a statement `{policy}` with `{sidless}` = `yes` for `#{index}`, else `"{sid}"`, and its `{effect}`.
 * The `other` branch of every select uses every text placeholder (the catalog test formats it).
 */

/** A policy type by code in argument `arg`, without article. */
const typeEn = (arg: string): string =>
  `{${arg}, select, identity {identity-based policy} resource {resource-based policy} trust {role trust policy} boundary {permissions boundary} session {session policy} scp {service control policy} rcp {resource control policy} other {VPC endpoint policy}}`;
const TYPE_A_EN =
  '{type, select, identity {an identity-based policy} resource {a resource-based policy} trust {the role trust policy} boundary {a permissions boundary} session {a session policy} scp {a service control policy} rcp {a resource control policy} endpoint {a VPC endpoint policy} other {{typeText}}}';
const TYPE_N_EN =
  '{type, select, identity {identity-based policy} resource {resource-based policy} trust {role trust policy} boundary {permissions boundary} session {session policy} scp {service control policy} rcp {resource control policy} endpoint {VPC endpoint policy} other {{typeText}}}';
const ARN_EN = '{arnless, select, yes {} other { ({policyArn})}}';
const STMT_EN = '{policy}, {sidless, select, yes {statement #{index}} other {statement "{sid}"}} ({effect})';
const WHO_EN = '{whoKind, select, user {user} other {role}} {whoName}';
const WHERE_EN = `{where, select, inline {${WHO_EN} (inline policy)} caller {the caller’s identity-based policy} resource {its resource-based policy} layer {the ${typeEn('type')}} other {the ${typeEn('type')} of ${WHO_EN}}}`;
const WORDS_EN = `{words, select, key {the key policy} bucket {the bucket policy} trustpolicy {the role trust policy} resourcepolicy {the resource-based policy} other {the ${typeEn('type')}}}`;
const WHOSE_EN = "{whose, select, role {The role's} caller {The caller's} other {{whoseText}}}";
const CLAUSE_EN = `{kind, select, implicit {no ${TYPE_N_EN} allows it} allowed {it is allowed by ${TYPE_A_EN}} other {an explicit deny in ${TYPE_A_EN}{where, select, none {} index { ({policy}, statement #{index})} other { ({policy}, Sid {sid})}} blocks it}}`;
const AWS_CLAUSE_EN = `{kind, select, implicit {no ${TYPE_N_EN} allows it} unknown {AWS did not say which policy decided} other {explicit deny in ${TYPE_A_EN}}}`;
const REASON_EN = `{kind, select, explicit {AWS reported an explicit deny in ${TYPE_A_EN}${ARN_EN}} other {AWS reported that no ${TYPE_N_EN}${ARN_EN} allows it}}`;
const ON_FN_EN = '{fnless, select, yes {} other { on {fn}}}';

/** English source texts. */
export const FIX_EN = {
  // Notes of the fix renderers (lambda/core/fix/).
  'fix.render.boundaryFile':
    "boundary-with-statement.json = the boundary's current default version plus this statement.",
  'fix.render.orgAccount': "{org}s are changed in the organization's management account, not in this account.",
  'fix.render.inlineAlternative': 'Inline alternative: {cli}',
  'fix.render.permissionSet':
    'Permission set {name}: the inline policy replaces the existing one, so merge the statement into it; run in the Identity Center administrator account.',
  'fix.render.noSid': 'The statement has no Sid: remove-permission needs one; recreate the policy without it.',
  'fix.render.resourcePolicyOf': 'Add the statement to the resource-based policy of {arn}.',
  'fix.render.merge':
    '{api} replaces the whole policy: {known, select, yes {the command sets the current statements plus the new one.} other {the command reads the current one and appends the statement (needs jq).}}',
  'fix.render.session':
    'The session policy is passed by whoever creates the role session{roleless, select, yes {} other { of {roleArn}}} (AssumeRole Policy / PolicyArns): change it there.',
  // The policy engine's proposals (lambda/core/policy/fix.ts).
  'fix.engine.allowed': 'The request is allowed: nothing to change.',
  'fix.engine.awsRule': 'No policy change can allow this: {detail}.',
  'fix.engine.awsRuleNote': 'AWS refuses this request whatever the policies say; change a resource you own instead.',
  'fix.engine.denyOverrides': 'Adding an Allow anywhere does not help: an explicit Deny overrides every Allow.',
  'fix.engine.managedCopy': 'If the rest of the policy is needed, attach a customer managed copy without this Deny.',
  'fix.engine.narrowCondition':
    'Narrow the Deny (its Action, Resource or Condition) so that it no longer matches this request, if the request is legitimate.',
  'fix.engine.narrow':
    'Narrow the Deny (its Action or Resource) or add a Condition exception, if the request is legitimate.',
  'fix.engine.denyCount': '{count} Deny statements match; each must change.',
  'fix.engine.changeDeny': 'Change the explicit deny.',
  'fix.engine.detachManaged': `Detach the AWS managed policy {name} (AWS managed policies cannot be edited): its ${STMT_EN} denies the request.`,
  'fix.engine.changeDenyIn': `Change the explicit deny in ${STMT_EN}.`,
  'fix.engine.conditionNotMet': `${STMT_EN} would allow the request but its condition is not met: {detail}`,
  'fix.engine.extendResource': `Alternatively, extend the Resource of ${STMT_EN} to cover {resource}.`,
  'fix.engine.extendAction': `Alternatively, add the action to the Action of ${STMT_EN}.`,
  'fix.engine.orgLevels':
    'Every level of the organization (root, each OU, the account) must allow the action; {type, select, scp {service control policies} other {resource control policies}} are changed from the management account.',
  'fix.engine.limits':
    'The {type, select, boundary {permissions boundary} other {session policy}} limits identity grants: an Allow in an identity-based policy alone does not help.',
  'fix.engine.crossIdentityToo': 'Cross-account: the caller’s identity-based policy must allow the action too.',
  'fix.engine.crossIdentityOnly':
    'Cross-account: the resource-based policy already allows the caller; only the identity side is missing.',
  'fix.engine.crossResourceToo': 'Cross-account: the resource-based policy of the resource must allow the caller too.',
  'fix.engine.notInCatalog': '{action} is not in the IAM action catalog: check the action name before granting it.',
  'fix.engine.noCatalog': 'No IAM action catalog was given: the action name was not validated.',
  'fix.engine.addAllow': `Add an Allow for {action} to ${WHERE_EN}.`,
  'fix.engine.addAllowOn': `Add an Allow for {action} on {resource} to ${WHERE_EN}.`,
  'fix.engine.trustAllow':
    'Allow {principalless, select, yes {the caller} other {{principal}}} to {action} in the role trust policy.',
  'fix.engine.trustAdd': 'Add to the role trust policy: {json}',
  'fix.engine.prefix': 'One grant for the prefix {prefix}, not one per object key.',
  'fix.engine.logStreams':
    'Log stream names change with each execution environment: the statement covers every stream of the log group.',
  // checks/shared/proposal.ts
  'fix.proposal.edit':
    'Edit {target, select, none {the denying policy} index {{policy} statement #{index}} other {{policy} statement "{sid}"}}: an added Allow does not override an explicit Deny.',
  'fix.proposal.denyWins': 'Adding an Allow does not help: an explicit Deny always wins.',
  // checks/shared/message-fix.ts: fixes from AWS's message.
  'fix.message.changeDeny': `Change the explicit Deny in ${TYPE_A_EN}${ARN_EN}: an added Allow would not help.`,
  'fix.message.allowIn': `Allow {action} in the ${TYPE_N_EN} AWS named.`,
  'fix.message.likely': 'Likely fix (AWS did not say which policy decided): {summary}',
  'fix.message.oldStyle':
    'AWS did not say which policy decided (old-style message): a missing identity-based Allow is the most common cause, but a permissions boundary, an SCP, a resource-based, session or VPC endpoint policy could also deny it; if this statement does not help, look there.',
  'fix.message.scpExplicit': 'AWS reports an SCP that merely lacks an Allow as an explicit deny too.',
  'fix.message.sessionPassed':
    'The session policy is passed by whoever creates the role session (AssumeRole Policy / PolicyArns).',
  'fix.message.addToResource': 'Add the statement to the resource-based policy of {resource} (principal = the role).',
  'fix.message.sameAccount':
    'Same account: an Allow for the role in its identity-based policy would also do (AWS allows a same-account request when either the identity-based or the resource-based policy allows it; KMS key policies are the exception).',
  'fix.message.currentPolicy': 'Current policy: {cli}',
  'fix.message.noResource': 'The message names no resource: find it in the request.',
  'fix.message.starResource':
    'AWS\'s message names no resource: the statement uses "*"; narrow Resource to what the code uses if the action supports resource-level permissions.',
  // checks/shared/aws-layer.ts: when the snapshot's evaluation disagrees with AWS.
  'fix.aws.allowed': `${WHOSE_EN} policies in the snapshot allow this; AWS reports the denial from ${WORDS_EN}, which decides the fix.`,
  'fix.aws.blames': `The snapshot's evaluation blames the ${typeEn('ours')}; AWS reports the denial from ${WORDS_EN}, so the fix starts there.`,
  // checks/shared/caller-fix.ts: the caller's fix in the layer AWS named.
  'fix.caller.boundary': `Allow {action} in the permissions boundary of {role}${ARN_EN}.`,
  'fix.caller.org': `Ask the organization's administrators to change the {org}${ARN_EN} that denies {action}.`,
  'fix.caller.session': 'Allow {action} in the session policy passed when the session of {role} is created.',
  'fix.caller.endpoint': `Allow {action} in the policy of VPC endpoint {endpointless, select, yes {(the endpoint the call went through)} other {{endpoint}}}${ARN_EN}.`,
  'fix.caller.identityDeny': `Remove or narrow the explicit Deny of {action} in the identity-based policy${ARN_EN} of the caller.`,
  // LAA-DEPLOYER-DENIED-ACTION and LAA-DEPLOYER-PASSROLE (checks/deployer/).
  'fix.deployer.title': `{who} may not call {action}${ON_FN_EN}`,
  'fix.deployer.summaryUnseen': `CloudTrail shows {who} was denied {action} on {resource}; the caller's policies are not in the snapshot, so the fix below is the change it needs{reasonless, select, yes {} other { (${REASON_EN})}}.`,
  'fix.deployer.summary': `{who} was denied {action} on {resource} because ${CLAUSE_EN}.`,
  'fix.deployer.summaryAws': `{who} was denied {action} on {resource} because ${AWS_CLAUSE_EN}.`,
  'fix.deployer.allowCall': 'Allow {who} to call {action} on {resource}.',
  'fix.deployer.missingManaged': 'Could not read attached managed policies: {names}; one of them may already allow it.',
  'fix.passrole.titleUnseen': '{who} may not pass {role} to Lambda',
  'fix.passrole.summaryUnseen':
    "CloudTrail shows {who} was denied iam:PassRole on {role}; the caller's policies are not in the snapshot, so the fix below is the statement it needs.",
  'fix.passrole.title': '{who} may not pass {roleName} to Lambda (iam:PassRole denied)',
  'fix.passrole.summary': `{who} tried to create or update a function with execution role {role}, but {mode, select, explicit {an explicit Deny blocks} none {no policy allows} other {${AWS_CLAUSE_EN}}} iam:PassRole on it for lambda.amazonaws.com.`,
  'fix.passrole.allow': 'Allow {who} to pass {role} to Lambda only (iam:PassedToService = lambda.amazonaws.com).',
  'fix.passrole.keepCondition':
    'Without the iam:PassedToService condition the caller could pass the role to any service; keep it.',
} as const;

/** A catalog of this file's keys. */
export type FixCatalog = Readonly<Record<keyof typeof FIX_EN, string>>;

const typeDe = (arg: string): string =>
  `{${arg}, select, identity {identitätsbasierte Richtlinie} resource {ressourcenbasierte Richtlinie} trust {Rollen-Vertrauensrichtlinie} boundary {Berechtigungsgrenze} session {Sitzungsrichtlinie} scp {Service-Kontrollrichtlinie} rcp {Ressourcen-Kontrollrichtlinie} other {VPC-Endpunktrichtlinie}}`;
const TYPE_A_DE =
  '{type, select, identity {eine identitätsbasierte Richtlinie} resource {eine ressourcenbasierte Richtlinie} trust {die Rollen-Vertrauensrichtlinie} boundary {eine Berechtigungsgrenze} session {eine Sitzungsrichtlinie} scp {eine Service-Kontrollrichtlinie} rcp {eine Ressourcen-Kontrollrichtlinie} endpoint {eine VPC-Endpunktrichtlinie} other {{typeText}}}';
const TYPE_N_DE =
  '{type, select, identity {identitätsbasierte Richtlinie} resource {ressourcenbasierte Richtlinie} trust {Rollen-Vertrauensrichtlinie} boundary {Berechtigungsgrenze} session {Sitzungsrichtlinie} scp {Service-Kontrollrichtlinie} rcp {Ressourcen-Kontrollrichtlinie} endpoint {VPC-Endpunktrichtlinie} other {{typeText}}}';
const STMT_DE = '{policy}, {sidless, select, yes {Anweisung #{index}} other {Anweisung "{sid}"}} ({effect})';
const WHO_DE = '{whoKind, select, user {Benutzer} other {Rolle}} {whoName}';
const WHERE_DE = `{where, select, inline {${WHO_DE} (Inline-Richtlinie)} caller {die identitätsbasierte Richtlinie des Aufrufers} resource {die ressourcenbasierte Richtlinie der Ressource} layer {die ${typeDe('type')}} other {die ${typeDe('type')} von ${WHO_DE}}}`;
const WORDS_DE = `{words, select, key {die Schlüsselrichtlinie} bucket {die Bucket-Richtlinie} trustpolicy {die Rollen-Vertrauensrichtlinie} resourcepolicy {die ressourcenbasierte Richtlinie} other {die ${typeDe('type')}}}`;
const WHOSE_DE =
  '{whose, select, role {Die Richtlinien der Rolle} caller {Die Richtlinien des Aufrufers} other {{whoseText}}}';
const CLAUSE_DE = `{kind, select, implicit {keine ${TYPE_N_DE} erlaubt sie} allowed {${TYPE_A_DE} erlaubt sie} other {${TYPE_A_DE}{where, select, none {} index { ({policy}, Anweisung #{index})} other { ({policy}, Sid {sid})}} verweigert sie explizit}}`;
const AWS_CLAUSE_DE = `{kind, select, implicit {keine ${TYPE_N_DE} erlaubt sie} unknown {AWS hat nicht angegeben, welche Richtlinie entschieden hat} other {explizite Verweigerung durch ${TYPE_A_DE}}}`;
const REASON_DE = `{kind, select, explicit {AWS meldet eine explizite Verweigerung durch ${TYPE_A_DE}${ARN_EN}} other {AWS meldet, dass keine ${TYPE_N_DE}${ARN_EN} sie erlaubt}}`;

/** German. */
export const FIX_DE: FixCatalog = {
  'fix.render.boundaryFile':
    'boundary-with-statement.json = die aktuelle Standardversion der Berechtigungsgrenze plus diese Anweisung.',
  'fix.render.orgAccount': '{org}s werden im Verwaltungskonto der Organisation geändert, nicht in diesem Konto.',
  'fix.render.inlineAlternative': 'Alternative als Inline-Richtlinie: {cli}',
  'fix.render.permissionSet':
    'Berechtigungssatz {name}: Die Inline-Richtlinie ersetzt die bestehende, die Anweisung also in diese einfügen; im Administratorkonto von IAM Identity Center ausführen.',
  'fix.render.noSid':
    'Die Anweisung hat keine Sid, remove-permission braucht aber eine: die Richtlinie ohne diese Anweisung neu erstellen.',
  'fix.render.resourcePolicyOf': 'Die Anweisung in die ressourcenbasierte Richtlinie von {arn} aufnehmen.',
  'fix.render.merge':
    '{api} ersetzt die gesamte Richtlinie: {known, select, yes {Der Befehl setzt die aktuellen Anweisungen plus die neue.} other {Der Befehl liest die aktuelle Richtlinie und hängt die Anweisung an (benötigt jq).}}',
  'fix.render.session':
    'Die Sitzungsrichtlinie übergibt, wer die Rollensitzung{roleless, select, yes {} other { von {roleArn}}} erstellt (AssumeRole Policy / PolicyArns): dort ändern.',
  'fix.engine.allowed': 'Die Anfrage ist erlaubt: nichts zu ändern.',
  'fix.engine.awsRule': 'Keine Richtlinienänderung kann dies erlauben: {detail}.',
  'fix.engine.awsRuleNote':
    'AWS lehnt diese Anfrage unabhängig von den Richtlinien ab; stattdessen eine Ressource ändern, die Ihnen gehört.',
  'fix.engine.denyOverrides': 'Ein zusätzliches Allow hilft nirgends: Ein explizites Deny hat Vorrang vor jedem Allow.',
  'fix.engine.managedCopy':
    'Wird der Rest der Richtlinie gebraucht, eine vom Kunden verwaltete Kopie ohne dieses Deny anfügen.',
  'fix.engine.narrowCondition':
    'Ist die Anfrage legitim, das Deny (Action, Resource oder Condition) so eingrenzen, dass es diese Anfrage nicht mehr trifft.',
  'fix.engine.narrow':
    'Ist die Anfrage legitim, das Deny (Action oder Resource) eingrenzen oder eine Ausnahme per Condition hinzufügen.',
  'fix.engine.denyCount': '{count} Deny-Anweisungen treffen zu; jede muss geändert werden.',
  'fix.engine.changeDeny': 'Die explizite Verweigerung ändern.',
  'fix.engine.detachManaged': `Die von AWS verwaltete Richtlinie {name} trennen (von AWS verwaltete Richtlinien sind nicht bearbeitbar): ${STMT_DE} verweigert die Anfrage.`,
  'fix.engine.changeDenyIn': `Die explizite Verweigerung in ${STMT_DE} ändern.`,
  'fix.engine.conditionNotMet': `${STMT_DE} würde die Anfrage erlauben, aber ihre Bedingung ist nicht erfüllt: {detail}`,
  'fix.engine.extendResource': `Alternativ die Resource von ${STMT_DE} auf {resource} erweitern.`,
  'fix.engine.extendAction': `Alternativ die Aktion in die Action von ${STMT_DE} aufnehmen.`,
  'fix.engine.orgLevels':
    'Jede Ebene der Organisation (Root, jede OU, das Konto) muss die Aktion erlauben; {type, select, scp {Service-Kontrollrichtlinien} other {Ressourcen-Kontrollrichtlinien}} werden im Verwaltungskonto geändert.',
  'fix.engine.limits':
    'Die {type, select, boundary {Berechtigungsgrenze} other {Sitzungsrichtlinie}} begrenzt, was Identitäten gewährt werden kann: Ein Allow in einer identitätsbasierten Richtlinie allein hilft nicht.',
  'fix.engine.crossIdentityToo':
    'Kontoübergreifend: Die identitätsbasierte Richtlinie des Aufrufers muss die Aktion ebenfalls erlauben.',
  'fix.engine.crossIdentityOnly':
    'Kontoübergreifend: Die ressourcenbasierte Richtlinie erlaubt den Aufrufer bereits; nur die Identitätsseite fehlt.',
  'fix.engine.crossResourceToo':
    'Kontoübergreifend: Die ressourcenbasierte Richtlinie der Ressource muss den Aufrufer ebenfalls erlauben.',
  'fix.engine.notInCatalog':
    '{action} ist nicht im IAM-Aktionskatalog: den Aktionsnamen prüfen, bevor die Berechtigung erteilt wird.',
  'fix.engine.noCatalog': 'Kein IAM-Aktionskatalog angegeben: Der Aktionsname wurde nicht geprüft.',
  'fix.engine.addAllow': `Ein Allow für {action} in ${WHERE_DE} aufnehmen.`,
  'fix.engine.addAllowOn': `Ein Allow für {action} auf {resource} in ${WHERE_DE} aufnehmen.`,
  'fix.engine.trustAllow':
    'In der Rollen-Vertrauensrichtlinie {principalless, select, yes {dem Aufrufer} other {{principal}}} {action} erlauben.',
  'fix.engine.trustAdd': 'In die Rollen-Vertrauensrichtlinie aufnehmen: {json}',
  'fix.engine.prefix': 'Eine Berechtigung für das Präfix {prefix}, nicht eine pro Objektschlüssel.',
  'fix.engine.logStreams':
    'Log-Stream-Namen ändern sich mit jeder Ausführungsumgebung: Die Anweisung deckt jeden Stream der Protokollgruppe ab.',
  'fix.proposal.edit':
    '{target, select, none {Die verweigernde Richtlinie} index {{policy} Anweisung #{index}} other {{policy} Anweisung "{sid}"}} bearbeiten: Ein zusätzliches Allow hebt ein explizites Deny nicht auf.',
  'fix.proposal.denyWins': 'Ein Allow hilft nicht: Ein explizites Deny gewinnt immer.',
  'fix.message.changeDeny': `Die explizite Verweigerung durch ${TYPE_A_DE}${ARN_EN} ändern: Ein zusätzliches Allow würde nicht helfen.`,
  'fix.message.allowIn': `{action} in der Richtlinie erlauben, die AWS genannt hat: ${TYPE_N_DE}.`,
  'fix.message.likely':
    'Wahrscheinliche Korrektur (AWS hat nicht angegeben, welche Richtlinie entschieden hat): {summary}',
  'fix.message.oldStyle':
    'AWS hat nicht angegeben, welche Richtlinie entschieden hat (Meldung im alten Format): Meist fehlt ein Allow in einer identitätsbasierten Richtlinie, aber auch eine Berechtigungsgrenze, eine SCP, eine ressourcenbasierte, Sitzungs- oder VPC-Endpunktrichtlinie kann die Anfrage verweigern; hilft diese Anweisung nicht, dort nachsehen.',
  'fix.message.scpExplicit': 'AWS meldet auch eine SCP, der lediglich ein Allow fehlt, als explizite Verweigerung.',
  'fix.message.sessionPassed':
    'Die Sitzungsrichtlinie übergibt, wer die Rollensitzung erstellt (AssumeRole Policy / PolicyArns).',
  'fix.message.addToResource':
    'Die Anweisung in die ressourcenbasierte Richtlinie von {resource} aufnehmen (Prinzipal = die Rolle).',
  'fix.message.sameAccount':
    'Gleiches Konto: Ein Allow für die Rolle in ihrer identitätsbasierten Richtlinie genügt ebenfalls (AWS erlaubt eine Anfrage im selben Konto, wenn die identitätsbasierte oder die ressourcenbasierte Richtlinie sie erlaubt; KMS-Schlüsselrichtlinien sind die Ausnahme).',
  'fix.message.currentPolicy': 'Aktuelle Richtlinie: {cli}',
  'fix.message.noResource': 'Die Meldung nennt keine Ressource: sie in der Anfrage suchen.',
  'fix.message.starResource':
    'Die Meldung von AWS nennt keine Ressource: Die Anweisung verwendet "*"; Resource auf das eingrenzen, was der Code verwendet, wenn die Aktion Berechtigungen auf Ressourcenebene unterstützt.',
  'fix.aws.allowed': `${WHOSE_DE} im Snapshot erlauben dies; laut AWS hat ${WORDS_DE} die Anfrage verweigert, und danach richtet sich die Korrektur.`,
  'fix.aws.blames': `Die Auswertung des Snapshots sieht die Ursache in der ${typeDe('ours')}; laut AWS hat ${WORDS_DE} die Anfrage verweigert, daher beginnt die Korrektur dort.`,
  'fix.caller.boundary': `{action} in der Berechtigungsgrenze von {role}${ARN_EN} erlauben.`,
  'fix.caller.org': `Die Administratoren der Organisation bitten, die {org}${ARN_EN} zu ändern, die {action} verweigert.`,
  'fix.caller.session':
    '{action} in der Sitzungsrichtlinie erlauben, die beim Erstellen der Sitzung von {role} übergeben wird.',
  'fix.caller.endpoint': `{action} in der Richtlinie des VPC-Endpunkts {endpointless, select, yes {(über den der Aufruf lief)} other {{endpoint}}}${ARN_EN} erlauben.`,
  'fix.caller.identityDeny': `Das explizite Deny für {action} in der identitätsbasierten Richtlinie${ARN_EN} des Aufrufers entfernen oder eingrenzen.`,
  'fix.deployer.title': '{who} darf {action}{fnless, select, yes {} other { auf {fn}}} nicht aufrufen',
  'fix.deployer.summaryUnseen': `Laut CloudTrail wurde {who} {action} auf {resource} verweigert; die Richtlinien des Aufrufers sind nicht im Snapshot, daher zeigt die Korrektur unten die nötige Änderung{reasonless, select, yes {} other { (${REASON_DE})}}.`,
  'fix.deployer.summary': `{who} wurde {action} auf {resource} verweigert: ${CLAUSE_DE}.`,
  'fix.deployer.summaryAws': `{who} wurde {action} auf {resource} verweigert: ${AWS_CLAUSE_DE}.`,
  'fix.deployer.allowCall': '{who} erlauben, {action} auf {resource} aufzurufen.',
  'fix.deployer.missingManaged':
    'Angefügte verwaltete Richtlinien konnten nicht gelesen werden: {names}; eine davon erlaubt es vielleicht bereits.',
  'fix.passrole.titleUnseen': '{who} darf {role} nicht an Lambda übergeben',
  'fix.passrole.summaryUnseen':
    'Laut CloudTrail wurde {who} iam:PassRole auf {role} verweigert; die Richtlinien des Aufrufers sind nicht im Snapshot, daher zeigt die Korrektur unten die nötige Anweisung.',
  'fix.passrole.title': '{who} darf {roleName} nicht an Lambda übergeben (iam:PassRole verweigert)',
  'fix.passrole.summary': `{who} wollte eine Funktion mit der Ausführungsrolle {role} erstellen oder aktualisieren, aber iam:PassRole auf diese Rolle für lambda.amazonaws.com wurde verweigert: {mode, select, explicit {ein explizites Deny blockiert es} none {keine Richtlinie erlaubt es} other {${AWS_CLAUSE_DE}}}.`,
  'fix.passrole.allow':
    '{who} erlauben, {role} nur an Lambda zu übergeben (iam:PassedToService = lambda.amazonaws.com).',
  'fix.passrole.keepCondition':
    'Ohne die Bedingung iam:PassedToService könnte der Aufrufer die Rolle an jeden Dienst übergeben; sie beibehalten.',
};

const typeFr = (arg: string): string =>
  `{${arg}, select, identity {politique basée sur l’identité} resource {politique basée sur les ressources} trust {politique d’approbation des rôles} boundary {limite des autorisations} session {politique de session} scp {politique de contrôle des services} rcp {politique de contrôle des ressources} other {politique de point de terminaison VPC}}`;
const TYPE_A_FR =
  '{type, select, identity {une politique basée sur l’identité} resource {une politique basée sur les ressources} trust {la politique d’approbation des rôles} boundary {une limite des autorisations} session {une politique de session} scp {une politique de contrôle des services} rcp {une politique de contrôle des ressources} endpoint {une politique de point de terminaison VPC} other {{typeText}}}';
const TYPE_N_FR =
  '{type, select, identity {politique basée sur l’identité} resource {politique basée sur les ressources} trust {politique d’approbation des rôles} boundary {limite des autorisations} session {politique de session} scp {politique de contrôle des services} rcp {politique de contrôle des ressources} endpoint {politique de point de terminaison VPC} other {{typeText}}}';
const STMT_FR = '{policy}, {sidless, select, yes {instruction n° {index}} other {instruction "{sid}"}} ({effect})';
const WHO_FR = '{whoKind, select, user {l’utilisateur} other {le rôle}} {whoName}';
const WHERE_FR = `{where, select, inline {la politique en ligne de ${WHO_FR}} caller {la politique basée sur l’identité de l’appelant} resource {la politique basée sur les ressources de la ressource} layer {la ${typeFr('type')}} other {la ${typeFr('type')} de ${WHO_FR}}}`;
const WORDS_FR = `{words, select, key {la politique de clé} bucket {la politique de compartiment} trustpolicy {la politique d’approbation des rôles} resourcepolicy {la politique basée sur les ressources} other {la ${typeFr('type')}}}`;
const WHOSE_FR =
  '{whose, select, role {Les politiques du rôle} caller {Les politiques de l’appelant} other {{whoseText}}}';
const CLAUSE_FR = `{kind, select, implicit {aucune ${TYPE_N_FR} ne l’autorise} allowed {elle est autorisée par ${TYPE_A_FR}} other {un refus explicite dans ${TYPE_A_FR}{where, select, none {} index { ({policy}, instruction n° {index})} other { ({policy}, Sid {sid})}} la bloque}}`;
const AWS_CLAUSE_FR = `{kind, select, implicit {aucune ${TYPE_N_FR} ne l’autorise} unknown {AWS n’a pas indiqué quelle politique a décidé} other {refus explicite dans ${TYPE_A_FR}}}`;
const REASON_FR = `{kind, select, explicit {AWS signale un refus explicite dans ${TYPE_A_FR}${ARN_EN}} other {AWS signale qu’aucune ${TYPE_N_FR}${ARN_EN} ne l’autorise}}`;

/** French. */
export const FIX_FR: FixCatalog = {
  'fix.render.boundaryFile':
    'boundary-with-statement.json = la version par défaut actuelle de la limite des autorisations, plus cette instruction.',
  'fix.render.orgAccount': 'Les {org} se modifient dans le compte de gestion de l’organisation, pas dans ce compte.',
  'fix.render.inlineAlternative': 'Variante en politique en ligne : {cli}',
  'fix.render.permissionSet':
    'Jeu d’autorisations {name} : la politique en ligne remplace l’existante, fusionnez donc l’instruction dans celle-ci ; à exécuter dans le compte administrateur d’IAM Identity Center.',
  'fix.render.noSid':
    'L’instruction n’a pas de Sid, or remove-permission en exige un : recréez la politique sans cette instruction.',
  'fix.render.resourcePolicyOf': 'Ajoutez l’instruction à la politique basée sur les ressources de {arn}.',
  'fix.render.merge':
    '{api} remplace toute la politique : {known, select, yes {la commande définit les instructions actuelles plus la nouvelle.} other {la commande lit la politique actuelle et y ajoute l’instruction (nécessite jq).}}',
  'fix.render.session':
    'La politique de session est transmise par celui qui crée la session de rôle{roleless, select, yes {} other { de {roleArn}}} (AssumeRole Policy / PolicyArns) : modifiez-la là.',
  'fix.engine.allowed': 'La requête est autorisée : rien à changer.',
  'fix.engine.awsRule': 'Aucune modification de politique ne peut autoriser ceci : {detail}.',
  'fix.engine.awsRuleNote':
    'AWS refuse cette requête quelles que soient les politiques ; modifiez plutôt une ressource qui vous appartient.',
  'fix.engine.denyOverrides':
    'Ajouter un Allow, où que ce soit, n’aide pas : un Deny explicite l’emporte sur tout Allow.',
  'fix.engine.managedCopy':
    'Si le reste de la politique est nécessaire, attachez une copie gérée par le client sans ce Deny.',
  'fix.engine.narrowCondition':
    'Si la requête est légitime, restreignez le Deny (son Action, sa Resource ou sa Condition) pour qu’il ne corresponde plus à cette requête.',
  'fix.engine.narrow':
    'Si la requête est légitime, restreignez le Deny (son Action ou sa Resource) ou ajoutez une exception par Condition.',
  'fix.engine.denyCount': '{count} instructions Deny correspondent ; chacune doit être modifiée.',
  'fix.engine.changeDeny': 'Modifiez le refus explicite.',
  'fix.engine.detachManaged': `Détachez la politique gérée par AWS {name} (les politiques gérées par AWS ne sont pas modifiables) : ${STMT_FR} refuse la requête.`,
  'fix.engine.changeDenyIn': `Modifiez le refus explicite dans ${STMT_FR}.`,
  'fix.engine.conditionNotMet': `${STMT_FR} autoriserait la requête, mais sa condition n’est pas remplie : {detail}`,
  'fix.engine.extendResource': `Sinon, étendez la Resource de ${STMT_FR} pour couvrir {resource}.`,
  'fix.engine.extendAction': `Sinon, ajoutez l’action à l’Action de ${STMT_FR}.`,
  'fix.engine.orgLevels':
    'Chaque niveau de l’organisation (racine, chaque OU, le compte) doit autoriser l’action ; les {type, select, scp {politiques de contrôle des services} other {politiques de contrôle des ressources}} se modifient depuis le compte de gestion.',
  'fix.engine.limits':
    'La {type, select, boundary {limite des autorisations} other {politique de session}} plafonne ce qu’une identité peut recevoir : un Allow dans une politique basée sur l’identité ne suffit pas.',
  'fix.engine.crossIdentityToo':
    'Intercomptes : la politique basée sur l’identité de l’appelant doit aussi autoriser l’action.',
  'fix.engine.crossIdentityOnly':
    'Intercomptes : la politique basée sur les ressources autorise déjà l’appelant ; seul le côté identité manque.',
  'fix.engine.crossResourceToo':
    'Intercomptes : la politique basée sur les ressources de la ressource doit aussi autoriser l’appelant.',
  'fix.engine.notInCatalog':
    '{action} ne figure pas dans le catalogue des actions IAM : vérifiez le nom de l’action avant de l’accorder.',
  'fix.engine.noCatalog': 'Aucun catalogue d’actions IAM fourni : le nom de l’action n’a pas été validé.',
  'fix.engine.addAllow': `Ajoutez un Allow pour {action} à ${WHERE_FR}.`,
  'fix.engine.addAllowOn': `Ajoutez un Allow pour {action} sur {resource} à ${WHERE_FR}.`,
  'fix.engine.trustAllow':
    'Dans la politique d’approbation des rôles, autorisez {principalless, select, yes {l’appelant} other {{principal}}} à appeler {action}.',
  'fix.engine.trustAdd': 'Ajoutez à la politique d’approbation des rôles : {json}',
  'fix.engine.prefix': 'Une seule autorisation pour le préfixe {prefix}, pas une par clé d’objet.',
  'fix.engine.logStreams':
    'Les noms des flux de journaux changent à chaque environnement d’exécution : l’instruction couvre tous les flux du groupe de journaux.',
  'fix.proposal.edit':
    'Modifiez {target, select, none {la politique qui refuse} index {{policy} instruction n° {index}} other {{policy} instruction "{sid}"}} : un Allow ajouté ne l’emporte pas sur un Deny explicite.',
  'fix.proposal.denyWins': 'Ajouter un Allow n’aide pas : un Deny explicite l’emporte toujours.',
  'fix.message.changeDeny': `Modifiez le Deny explicite dans ${TYPE_A_FR}${ARN_EN} : un Allow ajouté n’aiderait pas.`,
  'fix.message.allowIn': `Autorisez {action} dans la politique nommée par AWS : ${TYPE_N_FR}.`,
  'fix.message.likely': 'Correctif probable (AWS n’a pas indiqué quelle politique a décidé) : {summary}',
  'fix.message.oldStyle':
    'AWS n’a pas indiqué quelle politique a décidé (message à l’ancien format) : un Allow manquant dans une politique basée sur l’identité est la cause la plus fréquente, mais une limite des autorisations, une SCP, une politique basée sur les ressources, de session ou de point de terminaison VPC peut aussi refuser ; si cette instruction n’aide pas, cherchez de ce côté.',
  'fix.message.scpExplicit':
    'AWS signale aussi comme refus explicite une SCP à laquelle il manque simplement un Allow.',
  'fix.message.sessionPassed':
    'La politique de session est transmise par celui qui crée la session de rôle (AssumeRole Policy / PolicyArns).',
  'fix.message.addToResource':
    'Ajoutez l’instruction à la politique basée sur les ressources de {resource} (principal = le rôle).',
  'fix.message.sameAccount':
    'Même compte : un Allow pour le rôle dans sa politique basée sur l’identité suffirait aussi (AWS autorise une requête dans le même compte si la politique basée sur l’identité ou celle basée sur les ressources l’autorise ; les politiques de clé KMS font exception).',
  'fix.message.currentPolicy': 'Politique actuelle : {cli}',
  'fix.message.noResource': 'Le message ne nomme aucune ressource : cherchez-la dans la requête.',
  'fix.message.starResource':
    'Le message d’AWS ne nomme aucune ressource : l’instruction utilise "*" ; restreignez Resource à ce qu’utilise le code si l’action prend en charge les autorisations au niveau des ressources.',
  'fix.aws.allowed': `${WHOSE_FR} dans l’instantané autorisent ceci ; AWS signale un refus venant de ${WORDS_FR}, qui détermine le correctif.`,
  'fix.aws.blames': `L’évaluation de l’instantané met en cause la ${typeFr('ours')} ; AWS signale un refus venant de ${WORDS_FR}, le correctif commence donc là.`,
  'fix.caller.boundary': `Autorisez {action} dans la limite des autorisations de {role}${ARN_EN}.`,
  'fix.caller.org': `Demandez aux administrateurs de l’organisation de modifier la {org}${ARN_EN} qui refuse {action}.`,
  'fix.caller.session':
    'Autorisez {action} dans la politique de session transmise à la création de la session de {role}.',
  'fix.caller.endpoint': `Autorisez {action} dans la politique du point de terminaison VPC {endpointless, select, yes {(celui par lequel l’appel est passé)} other {{endpoint}}}${ARN_EN}.`,
  'fix.caller.identityDeny': `Supprimez ou restreignez le Deny explicite de {action} dans la politique basée sur l’identité${ARN_EN} de l’appelant.`,
  'fix.deployer.title': '{who} ne peut pas appeler {action}{fnless, select, yes {} other { sur {fn}}}',
  'fix.deployer.summaryUnseen': `CloudTrail montre que {action} sur {resource} a été refusé à {who} ; les politiques de l’appelant ne sont pas dans l’instantané, le correctif ci-dessous est donc la modification nécessaire{reasonless, select, yes {} other { (${REASON_FR})}}.`,
  'fix.deployer.summary': `{action} sur {resource} a été refusé à {who} : ${CLAUSE_FR}.`,
  'fix.deployer.summaryAws': `{action} sur {resource} a été refusé à {who} : ${AWS_CLAUSE_FR}.`,
  'fix.deployer.allowCall': 'Autorisez {who} à appeler {action} sur {resource}.',
  'fix.deployer.missingManaged':
    'Impossible de lire les politiques gérées attachées : {names} ; l’une d’elles l’autorise peut-être déjà.',
  'fix.passrole.titleUnseen': '{who} ne peut pas transmettre {role} à Lambda',
  'fix.passrole.summaryUnseen':
    'CloudTrail montre que iam:PassRole sur {role} a été refusé à {who} ; les politiques de l’appelant ne sont pas dans l’instantané, le correctif ci-dessous est donc l’instruction nécessaire.',
  'fix.passrole.title': '{who} ne peut pas transmettre {roleName} à Lambda (iam:PassRole refusé)',
  'fix.passrole.summary': `{who} a tenté de créer ou de mettre à jour une fonction avec le rôle d’exécution {role}, mais iam:PassRole sur ce rôle pour lambda.amazonaws.com est refusé : {mode, select, explicit {un Deny explicite le bloque} none {aucune politique ne l’autorise} other {${AWS_CLAUSE_FR}}}.`,
  'fix.passrole.allow':
    'Autorisez {who} à transmettre {role} à Lambda uniquement (iam:PassedToService = lambda.amazonaws.com).',
  'fix.passrole.keepCondition':
    'Sans la condition iam:PassedToService, l’appelant pourrait transmettre le rôle à n’importe quel service : conservez-la.',
};

const typeJa = (arg: string): string =>
  `{${arg}, select, identity {アイデンティティベースのポリシー} resource {リソースベースのポリシー} trust {ロール信頼ポリシー} boundary {アクセス許可の境界} session {セッションポリシー} scp {サービスコントロールポリシー} rcp {リソースコントロールポリシー} other {VPC エンドポイントポリシー}}`;
const TYPE_JA =
  '{type, select, identity {アイデンティティベースのポリシー} resource {リソースベースのポリシー} trust {ロール信頼ポリシー} boundary {アクセス許可の境界} session {セッションポリシー} scp {サービスコントロールポリシー} rcp {リソースコントロールポリシー} endpoint {VPC エンドポイントポリシー} other {{typeText}}}';
const STMT_JA = '{policy} の{sidless, select, yes {ステートメント #{index}} other {ステートメント "{sid}"}} ({effect})';
const WHO_JA = '{whoKind, select, user {ユーザー} other {ロール}} {whoName}';
const WHERE_JA = `{where, select, inline {${WHO_JA} のインラインポリシー} caller {呼び出し元のアイデンティティベースのポリシー} resource {リソースのリソースベースのポリシー} layer {${typeJa('type')}} other {${WHO_JA} の${typeJa('type')}}}`;
const WORDS_JA = `{words, select, key {キーポリシー} bucket {バケットポリシー} trustpolicy {ロール信頼ポリシー} resourcepolicy {リソースベースのポリシー} other {${typeJa('type')}}}`;
const WHOSE_JA = '{whose, select, role {ロールの} caller {呼び出し元の} other {{whoseText} }}';
const CLAUSE_JA = `{kind, select, implicit {これを許可する${TYPE_JA}がありません} allowed {${TYPE_JA}で許可されています} other {${TYPE_JA}{where, select, none {} index { ({policy}、ステートメント #{index})} other { ({policy}、Sid {sid})}}の明示的な拒否によりブロックされています}}`;
const AWS_CLAUSE_JA = `{kind, select, implicit {許可する${TYPE_JA}がありません} unknown {どのポリシーが判断したかを AWS は示していません} other {${TYPE_JA}による明示的な拒否}}`;
const REASON_JA = `{kind, select, explicit {AWS は${TYPE_JA}${ARN_EN}による明示的な拒否を報告} other {AWS は、これを許可する${TYPE_JA}${ARN_EN}がないと報告}}`;

/** Japanese. */
export const FIX_JA: FixCatalog = {
  'fix.render.boundaryFile':
    'boundary-with-statement.json = アクセス許可の境界の現在のデフォルトバージョンにこのステートメントを加えたもの。',
  'fix.render.orgAccount': '{org} はこのアカウントではなく、組織の管理アカウントで変更します。',
  'fix.render.inlineAlternative': 'インラインポリシーを使う場合: {cli}',
  'fix.render.permissionSet':
    '許可セット {name}: インラインポリシーは既存のものを置き換えるため、ステートメントを既存のポリシーにマージしてください。IAM Identity Center の管理アカウントで実行します。',
  'fix.render.noSid':
    'このステートメントには Sid がありません。remove-permission には Sid が必要なため、このステートメントを除いてポリシーを作り直してください。',
  'fix.render.resourcePolicyOf': '{arn} のリソースベースのポリシーにステートメントを追加してください。',
  'fix.render.merge':
    '{api} はポリシー全体を置き換えます: {known, select, yes {コマンドは現在のステートメントに新しいステートメントを加えて設定します。} other {コマンドは現在のポリシーを読み取り、ステートメントを追加します (jq が必要)。}}',
  'fix.render.session':
    'セッションポリシーは{roleless, select, yes {} other { {roleArn} の}}ロールセッションを作成する側が渡します (AssumeRole Policy / PolicyArns)。そちらで変更してください。',
  'fix.engine.allowed': 'このリクエストは許可されています。変更は不要です。',
  'fix.engine.awsRule': 'ポリシーを変更してもこれは許可できません: {detail}。',
  'fix.engine.awsRuleNote':
    'AWS はポリシーの内容にかかわらずこのリクエストを拒否します。代わりに自分が所有するリソースを変更してください。',
  'fix.engine.denyOverrides':
    'どこに Allow を追加しても効果はありません。明示的な Deny はすべての Allow に優先します。',
  'fix.engine.managedCopy':
    'ポリシーの他の部分が必要な場合は、この Deny を除いたカスタマー管理のコピーをアタッチしてください。',
  'fix.engine.narrowCondition':
    'リクエストが正当な場合は、このリクエストに一致しなくなるよう Deny (Action、Resource、Condition) を絞り込んでください。',
  'fix.engine.narrow':
    'リクエストが正当な場合は、Deny (Action または Resource) を絞り込むか、Condition で例外を追加してください。',
  'fix.engine.denyCount': '{count} 個の Deny ステートメントが一致しています。すべて変更が必要です。',
  'fix.engine.changeDeny': '明示的な拒否を変更してください。',
  'fix.engine.detachManaged': `AWS 管理ポリシー {name} をデタッチしてください (AWS 管理ポリシーは編集できません)。${STMT_JA} がリクエストを拒否しています。`,
  'fix.engine.changeDenyIn': `${STMT_JA} の明示的な拒否を変更してください。`,
  'fix.engine.conditionNotMet': `${STMT_JA} はリクエストを許可するはずですが、条件を満たしていません: {detail}`,
  'fix.engine.extendResource': `または、${STMT_JA} の Resource を {resource} まで広げてください。`,
  'fix.engine.extendAction': `または、${STMT_JA} の Action にこのアクションを追加してください。`,
  'fix.engine.orgLevels':
    '組織のすべてのレベル (ルート、各 OU、アカウント) でアクションを許可する必要があります。{type, select, scp {サービスコントロールポリシー} other {リソースコントロールポリシー}}は管理アカウントから変更します。',
  'fix.engine.limits':
    '{type, select, boundary {アクセス許可の境界} other {セッションポリシー}}がアイデンティティに付与できる権限を制限しています。アイデンティティベースのポリシーに Allow を追加するだけでは解決しません。',
  'fix.engine.crossIdentityToo':
    'クロスアカウント: 呼び出し元のアイデンティティベースのポリシーでもアクションを許可する必要があります。',
  'fix.engine.crossIdentityOnly':
    'クロスアカウント: リソースベースのポリシーは既に呼び出し元を許可しています。足りないのはアイデンティティ側だけです。',
  'fix.engine.crossResourceToo':
    'クロスアカウント: リソースのリソースベースのポリシーでも呼び出し元を許可する必要があります。',
  'fix.engine.notInCatalog':
    '{action} は IAM アクションカタログにありません。許可する前にアクション名を確認してください。',
  'fix.engine.noCatalog': 'IAM アクションカタログが指定されていないため、アクション名は検証されていません。',
  'fix.engine.addAllow': `${WHERE_JA}に {action} の Allow を追加してください。`,
  'fix.engine.addAllowOn': `${WHERE_JA}に {resource} に対する {action} の Allow を追加してください。`,
  'fix.engine.trustAllow':
    'ロール信頼ポリシーで {principalless, select, yes {呼び出し元} other {{principal}}} に {action} を許可してください。',
  'fix.engine.trustAdd': 'ロール信頼ポリシーに追加: {json}',
  'fix.engine.prefix': 'オブジェクトキーごとではなく、プレフィックス {prefix} に 1 つの許可を付与します。',
  'fix.engine.logStreams':
    'ログストリーム名は実行環境ごとに変わるため、ステートメントはロググループのすべてのストリームを対象にします。',
  'fix.proposal.edit':
    '{target, select, none {拒否しているポリシー} index {{policy} のステートメント #{index}} other {{policy} のステートメント "{sid}"}}を編集してください。Allow を追加しても明示的な Deny は覆せません。',
  'fix.proposal.denyWins': 'Allow を追加しても効果はありません。明示的な Deny が常に優先されます。',
  'fix.message.changeDeny': `${TYPE_JA}${ARN_EN}の明示的な Deny を変更してください。Allow を追加しても解決しません。`,
  'fix.message.allowIn': `AWS が示したポリシー (${TYPE_JA}) で {action} を許可してください。`,
  'fix.message.likely': '考えられる修正 (どのポリシーが判断したかを AWS は示していません): {summary}',
  'fix.message.oldStyle':
    'どのポリシーが判断したかを AWS は示していません (旧形式のメッセージ)。最も多い原因はアイデンティティベースのポリシーの Allow 不足ですが、アクセス許可の境界、SCP、リソースベースのポリシー、セッションポリシー、VPC エンドポイントポリシーが拒否している可能性もあります。このステートメントで解決しない場合はそちらを確認してください。',
  'fix.message.scpExplicit': 'AWS は、Allow がないだけの SCP も明示的な拒否として報告します。',
  'fix.message.sessionPassed':
    'セッションポリシーはロールセッションを作成する側が渡します (AssumeRole Policy / PolicyArns)。',
  'fix.message.addToResource':
    '{resource} のリソースベースのポリシーにステートメントを追加してください (プリンシパル = ロール)。',
  'fix.message.sameAccount':
    '同一アカウント: ロールのアイデンティティベースのポリシーで Allow しても解決します (同一アカウントのリクエストは、アイデンティティベースとリソースベースのどちらかのポリシーが許可すれば AWS が許可します。KMS キーポリシーは例外です)。',
  'fix.message.currentPolicy': '現在のポリシー: {cli}',
  'fix.message.noResource': 'メッセージにリソースが示されていません。リクエストから特定してください。',
  'fix.message.starResource':
    'AWS のメッセージにリソースが示されていないため、ステートメントは "*" を使用しています。アクションがリソースレベルのアクセス許可に対応している場合は、Resource をコードが使うものに絞り込んでください。',
  'fix.aws.allowed': `スナップショットの${WHOSE_JA}ポリシーはこれを許可していますが、AWS は${WORDS_JA}による拒否と報告しています。修正はこちらに従います。`,
  'fix.aws.blames': `スナップショットの評価では${typeJa('ours')}が原因ですが、AWS は${WORDS_JA}による拒否と報告しています。そのため修正はそこから始めます。`,
  'fix.caller.boundary': `{role}${ARN_EN} のアクセス許可の境界で {action} を許可してください。`,
  'fix.caller.org': `組織の管理者に、{action} を拒否している {org}${ARN_EN} の変更を依頼してください。`,
  'fix.caller.session': '{role} のセッション作成時に渡されるセッションポリシーで {action} を許可してください。',
  'fix.caller.endpoint': `VPC エンドポイント {endpointless, select, yes {(呼び出しが経由したエンドポイント)} other {{endpoint}}}${ARN_EN} のポリシーで {action} を許可してください。`,
  'fix.caller.identityDeny': `呼び出し元のアイデンティティベースのポリシー${ARN_EN}にある {action} の明示的な Deny を削除するか絞り込んでください。`,
  'fix.deployer.title': '{who} は{fnless, select, yes {} other { {fn} に対して}} {action} を呼び出せません',
  'fix.deployer.summaryUnseen': `CloudTrail によると、{who} は {resource} に対する {action} を拒否されました。呼び出し元のポリシーはスナップショットにないため、以下の修正は必要な変更を示しています{reasonless, select, yes {} other { (${REASON_JA})}}。`,
  'fix.deployer.summary': `{who} は {resource} に対する {action} を拒否されました: ${CLAUSE_JA}。`,
  'fix.deployer.summaryAws': `{who} は {resource} に対する {action} を拒否されました: ${AWS_CLAUSE_JA}。`,
  'fix.deployer.allowCall': '{who} に {resource} に対する {action} の呼び出しを許可してください。',
  'fix.deployer.missingManaged':
    'アタッチされた管理ポリシーを読み取れませんでした: {names}。そのいずれかが既に許可している可能性があります。',
  'fix.passrole.titleUnseen': '{who} は {role} を Lambda に渡せません',
  'fix.passrole.summaryUnseen':
    'CloudTrail によると、{who} は {role} に対する iam:PassRole を拒否されました。呼び出し元のポリシーはスナップショットにないため、以下の修正は必要なステートメントを示しています。',
  'fix.passrole.title': '{who} は {roleName} を Lambda に渡せません (iam:PassRole が拒否されました)',
  'fix.passrole.summary': `{who} は実行ロール {role} で関数を作成または更新しようとしましたが、lambda.amazonaws.com に対するこのロールの iam:PassRole が拒否されました: {mode, select, explicit {明示的な Deny がブロックしています} none {許可するポリシーがありません} other {${AWS_CLAUSE_JA}}}。`,
  'fix.passrole.allow':
    '{who} に、{role} を Lambda にのみ渡すことを許可してください (iam:PassedToService = lambda.amazonaws.com)。',
  'fix.passrole.keepCondition':
    'iam:PassedToService 条件がないと、呼び出し元はロールを任意のサービスに渡せてしまいます。条件は残してください。',
};

const typeKo = (arg: string): string =>
  `{${arg}, select, identity {자격 증명 기반 정책} resource {리소스 기반 정책} trust {역할 신뢰 정책} boundary {권한 경계} session {세션 정책} scp {서비스 제어 정책} rcp {리소스 제어 정책} other {VPC 엔드포인트 정책}}`;
const TYPE_KO =
  '{type, select, identity {자격 증명 기반 정책} resource {리소스 기반 정책} trust {역할 신뢰 정책} boundary {권한 경계} session {세션 정책} scp {서비스 제어 정책} rcp {리소스 제어 정책} endpoint {VPC 엔드포인트 정책} other {{typeText}}}';
const ARN_KO = '{arnless, select, yes {} other {({policyArn})}}';
const STMT_KO = '{policy}의 {sidless, select, yes {문 #{index}} other {문 "{sid}"}}({effect})';
const WHO_KO = '{whoKind, select, user {사용자} other {역할}} {whoName}';
const WHERE_KO = `{where, select, inline {${WHO_KO}의 인라인 정책} caller {호출자의 자격 증명 기반 정책} resource {리소스의 리소스 기반 정책} layer {${typeKo('type')}} other {${WHO_KO}의 ${typeKo('type')}}}`;
const WORDS_KO = `{words, select, key {키 정책} bucket {버킷 정책} trustpolicy {역할 신뢰 정책} resourcepolicy {리소스 기반 정책} other {${typeKo('type')}}}`;
const WHOSE_KO = '{whose, select, role {역할의} caller {호출자의} other {{whoseText}}}';
const CLAUSE_KO = `{kind, select, implicit {이를 허용하는 ${TYPE_KO}이(가) 없습니다} allowed {${TYPE_KO}에서 허용됩니다} other {${TYPE_KO}{where, select, none {} index {({policy}, 문 #{index})} other {({policy}, Sid {sid})}}의 명시적 거부가 이를 차단합니다}}`;
const AWS_CLAUSE_KO = `{kind, select, implicit {허용하는 ${TYPE_KO}이(가) 없음} unknown {어떤 정책이 결정했는지 AWS가 알려 주지 않음} other {${TYPE_KO}의 명시적 거부}}`;
const REASON_KO = `{kind, select, explicit {AWS가 ${TYPE_KO}${ARN_KO}의 명시적 거부를 보고함} other {AWS는 이를 허용하는 ${TYPE_KO}${ARN_KO}이(가) 없다고 보고함}}`;

/** Korean. */
export const FIX_KO: FixCatalog = {
  'fix.render.boundaryFile': 'boundary-with-statement.json = 권한 경계의 현재 기본 버전에 이 문을 더한 것입니다.',
  'fix.render.orgAccount': '{org}은(는) 이 계정이 아니라 조직의 관리 계정에서 변경합니다.',
  'fix.render.inlineAlternative': '인라인 정책을 쓰는 대안: {cli}',
  'fix.render.permissionSet':
    '권한 세트 {name}: 인라인 정책이 기존 정책을 대체하므로 문을 기존 정책에 병합하세요. IAM Identity Center 관리자 계정에서 실행하세요.',
  'fix.render.noSid':
    '이 문에는 Sid가 없습니다. remove-permission에는 Sid가 필요하므로 이 문을 뺀 정책을 다시 만드세요.',
  'fix.render.resourcePolicyOf': '{arn}의 리소스 기반 정책에 문을 추가하세요.',
  'fix.render.merge':
    '{api}은(는) 정책 전체를 대체합니다. {known, select, yes {명령은 현재 문에 새 문을 더해 설정합니다.} other {명령은 현재 정책을 읽어 문을 추가합니다(jq 필요).}}',
  'fix.render.session':
    '세션 정책은 {roleless, select, yes {} other {{roleArn}의 }}역할 세션을 만드는 쪽에서 전달합니다(AssumeRole Policy / PolicyArns). 그쪽에서 변경하세요.',
  'fix.engine.allowed': '요청이 허용됩니다. 변경할 것이 없습니다.',
  'fix.engine.awsRule': '어떤 정책 변경으로도 이를 허용할 수 없습니다: {detail}.',
  'fix.engine.awsRuleNote': 'AWS는 정책과 관계없이 이 요청을 거부합니다. 대신 소유한 리소스를 변경하세요.',
  'fix.engine.denyOverrides': '어디에 Allow를 추가해도 소용없습니다. 명시적 Deny는 모든 Allow보다 우선합니다.',
  'fix.engine.managedCopy': '정책의 나머지 부분이 필요하면 이 Deny를 뺀 고객 관리형 사본을 연결하세요.',
  'fix.engine.narrowCondition':
    '요청이 정당하다면 이 요청과 더 이상 일치하지 않도록 Deny(Action, Resource 또는 Condition)를 좁히세요.',
  'fix.engine.narrow': '요청이 정당하다면 Deny(Action 또는 Resource)를 좁히거나 Condition 예외를 추가하세요.',
  'fix.engine.denyCount': 'Deny 문 {count}개가 일치합니다. 모두 변경해야 합니다.',
  'fix.engine.changeDeny': '명시적 거부를 변경하세요.',
  'fix.engine.detachManaged': `AWS 관리형 정책 {name}을(를) 분리하세요(AWS 관리형 정책은 편집할 수 없음). ${STMT_KO}이(가) 요청을 거부합니다.`,
  'fix.engine.changeDenyIn': `${STMT_KO}의 명시적 거부를 변경하세요.`,
  'fix.engine.conditionNotMet': `${STMT_KO}은(는) 요청을 허용하지만 조건이 충족되지 않았습니다: {detail}`,
  'fix.engine.extendResource': `또는 ${STMT_KO}의 Resource를 {resource}까지 확장하세요.`,
  'fix.engine.extendAction': `또는 ${STMT_KO}의 Action에 이 작업을 추가하세요.`,
  'fix.engine.orgLevels':
    '조직의 모든 수준(루트, 각 OU, 계정)에서 작업을 허용해야 합니다. {type, select, scp {서비스 제어 정책} other {리소스 제어 정책}}은 관리 계정에서 변경합니다.',
  'fix.engine.limits':
    '{type, select, boundary {권한 경계} other {세션 정책}}이(가) 자격 증명에 부여할 수 있는 권한을 제한합니다. 자격 증명 기반 정책에 Allow를 추가하는 것만으로는 해결되지 않습니다.',
  'fix.engine.crossIdentityToo': '교차 계정: 호출자의 자격 증명 기반 정책도 작업을 허용해야 합니다.',
  'fix.engine.crossIdentityOnly':
    '교차 계정: 리소스 기반 정책은 이미 호출자를 허용합니다. 자격 증명 쪽만 빠져 있습니다.',
  'fix.engine.crossResourceToo': '교차 계정: 리소스의 리소스 기반 정책도 호출자를 허용해야 합니다.',
  'fix.engine.notInCatalog':
    '{action}은(는) IAM 작업 카탈로그에 없습니다. 권한을 부여하기 전에 작업 이름을 확인하세요.',
  'fix.engine.noCatalog': 'IAM 작업 카탈로그가 제공되지 않아 작업 이름을 검증하지 않았습니다.',
  'fix.engine.addAllow': `${WHERE_KO}에 {action}에 대한 Allow를 추가하세요.`,
  'fix.engine.addAllowOn': `${WHERE_KO}에 {resource}에 대한 {action}의 Allow를 추가하세요.`,
  'fix.engine.trustAllow':
    '역할 신뢰 정책에서 {principalless, select, yes {호출자} other {{principal}}}에게 {action}을(를) 허용하세요.',
  'fix.engine.trustAdd': '역할 신뢰 정책에 추가: {json}',
  'fix.engine.prefix': '객체 키마다가 아니라 접두사 {prefix}에 대해 한 번만 권한을 부여합니다.',
  'fix.engine.logStreams': '로그 스트림 이름은 실행 환경마다 바뀌므로 문은 로그 그룹의 모든 스트림을 대상으로 합니다.',
  'fix.proposal.edit':
    '{target, select, none {거부하는 정책} index {{policy}의 문 #{index}} other {{policy}의 문 "{sid}"}}을(를) 편집하세요. Allow를 추가해도 명시적 Deny를 무효화할 수 없습니다.',
  'fix.proposal.denyWins': 'Allow를 추가해도 소용없습니다. 명시적 Deny가 항상 우선합니다.',
  'fix.message.changeDeny': `${TYPE_KO}${ARN_KO}의 명시적 Deny를 변경하세요. Allow를 추가해도 해결되지 않습니다.`,
  'fix.message.allowIn': `AWS가 지목한 정책(${TYPE_KO})에서 {action}을(를) 허용하세요.`,
  'fix.message.likely': '가능성이 높은 수정(어떤 정책이 결정했는지 AWS가 알려 주지 않음): {summary}',
  'fix.message.oldStyle':
    '어떤 정책이 결정했는지 AWS가 알려 주지 않았습니다(이전 형식 메시지). 가장 흔한 원인은 자격 증명 기반 정책의 Allow 누락이지만 권한 경계, SCP, 리소스 기반 정책, 세션 정책 또는 VPC 엔드포인트 정책이 거부했을 수도 있습니다. 이 문으로 해결되지 않으면 그쪽을 확인하세요.',
  'fix.message.scpExplicit': 'AWS는 Allow가 없을 뿐인 SCP도 명시적 거부로 보고합니다.',
  'fix.message.sessionPassed': '세션 정책은 역할 세션을 만드는 쪽에서 전달합니다(AssumeRole Policy / PolicyArns).',
  'fix.message.addToResource': '{resource}의 리소스 기반 정책에 문을 추가하세요(보안 주체 = 역할).',
  'fix.message.sameAccount':
    '같은 계정: 역할의 자격 증명 기반 정책에 Allow를 추가해도 됩니다(같은 계정의 요청은 자격 증명 기반 정책이나 리소스 기반 정책 중 하나가 허용하면 AWS가 허용합니다. KMS 키 정책은 예외입니다).',
  'fix.message.currentPolicy': '현재 정책: {cli}',
  'fix.message.noResource': '메시지에 리소스가 없습니다. 요청에서 찾으세요.',
  'fix.message.starResource':
    'AWS 메시지에 리소스가 없어 문에서 "*"를 사용합니다. 작업이 리소스 수준 권한을 지원하면 Resource를 코드가 사용하는 대상으로 좁히세요.',
  'fix.aws.allowed': `스냅샷의 ${WHOSE_KO} 정책은 이를 허용하지만 AWS는 ${WORDS_KO}에서 거부했다고 보고합니다. 수정은 이를 따릅니다.`,
  'fix.aws.blames': `스냅샷 평가는 ${typeKo('ours')}을(를) 원인으로 보지만 AWS는 ${WORDS_KO}에서 거부했다고 보고합니다. 따라서 수정은 거기서 시작합니다.`,
  'fix.caller.boundary': `{role}${ARN_KO}의 권한 경계에서 {action}을(를) 허용하세요.`,
  'fix.caller.org': `조직 관리자에게 {action}을(를) 거부하는 {org}${ARN_KO}을(를) 변경해 달라고 요청하세요.`,
  'fix.caller.session': '{role}의 세션을 만들 때 전달되는 세션 정책에서 {action}을(를) 허용하세요.',
  'fix.caller.endpoint': `VPC 엔드포인트 {endpointless, select, yes {(호출이 거친 엔드포인트)} other {{endpoint}}}${ARN_KO}의 정책에서 {action}을(를) 허용하세요.`,
  'fix.caller.identityDeny': `호출자의 자격 증명 기반 정책${ARN_KO}에서 {action}의 명시적 Deny를 제거하거나 좁히세요.`,
  'fix.deployer.title': '{who}은(는){fnless, select, yes {} other { {fn}에서}} {action}을(를) 호출할 수 없습니다',
  'fix.deployer.summaryUnseen': `CloudTrail에 따르면 {who}은(는) {resource}에 대한 {action}을(를) 거부당했습니다. 호출자의 정책이 스냅샷에 없으므로 아래 수정은 필요한 변경입니다{reasonless, select, yes {} other {(${REASON_KO})}}.`,
  'fix.deployer.summary': `{who}은(는) {resource}에 대한 {action}을(를) 거부당했습니다: ${CLAUSE_KO}.`,
  'fix.deployer.summaryAws': `{who}은(는) {resource}에 대한 {action}을(를) 거부당했습니다: ${AWS_CLAUSE_KO}.`,
  'fix.deployer.allowCall': '{who}이(가) {resource}에 대해 {action}을(를) 호출하도록 허용하세요.',
  'fix.deployer.missingManaged':
    '연결된 관리형 정책을 읽지 못했습니다: {names}. 그중 하나가 이미 허용하고 있을 수 있습니다.',
  'fix.passrole.titleUnseen': '{who}은(는) {role}을(를) Lambda에 전달할 수 없습니다',
  'fix.passrole.summaryUnseen':
    'CloudTrail에 따르면 {who}은(는) {role}에 대한 iam:PassRole을 거부당했습니다. 호출자의 정책이 스냅샷에 없으므로 아래 수정은 필요한 문입니다.',
  'fix.passrole.title': '{who}은(는) {roleName}을(를) Lambda에 전달할 수 없습니다(iam:PassRole 거부)',
  'fix.passrole.summary': `{who}이(가) 실행 역할 {role}로 함수를 만들거나 업데이트하려 했지만 lambda.amazonaws.com에 대한 이 역할의 iam:PassRole이 거부되었습니다: {mode, select, explicit {명시적 Deny가 차단함} none {허용하는 정책이 없음} other {${AWS_CLAUSE_KO}}}.`,
  'fix.passrole.allow':
    '{who}이(가) {role}을(를) Lambda에만 전달하도록 허용하세요(iam:PassedToService = lambda.amazonaws.com).',
  'fix.passrole.keepCondition':
    'iam:PassedToService 조건이 없으면 호출자가 역할을 어떤 서비스에든 전달할 수 있습니다. 조건을 유지하세요.',
};
