/**
 * Finding texts of the latent and execution-role checks (issue 13's checks: lambda/core/checks/execution-role/
 * self-assume, lambda-cannot-assume, trust-confused-deputy-account, configured-unusable, shadowed-grant) in every
 * language, side by side so a check's author edits one file. English is the source (the checks render it through
 * `en(msg(…))`). Role, function and policy names, ARNs, actions, condition keys and variable names are
 * placeholders or literal AWS identifiers: never translated. `{what}` (e.g. "SQS queue", shared/typical-use.ts)
 * and the engine's `{clause}` stay English until those helpers are converted.
 */

/** English source texts. */
export const LATENT_EN = {
  'latent.selfAssume.title':
    '{hasFn, select, no {a session of role {role}} other {{fn} (role {role})}} calls {action} on its own execution role: the call is unnecessary',
  'latent.selfAssume.summary':
    "Code running as {role} asked STS for {role}'s credentials again; Lambda already gives the function that role's credentials, so remove the call instead of granting {action}.",
  'latent.selfAssume.guide':
    'Lambda developer guide: "Lambda automatically assumes your execution role when you invoke your function. You should avoid manually calling sts:AssumeRole to assume the execution role in your function code." ({url})',
  'latent.selfAssume.fix':
    "Remove the {action} call on {role} from the function's code and use the credentials Lambda provides (the SDK's default credential chain).",
  'latent.selfAssume.noGrant':
    'Do not add sts:AssumeRole to the role: the call only returns the credentials the function already has.',
  'latent.selfAssume.trustItself':
    "If the use case really needs the role to assume itself, the role's trust policy must name the role itself as a trusted principal (same guide), and its identity policy must allow sts:AssumeRole on it.",
  'latent.cannotAssume.title':
    'Lambda cannot assume execution role {role}{count, plural, =0 {} one { ({count} function)} other { ({count} functions)}}',
  'latent.cannotAssume.summary':
    'lambda.amazonaws.com was denied {action} on {role}{hasClause, select, no {} other { because {clause}}}: its trust policy must allow the Lambda service principal, or the functions using it cannot run.',
  'latent.cannotAssume.noUsers': 'No function in the snapshot uses {role}.',
  'latent.cannotAssume.users':
    'Functions using {role}: {names}{hasMore, select, no {} other { and {more} more}}. None of them can run until Lambda can assume it.',
  'latent.cannotAssume.fix':
    'Merge a statement letting lambda.amazonaws.com assume {role} (guarded by aws:SourceAccount) into its trust policy.',
  'latent.cannotAssume.replaces':
    'update-assume-role-policy replaces the whole trust policy: apply the merged document, never just the new statement.',
  'latent.deputy.title':
    '{count} execution role trust {count, plural, one {policy has} other {policies have}} no aws:SourceAccount / aws:SourceArn guard',
  'latent.deputy.summary':
    'These execution roles let lambda.amazonaws.com assume them on behalf of any account, without the confused-deputy guard AWS recommends: {names}.',
  'latent.deputy.role': '{role} ({arn}) used by {functions}',
  'latent.deputy.fix':
    'Add an aws:SourceAccount guard to the lambda.amazonaws.com trust statement of {count} role(s): {names}.',
  'latent.unusable.title': '{fn}: the {what} named by environment variable {variable} is unusable by role {role}',
  'latent.unusable.summary':
    'Environment variable {variable} names {arn}, but the execution role may perform none of {actions} on it: the first call the function makes to it will be denied.',
  'latent.unusable.value':
    'Configuration value: environment variable {variable} (its value is never stored; the resource ARN was derived from it).',
  'latent.unusable.checked': 'Actions checked: {actions} on {arn}; none is allowed.',
  'latent.unusable.fix': 'Let {role} use the {what} {variable} names (keep only the actions the code calls).',
  'latent.unusable.typical': 'The actions are what a function typically needs; remove those your code does not call.',
  'latent.shadowed.title':
    'Allow {policy} {hasSid, select, no {statement #{index}} other {"{sid}"}} of {role} never takes effect: blocked by {hasBlocker, select, no {the {layer} layer} other {{blocker} ({layer})}}',
  'latent.shadowed.summary':
    '{role} allows {actions}{hasMore, select, no {} other { (+{more} more)}} in {policy} {hasSid, select, no {statement #{index}} other {"{sid}"}}, but {hasBlocker, select, no {the {layer} layer} other {{blocker} ({layer})}} blocks it, so {functions} will be denied the first time {count, plural, one {it calls} other {they call}} it.',
  'latent.shadowed.blocked': 'Blocked actions ({count}): {actions}',
  'latent.readDenied.title':
    'The auditor was denied {action} on {count} {count, plural, one {target} other {targets}}: findings about them are incomplete',
  'latent.readDenied.summary':
    "AWS denied the auditor's own read {action} ({code}), so the checks could not see {many, select, yes {{count} targets} other {{target}}} and report nothing about what they would have found there.",
  'latent.readDenied.target': 'Not readable: {target}',
  'latent.readDenied.more': '… and {count} more.',
  'latent.readDenied.said': 'AWS said: {message}',
  'latent.readDenied.principal': 'Auditor principal: {principal}.',
  'latent.readDenied.unknown': 'Auditor principal: unknown (GetCallerIdentity was not available).',
  'latent.readDenied.fixRole':
    "Let the auditor's role {hasRole, select, no {(the role it runs as)} other {{role}}} call {action} (read-only).",
  'latent.readDenied.fix': "Let the auditor's role call {action} (read-only).",
  'latent.readDenied.stack':
    "The deployed stack grants exactly the collector's read actions (lambda/aws/collect/permissions.ts): if it is deployed from this version and still denied, a service control policy or a permissions boundary blocks the read — check the error above.",
  'latent.readDenied.cli':
    'When you run the CLI with your own credentials, grant the read to yourself or use the deployed auditor role.',
  'latent.readDenied.scope':
    'Scope Resource to this account (and the ARNs of the targets above) where the action supports resource-level permissions.',
} as const;

type LatentCatalog = Readonly<Record<keyof typeof LATENT_EN, string>>;

/** German. */
export const LATENT_DE: LatentCatalog = {
  'latent.selfAssume.title':
    '{hasFn, select, no {Eine Sitzung der Rolle {role}} other {{fn} (Rolle {role})}} ruft {action} für die eigene Ausführungsrolle auf: Der Aufruf ist unnötig',
  'latent.selfAssume.summary':
    'Code, der als {role} läuft, hat STS erneut nach den Anmeldeinformationen von {role} gefragt; Lambda stellt der Funktion diese Anmeldeinformationen bereits bereit. Den Aufruf entfernen, statt {action} zu gewähren.',
  'latent.selfAssume.guide':
    'Lambda-Entwicklerhandbuch: „Lambda übernimmt Ihre Ausführungsrolle automatisch, wenn Sie Ihre Funktion aufrufen. Vermeiden Sie es, sts:AssumeRole im Funktionscode manuell aufzurufen, um die Ausführungsrolle zu übernehmen.“ ({url})',
  'latent.selfAssume.fix':
    'Den Aufruf {action} für {role} aus dem Funktionscode entfernen und die von Lambda bereitgestellten Anmeldeinformationen verwenden (Standard-Anmeldeinformationskette des SDK).',
  'latent.selfAssume.noGrant':
    'sts:AssumeRole nicht zur Rolle hinzufügen: Der Aufruf liefert nur die Anmeldeinformationen, die die Funktion schon hat.',
  'latent.selfAssume.trustItself':
    'Muss die Rolle sich wirklich selbst übernehmen, muss ihre Vertrauensrichtlinie die Rolle selbst als vertrauenswürdigen Prinzipal nennen (gleiches Handbuch) und ihre identitätsbasierte Richtlinie sts:AssumeRole auf sie erlauben.',
  'latent.cannotAssume.title':
    'Lambda kann die Ausführungsrolle {role} nicht übernehmen{count, plural, =0 {} one { ({count} Funktion)} other { ({count} Funktionen)}}',
  'latent.cannotAssume.summary':
    'lambda.amazonaws.com wurde {action} auf {role} verweigert{hasClause, select, no {} other { (Grund: {clause})}}: Die Vertrauensrichtlinie muss den Lambda-Service-Prinzipal erlauben, sonst können die Funktionen mit dieser Rolle nicht laufen.',
  'latent.cannotAssume.noUsers': 'Keine Funktion im Snapshot verwendet {role}.',
  'latent.cannotAssume.users':
    'Funktionen mit {role}: {names}{hasMore, select, no {} other { und {more} weitere}}. Keine davon kann laufen, bis Lambda die Rolle übernehmen kann.',
  'latent.cannotAssume.fix':
    'Eine Anweisung, die lambda.amazonaws.com die Übernahme von {role} erlaubt (abgesichert mit aws:SourceAccount), in die Vertrauensrichtlinie einfügen.',
  'latent.cannotAssume.replaces':
    'update-assume-role-policy ersetzt die gesamte Vertrauensrichtlinie: das zusammengeführte Dokument anwenden, nie nur die neue Anweisung.',
  'latent.deputy.title':
    '{count, plural, one {{count} Vertrauensrichtlinie einer Ausführungsrolle hat} other {{count} Vertrauensrichtlinien von Ausführungsrollen haben}} keine Absicherung mit aws:SourceAccount / aws:SourceArn',
  'latent.deputy.summary':
    'Diese Ausführungsrollen lassen lambda.amazonaws.com sie im Auftrag beliebiger Konten übernehmen, ohne den von AWS empfohlenen Schutz vor dem Confused-Deputy-Problem: {names}.',
  'latent.deputy.role': '{role} ({arn}) verwendet von {functions}',
  'latent.deputy.fix':
    'Die lambda.amazonaws.com-Vertrauensanweisung von {count, plural, one {{count} Rolle} other {{count} Rollen}} mit aws:SourceAccount absichern: {names}.',
  'latent.unusable.title': '{fn}: {what} aus der Umgebungsvariable {variable} ist für die Rolle {role} nicht nutzbar',
  'latent.unusable.summary':
    'Die Umgebungsvariable {variable} nennt {arn}, aber die Ausführungsrolle darf keine der Aktionen {actions} darauf ausführen: Der erste Zugriff der Funktion darauf wird verweigert.',
  'latent.unusable.value':
    'Konfigurationswert: Umgebungsvariable {variable} (ihr Wert wird nie gespeichert; der Ressourcen-ARN wurde daraus abgeleitet).',
  'latent.unusable.checked': 'Geprüfte Aktionen: {actions} auf {arn}; keine ist erlaubt.',
  'latent.unusable.fix':
    '{role} die Nutzung von {what} aus {variable} erlauben (nur die Aktionen behalten, die der Code aufruft).',
  'latent.unusable.typical':
    'Die Aktionen sind das, was eine Funktion typischerweise braucht; die nicht aufgerufenen entfernen.',
  'latent.shadowed.title':
    'Allow {policy} {hasSid, select, no {Anweisung #{index}} other {"{sid}"}} von {role} wirkt nie: blockiert durch {hasBlocker, select, no {die Ebene {layer}} other {{blocker} ({layer})}}',
  'latent.shadowed.summary':
    '{role} erlaubt {actions}{hasMore, select, no {} other { (+{more} weitere)}} in {policy} {hasSid, select, no {Anweisung #{index}} other {"{sid}"}}, aber {hasBlocker, select, no {die Ebene {layer}} other {{blocker} ({layer})}} blockiert es: {functions} {count, plural, one {wird} other {werden}} beim ersten Aufruf abgelehnt.',
  'latent.shadowed.blocked': 'Blockierte Aktionen ({count}): {actions}',
  'latent.readDenied.title':
    'Dem Auditor wurde {action} auf {count, plural, one {{count} Ziel} other {{count} Ziele}} verweigert: Die Ergebnisse dazu sind unvollständig',
  'latent.readDenied.summary':
    'AWS hat den eigenen Lesezugriff {action} des Auditors verweigert ({code}); die Prüfungen konnten {many, select, yes {{count} Ziele} other {{target}}} nicht sehen und melden nichts zu dem, was sie dort gefunden hätten.',
  'latent.readDenied.target': 'Nicht lesbar: {target}',
  'latent.readDenied.more': '… und {count} weitere.',
  'latent.readDenied.said': 'Meldung von AWS: {message}',
  'latent.readDenied.principal': 'Prinzipal des Auditors: {principal}.',
  'latent.readDenied.unknown': 'Prinzipal des Auditors: unbekannt (GetCallerIdentity war nicht verfügbar).',
  'latent.readDenied.fixRole':
    'Der Rolle des Auditors {hasRole, select, no {(der Rolle, mit der er läuft)} other {{role}}} den Aufruf {action} erlauben (nur lesend).',
  'latent.readDenied.fix': 'Der Rolle des Auditors den Aufruf {action} erlauben (nur lesend).',
  'latent.readDenied.stack':
    'Der bereitgestellte Stack gewährt genau die Leseaktionen des Collectors (lambda/aws/collect/permissions.ts): Ist er aus dieser Version bereitgestellt und trotzdem abgelehnt, blockiert eine Service-Kontrollrichtlinie oder eine Berechtigungsgrenze den Lesezugriff – siehe Fehler oben.',
  'latent.readDenied.cli':
    'Wenn Sie die CLI mit eigenen Anmeldeinformationen ausführen, gewähren Sie sich den Lesezugriff selbst oder verwenden Sie die bereitgestellte Auditor-Rolle.',
  'latent.readDenied.scope':
    'Resource auf dieses Konto (und die ARNs der Ziele oben) beschränken, wo die Aktion Berechtigungen auf Ressourcenebene unterstützt.',
};

/** French. */
export const LATENT_FR: LatentCatalog = {
  'latent.selfAssume.title':
    '{hasFn, select, no {Une session du rôle {role}} other {{fn} (rôle {role})}} appelle {action} sur son propre rôle d’exécution : l’appel est inutile',
  'latent.selfAssume.summary':
    'Du code exécuté en tant que {role} a redemandé à STS les informations d’identification de {role} ; Lambda les fournit déjà à la fonction. Supprimez l’appel au lieu d’accorder {action}.',
  'latent.selfAssume.guide':
    'Guide du développeur Lambda : « Lambda endosse automatiquement votre rôle d’exécution lorsque vous invoquez votre fonction. Évitez d’appeler manuellement sts:AssumeRole dans le code de votre fonction pour endosser le rôle d’exécution. » ({url})',
  'latent.selfAssume.fix':
    'Supprimez l’appel {action} sur {role} du code de la fonction et utilisez les informations d’identification fournies par Lambda (chaîne d’identification par défaut du SDK).',
  'latent.selfAssume.noGrant':
    'N’ajoutez pas sts:AssumeRole au rôle : l’appel ne renvoie que les informations d’identification que la fonction possède déjà.',
  'latent.selfAssume.trustItself':
    'Si le cas d’usage exige vraiment que le rôle s’endosse lui-même, sa politique d’approbation doit nommer le rôle comme principal de confiance (même guide) et sa politique basée sur l’identité doit autoriser sts:AssumeRole sur lui.',
  'latent.cannotAssume.title':
    'Lambda ne peut pas endosser le rôle d’exécution {role}{count, plural, =0 {} one { ({count} fonction)} other { ({count} fonctions)}}',
  'latent.cannotAssume.summary':
    'lambda.amazonaws.com s’est vu refuser {action} sur {role}{hasClause, select, no {} other { (motif : {clause})}} : sa politique d’approbation doit autoriser le principal de service Lambda, sinon les fonctions qui l’utilisent ne peuvent pas s’exécuter.',
  'latent.cannotAssume.noUsers': 'Aucune fonction du snapshot n’utilise {role}.',
  'latent.cannotAssume.users':
    'Fonctions utilisant {role} : {names}{hasMore, select, no {} other { et {more} de plus}}. Aucune ne peut s’exécuter tant que Lambda ne peut pas endosser le rôle.',
  'latent.cannotAssume.fix':
    'Fusionnez dans sa politique d’approbation une instruction permettant à lambda.amazonaws.com d’endosser {role} (protégée par aws:SourceAccount).',
  'latent.cannotAssume.replaces':
    'update-assume-role-policy remplace toute la politique d’approbation : appliquez le document fusionné, jamais la seule nouvelle instruction.',
  'latent.deputy.title':
    '{count, plural, one {{count} politique d’approbation de rôle d’exécution n’a} other {{count} politiques d’approbation de rôles d’exécution n’ont}} aucune protection aws:SourceAccount / aws:SourceArn',
  'latent.deputy.summary':
    'Ces rôles d’exécution laissent lambda.amazonaws.com les endosser pour le compte de n’importe quel compte, sans la protection contre le « confused deputy » recommandée par AWS : {names}.',
  'latent.deputy.role': '{role} ({arn}) utilisé par {functions}',
  'latent.deputy.fix':
    'Ajoutez une protection aws:SourceAccount à l’instruction d’approbation lambda.amazonaws.com de {count, plural, one {{count} rôle} other {{count} rôles}} : {names}.',
  'latent.unusable.title':
    '{fn} : la ressource {what} nommée par la variable d’environnement {variable} est inutilisable par le rôle {role}',
  'latent.unusable.summary':
    'La variable d’environnement {variable} nomme {arn}, mais le rôle d’exécution ne peut effectuer aucune des actions {actions} dessus : le premier appel de la fonction sera refusé.',
  'latent.unusable.value':
    'Valeur de configuration : variable d’environnement {variable} (sa valeur n’est jamais stockée ; l’ARN de la ressource en a été déduit).',
  'latent.unusable.checked': 'Actions vérifiées : {actions} sur {arn} ; aucune n’est autorisée.',
  'latent.unusable.fix':
    'Autorisez {role} à utiliser la ressource {what} nommée par {variable} (ne gardez que les actions que le code appelle).',
  'latent.unusable.typical':
    'Ces actions sont celles dont une fonction a généralement besoin ; supprimez celles que votre code n’appelle pas.',
  'latent.shadowed.title':
    'L’Allow {policy} {hasSid, select, no {instruction #{index}} other {"{sid}"}} de {role} ne prend jamais effet : bloqué par {hasBlocker, select, no {la couche {layer}} other {{blocker} ({layer})}}',
  'latent.shadowed.summary':
    '{role} autorise {actions}{hasMore, select, no {} other { (+{more} de plus)}} dans {policy} {hasSid, select, no {instruction #{index}} other {"{sid}"}}, mais {hasBlocker, select, no {la couche {layer}} other {{blocker} ({layer})}} le bloque : {functions} {count, plural, one {sera refusée} other {seront refusées}} au premier appel.',
  'latent.shadowed.blocked': 'Actions bloquées ({count}) : {actions}',
  'latent.readDenied.title':
    'L’auditeur s’est vu refuser {action} sur {count, plural, one {{count} cible} other {{count} cibles}} : les résultats les concernant sont incomplets',
  'latent.readDenied.summary':
    'AWS a refusé la lecture {action} de l’auditeur lui-même ({code}) : les vérifications n’ont pas pu voir {many, select, yes {{count} cibles} other {{target}}} et ne signalent rien de ce qu’elles y auraient trouvé.',
  'latent.readDenied.target': 'Illisible : {target}',
  'latent.readDenied.more': '… et {count} de plus.',
  'latent.readDenied.said': 'Message d’AWS : {message}',
  'latent.readDenied.principal': 'Principal de l’auditeur : {principal}.',
  'latent.readDenied.unknown': 'Principal de l’auditeur : inconnu (GetCallerIdentity n’était pas disponible).',
  'latent.readDenied.fixRole':
    'Autorisez le rôle de l’auditeur {hasRole, select, no {(le rôle sous lequel il s’exécute)} other {{role}}} à appeler {action} (lecture seule).',
  'latent.readDenied.fix': 'Autorisez le rôle de l’auditeur à appeler {action} (lecture seule).',
  'latent.readDenied.stack':
    'La pile déployée accorde exactement les actions de lecture du collecteur (lambda/aws/collect/permissions.ts) : si elle est déployée depuis cette version et toujours refusée, une politique de contrôle des services ou une limite des autorisations bloque la lecture – voir l’erreur ci-dessus.',
  'latent.readDenied.cli':
    'Si vous exécutez la CLI avec vos propres informations d’identification, accordez-vous la lecture ou utilisez le rôle de l’auditeur déployé.',
  'latent.readDenied.scope':
    'Limitez Resource à ce compte (et aux ARN des cibles ci-dessus) lorsque l’action prend en charge les autorisations au niveau des ressources.',
};

/** Japanese. */
export const LATENT_JA: LatentCatalog = {
  'latent.selfAssume.title':
    '{hasFn, select, no {ロール {role} のセッション} other {{fn} (ロール {role})}} が自身の実行ロールに対して {action} を呼び出しています: この呼び出しは不要です',
  'latent.selfAssume.summary':
    '{role} として実行中のコードが STS に {role} の認証情報を再度要求しました。Lambda はこのロールの認証情報を既に関数に渡しています。{action} を許可せず、この呼び出しを削除してください。',
  'latent.selfAssume.guide':
    'Lambda デベロッパーガイド:「関数を呼び出すと、Lambda は実行ロールを自動的に引き受けます。関数コード内で sts:AssumeRole を手動で呼び出して実行ロールを引き受けることは避けてください。」({url})',
  'latent.selfAssume.fix':
    '関数のコードから {role} に対する {action} の呼び出しを削除し、Lambda が渡す認証情報 (SDK のデフォルト認証情報チェーン) を使用してください。',
  'latent.selfAssume.noGrant':
    'ロールに sts:AssumeRole を追加しないでください。この呼び出しは関数が既に持っている認証情報を返すだけです。',
  'latent.selfAssume.trustItself':
    'ロールが自身を引き受ける必要が本当にある場合は、ロールの信頼ポリシーでロール自身を信頼されたプリンシパルとして指定し (同ガイド)、アイデンティティベースのポリシーでそのロールへの sts:AssumeRole を許可する必要があります。',
  'latent.cannotAssume.title':
    'Lambda が実行ロール {role} を引き受けられません{count, plural, =0 {} other { ({count} 個の関数)}}',
  'latent.cannotAssume.summary':
    'lambda.amazonaws.com は {role} に対する {action} を拒否されました{hasClause, select, no {} other { (理由: {clause})}}。ロールの信頼ポリシーで Lambda サービスプリンシパルを許可しないと、このロールを使う関数は実行できません。',
  'latent.cannotAssume.noUsers': 'スナップショット内に {role} を使う関数はありません。',
  'latent.cannotAssume.users':
    '{role} を使う関数: {names}{hasMore, select, no {} other { ほか {more} 個}}。Lambda がロールを引き受けられるようになるまで、いずれも実行できません。',
  'latent.cannotAssume.fix':
    'lambda.amazonaws.com に {role} の引き受けを許可するステートメント (aws:SourceAccount で保護) を信頼ポリシーにマージしてください。',
  'latent.cannotAssume.replaces':
    'update-assume-role-policy は信頼ポリシー全体を置き換えます。新しいステートメントだけでなく、マージ後のドキュメントを適用してください。',
  'latent.deputy.title':
    '{count} 個の実行ロールの信頼ポリシーに aws:SourceAccount / aws:SourceArn による保護がありません',
  'latent.deputy.summary':
    '次の実行ロールは、AWS が推奨する「混乱した代理」対策の保護なしに、任意のアカウントに代わって lambda.amazonaws.com が引き受けられます: {names}。',
  'latent.deputy.role': '{role} ({arn}) 使用元: {functions}',
  'latent.deputy.fix':
    '{count} 個のロールの lambda.amazonaws.com 信頼ステートメントに aws:SourceAccount による保護を追加してください: {names}。',
  'latent.unusable.title': '{fn}: 環境変数 {variable} が指す {what} をロール {role} が使用できません',
  'latent.unusable.summary':
    '環境変数 {variable} は {arn} を指していますが、実行ロールはこのリソースに対して {actions} のいずれも実行できません。関数からの最初の呼び出しは拒否されます。',
  'latent.unusable.value': '設定値: 環境変数 {variable} (値は保存されません。リソース ARN は値から導出しました)。',
  'latent.unusable.checked': '確認したアクション: {arn} に対する {actions}。いずれも許可されていません。',
  'latent.unusable.fix':
    '{variable} が指す {what} の使用を {role} に許可してください (コードが呼び出すアクションだけを残してください)。',
  'latent.unusable.typical':
    'これらは関数が一般的に必要とするアクションです。コードが呼び出さないものは削除してください。',
  'latent.shadowed.title':
    '{role} の Allow {policy} {hasSid, select, no {ステートメント #{index}} other {"{sid}"}} は有効になりません: {hasBlocker, select, no {{layer} レイヤー} other {{blocker} ({layer})}} がブロックしています',
  'latent.shadowed.summary':
    '{role} は {policy} {hasSid, select, no {ステートメント #{index}} other {"{sid}"}} で {actions}{hasMore, select, no {} other { (ほか {more} 個)}} を許可していますが、{hasBlocker, select, no {{layer} レイヤー} other {{blocker} ({layer})}} がブロックしているため、{functions} ({count} 個の関数) は最初の呼び出しで拒否されます。',
  'latent.shadowed.blocked': 'ブロックされたアクション ({count} 個): {actions}',
  'latent.readDenied.title':
    '監査ツールは {count} 個のターゲットに対する {action} を拒否されました: これらに関する検出結果は不完全です',
  'latent.readDenied.summary':
    'AWS が監査ツール自身の読み取り {action} を拒否したため ({code})、チェックは {many, select, yes {{count} 個のターゲット} other {{target}}} を確認できず、そこで見つかったはずの問題を報告できません。',
  'latent.readDenied.target': '読み取り不可: {target}',
  'latent.readDenied.more': '… ほか {count} 個。',
  'latent.readDenied.said': 'AWS のメッセージ: {message}',
  'latent.readDenied.principal': '監査ツールのプリンシパル: {principal}。',
  'latent.readDenied.unknown': '監査ツールのプリンシパル: 不明 (GetCallerIdentity を利用できませんでした)。',
  'latent.readDenied.fixRole':
    '監査ツールのロール {hasRole, select, no {(実行に使うロール)} other {{role}}} に {action} の呼び出しを許可してください (読み取り専用)。',
  'latent.readDenied.fix': '監査ツールのロールに {action} の呼び出しを許可してください (読み取り専用)。',
  'latent.readDenied.stack':
    'デプロイされたスタックはコレクターの読み取りアクション (lambda/aws/collect/permissions.ts) をそのまま付与します。このバージョンからデプロイしても拒否される場合は、サービスコントロールポリシーまたはアクセス許可の境界が読み取りをブロックしています。上のエラーを確認してください。',
  'latent.readDenied.cli':
    '自分の認証情報で CLI を実行する場合は、自分に読み取りを許可するか、デプロイされた監査ツールのロールを使用してください。',
  'latent.readDenied.scope':
    'アクションがリソースレベルのアクセス許可に対応している場合は、Resource をこのアカウント (と上記ターゲットの ARN) に限定してください。',
};

/** Korean. */
export const LATENT_KO: LatentCatalog = {
  'latent.selfAssume.title':
    '{hasFn, select, no {역할 {role}의 세션} other {{fn}(역할 {role})}}이 자신의 실행 역할에 대해 {action}을 호출합니다: 불필요한 호출입니다',
  'latent.selfAssume.summary':
    '{role}(으)로 실행 중인 코드가 STS에 {role}의 자격 증명을 다시 요청했습니다. Lambda는 이미 이 역할의 자격 증명을 함수에 제공합니다. {action}을 허용하지 말고 호출을 제거하세요.',
  'latent.selfAssume.guide':
    'Lambda 개발자 안내서: "Lambda는 함수를 호출할 때 실행 역할을 자동으로 수임합니다. 함수 코드에서 sts:AssumeRole을 수동으로 호출하여 실행 역할을 수임하지 마세요." ({url})',
  'latent.selfAssume.fix':
    '함수 코드에서 {role}에 대한 {action} 호출을 제거하고 Lambda가 제공하는 자격 증명(SDK 기본 자격 증명 체인)을 사용하세요.',
  'latent.selfAssume.noGrant':
    '역할에 sts:AssumeRole을 추가하지 마세요. 이 호출은 함수가 이미 가진 자격 증명만 반환합니다.',
  'latent.selfAssume.trustItself':
    '역할이 자기 자신을 수임해야 하는 경우에는 역할 신뢰 정책에서 역할 자신을 신뢰할 수 있는 보안 주체로 지정하고(같은 안내서), 자격 증명 기반 정책에서 해당 역할에 대한 sts:AssumeRole을 허용해야 합니다.',
  'latent.cannotAssume.title':
    'Lambda가 실행 역할 {role}을(를) 수임할 수 없습니다{count, plural, =0 {} other { (함수 {count}개)}}',
  'latent.cannotAssume.summary':
    'lambda.amazonaws.com이 {role}에 대한 {action}을 거부당했습니다{hasClause, select, no {} other { (이유: {clause})}}. 역할 신뢰 정책에서 Lambda 서비스 보안 주체를 허용해야 이 역할을 사용하는 함수가 실행됩니다.',
  'latent.cannotAssume.noUsers': '스냅샷에 {role}을(를) 사용하는 함수가 없습니다.',
  'latent.cannotAssume.users':
    '{role}을(를) 사용하는 함수: {names}{hasMore, select, no {} other { 외 {more}개}}. Lambda가 역할을 수임할 수 있을 때까지 모두 실행할 수 없습니다.',
  'latent.cannotAssume.fix':
    'lambda.amazonaws.com이 {role}을(를) 수임하도록 허용하는 문(aws:SourceAccount로 보호)을 신뢰 정책에 병합하세요.',
  'latent.cannotAssume.replaces':
    'update-assume-role-policy는 신뢰 정책 전체를 교체합니다. 새 문만이 아니라 병합한 문서를 적용하세요.',
  'latent.deputy.title': '실행 역할 신뢰 정책 {count}개에 aws:SourceAccount / aws:SourceArn 보호가 없습니다',
  'latent.deputy.summary':
    '다음 실행 역할은 AWS가 권장하는 혼동된 대리자 보호 없이 모든 계정을 대신해 lambda.amazonaws.com이 수임할 수 있습니다: {names}.',
  'latent.deputy.role': '{role}({arn}), 사용 함수: {functions}',
  'latent.deputy.fix': '역할 {count}개의 lambda.amazonaws.com 신뢰 문에 aws:SourceAccount 보호를 추가하세요: {names}.',
  'latent.unusable.title':
    '{fn}: 환경 변수 {variable}이(가) 가리키는 {what}을(를) 역할 {role}이(가) 사용할 수 없습니다',
  'latent.unusable.summary':
    '환경 변수 {variable}은(는) {arn}을(를) 가리키지만 실행 역할은 이 리소스에 대해 {actions} 중 어느 작업도 수행할 수 없습니다. 함수의 첫 호출은 거부됩니다.',
  'latent.unusable.value': '구성 값: 환경 변수 {variable}(값은 저장되지 않으며 리소스 ARN은 값에서 도출했습니다).',
  'latent.unusable.checked': '확인한 작업: {arn}에 대한 {actions}. 허용된 작업이 없습니다.',
  'latent.unusable.fix':
    '{role}이(가) {variable}이(가) 가리키는 {what}을(를) 사용하도록 허용하세요(코드가 호출하는 작업만 남기세요).',
  'latent.unusable.typical': '함수에 일반적으로 필요한 작업입니다. 코드가 호출하지 않는 작업은 제거하세요.',
  'latent.shadowed.title':
    '{role}의 Allow {policy} {hasSid, select, no {문 #{index}} other {"{sid}"}}은(는) 적용되지 않습니다: {hasBlocker, select, no {{layer} 계층} other {{blocker}({layer})}}이(가) 차단합니다',
  'latent.shadowed.summary':
    '{role}은(는) {policy} {hasSid, select, no {문 #{index}} other {"{sid}"}}에서 {actions}{hasMore, select, no {} other { (외 {more}개)}}을(를) 허용하지만 {hasBlocker, select, no {{layer} 계층} other {{blocker}({layer})}}이(가) 차단하므로 {functions}(함수 {count}개)은(는) 첫 호출에서 거부됩니다.',
  'latent.shadowed.blocked': '차단된 작업({count}개): {actions}',
  'latent.readDenied.title':
    '감사 도구가 대상 {count}개에 대한 {action}을 거부당했습니다: 해당 대상의 결과는 불완전합니다',
  'latent.readDenied.summary':
    'AWS가 감사 도구 자체의 읽기 {action}을 거부했으므로({code}) 검사가 {many, select, yes {대상 {count}개} other {{target}}}을(를) 볼 수 없었고, 그곳에서 발견했을 문제를 보고하지 못합니다.',
  'latent.readDenied.target': '읽을 수 없음: {target}',
  'latent.readDenied.more': '… 외 {count}개.',
  'latent.readDenied.said': 'AWS 메시지: {message}',
  'latent.readDenied.principal': '감사 도구 보안 주체: {principal}.',
  'latent.readDenied.unknown': '감사 도구 보안 주체: 알 수 없음(GetCallerIdentity를 사용할 수 없었음).',
  'latent.readDenied.fixRole':
    '감사 도구의 역할 {hasRole, select, no {(실행에 사용하는 역할)} other {{role}}}이(가) {action}을 호출하도록 허용하세요(읽기 전용).',
  'latent.readDenied.fix': '감사 도구의 역할이 {action}을 호출하도록 허용하세요(읽기 전용).',
  'latent.readDenied.stack':
    '배포된 스택은 수집기의 읽기 작업(lambda/aws/collect/permissions.ts)을 그대로 부여합니다. 이 버전에서 배포했는데도 거부된다면 서비스 제어 정책이나 권한 경계가 읽기를 차단하고 있습니다. 위의 오류를 확인하세요.',
  'latent.readDenied.cli':
    '자신의 자격 증명으로 CLI를 실행하는 경우 자신에게 읽기 권한을 부여하거나 배포된 감사 도구 역할을 사용하세요.',
  'latent.readDenied.scope': '작업이 리소스 수준 권한을 지원하면 Resource를 이 계정(및 위 대상의 ARN)으로 제한하세요.',
};
