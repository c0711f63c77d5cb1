/**
 * Finding texts of the checks built on requirement lists (lambda/core/checks/shared/requirements.ts):
 * role-logs-write, vpc-eni-permissions, xray-tracing, efs-mount (execution-role/), esm-permissions and
 * async-destinations (event-source/), in every language side by side. English is the source (the checks render
 * it through `en(msg(…))`, byte-identical to the strings they wrote before). Actions, ARNs, function, role, log
 * group and policy names, CLI and CDK code are placeholders: never translated.
 *
 * Shared fragments (selects) are spelled once per language below and spliced into the messages:
 * - decision of one requirement: `{kind}` = `implicit`, `allowed` or anything else for an explicit deny;
 *   `{typeless}` = `yes` when the engine named no deciding layer, else `{type}` is a policy-type code
 *   (`identity`, `resource`, `trust`, `boundary`, `session`, `scp`, `rcp`, `endpoint`) or free text `{typeText}`;
 * - event source (shared/esm.ts `sourceParams`): `{form}` = `its` (no ARN), `table` (a DynamoDB stream of table
 *   `{name}`), `arn` (the ARN `{name}` as given) or a named source `{name}`; `{sourceKind}` = the mapping kind;
 * - asynchronous target: `{target}` = `dlq`, `failure` or the on-success destination.
 * The `other` branch of every select uses every text placeholder (the catalog test formats it).
 */

const TYPE_A_EN =
  '{type, select, identity {an identity-based policy} resource {a resource-based policy} trust {the role trust policy} boundary {a permissions boundary} session {a session policy} scp {a service control policy} rcp {a resource control policy} endpoint {a VPC endpoint policy} other {{typeText}}}';
const TYPE_N_EN =
  '{type, select, identity {identity-based policy} resource {resource-based policy} trust {role trust policy} boundary {permissions boundary} session {session policy} scp {service control policy} rcp {resource control policy} endpoint {VPC endpoint policy} other {{typeText}}}';
const DECISION_EN = `{kind, select, implicit {implicitly denied{typeless, select, yes {} other { (no ${TYPE_N_EN} allows it)}}} allowed {allowed{typeless, select, yes {} other { (by ${TYPE_A_EN})}}} other {explicitly denied{typeless, select, yes {} other { (by ${TYPE_A_EN})}}}}`;
const KIND_EN =
  '{sourceKind, select, sqs {SQS queue} kinesis {Kinesis stream} dynamodb {DynamoDB stream} msk {MSK cluster} kafka {Kafka cluster} mq {Amazon MQ broker} documentdb {DocumentDB cluster} other {event source}}';
const SOURCE_EN = `{form, select, its {its ${KIND_EN}} table {the ${KIND_EN} of table {name}} arn {{name}} other {${KIND_EN} {name}}}`;
const TARGET_EN =
  '{target, select, dlq {dead-letter queue} failure {on-failure destination} other {on-success destination}}';

/** English source texts. */
export const REQ_EN = {
  'req.line': `{action} on {resource}: ${DECISION_EN}`,
  'req.fix.allow': 'Allow {actions} for role {role} (inline policy).',
  'req.fix.first': '{count} required actions are denied; fix this one first.',
  'req.lambdaReports': 'Lambda reports: {reason}',
  'req.logs.title': '{fn} cannot write its logs to {group}',
  'req.logs.summary': 'The execution role {role} cannot write to {group}, so {fn} runs without any logs.',
  'req.logs.note': 'Logs appear from the next invocation; no code change is needed.',
  'req.logs.createTitle': '{fn} cannot create its log group {group} if it does not exist',
  'req.logs.createSummary':
    'The execution role {role} lacks {action}, which only matters when {group} does not exist yet.',
  'req.logs.createNote':
    'Alternatively create the log group yourself (e.g. a CDK {construct}) and ignore this finding.',
  'req.eni.title': '{fn} cannot manage the network interfaces of its VPC',
  'req.eni.summary':
    'The execution role {role} cannot create, describe or delete the network interfaces {fn} needs in its VPC, so deployments fail and the function can go inactive.',
  'req.eni.managed': 'Attaching the AWS managed policy {policy} grants exactly these actions.',
  'req.eni.retry': 'Re-run the last update (or invoke) after the change: Lambda retries creating the interfaces.',
  'req.eni.extraTitle': '{fn} lacks the rest of {policy}',
  'req.eni.extraSummary':
    'The execution role {role} lacks {actions}, which the current {policy} grants for VPC networking.',
  'req.xray.title': '{fn} has active tracing but cannot send traces to X-Ray',
  'req.xray.summary': 'The execution role {role} is denied {actions}, so traces of {fn} never reach X-Ray.',
  'req.xray.note': 'CDK adds these permissions itself when the function is created with {code}.',
  'req.efs.title': '{fn} may not be able to mount {path}',
  'req.efs.summaryPolicy':
    'The file system policy of {fs} requires IAM authorization, and together with the policies of the execution role {role} it denies {actions}, so mounting {path} fails.',
  'req.efs.summaryUnread':
    'The execution role {role} is denied {actions} on {fs}, so mounting {path} fails unless the file system policy grants it. The file system policy was not readable ({api} not collected or denied); if the file system has none, any client that reaches a mount target can mount it and this finding does not apply.',
  'req.efs.accessPoint': 'Access point: {arn}',
  'req.efs.policyEvaluated': 'File system policy: evaluated (resource-based policy of {fs}).',
  'req.efs.policyUnread': 'File system policy: not readable, assumed to grant nothing.',
  'req.efs.writeNote': '{action} is only needed for read-write mounts.',
  'req.efs.cdkNote': 'CDK: {code} grants both.',
  'req.efs.policyNote': 'Alternatively allow the role in the file system policy of {fs} ({cli}).',
  'req.esm.mapping': 'Event source mapping {uuid} ({stateless, select, yes {state unknown} other {{state}}})',
  'req.esm.title': `{fn} lacks permissions for its event source mapping from ${SOURCE_EN}`,
  'req.esm.summary': `The execution role {role} is denied {actions}, which the event source mapping from ${SOURCE_EN} needs, so it cannot deliver records to {fn} as configured.`,
  'req.esm.retry':
    'Lambda retries polling: records flow again once the permission propagates (re-enable the mapping if it was disabled).',
  'req.esm.see': 'See {url}.',
  'req.esm.signalTitle': `{fn}: event source mapping from ${SOURCE_EN} reports an authorization error`,
  'req.esm.signalSummary': `Lambda reports "{signal}" for the mapping from ${SOURCE_EN} although the execution role allows every required action, so a policy outside the role decides.`,
  'req.esm.unseen':
    'Policies the snapshot cannot see: the source resource policy (queue / stream / cluster policy), the KMS key policy, SCPs / RCPs.',
  'req.esm.signalFix':
    'Allow {roleArn} in the resource policy of {sourceless, select, yes {the source} other {{arn}}} (and its KMS key policy).',
  'req.esm.signalNote': 'The mapping resumes on its own once access is granted; a disabled mapping must be re-enabled.',
  'req.async.title': `{fn} cannot deliver to its ${TARGET_EN}`,
  'req.async.summary': `The execution role {role} is denied {actions} on {arn}, so failed asynchronous events of {fn} are lost instead of reaching the ${TARGET_EN}.`,
  'req.async.metric': 'Watch the {metric} metric of {fn}: it counts these silent delivery failures.',
  'req.async.kms':
    'If the queue or topic uses a customer managed KMS key, its key policy must also allow the execution role.',
} as const;

type ReqCatalog = Readonly<Record<keyof typeof REQ_EN, string>>;

const TYPE_A_DE =
  '{type, select, identity {eine identitätsbasierte Richtlinie} resource {eine ressourcenbasierte Richtlinie} trust {die Rollen-Vertrauensrichtlinie} boundary {eine Berechtigungsgrenze} session {eine Sitzungsrichtlinie} scp {eine Service-Kontrollrichtlinie} rcp {eine Ressourcen-Kontrollrichtlinie} endpoint {eine VPC-Endpunktrichtlinie} other {{typeText}}}';
const TYPE_N_DE =
  '{type, select, identity {identitätsbasierte Richtlinie} resource {ressourcenbasierte Richtlinie} trust {Rollen-Vertrauensrichtlinie} boundary {Berechtigungsgrenze} session {Sitzungsrichtlinie} scp {Service-Kontrollrichtlinie} rcp {Ressourcen-Kontrollrichtlinie} endpoint {VPC-Endpunktrichtlinie} other {{typeText}}}';
const DECISION_DE = `{kind, select, implicit {implizit verweigert{typeless, select, yes {} other { (keine ${TYPE_N_DE} erlaubt es)}}} allowed {erlaubt{typeless, select, yes {} other { (durch ${TYPE_A_DE})}}} other {explizit verweigert{typeless, select, yes {} other { (durch ${TYPE_A_DE})}}}}`;
const KIND_DE =
  '{sourceKind, select, sqs {SQS-Warteschlange} kinesis {Kinesis-Stream} dynamodb {DynamoDB-Stream} msk {MSK-Cluster} kafka {Kafka-Cluster} mq {Amazon-MQ-Broker} documentdb {DocumentDB-Cluster} other {Ereignisquelle}}';
const SOURCE_DE = `{form, select, its {${KIND_DE}} table {${KIND_DE} der Tabelle {name}} arn {{name}} other {${KIND_DE} {name}}}`;
const TARGET_DE =
  '{target, select, dlq {die Warteschlange für unzustellbare Nachrichten} failure {das Ziel bei Fehlern} other {das Ziel bei Erfolg}}';

/** German. */
export const REQ_DE: ReqCatalog = {
  'req.line': `{action} auf {resource}: ${DECISION_DE}`,
  'req.fix.allow': '{actions} für Rolle {role} erlauben (Inline-Richtlinie).',
  'req.fix.first': '{count} erforderliche Aktionen werden verweigert; diese zuerst beheben.',
  'req.lambdaReports': 'Lambda meldet: {reason}',
  'req.logs.title': '{fn} kann keine Protokolle in {group} schreiben',
  'req.logs.summary':
    'Die Ausführungsrolle {role} darf nicht in {group} schreiben, daher läuft {fn} ganz ohne Protokolle.',
  'req.logs.note': 'Protokolle erscheinen ab dem nächsten Aufruf; eine Codeänderung ist nicht nötig.',
  'req.logs.createTitle': '{fn} kann die Protokollgruppe {group} nicht erstellen, falls sie fehlt',
  'req.logs.createSummary':
    'Der Ausführungsrolle {role} fehlt {action}; das zählt nur, solange {group} noch nicht existiert.',
  'req.logs.createNote':
    'Alternativ die Protokollgruppe selbst erstellen (z. B. mit CDK {construct}) und diesen Befund ignorieren.',
  'req.eni.title': '{fn} kann die Netzwerkschnittstellen in der VPC nicht verwalten',
  'req.eni.summary':
    'Die Ausführungsrolle {role} kann die Netzwerkschnittstellen, die {fn} in der VPC braucht, nicht erstellen, beschreiben oder löschen: Bereitstellungen schlagen fehl und die Funktion kann inaktiv werden.',
  'req.eni.managed': 'Das Anfügen der von AWS verwalteten Richtlinie {policy} gewährt genau diese Aktionen.',
  'req.eni.retry':
    'Nach der Änderung die letzte Aktualisierung (oder den Aufruf) wiederholen: Lambda versucht erneut, die Schnittstellen zu erstellen.',
  'req.eni.extraTitle': '{fn} fehlt der Rest von {policy}',
  'req.eni.extraSummary':
    'Der Ausführungsrolle {role} fehlen {actions}, die die aktuelle Richtlinie {policy} für VPC-Netzwerke gewährt.',
  'req.xray.title': '{fn} nutzt aktive Nachverfolgung, kann aber keine Traces an X-Ray senden',
  'req.xray.summary':
    'Der Ausführungsrolle {role} wird {actions} verweigert, daher erreichen die Traces von {fn} X-Ray nie.',
  'req.xray.note': 'CDK fügt diese Berechtigungen selbst hinzu, wenn die Funktion mit {code} erstellt wird.',
  'req.efs.title': '{fn} kann {path} möglicherweise nicht mounten',
  'req.efs.summaryPolicy':
    'Die Dateisystemrichtlinie von {fs} verlangt IAM-Autorisierung und verweigert zusammen mit den Richtlinien der Ausführungsrolle {role} {actions}, daher schlägt das Mounten von {path} fehl.',
  'req.efs.summaryUnread':
    'Der Ausführungsrolle {role} wird {actions} auf {fs} verweigert, daher schlägt das Mounten von {path} fehl, sofern die Dateisystemrichtlinie es nicht erlaubt. Die Dateisystemrichtlinie war nicht lesbar ({api} nicht erfasst oder verweigert); hat das Dateisystem keine, kann jeder Client, der ein Mount-Ziel erreicht, es mounten, und dieser Befund trifft nicht zu.',
  'req.efs.accessPoint': 'Zugriffspunkt: {arn}',
  'req.efs.policyEvaluated': 'Dateisystemrichtlinie: ausgewertet (ressourcenbasierte Richtlinie von {fs}).',
  'req.efs.policyUnread': 'Dateisystemrichtlinie: nicht lesbar, es wird angenommen, dass sie nichts gewährt.',
  'req.efs.writeNote': '{action} wird nur für Mounts mit Lese- und Schreibzugriff benötigt.',
  'req.efs.cdkNote': 'CDK: {code} gewährt beide.',
  'req.efs.policyNote': 'Alternativ die Rolle in der Dateisystemrichtlinie von {fs} erlauben ({cli}).',
  'req.esm.mapping': 'Ereignisquellen-Zuordnung {uuid} ({stateless, select, yes {Status unbekannt} other {{state}}})',
  'req.esm.title': `{fn} fehlen Berechtigungen für die Ereignisquellen-Zuordnung (${SOURCE_DE})`,
  'req.esm.summary': `Der Ausführungsrolle {role} wird {actions} verweigert, was die Ereignisquellen-Zuordnung (${SOURCE_DE}) braucht; sie kann daher keine Datensätze wie konfiguriert an {fn} liefern.`,
  'req.esm.retry':
    'Lambda wiederholt das Abrufen: Datensätze fließen wieder, sobald die Berechtigung wirksam ist (die Zuordnung wieder aktivieren, falls sie deaktiviert wurde).',
  'req.esm.see': 'Siehe {url}.',
  'req.esm.signalTitle': `{fn}: Ereignisquellen-Zuordnung (${SOURCE_DE}) meldet einen Autorisierungsfehler`,
  'req.esm.signalSummary': `Lambda meldet „{signal}“ für die Zuordnung (${SOURCE_DE}), obwohl die Ausführungsrolle alle erforderlichen Aktionen erlaubt; es entscheidet also eine Richtlinie außerhalb der Rolle.`,
  'req.esm.unseen':
    'Richtlinien, die der Snapshot nicht sieht: die ressourcenbasierte Richtlinie der Quelle (Warteschlangen-, Stream- oder Cluster-Richtlinie), die KMS-Schlüsselrichtlinie, SCPs / RCPs.',
  'req.esm.signalFix':
    '{roleArn} in der ressourcenbasierten Richtlinie {sourceless, select, yes {der Quelle} other {von {arn}}} erlauben (und in ihrer KMS-Schlüsselrichtlinie).',
  'req.esm.signalNote':
    'Die Zuordnung läuft von selbst weiter, sobald der Zugriff gewährt ist; eine deaktivierte Zuordnung muss wieder aktiviert werden.',
  'req.async.title': `{fn} kann nicht an ${TARGET_DE} zustellen`,
  'req.async.summary': `Der Ausführungsrolle {role} wird {actions} auf {arn} verweigert, daher gehen fehlgeschlagene asynchrone Ereignisse von {fn} verloren, statt ${TARGET_DE} zu erreichen.`,
  'req.async.metric': 'Die Metrik {metric} von {fn} beobachten: Sie zählt diese stillen Zustellfehler.',
  'req.async.kms':
    'Verwendet die Warteschlange oder das Thema einen kundenverwalteten KMS-Schlüssel, muss auch dessen Schlüsselrichtlinie die Ausführungsrolle erlauben.',
};

const TYPE_A_FR =
  '{type, select, identity {une politique basée sur l’identité} resource {une politique basée sur les ressources} trust {la politique d’approbation des rôles} boundary {une limite des autorisations} session {une politique de session} scp {une politique de contrôle des services} rcp {une politique de contrôle des ressources} endpoint {une politique de point de terminaison VPC} other {{typeText}}}';
const TYPE_N_FR =
  '{type, select, identity {politique basée sur l’identité} resource {politique basée sur les ressources} trust {politique d’approbation des rôles} boundary {limite des autorisations} session {politique de session} scp {politique de contrôle des services} rcp {politique de contrôle des ressources} endpoint {politique de point de terminaison VPC} other {{typeText}}}';
const DECISION_FR = `{kind, select, implicit {refusé implicitement{typeless, select, yes {} other { (aucune ${TYPE_N_FR} ne l’autorise)}}} allowed {autorisé{typeless, select, yes {} other { (par ${TYPE_A_FR})}}} other {refusé explicitement{typeless, select, yes {} other { (par ${TYPE_A_FR})}}}}`;
const KIND_FR =
  '{sourceKind, select, sqs {file d’attente SQS} kinesis {flux Kinesis} dynamodb {flux DynamoDB} msk {cluster MSK} kafka {cluster Kafka} mq {agent Amazon MQ} documentdb {cluster DocumentDB} other {source d’événement}}';
const SOURCE_FR = `{form, select, its {${KIND_FR}} table {${KIND_FR} de la table {name}} arn {{name}} other {${KIND_FR} {name}}}`;
const TARGET_FR =
  '{target, select, dlq {file d’attente de lettres mortes} failure {destination en cas d’échec} other {destination en cas de succès}}';

/** French. */
export const REQ_FR: ReqCatalog = {
  'req.line': `{action} sur {resource} : ${DECISION_FR}`,
  'req.fix.allow': 'Autorisez {actions} pour le rôle {role} (politique en ligne).',
  'req.fix.first': '{count} actions requises sont refusées ; corrigez d’abord celle-ci.',
  'req.lambdaReports': 'Lambda signale : {reason}',
  'req.logs.title': '{fn} ne peut pas écrire ses journaux dans {group}',
  'req.logs.summary':
    'Le rôle d’exécution {role} ne peut pas écrire dans {group} : {fn} s’exécute donc sans aucun journal.',
  'req.logs.note':
    'Les journaux apparaissent dès l’invocation suivante ; aucune modification du code n’est nécessaire.',
  'req.logs.createTitle': '{fn} ne peut pas créer son groupe de journaux {group} s’il n’existe pas',
  'req.logs.createSummary':
    'Le rôle d’exécution {role} n’a pas {action}, ce qui ne compte que si {group} n’existe pas encore.',
  'req.logs.createNote':
    'Vous pouvez aussi créer le groupe de journaux vous-même (par exemple un {construct} CDK) et ignorer ce résultat.',
  'req.eni.title': '{fn} ne peut pas gérer les interfaces réseau de son VPC',
  'req.eni.summary':
    'Le rôle d’exécution {role} ne peut pas créer, décrire ni supprimer les interfaces réseau dont {fn} a besoin dans son VPC : les déploiements échouent et la fonction peut devenir inactive.',
  'req.eni.managed': 'Attacher la politique gérée par AWS {policy} accorde exactement ces actions.',
  'req.eni.retry':
    'Relancez la dernière mise à jour (ou invocation) après la modification : Lambda réessaie de créer les interfaces.',
  'req.eni.extraTitle': 'Il manque à {fn} le reste de {policy}',
  'req.eni.extraSummary':
    'Le rôle d’exécution {role} n’a pas {actions}, que la version actuelle de {policy} accorde pour le réseau VPC.',
  'req.xray.title': '{fn} a le suivi actif mais ne peut pas envoyer de traces à X-Ray',
  'req.xray.summary':
    'Le rôle d’exécution {role} se voit refuser {actions} : les traces de {fn} n’atteignent jamais X-Ray.',
  'req.xray.note': 'CDK ajoute lui-même ces autorisations quand la fonction est créée avec {code}.',
  'req.efs.title': '{fn} risque de ne pas pouvoir monter {path}',
  'req.efs.summaryPolicy':
    'La politique de système de fichiers de {fs} exige une autorisation IAM et, avec les politiques du rôle d’exécution {role}, elle refuse {actions} : le montage de {path} échoue.',
  'req.efs.summaryUnread':
    'Le rôle d’exécution {role} se voit refuser {actions} sur {fs} : le montage de {path} échoue sauf si la politique de système de fichiers l’autorise. Cette politique n’a pas pu être lue ({api} non collecté ou refusé) ; si le système de fichiers n’en a pas, tout client qui atteint une cible de montage peut le monter et ce résultat ne s’applique pas.',
  'req.efs.accessPoint': 'Point d’accès : {arn}',
  'req.efs.policyEvaluated': 'Politique de système de fichiers : évaluée (politique basée sur les ressources de {fs}).',
  'req.efs.policyUnread': 'Politique de système de fichiers : illisible, supposée ne rien accorder.',
  'req.efs.writeNote': '{action} n’est nécessaire que pour les montages en lecture-écriture.',
  'req.efs.cdkNote': 'CDK : {code} accorde les deux.',
  'req.efs.policyNote': 'Vous pouvez aussi autoriser le rôle dans la politique de système de fichiers de {fs} ({cli}).',
  'req.esm.mapping': 'Mappage de source d’événement {uuid} ({stateless, select, yes {état inconnu} other {{state}}})',
  'req.esm.title': `Il manque à {fn} des autorisations pour son mappage de source d’événement (${SOURCE_FR})`,
  'req.esm.summary': `Le rôle d’exécution {role} se voit refuser {actions}, dont le mappage de source d’événement (${SOURCE_FR}) a besoin : il ne peut donc pas livrer les enregistrements à {fn} comme configuré.`,
  'req.esm.retry':
    'Lambda réessaie l’interrogation : les enregistrements circulent à nouveau dès que l’autorisation est propagée (réactivez le mappage s’il a été désactivé).',
  'req.esm.see': 'Voir {url}.',
  'req.esm.signalTitle': `{fn} : le mappage de source d’événement (${SOURCE_FR}) signale une erreur d’autorisation`,
  'req.esm.signalSummary': `Lambda signale « {signal} » pour le mappage (${SOURCE_FR}) alors que le rôle d’exécution autorise toutes les actions requises : c’est donc une politique extérieure au rôle qui décide.`,
  'req.esm.unseen':
    'Politiques que l’instantané ne voit pas : la politique basée sur les ressources de la source (politique de file d’attente, de flux ou de cluster), la politique de clé KMS, les SCP / RCP.',
  'req.esm.signalFix':
    'Autorisez {roleArn} dans la politique basée sur les ressources {sourceless, select, yes {de la source} other {de {arn}}} (et dans sa politique de clé KMS).',
  'req.esm.signalNote':
    'Le mappage reprend de lui-même une fois l’accès accordé ; un mappage désactivé doit être réactivé.',
  'req.async.title': `{fn} ne peut pas livrer à sa ${TARGET_FR}`,
  'req.async.summary': `Le rôle d’exécution {role} se voit refuser {actions} sur {arn} : les événements asynchrones en échec de {fn} sont perdus au lieu d’atteindre sa ${TARGET_FR}.`,
  'req.async.metric': 'Surveillez la métrique {metric} de {fn} : elle compte ces échecs de livraison silencieux.',
  'req.async.kms':
    'Si la file d’attente ou la rubrique utilise une clé KMS gérée par le client, sa politique de clé doit aussi autoriser le rôle d’exécution.',
};

const TYPE_JA =
  '{type, select, identity {アイデンティティベースのポリシー} resource {リソースベースのポリシー} trust {ロール信頼ポリシー} boundary {アクセス許可の境界} session {セッションポリシー} scp {サービスコントロールポリシー} rcp {リソースコントロールポリシー} endpoint {VPC エンドポイントポリシー} other {{typeText}}}';
const DECISION_JA = `{kind, select, implicit {暗黙的に拒否{typeless, select, yes {} other {（許可する${TYPE_JA}がありません）}}} allowed {許可{typeless, select, yes {} other {（${TYPE_JA}による）}}} other {明示的に拒否{typeless, select, yes {} other {（${TYPE_JA}による）}}}}`;
const KIND_JA =
  '{sourceKind, select, sqs {SQS キュー} kinesis {Kinesis ストリーム} dynamodb {DynamoDB ストリーム} msk {MSK クラスター} kafka {Kafka クラスター} mq {Amazon MQ ブローカー} documentdb {DocumentDB クラスター} other {イベントソース}}';
/** Ends with a space after a Latin name (`SQS キュー a-in からの`), none after katakana (`ストリームからの`). */
const SOURCE_JA = `{form, select, its {${KIND_JA}} table {テーブル {name} の ${KIND_JA}} arn {{name} } other {${KIND_JA} {name} }}`;
const TARGET_JA = '{target, select, dlq {デッドレターキュー} failure {失敗時の送信先} other {成功時の送信先}}';

/** Japanese. */
export const REQ_JA: ReqCatalog = {
  'req.line': `{resource} に対する {action}: ${DECISION_JA}`,
  'req.fix.allow': 'ロール {role} に {actions} を許可してください (インラインポリシー)。',
  'req.fix.first': '必要なアクションのうち {count} 件が拒否されています。まずこれを修正してください。',
  'req.lambdaReports': 'Lambda の報告: {reason}',
  'req.logs.title': '{fn} はログを {group} に書き込めません',
  'req.logs.summary': '実行ロール {role} は {group} に書き込めないため、{fn} はログを一切残さずに実行されています。',
  'req.logs.note': '次回の呼び出しからログが出力されます。コードの変更は不要です。',
  'req.logs.createTitle': '{fn} はロググループ {group} が存在しない場合に作成できません',
  'req.logs.createSummary':
    '実行ロール {role} には {action} がありません。影響があるのは {group} がまだ存在しない場合だけです。',
  'req.logs.createNote':
    '代わりにロググループを自分で作成し (CDK の {construct} など)、この検出結果を無視することもできます。',
  'req.eni.title': '{fn} は VPC のネットワークインターフェイスを管理できません',
  'req.eni.summary':
    '実行ロール {role} は {fn} が VPC 内で必要とするネットワークインターフェイスを作成、参照、削除できないため、デプロイが失敗し、関数が非アクティブになる可能性があります。',
  'req.eni.managed': 'AWS 管理ポリシー {policy} をアタッチすれば、まさにこれらのアクションが許可されます。',
  'req.eni.retry':
    '変更後に直前の更新 (または呼び出し) を再実行してください。Lambda がインターフェイスの作成を再試行します。',
  'req.eni.extraTitle': '{fn} には {policy} の残りの権限がありません',
  'req.eni.extraSummary':
    '実行ロール {role} には {actions} がありません。これらは現在の {policy} が VPC ネットワーク用に許可しているアクションです。',
  'req.xray.title': '{fn} はアクティブトレースが有効ですが、X-Ray にトレースを送信できません',
  'req.xray.summary': '実行ロール {role} は {actions} を拒否されているため、{fn} のトレースは X-Ray に届きません。',
  'req.xray.note': '関数を {code} で作成すると、CDK がこれらのアクセス許可を自動的に追加します。',
  'req.efs.title': '{fn} が {path} をマウントできない可能性があります',
  'req.efs.summaryPolicy':
    '{fs} のファイルシステムポリシーは IAM 認可を必要とし、実行ロール {role} のポリシーと合わせて {actions} を拒否するため、{path} のマウントは失敗します。',
  'req.efs.summaryUnread':
    '実行ロール {role} は {fs} に対する {actions} を拒否されているため、ファイルシステムポリシーが許可しない限り {path} のマウントは失敗します。ファイルシステムポリシーは読み取れませんでした ({api} が未収集または拒否)。ファイルシステムにポリシーがない場合は、マウントターゲットに到達できるどのクライアントでもマウントでき、この検出結果は当てはまりません。',
  'req.efs.accessPoint': 'アクセスポイント: {arn}',
  'req.efs.policyEvaluated': 'ファイルシステムポリシー: 評価済み ({fs} のリソースベースのポリシー)',
  'req.efs.policyUnread': 'ファイルシステムポリシー: 読み取れないため、何も許可しないものとみなしました',
  'req.efs.writeNote': '{action} は読み書き可能なマウントの場合にのみ必要です。',
  'req.efs.cdkNote': 'CDK: {code} で両方が許可されます。',
  'req.efs.policyNote': '代わりに {fs} のファイルシステムポリシーでロールを許可することもできます ({cli})。',
  'req.esm.mapping': 'イベントソースマッピング {uuid} ({stateless, select, yes {状態不明} other {{state}}})',
  'req.esm.title': `{fn} には ${SOURCE_JA}からのイベントソースマッピングに必要なアクセス許可がありません`,
  'req.esm.summary': `実行ロール {role} は、${SOURCE_JA}からのイベントソースマッピングに必要な {actions} を拒否されているため、設定どおりに {fn} へレコードを配信できません。`,
  'req.esm.retry':
    'Lambda はポーリングを再試行します。アクセス許可が反映されるとレコードの処理が再開します (マッピングが無効化されていた場合は再度有効にしてください)。',
  'req.esm.see': '{url} を参照してください。',
  'req.esm.signalTitle': `{fn}: ${SOURCE_JA}からのイベントソースマッピングが認可エラーを報告しています`,
  'req.esm.signalSummary': `実行ロールは必要なアクションをすべて許可していますが、Lambda は ${SOURCE_JA}からのマッピングについて「{signal}」と報告しています。ロール以外のポリシーが拒否しています。`,
  'req.esm.unseen':
    'スナップショットから見えないポリシー: ソースのリソースベースのポリシー (キュー / ストリーム / クラスターのポリシー)、KMS キーポリシー、SCP / RCP',
  'req.esm.signalFix':
    '{sourceless, select, yes {ソース} other {{arn}}} のリソースベースのポリシー (およびその KMS キーポリシー) で {roleArn} を許可してください。',
  'req.esm.signalNote':
    'アクセスが許可されるとマッピングは自動的に再開します。無効化されたマッピングは再度有効にする必要があります。',
  'req.async.title': `{fn} は${TARGET_JA}に配信できません`,
  'req.async.summary': `実行ロール {role} は {arn} に対する {actions} を拒否されているため、{fn} の失敗した非同期イベントは${TARGET_JA}に届かずに失われます。`,
  'req.async.metric': '{fn} の {metric} メトリクスを監視してください。表に出ないこの配信失敗を数えています。',
  'req.async.kms':
    'キューまたはトピックがカスタマーマネージド KMS キーを使用している場合は、そのキーポリシーでも実行ロールを許可する必要があります。',
};

const TYPE_KO =
  '{type, select, identity {자격 증명 기반 정책} resource {리소스 기반 정책} trust {역할 신뢰 정책} boundary {권한 경계} session {세션 정책} scp {서비스 제어 정책} rcp {리소스 제어 정책} endpoint {VPC 엔드포인트 정책} other {{typeText}}}';
const DECISION_KO = `{kind, select, implicit {암시적으로 거부됨{typeless, select, yes {} other {(허용하는 ${TYPE_KO} 없음)}}} allowed {허용됨{typeless, select, yes {} other {(${TYPE_KO}에 의해)}}} other {명시적으로 거부됨{typeless, select, yes {} other {(${TYPE_KO}에 의해)}}}}`;
const KIND_KO =
  '{sourceKind, select, sqs {SQS 대기열} kinesis {Kinesis 스트림} dynamodb {DynamoDB 스트림} msk {MSK 클러스터} kafka {Kafka 클러스터} mq {Amazon MQ 브로커} documentdb {DocumentDB 클러스터} other {이벤트 소스}}';
const SOURCE_KO = `{form, select, its {${KIND_KO}} table {테이블 {name}의 ${KIND_KO}} arn {{name}} other {${KIND_KO} {name}}}`;
const TARGET_KO = '{target, select, dlq {배달 못한 편지 대기열} failure {실패 시 대상} other {성공 시 대상}}';

/** Korean. */
export const REQ_KO: ReqCatalog = {
  'req.line': `{resource}에 대한 {action}: ${DECISION_KO}`,
  'req.fix.allow': '역할 {role}에 {actions}을(를) 허용하세요(인라인 정책).',
  'req.fix.first': '필요한 작업 {count}개가 거부되었습니다. 이 작업부터 수정하세요.',
  'req.lambdaReports': 'Lambda 보고: {reason}',
  'req.logs.title': '{fn}이(가) {group}에 로그를 쓸 수 없습니다',
  'req.logs.summary': '실행 역할 {role}이(가) {group}에 쓸 수 없으므로 {fn}은(는) 로그 없이 실행됩니다.',
  'req.logs.note': '다음 호출부터 로그가 나타납니다. 코드를 변경할 필요는 없습니다.',
  'req.logs.createTitle': '{fn}은(는) 로그 그룹 {group}이(가) 없을 때 생성할 수 없습니다',
  'req.logs.createSummary': '실행 역할 {role}에 {action} 권한이 없습니다. {group}이(가) 아직 없을 때만 문제가 됩니다.',
  'req.logs.createNote': '또는 로그 그룹을 직접 생성하고(예: CDK {construct}) 이 결과를 무시하세요.',
  'req.eni.title': '{fn}이(가) VPC의 네트워크 인터페이스를 관리할 수 없습니다',
  'req.eni.summary':
    '실행 역할 {role}이(가) {fn}이(가) VPC에서 필요로 하는 네트워크 인터페이스를 생성, 조회 또는 삭제할 수 없으므로 배포가 실패하고 함수가 비활성 상태가 될 수 있습니다.',
  'req.eni.managed': 'AWS 관리형 정책 {policy}을(를) 연결하면 정확히 이 작업들이 허용됩니다.',
  'req.eni.retry': '변경 후 마지막 업데이트(또는 호출)를 다시 실행하세요. Lambda가 인터페이스 생성을 다시 시도합니다.',
  'req.eni.extraTitle': '{fn}에 {policy}의 나머지 권한이 없습니다',
  'req.eni.extraSummary':
    '실행 역할 {role}에 {actions}이(가) 없습니다. 현재 {policy}은(는) VPC 네트워킹을 위해 이 작업을 허용합니다.',
  'req.xray.title': '{fn}은(는) 활성 추적이 켜져 있지만 X-Ray로 추적을 보낼 수 없습니다',
  'req.xray.summary': '실행 역할 {role}에 대해 {actions}이(가) 거부되므로 {fn}의 추적이 X-Ray에 도달하지 않습니다.',
  'req.xray.note': '함수를 {code}(으)로 생성하면 CDK가 이 권한을 자동으로 추가합니다.',
  'req.efs.title': '{fn}이(가) {path}을(를) 마운트하지 못할 수 있습니다',
  'req.efs.summaryPolicy':
    '{fs}의 파일 시스템 정책은 IAM 권한 부여를 요구하며, 실행 역할 {role}의 정책과 함께 {actions}을(를) 거부하므로 {path} 마운트가 실패합니다.',
  'req.efs.summaryUnread':
    '실행 역할 {role}에 대해 {fs}에 대한 {actions}이(가) 거부되므로 파일 시스템 정책이 허용하지 않는 한 {path} 마운트가 실패합니다. 파일 시스템 정책을 읽을 수 없었습니다({api} 미수집 또는 거부됨). 파일 시스템에 정책이 없으면 탑재 대상에 도달할 수 있는 모든 클라이언트가 마운트할 수 있으므로 이 결과는 해당되지 않습니다.',
  'req.efs.accessPoint': '액세스 포인트: {arn}',
  'req.efs.policyEvaluated': '파일 시스템 정책: 평가됨({fs}의 리소스 기반 정책)',
  'req.efs.policyUnread': '파일 시스템 정책: 읽을 수 없어 아무것도 허용하지 않는 것으로 간주',
  'req.efs.writeNote': '{action}은(는) 읽기/쓰기 마운트에만 필요합니다.',
  'req.efs.cdkNote': 'CDK: {code}은(는) 둘 다 허용합니다.',
  'req.efs.policyNote': '또는 {fs}의 파일 시스템 정책에서 역할을 허용하세요({cli}).',
  'req.esm.mapping': '이벤트 소스 매핑 {uuid}({stateless, select, yes {상태 알 수 없음} other {{state}}})',
  'req.esm.title': `{fn}에 ${SOURCE_KO}의 이벤트 소스 매핑에 필요한 권한이 없습니다`,
  'req.esm.summary': `실행 역할 {role}에 대해 ${SOURCE_KO}의 이벤트 소스 매핑에 필요한 {actions}이(가) 거부되어 구성대로 {fn}에 레코드를 전달할 수 없습니다.`,
  'req.esm.retry':
    'Lambda는 폴링을 다시 시도합니다. 권한이 전파되면 레코드가 다시 전달됩니다(매핑이 비활성화된 경우 다시 활성화하세요).',
  'req.esm.see': '{url}을(를) 참조하세요.',
  'req.esm.signalTitle': `{fn}: ${SOURCE_KO}의 이벤트 소스 매핑이 권한 부여 오류를 보고합니다`,
  'req.esm.signalSummary': `실행 역할이 필요한 작업을 모두 허용하는데도 Lambda가 ${SOURCE_KO}의 매핑에 대해 "{signal}"을(를) 보고하므로 역할 밖의 정책이 거부하고 있습니다.`,
  'req.esm.unseen':
    '스냅샷에서 볼 수 없는 정책: 소스의 리소스 기반 정책(대기열/스트림/클러스터 정책), KMS 키 정책, SCP/RCP',
  'req.esm.signalFix':
    '{sourceless, select, yes {소스} other {{arn}}}의 리소스 기반 정책(및 해당 KMS 키 정책)에서 {roleArn}을(를) 허용하세요.',
  'req.esm.signalNote': '액세스가 허용되면 매핑이 자동으로 재개됩니다. 비활성화된 매핑은 다시 활성화해야 합니다.',
  'req.async.title': `{fn}이(가) ${TARGET_KO}에 전달할 수 없습니다`,
  'req.async.summary': `실행 역할 {role}에 대해 {arn}에 대한 {actions}이(가) 거부되므로 {fn}의 실패한 비동기 이벤트가 ${TARGET_KO}에 도달하지 못하고 손실됩니다.`,
  'req.async.metric': '{fn}의 {metric} 지표를 확인하세요. 드러나지 않는 이 전달 실패를 집계합니다.',
  'req.async.kms':
    '대기열 또는 주제가 고객 관리형 KMS 키를 사용하는 경우 해당 키 정책에서도 실행 역할을 허용해야 합니다.',
};
