/**
 * Finding texts of the hygiene checks (lambda/core/checks/hygiene/) in every language, side by side so a
 * check's author edits one file. English is the source (the checks render it through `en(msg(…))`).
 * Check IDs, policy names, ARNs, key IDs and actions are placeholders: never translated.
 */

/** English source texts. */
export const HYGIENE_EN = {
  'fix.propagation': 'IAM changes can take a few seconds to propagate; retry after a short wait.',
  'hygiene.keys.title':
    'Deployer {user} has {count, plural, one {an active access key} other {{count} active access keys}} older than {maxDays} days ({oldest} days)',
  'hygiene.keys.summary':
    'IAM user {user} can deploy Lambda code ({action}) and signs in with long-lived access keys up to {oldest} days old, which would let anyone who finds them run code as your functions.',
  'hygiene.keys.key': '{keyId}: created {created} ({age} days), last used {lastUsed}',
  'hygiene.keys.keyNeverUsed': '{keyId}: created {created} ({age} days), last used never / unknown',
  'hygiene.keys.permission': 'Deploy permission found by the engine: {action} on {resource}.',
  'hygiene.keys.fix':
    'Move the pipeline to a role with short-lived credentials (OIDC / IAM Identity Center); until then rotate the key.',
  'hygiene.keys.note': 'Deactivate the old key first and watch for failures before deleting it.',
  'hygiene.deprecated.title':
    'Deprecated {policy} is attached to {kind, select, user {user} group {group} other {role}} {name}: use {replacement}',
  'hygiene.deprecated.summary':
    '{kind, select, user {User} group {Group} other {Role}} {name} uses the deprecated AWS managed policy {policy}, which no longer gets updates for new Lambda features; {replacement} replaces it.',
  'hygiene.deprecated.copyTitle':
    'A copy of deprecated {policy} ({copy}) is attached to {kind, select, user {user} group {group} other {role}} {name}: use {replacement}',
  'hygiene.deprecated.copySummary':
    '{kind, select, user {User} group {Group} other {Role}} {name} uses a customer-managed copy of the deprecated {policy} ({copy}), which no longer gets updates for new Lambda features; {replacement} replaces it.',
  'hygiene.deprecated.copySame':
    '{copy} has the same statements as the AWS managed {policy} (key and array order ignored).',
  'hygiene.deprecated.attached': 'Attached policy: {arn}.',
  'hygiene.deprecated.stays':
    'Deprecated AWS managed policies stay attached where they are, but can no longer be attached anywhere new.',
  'hygiene.deprecated.compare':
    'Compare the two policies before switching: the replacement grants a different (current) action set.',
  'hygiene.deprecated.fix':
    'Attach {replacement} (or a narrower customer managed policy) to {kind, select, user {user} group {group} other {role}} {name}, then detach {policy}.',
  'hygiene.deprecated.note': 'Attach the replacement first, then detach the deprecated policy, so access never lapses.',
} as const;

type HygieneCatalog = Readonly<Record<keyof typeof HYGIENE_EN, string>>;

/** German. */
export const HYGIENE_DE: HygieneCatalog = {
  'fix.propagation':
    'IAM-Änderungen brauchen einige Sekunden, bis sie überall wirksam sind; nach kurzer Wartezeit erneut versuchen.',
  'hygiene.keys.title':
    'Bereitsteller {user} hat {count, plural, one {einen aktiven Zugriffsschlüssel} other {{count} aktive Zugriffsschlüssel}} älter als {maxDays} Tage ({oldest} Tage)',
  'hygiene.keys.summary':
    'IAM-Benutzer {user} darf Lambda-Code bereitstellen ({action}) und meldet sich mit langlebigen Zugriffsschlüsseln an, die bis zu {oldest} Tage alt sind: Wer sie findet, kann Code als Ihre Funktionen ausführen.',
  'hygiene.keys.key': '{keyId}: erstellt {created} ({age} Tage), zuletzt verwendet {lastUsed}',
  'hygiene.keys.keyNeverUsed': '{keyId}: erstellt {created} ({age} Tage), nie verwendet oder unbekannt',
  'hygiene.keys.permission': 'Von der Engine gefundene Bereitstellungsberechtigung: {action} auf {resource}.',
  'hygiene.keys.fix':
    'Die Pipeline auf eine Rolle mit kurzlebigen Anmeldeinformationen umstellen (OIDC / IAM Identity Center); bis dahin den Schlüssel rotieren.',
  'hygiene.keys.note': 'Zuerst den alten Schlüssel deaktivieren und auf Fehler achten, dann erst löschen.',
  'hygiene.deprecated.title':
    'Veraltete Richtlinie {policy} ist an {kind, select, user {Benutzer} group {Gruppe} other {Rolle}} {name} angefügt: {replacement} verwenden',
  'hygiene.deprecated.summary':
    '{kind, select, user {Benutzer} group {Gruppe} other {Rolle}} {name} verwendet die veraltete von AWS verwaltete Richtlinie {policy}, die keine Updates für neue Lambda-Features mehr erhält; {replacement} ersetzt sie.',
  'hygiene.deprecated.copyTitle':
    'Eine Kopie der veralteten Richtlinie {policy} ({copy}) ist an {kind, select, user {Benutzer} group {Gruppe} other {Rolle}} {name} angefügt: {replacement} verwenden',
  'hygiene.deprecated.copySummary':
    '{kind, select, user {Benutzer} group {Gruppe} other {Rolle}} {name} verwendet eine vom Kunden verwaltete Kopie der veralteten Richtlinie {policy} ({copy}), die keine Updates für neue Lambda-Features erhält; {replacement} ersetzt sie.',
  'hygiene.deprecated.copySame':
    '{copy} enthält dieselben Anweisungen wie die von AWS verwaltete Richtlinie {policy} (Reihenfolge von Schlüsseln und Arrays ignoriert).',
  'hygiene.deprecated.attached': 'Angefügte Richtlinie: {arn}.',
  'hygiene.deprecated.stays':
    'Veraltete von AWS verwaltete Richtlinien bleiben angefügt, wo sie sind, können aber nirgends neu angefügt werden.',
  'hygiene.deprecated.compare':
    'Vor dem Wechsel beide Richtlinien vergleichen: Der Ersatz gewährt einen anderen (aktuellen) Satz von Aktionen.',
  'hygiene.deprecated.fix':
    '{replacement} (oder eine engere vom Kunden verwaltete Richtlinie) an {kind, select, user {Benutzer} group {Gruppe} other {Rolle}} {name} anfügen, dann {policy} trennen.',
  'hygiene.deprecated.note':
    'Zuerst den Ersatz anfügen, dann die veraltete Richtlinie trennen, damit der Zugriff nie unterbrochen wird.',
};

/** French. */
export const HYGIENE_FR: HygieneCatalog = {
  'fix.propagation':
    'Les modifications IAM peuvent mettre quelques secondes à se propager ; réessayez après une courte attente.',
  'hygiene.keys.title':
    'Le déployeur {user} a {count, plural, one {une clé d’accès active} other {{count} clés d’accès actives}} de plus de {maxDays} jours ({oldest} jours)',
  'hygiene.keys.summary':
    'L’utilisateur IAM {user} peut déployer du code Lambda ({action}) et se connecte avec des clés d’accès à long terme vieilles de {oldest} jours au plus : quiconque les trouve peut exécuter du code en tant que vos fonctions.',
  'hygiene.keys.key': '{keyId} : créée le {created} ({age} jours), dernière utilisation {lastUsed}',
  'hygiene.keys.keyNeverUsed': '{keyId} : créée le {created} ({age} jours), jamais utilisée ou inconnue',
  'hygiene.keys.permission': 'Autorisation de déploiement trouvée par le moteur : {action} sur {resource}.',
  'hygiene.keys.fix':
    'Passez le pipeline à un rôle avec des informations d’identification temporaires (OIDC / IAM Identity Center) ; en attendant, faites tourner la clé.',
  'hygiene.keys.note': 'Désactivez d’abord l’ancienne clé et surveillez les échecs avant de la supprimer.',
  'hygiene.deprecated.title':
    '{policy}, obsolète, est attachée {kind, select, user {à l’utilisateur} group {au groupe} other {au rôle}} {name} : utilisez {replacement}',
  'hygiene.deprecated.summary':
    '{kind, select, user {L’utilisateur} group {Le groupe} other {Le rôle}} {name} utilise la politique gérée par AWS obsolète {policy}, qui ne reçoit plus de mises à jour pour les nouvelles fonctionnalités Lambda ; {replacement} la remplace.',
  'hygiene.deprecated.copyTitle':
    'Une copie de {policy}, obsolète, ({copy}) est attachée {kind, select, user {à l’utilisateur} group {au groupe} other {au rôle}} {name} : utilisez {replacement}',
  'hygiene.deprecated.copySummary':
    '{kind, select, user {L’utilisateur} group {Le groupe} other {Le rôle}} {name} utilise une copie gérée par le client de la politique obsolète {policy} ({copy}), qui ne reçoit pas les mises à jour pour les nouvelles fonctionnalités Lambda ; {replacement} la remplace.',
  'hygiene.deprecated.copySame':
    '{copy} contient les mêmes instructions que la politique gérée par AWS {policy} (ordre des clés et des tableaux ignoré).',
  'hygiene.deprecated.attached': 'Politique attachée : {arn}.',
  'hygiene.deprecated.stays':
    'Les politiques gérées par AWS obsolètes restent attachées là où elles sont, mais ne peuvent plus être attachées ailleurs.',
  'hygiene.deprecated.compare':
    'Comparez les deux politiques avant de basculer : la remplaçante accorde un ensemble d’actions différent (actuel).',
  'hygiene.deprecated.fix':
    'Attachez {replacement} (ou une politique gérée par le client plus restreinte) {kind, select, user {à l’utilisateur} group {au groupe} other {au rôle}} {name}, puis détachez {policy}.',
  'hygiene.deprecated.note':
    'Attachez d’abord la remplaçante, puis détachez la politique obsolète, pour que l’accès ne soit jamais interrompu.',
};

/** Japanese. */
export const HYGIENE_JA: HygieneCatalog = {
  'fix.propagation': 'IAM の変更が反映されるまで数秒かかることがあります。少し待ってから再試行してください。',
  'hygiene.keys.title':
    'デプロイ担当 {user} に {maxDays} 日を超える有効なアクセスキーが {count} 個あります (最長 {oldest} 日)',
  'hygiene.keys.summary':
    'IAM ユーザー {user} は Lambda コードをデプロイでき ({action})、最長 {oldest} 日前の長期アクセスキーでサインインしています。キーを入手した人は誰でも関数としてコードを実行できます。',
  'hygiene.keys.key': '{keyId}: 作成 {created} ({age} 日)、最終使用 {lastUsed}',
  'hygiene.keys.keyNeverUsed': '{keyId}: 作成 {created} ({age} 日)、最終使用なしまたは不明',
  'hygiene.keys.permission': 'エンジンが見つけたデプロイ権限: {resource} に対する {action}',
  'hygiene.keys.fix':
    'パイプラインを短期認証情報を使うロール (OIDC / IAM Identity Center) に移行してください。それまではキーをローテーションしてください。',
  'hygiene.keys.note': '先に古いキーを無効化して失敗がないことを確認してから削除してください。',
  'hygiene.deprecated.title':
    '非推奨の {policy} が{kind, select, user {ユーザー} group {グループ} other {ロール}} {name} にアタッチされています: {replacement} を使用してください',
  'hygiene.deprecated.summary':
    '{kind, select, user {ユーザー} group {グループ} other {ロール}} {name} は非推奨の AWS 管理ポリシー {policy} を使用しています。このポリシーには新しい Lambda 機能の更新が提供されません。後継は {replacement} です。',
  'hygiene.deprecated.copyTitle':
    '非推奨の {policy} のコピー ({copy}) が{kind, select, user {ユーザー} group {グループ} other {ロール}} {name} にアタッチされています: {replacement} を使用してください',
  'hygiene.deprecated.copySummary':
    '{kind, select, user {ユーザー} group {グループ} other {ロール}} {name} は非推奨の {policy} のカスタマー管理コピー ({copy}) を使用しています。このコピーには新しい Lambda 機能の更新が反映されません。後継は {replacement} です。',
  'hygiene.deprecated.copySame':
    '{copy} のステートメントは AWS 管理ポリシー {policy} と同じです (キーと配列の順序は無視)。',
  'hygiene.deprecated.attached': 'アタッチされているポリシー: {arn}',
  'hygiene.deprecated.stays':
    '非推奨の AWS 管理ポリシーは既存のアタッチは残りますが、新たにアタッチすることはできません。',
  'hygiene.deprecated.compare':
    '切り替える前に 2 つのポリシーを比較してください。後継ポリシーは異なる (現行の) アクションを許可します。',
  'hygiene.deprecated.fix':
    '{replacement} (またはより範囲の狭いカスタマー管理ポリシー) を{kind, select, user {ユーザー} group {グループ} other {ロール}} {name} にアタッチしてから {policy} をデタッチしてください。',
  'hygiene.deprecated.note':
    'アクセスが途切れないよう、先に後継ポリシーをアタッチしてから非推奨ポリシーをデタッチしてください。',
};

/** Korean. */
export const HYGIENE_KO: HygieneCatalog = {
  'fix.propagation': 'IAM 변경 사항이 전파되는 데 몇 초가 걸릴 수 있습니다. 잠시 후 다시 시도하세요.',
  'hygiene.keys.title': '배포자 {user}에게 {maxDays}일이 지난 활성 액세스 키가 {count}개 있습니다(최대 {oldest}일)',
  'hygiene.keys.summary':
    'IAM 사용자 {user}은(는) Lambda 코드를 배포할 수 있으며({action}) 최대 {oldest}일 된 장기 액세스 키로 로그인합니다. 키를 손에 넣은 누구나 함수 권한으로 코드를 실행할 수 있습니다.',
  'hygiene.keys.key': '{keyId}: 생성 {created}({age}일), 마지막 사용 {lastUsed}',
  'hygiene.keys.keyNeverUsed': '{keyId}: 생성 {created}({age}일), 사용 기록 없음 또는 알 수 없음',
  'hygiene.keys.permission': '엔진이 찾은 배포 권한: {resource}에 대한 {action}',
  'hygiene.keys.fix':
    '파이프라인을 단기 자격 증명을 사용하는 역할(OIDC / IAM Identity Center)로 옮기세요. 그 전까지는 키를 교체하세요.',
  'hygiene.keys.note': '먼저 이전 키를 비활성화하고 오류가 없는지 확인한 뒤 삭제하세요.',
  'hygiene.deprecated.title':
    '사용 중단된 {policy}이(가) {kind, select, user {사용자} group {그룹} other {역할}} {name}에 연결되어 있습니다. {replacement}을(를) 사용하세요',
  'hygiene.deprecated.summary':
    '{kind, select, user {사용자} group {그룹} other {역할}} {name}은(는) 사용 중단된 AWS 관리형 정책 {policy}을(를) 사용합니다. 이 정책은 새 Lambda 기능에 대한 업데이트를 받지 않으며 {replacement}이(가) 대체합니다.',
  'hygiene.deprecated.copyTitle':
    '사용 중단된 {policy}의 사본({copy})이 {kind, select, user {사용자} group {그룹} other {역할}} {name}에 연결되어 있습니다. {replacement}을(를) 사용하세요',
  'hygiene.deprecated.copySummary':
    '{kind, select, user {사용자} group {그룹} other {역할}} {name}은(는) 사용 중단된 {policy}의 고객 관리형 사본({copy})을 사용합니다. 이 사본은 새 Lambda 기능에 대한 업데이트를 받지 않으며 {replacement}이(가) 대체합니다.',
  'hygiene.deprecated.copySame': '{copy}의 문은 AWS 관리형 정책 {policy}과(와) 같습니다(키와 배열 순서는 무시).',
  'hygiene.deprecated.attached': '연결된 정책: {arn}',
  'hygiene.deprecated.stays': '사용 중단된 AWS 관리형 정책은 기존 연결은 유지되지만 새로 연결할 수는 없습니다.',
  'hygiene.deprecated.compare': '전환하기 전에 두 정책을 비교하세요. 대체 정책은 다른(현재) 작업 집합을 허용합니다.',
  'hygiene.deprecated.fix':
    '{replacement}(또는 더 좁은 고객 관리형 정책)을(를) {kind, select, user {사용자} group {그룹} other {역할}} {name}에 연결한 뒤 {policy}을(를) 분리하세요.',
  'hygiene.deprecated.note': '액세스가 끊기지 않도록 대체 정책을 먼저 연결한 뒤 사용 중단된 정책을 분리하세요.',
};
