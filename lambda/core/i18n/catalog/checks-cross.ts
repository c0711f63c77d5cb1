/**
 * Finding texts of the cross-account checks that act on a denial (lambda/core/checks/cross-account/
 * assume-role.ts, layer-denied.ts, resource-denied.ts), of `LAA-AUDITOR-COVERAGE` (`cross.coverage.*`) and of
 * `LAA-CHANGE-CORRELATION` (`cross.change.*`) in every language, side by side. English is the source (the checks
 * render it through `en(msg(…))`, byte-identical to the strings they wrote before). Actions, ARNs, account IDs,
 * role, layer and trail names, CloudTrail event names, CLI and CDK commands are placeholders: never translated.
 *
 * Shared fragments (selects) spelled once per language:
 * - policy type: `{type}` is a policy-type code without hyphens (`identity`, `resource`, `trust`, `boundary`,
 *   `session`, `scp`, `rcp`, `endpoint`, see checks/shared/describe.ts `typeParams`), or anything else for AWS's
 *   own free text `{typeText}` (English, as AWS wrote it);
 * - `{tagged}`: `no` for a coverage gap as the summary, else the line starts with its `[{severity}]`.
 * The `other` branch of every select uses every text placeholder (the catalog test formats it).
 */

const TYPE_N_EN =
  '{type, select, identity {identity-based policy} resource {resource-based policy} trust {role trust policy} boundary {permissions boundary} session {session policy} scp {service control policy} rcp {resource control policy} endpoint {VPC endpoint policy} other {{typeText}}}';
const TYPE_A_EN =
  '{type, select, identity {an identity-based policy} resource {a resource-based policy} trust {the role trust policy} boundary {a permissions boundary} session {a session policy} scp {a service control policy} rcp {a resource control policy} endpoint {a VPC endpoint policy} other {{typeText}}}';
const TAG_EN =
  '{tagged, select, no {} other {[{severity, select, critical {critical} high {high} medium {medium} low {low} other {info}}] }}';
const CALLER_FIX_EN = 'Allow {name} to call {action} on {roleArn}.';
const TRUST_FIX_EN = 'Add a trust statement to {role} (account {account}) that lets {principal} assume it.';
const TRUST_DENY_EN =
  'Narrow or remove the explicit Deny in the trust policy of {role} (account {account}): an added Allow would not help.';

/** English source texts. */
export const CROSS_EN = {
  'cross.assume.title':
    '{caller} cannot assume {roleArn}: {side, select, both {caller policy and trust policy block it} caller {caller policy blocks it} trust {trust policy blocks it} other {the trust policy in the other account likely blocks it}}',
  'cross.assume.summary':
    "Assuming {roleArn} from account {account} needs an {action} allow on both sides, and {side, select, both {both the caller's policies and the trust policy} caller {the caller's identity-side policies} trust {the target role's trust policy} other {most likely the target role's trust policy (not visible from here)}} refuses it.",
  'cross.assume.callerSide': `caller side ({caller}): {decision, select, implicit {implicitly denied (no ${TYPE_N_EN} allows it)} explicit {explicitly denied (by ${TYPE_A_EN})} implicitNone {implicitly denied} explicitNone {explicitly denied} allowedNone {allowed} other {allowed (by ${TYPE_A_EN})}}`,
  'cross.assume.callerUnknown': 'caller side: policies not in the snapshot',
  'cross.assume.trustSide': 'trust policy of {role}: {allows, select, yes {allows} other {does not allow}} the caller',
  'cross.assume.trustUnknown': 'trust policy of {roleArn}: not in the snapshot (other account)',
  'cross.assume.awsNamed': `AWS named the deciding policy type: ${TYPE_N_EN}.`,
  'cross.assume.fix': `{steps, select, caller {${CALLER_FIX_EN}} trust {${TRUST_FIX_EN}} remove {${TRUST_DENY_EN}} trustCaller {${TRUST_FIX_EN} Then: ${CALLER_FIX_EN}} removeCaller {${TRUST_DENY_EN} Then: ${CALLER_FIX_EN}} other {${CALLER_FIX_EN} Then: ${TRUST_FIX_EN}}}`,
  'cross.assume.bothSides':
    'Both sides are required: the caller also needs {action} on the role in its own identity policy.',
  'cross.assume.trustNotSeen':
    'The trust policy of {roleArn} is not in the snapshot: if the call still fails after this change, it must name {principal} too.',
  'cross.layer.title': '{who} may not use layer {name} of account {owner}{fnless, select, yes {} other { for {fn}}}',
  'cross.layer.summary':
    "{event} was refused because {who} may not read layer {layerArn}: the layer owner ({owner}) must grant {action} to account {account}, and the deployer's policy must allow it.",
  'cross.layer.grant':
    'The layer owner (account {owner}) grants account {account} {action} on {name} version {version} ({cli}).',
  'cross.layer.grantArn': 'The layer owner (account {owner}) grants account {account} {action} on {layerArn} ({cli}).',
  'cross.layer.grantNote': 'A layer version permission covers one version: grant every version the functions use.',
  'cross.layer.allowSelf': 'Allow {who} {action} on {layerArn} in its own policy.',
  'cross.resource.title':
    '{noFn, select, yes {{role}} other {{fn} (role {role})}} cannot {action} on a resource of account {owner}: both accounts must allow it',
  'cross.resource.summary': `{resource} belongs to account {owner}; across accounts {action} needs an Allow in {caller}'s identity policy AND in the resource's policy in {owner}{named, select, no {} other { (AWS named the ${TYPE_N_EN})}}.`,
  'cross.resource.allowSelf': 'Allow {who} to call {action} on {resource} in its own (identity) policy.',
  'cross.resource.ownerAdds': 'Account {owner} adds a statement allowing {who} {action} to the policy of {resource}.',
  'cross.resource.paste': 'Ready to paste into the resource-based policy of {resource} (account {account}): {json}',
  'cross.resource.principalPins':
    '{element} is the role ARN, which pins the account: {key} only applies when a service principal is the caller.',
  'cross.resource.removeDeny':
    'Account {owner} must remove or narrow the explicit Deny in the resource-based policy of {resource}{arnless, select, yes {} other { ({policyArn})}}.',
  'cross.coverage.title':
    'The auditor is blind to {count} {count, plural, one {kind} other {kinds}} of denial in {account} / {region}',
  'cross.coverage.noTrail': `${TAG_EN}No logging trail records management events in {region}: CloudTrail denials never reach the auditor here; only the scheduled sweep finds problems.`,
  'cross.coverage.writeOnly': `${TAG_EN}Every trail records write-only management events ({trails}): denials of read-only calls ({actions}, …) never reach the auditor.`,
  'cross.coverage.data': `${TAG_EN}No trail records {type} data events, so denials of those calls never reach the auditor (used: {why}).`,
  'cross.coverage.ruleDisabled': `${TAG_EN}The auditor's own denial rule is {state}: no denial reaches it.`,
  'cross.coverage.ruleState': `${TAG_EN}The auditor's denial rule state is {state}, not {expected}: denials of read-only calls are not delivered.`,
  'cross.coverage.ruleReadOnly': `${TAG_EN}The auditor's denial rule pattern does not match read-only denials ({actions}, …): they are never delivered.`,
  'cross.coverage.global': `${TAG_EN}The auditor runs in {stackRegion}; IAM and STS denials ({actions} …) are recorded in {region} only and reach it only if a stack (or forwarding rule) runs there.`,
  'cross.coverage.fixWriteOnly':
    'Set {setting} (basic selectors) or drop the {field} field selector (advanced) on trail {trail}.',
  'cross.coverage.fixData': 'Add an advanced event selector ({selector}) to a trail; data events are billed per event.',
  'cross.coverage.fixRedeploy':
    'Redeploy the stack ({cmd}) to restore the rule {what, select, pattern {pattern} other {state}}.',
  'cross.coverage.fixGlobal': 'Deploy the stack in {region} too ({cmd} with env region {region}).',
  'cross.change.title': 'This denial started after {event} by {actor} at {time}',
  'cross.change.summary':
    '{action} was denied at {deniedAt}, {unit, select, minute {{count} {count, plural, one {minute} other {minutes}}} hour {{count} hours} other {{count} days}} after {actor} ran {event} on {target}.',
  'cross.change.detail':
    '{latest, select, yes {Most recent} other {Earlier}}: {event} by {actor} at {time} on {target}{summaryless, select, yes {} other { ({summary})}} [event {eventId}]',
  'cross.change.fix':
    'Review {event} (event {eventId}) with {actor}: revert it, or grant the denied permission another way.',
  'cross.change.notProof':
    'Correlation is not proof: the change happened before the denial and touched the same role, function or caller.',
  'cross.change.window':
    'Changes older than {count} {count, plural, one {day} other {days}}, and changes CloudTrail does not record in this Region, are not considered.',
} as const;

type CrossCatalog = Readonly<Record<keyof typeof CROSS_EN, string>>;

const TYPE_N_DE =
  '{type, select, identity {identitätsbasierte Richtlinie} resource {ressourcenbasierte Richtlinie} trust {Rollen-Vertrauensrichtlinie} boundary {Berechtigungsgrenze} session {Sitzungsrichtlinie} scp {Service-Kontrollrichtlinie} rcp {Ressourcen-Kontrollrichtlinie} endpoint {VPC-Endpunktrichtlinie} other {{typeText}}}';
const TAG_DE =
  '{tagged, select, no {} other {[{severity, select, critical {kritisch} high {hoch} medium {mittel} low {niedrig} other {info}}] }}';
const CALLER_FIX_DE = '{name} erlauben, {action} auf {roleArn} aufzurufen.';
const TRUST_FIX_DE =
  'Der Vertrauensrichtlinie von {role} (Konto {account}) eine Anweisung hinzufügen, mit der {principal} die Rolle übernehmen darf.';
const TRUST_DENY_DE =
  'Das explizite Deny in der Vertrauensrichtlinie von {role} (Konto {account}) einschränken oder entfernen: Ein zusätzliches Allow hilft nicht.';

/** German. */
export const CROSS_DE: CrossCatalog = {
  'cross.assume.title':
    '{caller} kann {roleArn} nicht übernehmen: {side, select, both {Aufruferrichtlinie und Vertrauensrichtlinie blockieren es} caller {die Richtlinie des Aufrufers blockiert es} trust {die Vertrauensrichtlinie blockiert es} other {vermutlich blockiert es die Vertrauensrichtlinie im anderen Konto}}',
  'cross.assume.summary':
    'Um {roleArn} aus Konto {account} zu übernehmen, muss {action} auf beiden Seiten erlaubt sein, und {side, select, both {sowohl die Richtlinien des Aufrufers als auch die Vertrauensrichtlinie verweigern es} caller {die identitätsbasierten Richtlinien des Aufrufers verweigern es} trust {die Vertrauensrichtlinie der Zielrolle verweigert es} other {höchstwahrscheinlich verweigert es die Vertrauensrichtlinie der Zielrolle (von hier aus nicht sichtbar)}}.',
  'cross.assume.callerSide': `Aufruferseite ({caller}): {decision, select, implicit {implizit verweigert (keine ${TYPE_N_DE} erlaubt es)} explicit {explizit verweigert (durch ${TYPE_N_DE})} implicitNone {implizit verweigert} explicitNone {explizit verweigert} allowedNone {erlaubt} other {erlaubt (durch ${TYPE_N_DE})}}`,
  'cross.assume.callerUnknown': 'Aufruferseite: Richtlinien nicht im Snapshot',
  'cross.assume.trustSide':
    'Vertrauensrichtlinie von {role}: {allows, select, yes {lässt den Aufrufer zu} other {lässt den Aufrufer nicht zu}}',
  'cross.assume.trustUnknown': 'Vertrauensrichtlinie von {roleArn}: nicht im Snapshot (anderes Konto)',
  'cross.assume.awsNamed': `Von AWS genannter entscheidender Richtlinientyp: ${TYPE_N_DE}.`,
  'cross.assume.fix': `{steps, select, caller {${CALLER_FIX_DE}} trust {${TRUST_FIX_DE}} remove {${TRUST_DENY_DE}} trustCaller {${TRUST_FIX_DE} Danach: ${CALLER_FIX_DE}} removeCaller {${TRUST_DENY_DE} Danach: ${CALLER_FIX_DE}} other {${CALLER_FIX_DE} Danach: ${TRUST_FIX_DE}}}`,
  'cross.assume.bothSides':
    'Beide Seiten sind nötig: Der Aufrufer braucht außerdem {action} auf die Rolle in seiner eigenen identitätsbasierten Richtlinie.',
  'cross.assume.trustNotSeen':
    'Die Vertrauensrichtlinie von {roleArn} ist nicht im Snapshot: Schlägt der Aufruf nach dieser Änderung weiter fehl, muss sie auch {principal} nennen.',
  'cross.layer.title':
    '{who} darf Layer {name} von Konto {owner} nicht verwenden{fnless, select, yes {} other { (für {fn})}}',
  'cross.layer.summary':
    '{event} wurde abgelehnt, weil {who} Layer {layerArn} nicht lesen darf: Der Layer-Besitzer ({owner}) muss Konto {account} {action} gewähren, und die Richtlinie des Bereitstellers muss es erlauben.',
  'cross.layer.grant':
    'Der Layer-Besitzer (Konto {owner}) gewährt Konto {account} {action} auf {name} Version {version} ({cli}).',
  'cross.layer.grantArn': 'Der Layer-Besitzer (Konto {owner}) gewährt Konto {account} {action} auf {layerArn} ({cli}).',
  'cross.layer.grantNote':
    'Eine Layer-Versionsberechtigung gilt für genau eine Version: Jede von den Funktionen verwendete Version freigeben.',
  'cross.layer.allowSelf': '{who} in der eigenen Richtlinie {action} auf {layerArn} erlauben.',
  'cross.resource.title':
    '{noFn, select, yes {{role}} other {{fn} (Rolle {role})}} darf {action} auf einer Ressource von Konto {owner} nicht ausführen: Beide Konten müssen es erlauben',
  'cross.resource.summary': `{resource} gehört zu Konto {owner}; kontoübergreifend braucht {action} ein Allow in der identitätsbasierten Richtlinie von {caller} UND in der Richtlinie der Ressource in {owner}{named, select, no {} other { (AWS nannte: ${TYPE_N_DE})}}.`,
  'cross.resource.allowSelf':
    '{who} in der eigenen (identitätsbasierten) Richtlinie erlauben, {action} auf {resource} aufzurufen.',
  'cross.resource.ownerAdds':
    'Konto {owner} fügt der Richtlinie von {resource} eine Anweisung hinzu, die {who} {action} erlaubt.',
  'cross.resource.paste': 'Zum Einfügen in die ressourcenbasierte Richtlinie von {resource} (Konto {account}): {json}',
  'cross.resource.principalPins':
    '{element} ist der Rollen-ARN, der das Konto festlegt: {key} gilt nur, wenn ein Service-Prinzipal der Aufrufer ist.',
  'cross.resource.removeDeny':
    'Konto {owner} muss das explizite Deny in der ressourcenbasierten Richtlinie von {resource}{arnless, select, yes {} other { ({policyArn})}} entfernen oder einschränken.',
  'cross.coverage.title':
    'Der Auditor sieht {count, plural, one {{count} Art} other {{count} Arten}} von Verweigerungen in {account} / {region} nicht',
  'cross.coverage.noTrail': `${TAG_DE}Kein protokollierender Trail zeichnet Verwaltungsereignisse in {region} auf: CloudTrail-Verweigerungen erreichen den Auditor hier nie; nur der geplante Sweep findet Probleme.`,
  'cross.coverage.writeOnly': `${TAG_DE}Alle Trails zeichnen nur schreibende Verwaltungsereignisse auf ({trails}): Verweigerungen lesender Aufrufe ({actions}, …) erreichen den Auditor nie.`,
  'cross.coverage.data': `${TAG_DE}Kein Trail zeichnet Datenereignisse vom Typ {type} auf, daher erreichen Verweigerungen dieser Aufrufe den Auditor nie (verwendet: {why}).`,
  'cross.coverage.ruleDisabled': `${TAG_DE}Die eigene Verweigerungsregel des Auditors ist {state}: Keine Verweigerung erreicht ihn.`,
  'cross.coverage.ruleState': `${TAG_DE}Der Zustand der Verweigerungsregel des Auditors ist {state}, nicht {expected}: Verweigerungen lesender Aufrufe werden nicht zugestellt.`,
  'cross.coverage.ruleReadOnly': `${TAG_DE}Das Muster der Verweigerungsregel des Auditors erfasst keine Verweigerungen lesender Aufrufe ({actions}, …): Sie werden nie zugestellt.`,
  'cross.coverage.global': `${TAG_DE}Der Auditor läuft in {stackRegion}; IAM- und STS-Verweigerungen ({actions} …) werden nur in {region} aufgezeichnet und erreichen ihn nur, wenn dort ein Stack (oder eine Weiterleitungsregel) läuft.`,
  'cross.coverage.fixWriteOnly':
    'Auf Trail {trail} {setting} setzen (einfache Selektoren) oder den Feldselektor {field} entfernen (erweiterte Selektoren).',
  'cross.coverage.fixData':
    'Einem Trail einen erweiterten Ereignisselektor hinzufügen ({selector}); Datenereignisse werden pro Ereignis abgerechnet.',
  'cross.coverage.fixRedeploy':
    'Den Stack erneut bereitstellen ({cmd}), um {what, select, pattern {das Muster} other {den Zustand}} der Regel wiederherzustellen.',
  'cross.coverage.fixGlobal': 'Den Stack auch in {region} bereitstellen ({cmd} mit env region {region}).',
  'cross.change.title': 'Diese Verweigerung begann nach {event} durch {actor} um {time}',
  'cross.change.summary':
    '{action} wurde um {deniedAt} verweigert, {unit, select, minute {{count, plural, one {{count} Minute} other {{count} Minuten}}} hour {{count} Stunden} other {{count} Tage}} nachdem {actor} {event} auf {target} ausgeführt hat.',
  'cross.change.detail':
    '{latest, select, yes {Neueste} other {Früher}}: {event} durch {actor} um {time} auf {target}{summaryless, select, yes {} other { ({summary})}} [Ereignis {eventId}]',
  'cross.change.fix':
    '{event} (Ereignis {eventId}) mit {actor} prüfen: rückgängig machen oder die verweigerte Berechtigung auf anderem Weg gewähren.',
  'cross.change.notProof':
    'Korrelation ist kein Beweis: Die Änderung erfolgte vor der Verweigerung und betraf dieselbe Rolle, Funktion oder denselben Aufrufer.',
  'cross.change.window':
    'Änderungen, die älter als {count, plural, one {{count} Tag} other {{count} Tage}} sind, und Änderungen, die CloudTrail in dieser Region nicht aufzeichnet, werden nicht berücksichtigt.',
};

const TYPE_N_FR =
  '{type, select, identity {politique basée sur l’identité} resource {politique basée sur les ressources} trust {politique d’approbation des rôles} boundary {limite des autorisations} session {politique de session} scp {politique de contrôle des services} rcp {politique de contrôle des ressources} endpoint {politique de point de terminaison VPC} other {{typeText}}}';
const TAG_FR =
  '{tagged, select, no {} other {[{severity, select, critical {critique} high {élevée} medium {moyenne} low {faible} other {info}}] }}';
const CALLER_FIX_FR = 'Autorisez {name} à appeler {action} sur {roleArn}.';
const TRUST_FIX_FR =
  'Ajoutez à {role} (compte {account}) une instruction d’approbation qui permet à {principal} d’assumer ce rôle.';
const TRUST_DENY_FR =
  'Restreignez ou supprimez le Deny explicite de la politique d’approbation de {role} (compte {account}) : ajouter un Allow n’y changerait rien.';

/** French. */
export const CROSS_FR: CrossCatalog = {
  'cross.assume.title':
    '{caller} ne peut pas assumer {roleArn} : {side, select, both {la politique de l’appelant et la politique d’approbation le bloquent} caller {la politique de l’appelant le bloque} trust {la politique d’approbation le bloque} other {la politique d’approbation de l’autre compte le bloque probablement}}',
  'cross.assume.summary':
    'Assumer {roleArn} depuis le compte {account} exige que {action} soit autorisé des deux côtés, et {side, select, both {les politiques de l’appelant comme la politique d’approbation le refusent} caller {les politiques basées sur l’identité de l’appelant le refusent} trust {la politique d’approbation du rôle cible le refuse} other {la politique d’approbation du rôle cible le refuse très probablement (invisible d’ici)}}.',
  'cross.assume.callerSide': `côté appelant ({caller}) : {decision, select, implicit {refusé implicitement (aucune ${TYPE_N_FR} ne l’autorise)} explicit {refusé explicitement (par : ${TYPE_N_FR})} implicitNone {refusé implicitement} explicitNone {refusé explicitement} allowedNone {autorisé} other {autorisé (par : ${TYPE_N_FR})}}`,
  'cross.assume.callerUnknown': 'côté appelant : politiques absentes du snapshot',
  'cross.assume.trustSide':
    'politique d’approbation de {role} : {allows, select, yes {autorise l’appelant} other {n’autorise pas l’appelant}}',
  'cross.assume.trustUnknown': 'politique d’approbation de {roleArn} : absente du snapshot (autre compte)',
  'cross.assume.awsNamed': `Type de politique décisif indiqué par AWS : ${TYPE_N_FR}.`,
  'cross.assume.fix': `{steps, select, caller {${CALLER_FIX_FR}} trust {${TRUST_FIX_FR}} remove {${TRUST_DENY_FR}} trustCaller {${TRUST_FIX_FR} Ensuite : ${CALLER_FIX_FR}} removeCaller {${TRUST_DENY_FR} Ensuite : ${CALLER_FIX_FR}} other {${CALLER_FIX_FR} Ensuite : ${TRUST_FIX_FR}}}`,
  'cross.assume.bothSides':
    'Les deux côtés sont requis : l’appelant doit aussi avoir {action} sur le rôle dans sa propre politique basée sur l’identité.',
  'cross.assume.trustNotSeen':
    'La politique d’approbation de {roleArn} n’est pas dans le snapshot : si l’appel échoue encore après cette modification, elle doit aussi nommer {principal}.',
  'cross.layer.title':
    '{who} ne peut pas utiliser la couche {name} du compte {owner}{fnless, select, yes {} other { pour {fn}}}',
  'cross.layer.summary':
    '{event} a été refusé car {who} ne peut pas lire la couche {layerArn} : le propriétaire de la couche ({owner}) doit accorder {action} au compte {account}, et la politique du déployeur doit l’autoriser.',
  'cross.layer.grant':
    'Le propriétaire de la couche (compte {owner}) accorde au compte {account} {action} sur {name} version {version} ({cli}).',
  'cross.layer.grantArn':
    'Le propriétaire de la couche (compte {owner}) accorde au compte {account} {action} sur {layerArn} ({cli}).',
  'cross.layer.grantNote':
    'Une autorisation de version de couche couvre une seule version : accordez chaque version utilisée par les fonctions.',
  'cross.layer.allowSelf': 'Dans sa propre politique, autorisez {who} à utiliser {action} sur {layerArn}.',
  'cross.resource.title':
    '{noFn, select, yes {{role}} other {{fn} (rôle {role})}} ne peut pas exécuter {action} sur une ressource du compte {owner} : les deux comptes doivent l’autoriser',
  'cross.resource.summary': `{resource} appartient au compte {owner} ; entre comptes, {action} exige un Allow dans la politique basée sur l’identité de {caller} ET dans la politique de la ressource dans {owner}{named, select, no {} other { (AWS a indiqué : ${TYPE_N_FR})}}.`,
  'cross.resource.allowSelf':
    'Autorisez {who} à appeler {action} sur {resource} dans sa propre politique (basée sur l’identité).',
  'cross.resource.ownerAdds':
    'Le compte {owner} ajoute à la politique de {resource} une instruction qui autorise {action} à {who}.',
  'cross.resource.paste':
    'Prêt à coller dans la politique basée sur les ressources de {resource} (compte {account}) : {json}',
  'cross.resource.principalPins':
    '{element} est l’ARN du rôle, qui fixe le compte : {key} ne s’applique que lorsque l’appelant est un principal de service.',
  'cross.resource.removeDeny':
    'Le compte {owner} doit supprimer ou restreindre le Deny explicite de la politique basée sur les ressources de {resource}{arnless, select, yes {} other { ({policyArn})}}.',
  'cross.coverage.title':
    'L’auditeur ne voit pas {count, plural, one {{count} type} other {{count} types}} de refus dans {account} / {region}',
  'cross.coverage.noTrail': `${TAG_FR}Aucun journal de suivi actif n’enregistre les événements de gestion dans {region} : les refus CloudTrail n’atteignent jamais l’auditeur ici ; seul le balayage planifié trouve les problèmes.`,
  'cross.coverage.writeOnly': `${TAG_FR}Tous les journaux de suivi n’enregistrent que les événements de gestion en écriture ({trails}) : les refus d’appels en lecture ({actions}, …) n’atteignent jamais l’auditeur.`,
  'cross.coverage.data': `${TAG_FR}Aucun journal de suivi n’enregistre les événements de données {type} : les refus de ces appels n’atteignent jamais l’auditeur (utilisé : {why}).`,
  'cross.coverage.ruleDisabled': `${TAG_FR}La règle de refus de l’auditeur est {state} : aucun refus ne lui parvient.`,
  'cross.coverage.ruleState': `${TAG_FR}L’état de la règle de refus de l’auditeur est {state} et non {expected} : les refus d’appels en lecture ne sont pas transmis.`,
  'cross.coverage.ruleReadOnly': `${TAG_FR}Le modèle de la règle de refus de l’auditeur ne capte pas les refus d’appels en lecture ({actions}, …) : ils ne sont jamais transmis.`,
  'cross.coverage.global': `${TAG_FR}L’auditeur s’exécute dans {stackRegion} ; les refus IAM et STS ({actions} …) ne sont enregistrés que dans {region} et ne lui parviennent que si une pile (ou une règle de transfert) s’y exécute.`,
  'cross.coverage.fixWriteOnly':
    'Définissez {setting} (sélecteurs de base) ou supprimez le sélecteur de champ {field} (avancé) sur le journal de suivi {trail}.',
  'cross.coverage.fixData':
    'Ajoutez un sélecteur d’événements avancé ({selector}) à un journal de suivi ; les événements de données sont facturés à l’événement.',
  'cross.coverage.fixRedeploy':
    'Redéployez la pile ({cmd}) pour rétablir {what, select, pattern {le modèle} other {l’état}} de la règle.',
  'cross.coverage.fixGlobal': 'Déployez aussi la pile dans {region} ({cmd} avec env region {region}).',
  'cross.change.title': 'Ce refus a commencé après {event} par {actor} à {time}',
  'cross.change.summary':
    '{action} a été refusé à {deniedAt}, {unit, select, minute {{count, plural, one {{count} minute} other {{count} minutes}}} hour {{count} heures} other {{count} jours}} après que {actor} a exécuté {event} sur {target}.',
  'cross.change.detail':
    '{latest, select, yes {Le plus récent} other {Antérieur}} : {event} par {actor} à {time} sur {target}{summaryless, select, yes {} other { ({summary})}} [événement {eventId}]',
  'cross.change.fix':
    'Examinez {event} (événement {eventId}) avec {actor} : annulez-le, ou accordez l’autorisation refusée autrement.',
  'cross.change.notProof':
    'Une corrélation n’est pas une preuve : la modification a eu lieu avant le refus et concernait le même rôle, la même fonction ou le même appelant.',
  'cross.change.window':
    'Les modifications de plus de {count, plural, one {{count} jour} other {{count} jours}}, et celles que CloudTrail n’enregistre pas dans cette Région, ne sont pas prises en compte.',
};

const TYPE_N_JA =
  '{type, select, identity {アイデンティティベースのポリシー} resource {リソースベースのポリシー} trust {ロール信頼ポリシー} boundary {アクセス許可の境界} session {セッションポリシー} scp {サービスコントロールポリシー} rcp {リソースコントロールポリシー} endpoint {VPC エンドポイントポリシー} other {{typeText}}}';
const TAG_JA =
  '{tagged, select, no {} other {[{severity, select, critical {緊急} high {高} medium {中} low {低} other {情報}}] }}';
const CALLER_FIX_JA = '{name} に {roleArn} に対する {action} の呼び出しを許可してください。';
const TRUST_FIX_JA =
  '{role} (アカウント {account}) の信頼ポリシーに、{principal} がこのロールを引き受けられるステートメントを追加してください。';
const TRUST_DENY_JA =
  '{role} (アカウント {account}) の信頼ポリシーにある明示的な Deny を絞り込むか削除してください。Allow を追加しても解決しません。';

/** Japanese. */
export const CROSS_JA: CrossCatalog = {
  'cross.assume.title':
    '{caller} は {roleArn} を引き受けられません: {side, select, both {呼び出し元のポリシーと信頼ポリシーの両方がブロックしています} caller {呼び出し元のポリシーがブロックしています} trust {信頼ポリシーがブロックしています} other {別アカウントの信頼ポリシーがブロックしている可能性があります}}',
  'cross.assume.summary':
    'アカウント {account} から {roleArn} を引き受けるには両側で {action} が許可されている必要がありますが、{side, select, both {呼び出し元のポリシーと信頼ポリシーの両方} caller {呼び出し元のアイデンティティベースのポリシー} trust {ターゲットロールの信頼ポリシー} other {おそらくターゲットロールの信頼ポリシー (ここからは見えません) }}が拒否しています。',
  'cross.assume.callerSide': `呼び出し元 ({caller}): {decision, select, implicit {暗黙的に拒否（許可する${TYPE_N_JA}がありません）} explicit {明示的に拒否（${TYPE_N_JA}による）} implicitNone {暗黙的に拒否} explicitNone {明示的に拒否} allowedNone {許可} other {許可（${TYPE_N_JA}による）}}`,
  'cross.assume.callerUnknown': '呼び出し元: ポリシーはスナップショットにありません',
  'cross.assume.trustSide':
    '{role} の信頼ポリシー: 呼び出し元を{allows, select, yes {許可しています} other {許可していません}}',
  'cross.assume.trustUnknown': '{roleArn} の信頼ポリシー: スナップショットにありません (別アカウント)',
  'cross.assume.awsNamed': `AWS が示した判定元のポリシータイプ: ${TYPE_N_JA}`,
  'cross.assume.fix': `{steps, select, caller {${CALLER_FIX_JA}} trust {${TRUST_FIX_JA}} remove {${TRUST_DENY_JA}} trustCaller {${TRUST_FIX_JA}次に: ${CALLER_FIX_JA}} removeCaller {${TRUST_DENY_JA}次に: ${CALLER_FIX_JA}} other {${CALLER_FIX_JA}次に: ${TRUST_FIX_JA}}}`,
  'cross.assume.bothSides':
    '両側の許可が必要です。呼び出し元自身のアイデンティティベースのポリシーでも、このロールに対する {action} を許可してください。',
  'cross.assume.trustNotSeen':
    '{roleArn} の信頼ポリシーはスナップショットにありません。この変更後も呼び出しが失敗する場合は、信頼ポリシーに {principal} も指定する必要があります。',
  'cross.layer.title':
    '{who} はアカウント {owner} のレイヤー {name} を{fnless, select, yes {} other { {fn} で}}使用できません',
  'cross.layer.summary':
    '{who} がレイヤー {layerArn} を読み取れないため {event} が拒否されました。レイヤー所有者 ({owner}) がアカウント {account} に {action} を付与し、デプロイ担当のポリシーでも許可する必要があります。',
  'cross.layer.grant':
    'レイヤー所有者 (アカウント {owner}) がアカウント {account} に {name} バージョン {version} に対する {action} を付与します ({cli})。',
  'cross.layer.grantArn':
    'レイヤー所有者 (アカウント {owner}) がアカウント {account} に {layerArn} に対する {action} を付与します ({cli})。',
  'cross.layer.grantNote':
    'レイヤーバージョンのアクセス許可は 1 つのバージョンにのみ適用されます。関数が使うすべてのバージョンに付与してください。',
  'cross.layer.allowSelf': '{who} 自身のポリシーで {layerArn} に対する {action} を許可してください。',
  'cross.resource.title':
    '{noFn, select, yes {{role}} other {{fn} (ロール {role})}} はアカウント {owner} のリソースに対して {action} を実行できません: 両方のアカウントで許可が必要です',
  'cross.resource.summary': `{resource} はアカウント {owner} のリソースです。アカウントをまたぐ {action} には、{caller} のアイデンティティベースのポリシーと、{owner} にあるリソースのポリシーの両方で Allow が必要です{named, select, no {} other { (AWS が示したポリシー: ${TYPE_N_JA})}}。`,
  'cross.resource.allowSelf':
    '{who} 自身の (アイデンティティベースの) ポリシーで {resource} に対する {action} の呼び出しを許可してください。',
  'cross.resource.ownerAdds':
    'アカウント {owner} が {resource} のポリシーに、{who} に {action} を許可するステートメントを追加します。',
  'cross.resource.paste':
    '{resource} (アカウント {account}) のリソースベースのポリシーに貼り付けるステートメント: {json}',
  'cross.resource.principalPins':
    '{element} にはロール ARN を指定しており、これでアカウントも固定されます。{key} は呼び出し元がサービスプリンシパルの場合にのみ適用されます。',
  'cross.resource.removeDeny':
    'アカウント {owner} が {resource} のリソースベースのポリシー{arnless, select, yes {} other { ({policyArn})}}にある明示的な Deny を削除するか絞り込む必要があります。',
  'cross.coverage.title': '監査ツールは {account} / {region} で {count} 種類の拒否を検知できません',
  'cross.coverage.noTrail': `${TAG_JA}{region} で管理イベントを記録しているログ記録中の証跡がありません。CloudTrail の拒否はここでは監査ツールに届かず、問題を見つけられるのは定期スイープだけです。`,
  'cross.coverage.writeOnly': `${TAG_JA}すべての証跡が書き込み専用の管理イベントを記録しています ({trails})。読み取り呼び出し ({actions}, …) の拒否は監査ツールに届きません。`,
  'cross.coverage.data': `${TAG_JA}{type} のデータイベントを記録している証跡がないため、これらの呼び出しの拒否は監査ツールに届きません (使用箇所: {why})。`,
  'cross.coverage.ruleDisabled': `${TAG_JA}監査ツール自身の拒否ルールが {state} です。拒否は 1 件も届きません。`,
  'cross.coverage.ruleState': `${TAG_JA}監査ツールの拒否ルールの状態が {expected} ではなく {state} です。読み取り呼び出しの拒否は配信されません。`,
  'cross.coverage.ruleReadOnly': `${TAG_JA}監査ツールの拒否ルールのパターンが読み取り呼び出しの拒否 ({actions}, …) に一致しません。これらは配信されません。`,
  'cross.coverage.global': `${TAG_JA}監査ツールは {stackRegion} で動作しています。IAM と STS の拒否 ({actions} …) は {region} にのみ記録され、そこでスタック (または転送ルール) が動作している場合にのみ届きます。`,
  'cross.coverage.fixWriteOnly':
    '証跡 {trail} で {setting} を設定する (基本イベントセレクター) か、{field} フィールドセレクターを削除して (高度なイベントセレクター) ください。',
  'cross.coverage.fixData':
    '証跡に高度なイベントセレクター ({selector}) を追加してください。データイベントはイベント単位で課金されます。',
  'cross.coverage.fixRedeploy':
    'スタックを再デプロイして ({cmd}) ルールの{what, select, pattern {パターン} other {状態}}を元に戻してください。',
  'cross.coverage.fixGlobal': '{region} にもスタックをデプロイしてください ({cmd}、env の region は {region})。',
  'cross.change.title': 'この拒否は {time} に {actor} が実行した {event} の後に始まりました',
  'cross.change.summary':
    '{action} は {deniedAt} に拒否されました。{actor} が {target} に対して {event} を実行してから {unit, select, minute {{count} 分} hour {{count} 時間} other {{count} 日}}後です。',
  'cross.change.detail':
    '{latest, select, yes {最新} other {それ以前}}: {time} に {actor} が {target} に対して {event} を実行{summaryless, select, yes {} other { ({summary})}} [イベント {eventId}]',
  'cross.change.fix':
    '{event} (イベント {eventId}) を {actor} と確認し、元に戻すか、拒否された権限を別の方法で付与してください。',
  'cross.change.notProof':
    '相関は証拠ではありません。この変更は拒否より前に行われ、同じロール、関数、または呼び出し元に関係していたというだけです。',
  'cross.change.window': '{count} 日より前の変更と、このリージョンで CloudTrail が記録しない変更は考慮していません。',
};

const TYPE_N_KO =
  '{type, select, identity {자격 증명 기반 정책} resource {리소스 기반 정책} trust {역할 신뢰 정책} boundary {권한 경계} session {세션 정책} scp {서비스 제어 정책} rcp {리소스 제어 정책} endpoint {VPC 엔드포인트 정책} other {{typeText}}}';
const TAG_KO =
  '{tagged, select, no {} other {[{severity, select, critical {심각} high {높음} medium {중간} low {낮음} other {정보}}] }}';
const CALLER_FIX_KO = '{name}이(가) {roleArn}에 대해 {action}을(를) 호출하도록 허용하세요.';
const TRUST_FIX_KO =
  '{role}(계정 {account})의 신뢰 정책에 {principal}이(가) 이 역할을 수임할 수 있게 하는 문을 추가하세요.';
const TRUST_DENY_KO =
  '{role}(계정 {account})의 신뢰 정책에 있는 명시적 Deny를 좁히거나 제거하세요. Allow를 추가해도 해결되지 않습니다.';

/** Korean. */
export const CROSS_KO: CrossCatalog = {
  'cross.assume.title':
    '{caller}이(가) {roleArn}을(를) 수임할 수 없습니다: {side, select, both {호출자 정책과 신뢰 정책이 모두 차단합니다} caller {호출자 정책이 차단합니다} trust {신뢰 정책이 차단합니다} other {다른 계정의 신뢰 정책이 차단하고 있을 가능성이 높습니다}}',
  'cross.assume.summary':
    '계정 {account}에서 {roleArn}을(를) 수임하려면 양쪽 모두에서 {action}이(가) 허용되어야 하는데, {side, select, both {호출자 정책과 신뢰 정책이 모두} caller {호출자의 자격 증명 기반 정책이} trust {대상 역할의 신뢰 정책이} other {아마도 대상 역할의 신뢰 정책이(여기서는 보이지 않음)}} 이를 거부합니다.',
  'cross.assume.callerSide': `호출자 측({caller}): {decision, select, implicit {암시적으로 거부됨(허용하는 ${TYPE_N_KO} 없음)} explicit {명시적으로 거부됨(${TYPE_N_KO}에 의해)} implicitNone {암시적으로 거부됨} explicitNone {명시적으로 거부됨} allowedNone {허용됨} other {허용됨(${TYPE_N_KO}에 의해)}}`,
  'cross.assume.callerUnknown': '호출자 측: 정책이 스냅샷에 없음',
  'cross.assume.trustSide': '{role}의 신뢰 정책: 호출자를 {allows, select, yes {허용함} other {허용하지 않음}}',
  'cross.assume.trustUnknown': '{roleArn}의 신뢰 정책: 스냅샷에 없음(다른 계정)',
  'cross.assume.awsNamed': `AWS가 지목한 결정 정책 유형: ${TYPE_N_KO}`,
  'cross.assume.fix': `{steps, select, caller {${CALLER_FIX_KO}} trust {${TRUST_FIX_KO}} remove {${TRUST_DENY_KO}} trustCaller {${TRUST_FIX_KO} 그다음: ${CALLER_FIX_KO}} removeCaller {${TRUST_DENY_KO} 그다음: ${CALLER_FIX_KO}} other {${CALLER_FIX_KO} 그다음: ${TRUST_FIX_KO}}}`,
  'cross.assume.bothSides':
    '양쪽 모두 필요합니다. 호출자 자신의 자격 증명 기반 정책에서도 이 역할에 대한 {action}을(를) 허용해야 합니다.',
  'cross.assume.trustNotSeen':
    '{roleArn}의 신뢰 정책이 스냅샷에 없습니다. 이 변경 후에도 호출이 실패하면 신뢰 정책에 {principal}도 지정해야 합니다.',
  'cross.layer.title':
    '{who}은(는) {fnless, select, yes {} other {{fn}에 }}계정 {owner}의 계층 {name}을(를) 사용할 수 없습니다',
  'cross.layer.summary':
    '{who}이(가) 계층 {layerArn}을(를) 읽을 수 없어 {event}이(가) 거부되었습니다. 계층 소유자({owner})가 계정 {account}에 {action}을(를) 부여하고, 배포자의 정책에서도 허용해야 합니다.',
  'cross.layer.grant':
    '계층 소유자(계정 {owner})가 계정 {account}에 {name} 버전 {version}에 대한 {action}을(를) 부여합니다({cli}).',
  'cross.layer.grantArn':
    '계층 소유자(계정 {owner})가 계정 {account}에 {layerArn}에 대한 {action}을(를) 부여합니다({cli}).',
  'cross.layer.grantNote': '계층 버전 권한은 한 버전에만 적용됩니다. 함수가 사용하는 모든 버전에 권한을 부여하세요.',
  'cross.layer.allowSelf': '{who} 자신의 정책에서 {layerArn}에 대한 {action}을(를) 허용하세요.',
  'cross.resource.title':
    '{noFn, select, yes {{role}} other {{fn}(역할 {role})}}이(가) 계정 {owner}의 리소스에 대해 {action}을(를) 실행할 수 없습니다: 두 계정 모두 허용해야 합니다',
  'cross.resource.summary': `{resource}은(는) 계정 {owner}의 리소스입니다. 계정 간 {action}에는 {caller}의 자격 증명 기반 정책과 {owner}에 있는 리소스 정책 모두에 Allow가 필요합니다{named, select, no {} other {(AWS가 지목한 정책: ${TYPE_N_KO})}}.`,
  'cross.resource.allowSelf': '{who} 자신의 (자격 증명 기반) 정책에서 {resource}에 대한 {action} 호출을 허용하세요.',
  'cross.resource.ownerAdds':
    '계정 {owner}이(가) {resource}의 정책에 {who}에게 {action}을(를) 허용하는 문을 추가합니다.',
  'cross.resource.paste': '{resource}(계정 {account})의 리소스 기반 정책에 붙여 넣을 문: {json}',
  'cross.resource.principalPins':
    '{element}에는 역할 ARN을 지정하므로 계정도 고정됩니다. {key}은(는) 호출자가 서비스 보안 주체일 때만 적용됩니다.',
  'cross.resource.removeDeny':
    '계정 {owner}이(가) {resource}의 리소스 기반 정책{arnless, select, yes {} other {({policyArn})}}에 있는 명시적 Deny를 제거하거나 좁혀야 합니다.',
  'cross.coverage.title': '감사 도구가 {account} / {region}에서 {count}가지 거부를 볼 수 없습니다',
  'cross.coverage.noTrail': `${TAG_KO}{region}에서 관리 이벤트를 기록하는 로깅 중인 추적이 없습니다. CloudTrail 거부가 여기서는 감사 도구에 전달되지 않으며, 예약된 스윕만 문제를 찾습니다.`,
  'cross.coverage.writeOnly': `${TAG_KO}모든 추적이 쓰기 전용 관리 이벤트만 기록합니다({trails}). 읽기 호출({actions}, …)의 거부는 감사 도구에 전달되지 않습니다.`,
  'cross.coverage.data': `${TAG_KO}{type} 데이터 이벤트를 기록하는 추적이 없어 이러한 호출의 거부가 감사 도구에 전달되지 않습니다(사용처: {why}).`,
  'cross.coverage.ruleDisabled': `${TAG_KO}감사 도구 자체의 거부 규칙이 {state} 상태입니다. 어떤 거부도 전달되지 않습니다.`,
  'cross.coverage.ruleState': `${TAG_KO}감사 도구의 거부 규칙 상태가 {expected}이(가) 아니라 {state}입니다. 읽기 호출의 거부가 전달되지 않습니다.`,
  'cross.coverage.ruleReadOnly': `${TAG_KO}감사 도구의 거부 규칙 패턴이 읽기 호출의 거부({actions}, …)와 일치하지 않습니다. 이러한 거부는 전달되지 않습니다.`,
  'cross.coverage.global': `${TAG_KO}감사 도구는 {stackRegion}에서 실행됩니다. IAM 및 STS 거부({actions} …)는 {region}에만 기록되며, 그곳에서 스택(또는 전달 규칙)이 실행될 때만 전달됩니다.`,
  'cross.coverage.fixWriteOnly':
    '추적 {trail}에서 {setting}을(를) 설정하거나(기본 이벤트 선택기) {field} 필드 선택기를 제거하세요(고급 이벤트 선택기).',
  'cross.coverage.fixData':
    '추적에 고급 이벤트 선택기({selector})를 추가하세요. 데이터 이벤트는 이벤트 단위로 요금이 부과됩니다.',
  'cross.coverage.fixRedeploy':
    '스택을 다시 배포하여({cmd}) 규칙 {what, select, pattern {패턴} other {상태}}을(를) 복원하세요.',
  'cross.coverage.fixGlobal': '{region}에도 스택을 배포하세요({cmd}, env region {region}).',
  'cross.change.title': '이 거부는 {time}에 {actor}이(가) 실행한 {event} 이후에 시작되었습니다',
  'cross.change.summary':
    '{action}이(가) {deniedAt}에 거부되었습니다. {actor}이(가) {target}에 대해 {event}을(를) 실행하고 {unit, select, minute {{count}분} hour {{count}시간} other {{count}일}} 후입니다.',
  'cross.change.detail':
    '{latest, select, yes {가장 최근} other {이전}}: {time}에 {actor}이(가) {target}에 대해 {event}{summaryless, select, yes {} other { ({summary})}} [이벤트 {eventId}]',
  'cross.change.fix':
    '{actor}와(과) 함께 {event}(이벤트 {eventId})을(를) 검토하고, 되돌리거나 거부된 권한을 다른 방법으로 부여하세요.',
  'cross.change.notProof':
    '상관관계는 증거가 아닙니다. 이 변경은 거부 이전에 일어났고 같은 역할, 함수 또는 호출자와 관련이 있을 뿐입니다.',
  'cross.change.window': '{count}일보다 오래된 변경과 이 리전에서 CloudTrail이 기록하지 않는 변경은 고려하지 않습니다.',
};
