/**
 * Finding texts of the invoke checks LAA-IDENTITY-INVOKE, LAA-TRIGGER-ORPHANED-STATEMENT,
 * LAA-S3-NOTIFICATION-DESTINATION and LAA-TRIGGER-INVOKE-PERMISSION (lambda/core/checks/invoke/) in every
 * language, side by side so a check's author edits one file. English is the source (the checks render it through
 * `en(msg(…))`). Principals, function names, ARNs, accounts, actions, service principals, CloudTrail event names,
 * AWS error messages and policy JSON are placeholders; fixed AWS identifiers (condition keys, CLI commands and
 * flags, CDK class names) stay verbatim in every language. A select whose value is missing (`nobucket`,
 * `noaction`, `nocaller`) keeps the placeholder in its `other` branch. Terms follow the glossary of docs/i18n.md.
 */

/** English source texts. */
export const INVOKE_EN = {
  // LAA-IDENTITY-INVOKE
  'invoke.identity.title': '{caller} may not {verb} {fn}{console, select, yes { (console)} other {}}',
  'invoke.identity.summarySame':
    "{caller} was denied {action} on {arn}: one Allow in the caller's identity policy is enough in the same account.",
  'invoke.identity.summaryOther':
    "{caller} was denied {action} on {arn}, a function of account {account}: the caller's identity policy and the function's resource-based policy must both allow it.",
  'invoke.identity.consoleRead': 'A person browsing the Lambda console was denied a read.',
  'invoke.identity.fixIdentity': 'Allow {caller} {action} on {fn} in its own policy.',
  'invoke.identity.fixPermission':
    'In account {account}, add a statement to the resource-based policy of {fn} allowing {caller} {action} (add-permission).',
  // LAA-TRIGGER-ORPHANED-STATEMENT
  'invoke.orphan.title': 'Resource policy of {target} still lets {service} invoke for {source}, which no longer exists',
  'invoke.orphan.summary':
    'Statement {statement} grants {service} for {source}, but that source is not in the account any more, so the statement is dead weight that a re-created resource of the same name would inherit.',
  'invoke.orphan.inventory': 'The {kind} inventory of the snapshot is complete and does not contain {source}.',
  'invoke.orphan.fix': 'Remove statement {statement} from resource policy of {target}.',
  // LAA-S3-NOTIFICATION-DESTINATION
  'invoke.s3dest.title':
    'S3 cannot deliver {nobucket, select, yes {bucket} other {{bucket}}} notifications to {destination}: its resource policy does not allow {service}',
  'invoke.s3dest.summary':
    'S3 refused the notification configuration of {nobucket, select, yes {the bucket} other {{bucket}}} ("{awsMessage}"): the policy of {destination} must allow {service} {noaction, select, yes {delivery} other {{action}}}, scoped with aws:SourceArn / aws:SourceAccount.',
  'invoke.s3dest.caller':
    "{nocaller, select, yes {The caller} other {{caller}}} called {eventName}; the caller's permissions are not the problem.",
  'invoke.s3dest.writeAgain':
    'S3 checks each destination when the configuration is written: fix the destination policy, then write the configuration again.',
  'invoke.s3dest.fixLambda':
    'Let {service} invoke {fn} for {nobucket, select, yes {the bucket} other {{bucket}}} (add-permission with --source-arn and --source-account).',
  'invoke.s3dest.fixPolicy':
    'Let {service} {noaction, select, yes {deliver to} other {{action}}} {name} in its {kind, select, sqs {queue} other {topic}} policy, scoped to the bucket and account.',
  'invoke.s3dest.paste': 'Ready to paste into the policy of {arn}: {json}',
  // LAA-TRIGGER-INVOKE-PERMISSION (trigger kinds: `TriggerKind` with `_` for `-`, as checks/shared/describe.ts names them)
  'invoke.trigger.title':
    '{service} cannot invoke {target} for {kind, select, eventbridge_rule {EventBridge rule} sns {SNS topic} s3 {S3 bucket} apigateway {API Gateway API} logs_subscription {CloudWatch Logs subscription} iot {IoT rule} cognito {Cognito user pool} alexa {Alexa skill} other {trigger}} {source}',
  'invoke.trigger.summaryDeny':
    'A Deny in resource policy of {policy} blocks {service} from invoking the function for {source}, so these events never reach it.',
  'invoke.trigger.summaryMissing':
    'No statement in resource policy of {policy} lets {service} invoke it for {source}, so these events never reach the function.',
  'invoke.trigger.summaryNoPolicy':
    'No statement in {target} (it has no resource policy) lets {service} invoke it for {source}, so these events never reach the function.',
  'invoke.trigger.checked':
    'Checked: {service} → lambda:InvokeFunction on {arn} with aws:SourceArn={source}, aws:SourceAccount={account}.',
  'invoke.trigger.assumed': "The source ARN carries no account; assumed the function's account {account}.",
  'invoke.trigger.fix': 'Add a resource-policy statement that lets {service} invoke {arn} from {source} only.',
  'invoke.trigger.fixDeny':
    'Remove or narrow the Deny statement of resource policy of {policy}, then add the invoke permission.',
  'invoke.trigger.noteOnly':
    'Resource-based policies of a function are changed only with add-permission / remove-permission.',
  'invoke.trigger.noteQualifier':
    'The trigger targets the qualifier {qualifier}: the permission must be added to that qualifier (--qualifier), not to the unqualified function.',
  'invoke.trigger.noteCdk':
    'Most CDK integrations (targets.LambdaFunction, LambdaSubscription, LambdaDestination, LambdaIntegration) add this permission themselves: a missing one usually means the trigger was wired outside CDK or the permission was removed.',
} as const;

type InvokeCatalog = Readonly<Record<keyof typeof INVOKE_EN, string>>;

/** German. */
export const INVOKE_DE: InvokeCatalog = {
  'invoke.identity.title': '{caller} darf {verb} auf {fn} nicht ausführen{console, select, yes { (Konsole)} other {}}',
  'invoke.identity.summarySame':
    '{caller} wurde {action} auf {arn} verweigert: Im selben Konto genügt ein Allow in der identitätsbasierten Richtlinie des Aufrufers.',
  'invoke.identity.summaryOther':
    '{caller} wurde {action} auf {arn} verweigert, eine Funktion des Kontos {account}: Die identitätsbasierte Richtlinie des Aufrufers und die ressourcenbasierte Richtlinie der Funktion müssen es beide erlauben.',
  'invoke.identity.consoleRead': 'Einer Person in der Lambda-Konsole wurde ein Lesezugriff verweigert.',
  'invoke.identity.fixIdentity': '{caller} in seiner eigenen Richtlinie {action} auf {fn} erlauben.',
  'invoke.identity.fixPermission':
    'In Konto {account} der ressourcenbasierten Richtlinie von {fn} eine Anweisung hinzufügen, die {caller} {action} erlaubt (add-permission).',
  'invoke.orphan.title':
    'Ressourcenbasierte Richtlinie von {target} erlaubt {service} weiterhin Aufrufe für {source}, obwohl diese Quelle nicht mehr existiert',
  'invoke.orphan.summary':
    'Anweisung {statement} erlaubt {service} den Aufruf für {source}, aber diese Quelle gibt es im Konto nicht mehr: Die Anweisung ist Ballast, den eine neu erstellte Ressource gleichen Namens erben würde.',
  'invoke.orphan.inventory': 'Das {kind}-Inventar des Snapshots ist vollständig und enthält {source} nicht.',
  'invoke.orphan.fix': 'Anweisung {statement} aus der ressourcenbasierten Richtlinie von {target} entfernen.',
  'invoke.s3dest.title':
    'S3 kann Benachrichtigungen {nobucket, select, yes {des Buckets} other {von {bucket}}} nicht an {destination} zustellen: Dessen ressourcenbasierte Richtlinie erlaubt {service} nicht',
  'invoke.s3dest.summary':
    'S3 hat die Benachrichtigungskonfiguration {nobucket, select, yes {des Buckets} other {von {bucket}}} abgelehnt ("{awsMessage}"): Die Richtlinie von {destination} muss {service} {noaction, select, yes {die Zustellung} other {{action}}} erlauben, eingeschränkt mit aws:SourceArn / aws:SourceAccount.',
  'invoke.s3dest.caller':
    '{nocaller, select, yes {Der Aufrufer} other {{caller}}} hat {eventName} aufgerufen; an den Berechtigungen des Aufrufers liegt es nicht.',
  'invoke.s3dest.writeAgain':
    'S3 prüft jedes Ziel beim Schreiben der Konfiguration: erst die Richtlinie des Ziels korrigieren, dann die Konfiguration erneut schreiben.',
  'invoke.s3dest.fixLambda':
    '{service} erlauben, {fn} für {nobucket, select, yes {den Bucket} other {{bucket}}} aufzurufen (add-permission mit --source-arn und --source-account).',
  'invoke.s3dest.fixPolicy':
    '{service} in der {kind, select, sqs {Warteschlangenrichtlinie} other {Themenrichtlinie}} von {name} {noaction, select, yes {die Zustellung} other {{action}}} erlauben, beschränkt auf den Bucket und das Konto.',
  'invoke.s3dest.paste': 'Zum Einfügen in die Richtlinie von {arn}: {json}',
  'invoke.trigger.title':
    '{service} kann {target} nicht für {kind, select, eventbridge_rule {die EventBridge-Regel} sns {das SNS-Thema} s3 {den S3-Bucket} apigateway {die API-Gateway-API} logs_subscription {das CloudWatch-Logs-Abonnement} iot {die IoT-Regel} cognito {den Cognito-Benutzerpool} alexa {den Alexa-Skill} other {den Auslöser}} {source} aufrufen',
  'invoke.trigger.summaryDeny':
    'Ein Deny in der ressourcenbasierten Richtlinie von {policy} hindert {service} daran, die Funktion für {source} aufzurufen: Diese Ereignisse erreichen sie nie.',
  'invoke.trigger.summaryMissing':
    'Keine Anweisung in der ressourcenbasierten Richtlinie von {policy} erlaubt {service}, die Funktion für {source} aufzurufen: Diese Ereignisse erreichen sie nie.',
  'invoke.trigger.summaryNoPolicy':
    '{target} hat keine ressourcenbasierte Richtlinie, also erlaubt keine Anweisung {service}, die Funktion für {source} aufzurufen: Diese Ereignisse erreichen sie nie.',
  'invoke.trigger.checked':
    'Geprüft: {service} → lambda:InvokeFunction auf {arn} mit aws:SourceArn={source}, aws:SourceAccount={account}.',
  'invoke.trigger.assumed': 'Der Quell-ARN enthält kein Konto; angenommen wurde das Konto der Funktion, {account}.',
  'invoke.trigger.fix':
    'Der ressourcenbasierten Richtlinie eine Anweisung hinzufügen, die {service} erlaubt, {arn} nur für {source} aufzurufen.',
  'invoke.trigger.fixDeny':
    'Die Deny-Anweisung der ressourcenbasierten Richtlinie von {policy} entfernen oder einschränken, dann die Aufrufberechtigung hinzufügen.',
  'invoke.trigger.noteOnly':
    'Die ressourcenbasierte Richtlinie einer Funktion wird nur mit add-permission / remove-permission geändert.',
  'invoke.trigger.noteQualifier':
    'Der Auslöser zielt auf den Qualifizierer {qualifier}: Die Berechtigung muss diesem Qualifizierer hinzugefügt werden (--qualifier), nicht der unqualifizierten Funktion.',
  'invoke.trigger.noteCdk':
    'Die meisten CDK-Integrationen (targets.LambdaFunction, LambdaSubscription, LambdaDestination, LambdaIntegration) fügen diese Berechtigung selbst hinzu: Fehlt sie, wurde der Auslöser meist außerhalb von CDK eingerichtet oder die Berechtigung entfernt.',
};

/** French. */
export const INVOKE_FR: InvokeCatalog = {
  'invoke.identity.title':
    '{caller} n’est pas autorisé à exécuter {verb} sur {fn}{console, select, yes { (console)} other {}}',
  'invoke.identity.summarySame':
    '{caller} s’est vu refuser {action} sur {arn} : dans le même compte, un Allow dans la politique basée sur l’identité de l’appelant suffit.',
  'invoke.identity.summaryOther':
    '{caller} s’est vu refuser {action} sur {arn}, une fonction du compte {account} : la politique basée sur l’identité de l’appelant et la politique basée sur les ressources de la fonction doivent toutes deux l’autoriser.',
  'invoke.identity.consoleRead': 'Une personne qui consultait la console Lambda s’est vu refuser une lecture.',
  'invoke.identity.fixIdentity': 'Autorisez {action} sur {fn} à {caller} dans sa propre politique.',
  'invoke.identity.fixPermission':
    'Dans le compte {account}, ajoutez à la politique basée sur les ressources de {fn} une instruction qui autorise {action} à {caller} (add-permission).',
  'invoke.orphan.title':
    'La politique basée sur les ressources de {target} autorise encore {service} à appeler la fonction pour {source}, qui n’existe plus',
  'invoke.orphan.summary':
    'L’instruction {statement} autorise {service} pour {source}, mais cette source n’existe plus dans le compte : l’instruction est inutile, et une ressource recréée sous le même nom en hériterait.',
  'invoke.orphan.inventory': 'L’inventaire {kind} de l’instantané est complet et ne contient pas {source}.',
  'invoke.orphan.fix': 'Supprimez l’instruction {statement} de la politique basée sur les ressources de {target}.',
  'invoke.s3dest.title':
    'S3 ne peut pas livrer les notifications {nobucket, select, yes {du compartiment} other {de {bucket}}} à {destination} : sa politique basée sur les ressources n’autorise pas {service}',
  'invoke.s3dest.summary':
    'S3 a refusé la configuration de notification {nobucket, select, yes {du compartiment} other {de {bucket}}} (« {awsMessage} ») : la politique de {destination} doit autoriser {noaction, select, yes {la livraison} other {{action}}} à {service}, en la limitant par aws:SourceArn / aws:SourceAccount.',
  'invoke.s3dest.caller':
    '{nocaller, select, yes {L’appelant} other {{caller}}} a appelé {eventName} ; les autorisations de l’appelant ne sont pas en cause.',
  'invoke.s3dest.writeAgain':
    'S3 vérifie chaque destination à l’écriture de la configuration : corrigez la politique de la destination, puis réécrivez la configuration.',
  'invoke.s3dest.fixLambda':
    'Autorisez {service} à appeler {fn} pour {nobucket, select, yes {le compartiment} other {{bucket}}} (add-permission avec --source-arn et --source-account).',
  'invoke.s3dest.fixPolicy':
    'Autorisez {noaction, select, yes {la livraison} other {{action}}} à {service} dans la politique {kind, select, sqs {de file d’attente} other {de rubrique}} de {name}, restreinte au compartiment et au compte.',
  'invoke.s3dest.paste': 'Prêt à coller dans la politique de {arn} : {json}',
  'invoke.trigger.title':
    '{service} ne peut pas appeler {target} pour {kind, select, eventbridge_rule {la règle EventBridge} sns {la rubrique SNS} s3 {le compartiment S3} apigateway {l’API API Gateway} logs_subscription {l’abonnement CloudWatch Logs} iot {la règle IoT} cognito {le groupe d’utilisateurs Cognito} alexa {la compétence Alexa} other {le déclencheur}} {source}',
  'invoke.trigger.summaryDeny':
    'Un Deny dans la politique basée sur les ressources de {policy} empêche {service} d’appeler la fonction pour {source} : ces événements ne l’atteignent jamais.',
  'invoke.trigger.summaryMissing':
    'Aucune instruction de la politique basée sur les ressources de {policy} n’autorise {service} à l’appeler pour {source} : ces événements n’atteignent jamais la fonction.',
  'invoke.trigger.summaryNoPolicy':
    '{target} n’a pas de politique basée sur les ressources : aucune instruction n’autorise {service} à l’appeler pour {source}, et ces événements n’atteignent jamais la fonction.',
  'invoke.trigger.checked':
    'Vérifié : {service} → lambda:InvokeFunction sur {arn} avec aws:SourceArn={source}, aws:SourceAccount={account}.',
  'invoke.trigger.assumed':
    'L’ARN source ne contient pas de compte ; le compte de la fonction, {account}, a été supposé.',
  'invoke.trigger.fix':
    'Ajoutez à la politique basée sur les ressources une instruction qui autorise {service} à appeler {arn} depuis {source} uniquement.',
  'invoke.trigger.fixDeny':
    'Supprimez ou restreignez l’instruction Deny de la politique basée sur les ressources de {policy}, puis ajoutez l’autorisation d’appel.',
  'invoke.trigger.noteOnly':
    'La politique basée sur les ressources d’une fonction ne se modifie qu’avec add-permission / remove-permission.',
  'invoke.trigger.noteQualifier':
    'Le déclencheur cible le qualificatif {qualifier} : l’autorisation doit être ajoutée à ce qualificatif (--qualifier), pas à la fonction non qualifiée.',
  'invoke.trigger.noteCdk':
    'La plupart des intégrations CDK (targets.LambdaFunction, LambdaSubscription, LambdaDestination, LambdaIntegration) ajoutent elles-mêmes cette autorisation : si elle manque, le déclencheur a généralement été branché hors de CDK ou l’autorisation a été supprimée.',
};

/** Japanese. */
export const INVOKE_JA: InvokeCatalog = {
  'invoke.identity.title':
    '{caller} には {fn} に対する {verb} の権限がありません{console, select, yes { (コンソール)} other {}}',
  'invoke.identity.summarySame':
    '{caller} は {arn} に対する {action} を拒否されました。同じアカウント内では、呼び出し元のアイデンティティベースのポリシーに Allow が 1 つあれば十分です。',
  'invoke.identity.summaryOther':
    '{caller} は {arn} (アカウント {account} の関数) に対する {action} を拒否されました。呼び出し元のアイデンティティベースのポリシーと関数のリソースベースのポリシーの両方で許可する必要があります。',
  'invoke.identity.consoleRead': 'Lambda コンソールを閲覧中のユーザーが読み取りを拒否されました。',
  'invoke.identity.fixIdentity': '{caller} 自身のポリシーで {fn} に対する {action} を許可してください。',
  'invoke.identity.fixPermission':
    'アカウント {account} で、{fn} のリソースベースのポリシーに {caller} の {action} を許可するステートメントを追加してください (add-permission)。',
  'invoke.orphan.title':
    '{target} のリソースベースのポリシーは、存在しなくなった {source} について今も {service} に呼び出しを許可しています',
  'invoke.orphan.summary':
    'ステートメント {statement} は {source} について {service} に許可を与えていますが、このソースはもうアカウントに存在しません。不要なステートメントであり、同じ名前で再作成されたリソースがこの許可を引き継ぎます。',
  'invoke.orphan.inventory': 'スナップショットの {kind} インベントリは完全で、{source} は含まれていません。',
  'invoke.orphan.fix': '{target} のリソースベースのポリシーからステートメント {statement} を削除してください。',
  'invoke.s3dest.title':
    'S3 は {nobucket, select, yes {バケット} other {{bucket}}} の通知を {destination} に配信できません: リソースベースのポリシーが {service} を許可していません',
  'invoke.s3dest.summary':
    'S3 は {nobucket, select, yes {バケット} other {{bucket}}} の通知設定を拒否しました ("{awsMessage}")。{destination} のポリシーで、aws:SourceArn / aws:SourceAccount で範囲を絞ったうえで {service} に {noaction, select, yes {配信} other {{action}}} を許可する必要があります。',
  'invoke.s3dest.caller':
    '{nocaller, select, yes {呼び出し元} other {{caller}}} が {eventName} を呼び出しました。呼び出し元の権限は問題ではありません。',
  'invoke.s3dest.writeAgain':
    'S3 は設定の書き込み時に各送信先を検証します。送信先のポリシーを修正してから、設定をもう一度書き込んでください。',
  'invoke.s3dest.fixLambda':
    '{nobucket, select, yes {バケット} other {{bucket}}} について {service} に {fn} の呼び出しを許可してください (--source-arn と --source-account を指定した add-permission)。',
  'invoke.s3dest.fixPolicy':
    '{name} の{kind, select, sqs {キュー} other {トピック}}ポリシーで、バケットとアカウントに範囲を絞って {service} に {noaction, select, yes {配信} other {{action}}} を許可してください。',
  'invoke.s3dest.paste': '{arn} のポリシーにそのまま貼り付けられます: {json}',
  'invoke.trigger.title':
    '{service} は {kind, select, eventbridge_rule {EventBridge ルール} sns {SNS トピック} s3 {S3 バケット} apigateway {API Gateway API} logs_subscription {CloudWatch Logs サブスクリプション} iot {IoT ルール} cognito {Cognito ユーザープール} alexa {Alexa スキル} other {トリガー}} {source} のイベントで {target} を呼び出せません',
  'invoke.trigger.summaryDeny':
    '{policy} のリソースベースのポリシーにある Deny により、{service} は {source} のイベントで関数を呼び出せません。これらのイベントは関数に届きません。',
  'invoke.trigger.summaryMissing':
    '{policy} のリソースベースのポリシーには、{source} のイベントで {service} に呼び出しを許可するステートメントがないため、これらのイベントは関数に届きません。',
  'invoke.trigger.summaryNoPolicy':
    '{target} にはリソースベースのポリシーがなく、{source} のイベントで {service} に呼び出しを許可するステートメントもないため、これらのイベントは関数に届きません。',
  'invoke.trigger.checked':
    '検査: {arn} に対する {service} → lambda:InvokeFunction (aws:SourceArn={source}, aws:SourceAccount={account})',
  'invoke.trigger.assumed': 'ソース ARN にアカウントが含まれていないため、関数のアカウント {account} と見なしました。',
  'invoke.trigger.fix':
    '{source} からに限り {service} が {arn} を呼び出せるようにするステートメントを、リソースベースのポリシーに追加してください。',
  'invoke.trigger.fixDeny':
    '{policy} のリソースベースのポリシーの Deny ステートメントを削除するか範囲を絞り、その後で呼び出し権限を追加してください。',
  'invoke.trigger.noteOnly': '関数のリソースベースのポリシーは add-permission / remove-permission でのみ変更できます。',
  'invoke.trigger.noteQualifier':
    'トリガーは修飾子 {qualifier} を対象としています。権限は修飾されていない関数ではなく、その修飾子に追加する必要があります (--qualifier)。',
  'invoke.trigger.noteCdk':
    'ほとんどの CDK 統合 (targets.LambdaFunction、LambdaSubscription、LambdaDestination、LambdaIntegration) はこの権限を自動で追加します。欠けている場合、通常はトリガーが CDK の外で設定されたか、権限が削除されています。',
};

/** Korean. */
export const INVOKE_KO: InvokeCatalog = {
  'invoke.identity.title': '{caller}에게 {fn}에 대한 {verb} 권한이 없습니다{console, select, yes { (콘솔)} other {}}',
  'invoke.identity.summarySame':
    '{caller}이(가) {arn}에 대한 {action}을(를) 거부당했습니다. 같은 계정에서는 호출자의 자격 증명 기반 정책에 Allow 하나만 있으면 됩니다.',
  'invoke.identity.summaryOther':
    '{caller}이(가) 계정 {account}의 함수인 {arn}에 대한 {action}을(를) 거부당했습니다. 호출자의 자격 증명 기반 정책과 함수의 리소스 기반 정책이 모두 허용해야 합니다.',
  'invoke.identity.consoleRead': 'Lambda 콘솔을 보던 사용자가 읽기 작업을 거부당했습니다.',
  'invoke.identity.fixIdentity': '{caller} 자체 정책에서 {fn}에 대한 {action}을(를) 허용하세요.',
  'invoke.identity.fixPermission':
    '계정 {account}에서 {fn}의 리소스 기반 정책에 {caller}의 {action}을(를) 허용하는 문을 추가하세요(add-permission).',
  'invoke.orphan.title':
    '{target}의 리소스 기반 정책이 더 이상 존재하지 않는 {source}에 대해 여전히 {service}의 호출을 허용합니다',
  'invoke.orphan.summary':
    '문 {statement}은(는) {source}에 대해 {service}에 권한을 부여하지만 이 소스는 더 이상 계정에 없습니다. 불필요한 문이며, 같은 이름으로 다시 만든 리소스가 이 권한을 물려받게 됩니다.',
  'invoke.orphan.inventory': '스냅샷의 {kind} 인벤토리는 완전하며 {source}이(가) 없습니다.',
  'invoke.orphan.fix': '{target}의 리소스 기반 정책에서 문 {statement}을(를) 제거하세요.',
  'invoke.s3dest.title':
    'S3가 {nobucket, select, yes {버킷} other {{bucket}}} 알림을 {destination}에 전송할 수 없습니다. 리소스 기반 정책이 {service}을(를) 허용하지 않습니다',
  'invoke.s3dest.summary':
    'S3가 {nobucket, select, yes {버킷} other {{bucket}}}의 알림 구성을 거부했습니다("{awsMessage}"). {destination}의 정책은 aws:SourceArn / aws:SourceAccount로 범위를 좁혀 {service}에 {noaction, select, yes {전송} other {{action}}}을(를) 허용해야 합니다.',
  'invoke.s3dest.caller':
    '{nocaller, select, yes {호출자} other {{caller}}}이(가) {eventName}을(를) 호출했습니다. 호출자의 권한은 문제가 아닙니다.',
  'invoke.s3dest.writeAgain': 'S3는 구성을 쓸 때 각 대상을 검증합니다. 대상 정책을 수정한 뒤 구성을 다시 쓰세요.',
  'invoke.s3dest.fixLambda':
    '{nobucket, select, yes {버킷} other {{bucket}}}에 대해 {service}이(가) {fn}을(를) 호출하도록 허용하세요(--source-arn 및 --source-account를 지정한 add-permission).',
  'invoke.s3dest.fixPolicy':
    '{name}의 {kind, select, sqs {대기열} other {주제}} 정책에서 버킷과 계정으로 범위를 좁혀 {service}에 {noaction, select, yes {전송} other {{action}}}을(를) 허용하세요.',
  'invoke.s3dest.paste': '{arn}의 정책에 바로 붙여 넣을 수 있습니다: {json}',
  'invoke.trigger.title':
    '{service}이(가) {kind, select, eventbridge_rule {EventBridge 규칙} sns {SNS 주제} s3 {S3 버킷} apigateway {API Gateway API} logs_subscription {CloudWatch Logs 구독} iot {IoT 규칙} cognito {Cognito 사용자 풀} alexa {Alexa 스킬} other {트리거}} {source}의 이벤트로 {target}을(를) 호출할 수 없습니다',
  'invoke.trigger.summaryDeny':
    '{policy}의 리소스 기반 정책에 있는 Deny 때문에 {service}이(가) {source}의 이벤트로 함수를 호출할 수 없으므로 이 이벤트는 함수에 도달하지 않습니다.',
  'invoke.trigger.summaryMissing':
    '{policy}의 리소스 기반 정책에 {source}의 이벤트로 {service}이(가) 호출하도록 허용하는 문이 없으므로 이 이벤트는 함수에 도달하지 않습니다.',
  'invoke.trigger.summaryNoPolicy':
    '{target}에는 리소스 기반 정책이 없어 {source}의 이벤트로 {service}이(가) 호출하도록 허용하는 문도 없으므로 이 이벤트는 함수에 도달하지 않습니다.',
  'invoke.trigger.checked':
    '검사: {arn}에 대한 {service} → lambda:InvokeFunction(aws:SourceArn={source}, aws:SourceAccount={account})',
  'invoke.trigger.assumed': '소스 ARN에 계정이 없으므로 함수의 계정 {account}(으)로 간주했습니다.',
  'invoke.trigger.fix':
    '{source}에서만 {service}이(가) {arn}을(를) 호출할 수 있도록 리소스 기반 정책에 문을 추가하세요.',
  'invoke.trigger.fixDeny':
    '{policy}의 리소스 기반 정책에서 Deny 문을 제거하거나 범위를 좁힌 뒤 호출 권한을 추가하세요.',
  'invoke.trigger.noteOnly': '함수의 리소스 기반 정책은 add-permission / remove-permission으로만 변경할 수 있습니다.',
  'invoke.trigger.noteQualifier':
    '트리거가 한정자 {qualifier}을(를) 대상으로 합니다. 권한은 한정되지 않은 함수가 아니라 해당 한정자에 추가해야 합니다(--qualifier).',
  'invoke.trigger.noteCdk':
    '대부분의 CDK 통합(targets.LambdaFunction, LambdaSubscription, LambdaDestination, LambdaIntegration)은 이 권한을 직접 추가합니다. 권한이 없다면 대개 트리거가 CDK 밖에서 연결되었거나 권한이 제거된 것입니다.',
};
