/**
 * The policy engine's reason lines (lambda/core/policy/reasons.ts) and layer-outcome lines (explain.ts) as they
 * appear in a finding's details, in every language (issue 15). Mapped back from the engine's exact English by
 * lambda/core/render/engine-lines.ts, and near-miss lines (near-miss.ts); `{type}` is a nested `policy.*` message, statement pointers and AWS's rule
 * details stay as the engine wrote them.
 */

/** English: byte for byte the engine's sentences (tested). */
export const REFS_ENGINE_EN = {
  'refs.engine.request':
    '{principal} requests {action} on {resource} ({cross, select, yes {cross-account} other {same account}})',
  'refs.engine.layerDeny': '{type}: explicit deny by {statements}',
  'refs.engine.kmsUnknown':
    '{type}: the KMS key policy was not supplied (every KMS key has one, and it must allow too)',
  'refs.engine.kmsGrant': '{type}: a KMS grant authorizes the caller',
  'refs.engine.layerAllow': '{type}: allowed by {statements}',
  'refs.engine.noAllowLevel': '{type}: no statement allows the action at organization level {level}',
  'refs.engine.noAllow': '{type}: no statement allows the action',
  'refs.engine.awsRule': '{allowed, select, yes {Allowed} other {Denied}} whatever the policies say: {detail}',
  'refs.engine.explicitDenyAn': 'Denied: an explicit deny in an {type} overrides every allow',

  'refs.engine.explicitDenyA': 'Denied: an explicit deny in a {type} overrides every allow',

  'refs.engine.explicitDenyThe': 'Denied: an explicit deny in the {type} overrides every allow',
  'refs.engine.explicitDenyAny': 'Denied: an explicit deny in a policy overrides every allow',
  'refs.engine.callers':
    'Denied: {kind, select, service {service} other {anonymous}} callers need an allow in the {type}',
  'refs.engine.crossBoth':
    'Denied: cross-account access needs an allow in both the identity-based policy and the {type}',
  'refs.engine.explicitCaller': 'Denied: the {type} must allow the caller explicitly, even within the same account',
  'refs.engine.federated':
    'Denied: a federated user session (GetFederationToken) without a session policy has no permissions',
  'refs.engine.implicit': 'Denied: no {type} allows the action (implicit deny)',
  'refs.engine.implicitAny': 'Denied: no policy allows the action (implicit deny)',
  'refs.engine.direct': 'Allowed: the {type} grants the caller directly within the same account',
  'refs.engine.keyPolicy':
    'Allowed by the other layers, but only if the key policy, which could not be read, allows too',
  'refs.engine.root': 'Allowed: the account root user has full access within its account unless a policy denies it',
  'refs.engine.bothAllow': 'Allowed: both the identity-based policy and the resource-based policy allow',
  'refs.engine.identityAllows': 'Allowed: an identity-based policy allows and no limit applies',
  'refs.engine.outcome':
    '{type}: {outcome, select, allow {allows it} deny {denies it explicitly} none {no statement allows it} unknown {not supplied (unknown)} other {not present}}',
  'refs.engine.crossLine': 'Cross-account request: both the identity-based and the resource-based policy must allow.',
  'refs.engine.nearMiss': '{where}: {detail}',
  'refs.engine.join': '{first}; {rest}',
  'refs.engine.missNotAction': 'action {action} is excluded by NotAction [{list}]',
  'refs.engine.missAction': 'action {action} is not matched by Action [{list}]',
  'refs.engine.missNotResource': 'resource {resource} is excluded by NotResource [{list}]',
  'refs.engine.missResource': 'resource {resource} does not match Resource [{list}]',
  'refs.engine.missPrincipal': 'principal {principal} is not named by {element}',
  'refs.engine.missConditionNone': 'condition {operator} {key} [{values}] is not met: the request has no {key}',
  'refs.engine.missCondition': 'condition {operator} {key} [{values}] is not met: the request has {key} = [{actual}]',
} as const;

type EngineCatalog = Readonly<Record<keyof typeof REFS_ENGINE_EN, string>>;

/** German. */
export const REFS_ENGINE_DE: EngineCatalog = {
  'refs.engine.request':
    '{principal} fordert {action} auf {resource} an ({cross, select, yes {kontoübergreifend} other {gleiches Konto}})',
  'refs.engine.layerDeny': '{type}: ausdrücklich verweigert durch {statements}',
  'refs.engine.kmsUnknown':
    '{type}: Die KMS-Schlüsselrichtlinie lag nicht vor (jeder KMS-Schlüssel hat eine, und sie muss ebenfalls erlauben)',
  'refs.engine.kmsGrant': '{type}: Ein KMS-Grant berechtigt den Aufrufer',
  'refs.engine.layerAllow': '{type}: erlaubt durch {statements}',
  'refs.engine.noAllowLevel': '{type}: Keine Anweisung erlaubt die Aktion auf Organisationsebene {level}',
  'refs.engine.noAllow': '{type}: Keine Anweisung erlaubt die Aktion',
  'refs.engine.awsRule':
    '{allowed, select, yes {Erlaubt} other {Verweigert}}, unabhängig von den Richtlinien: {detail}',
  'refs.engine.explicitDenyAn': 'Verweigert: Die {type} verweigert ausdrücklich; das hat Vorrang vor jeder Erlaubnis',

  'refs.engine.explicitDenyA': 'Verweigert: Die {type} verweigert ausdrücklich; das hat Vorrang vor jeder Erlaubnis',

  'refs.engine.explicitDenyThe': 'Verweigert: Die {type} verweigert ausdrücklich; das hat Vorrang vor jeder Erlaubnis',
  'refs.engine.explicitDenyAny':
    'Verweigert: Eine ausdrückliche Verweigerung in einer Richtlinie hat Vorrang vor jeder Erlaubnis',
  'refs.engine.callers':
    'Verweigert: {kind, select, service {Dienst-Aufrufer} other {Anonyme Aufrufer}} brauchen eine Erlaubnis; die {type} muss sie gewähren',
  'refs.engine.crossBoth':
    'Verweigert: Kontoübergreifend müssen sowohl die identitätsbasierte Richtlinie als auch die {type} erlauben',
  'refs.engine.explicitCaller': 'Verweigert: Die {type} muss den Aufrufer ausdrücklich erlauben, auch im selben Konto',
  'refs.engine.federated':
    'Verweigert: Eine Verbundbenutzersitzung (GetFederationToken) ohne Sitzungsrichtlinie hat keine Berechtigungen',
  'refs.engine.implicit': 'Verweigert: Keine {type} erlaubt die Aktion (implizite Verweigerung)',
  'refs.engine.implicitAny': 'Verweigert: Keine Richtlinie erlaubt die Aktion (implizite Verweigerung)',
  'refs.engine.direct': 'Erlaubt: Die {type} gewährt dem Aufrufer im selben Konto direkt Zugriff',
  'refs.engine.keyPolicy':
    'Von den übrigen Ebenen erlaubt, aber nur, wenn auch die Schlüsselrichtlinie erlaubt, die nicht gelesen werden konnte',
  'refs.engine.root':
    'Erlaubt: Der Root-Benutzer des Kontos hat im eigenen Konto vollen Zugriff, sofern keine Richtlinie verweigert',
  'refs.engine.bothAllow': 'Erlaubt: Sowohl die identitätsbasierte als auch die ressourcenbasierte Richtlinie erlauben',
  'refs.engine.identityAllows': 'Erlaubt: Eine identitätsbasierte Richtlinie erlaubt, und keine Grenze greift',
  'refs.engine.outcome':
    '{type}: {outcome, select, allow {erlaubt} deny {verweigert ausdrücklich} none {keine Anweisung erlaubt} unknown {nicht angegeben (unbekannt)} other {nicht vorhanden}}',
  'refs.engine.crossLine':
    'Kontoübergreifende Anfrage: Sowohl die identitätsbasierte als auch die ressourcenbasierte Richtlinie müssen erlauben.',
  'refs.engine.nearMiss': '{where}: {detail}',
  'refs.engine.join': '{first}; {rest}',
  'refs.engine.missNotAction': 'Aktion {action} ist durch NotAction [{list}] ausgeschlossen',
  'refs.engine.missAction': 'Aktion {action} passt nicht zu Action [{list}]',
  'refs.engine.missNotResource': 'Ressource {resource} ist durch NotResource [{list}] ausgeschlossen',
  'refs.engine.missResource': 'Ressource {resource} passt nicht zu Resource [{list}]',
  'refs.engine.missPrincipal': 'Prinzipal {principal} wird von {element} nicht genannt',
  'refs.engine.missConditionNone':
    'Bedingung {operator} {key} [{values}] ist nicht erfüllt: Die Anfrage hat kein {key}',
  'refs.engine.missCondition':
    'Bedingung {operator} {key} [{values}] ist nicht erfüllt: Die Anfrage hat {key} = [{actual}]',
};

/** French. */
export const REFS_ENGINE_FR: EngineCatalog = {
  'refs.engine.request':
    '{principal} demande {action} sur {resource} ({cross, select, yes {entre comptes} other {même compte}})',
  'refs.engine.layerDeny': '{type} : refus explicite par {statements}',
  'refs.engine.kmsUnknown':
    '{type} : la politique de clé KMS n’a pas été fournie (chaque clé KMS en a une, et elle doit aussi autoriser)',
  'refs.engine.kmsGrant': '{type} : un octroi KMS autorise l’appelant',
  'refs.engine.layerAllow': '{type} : autorisé par {statements}',
  'refs.engine.noAllowLevel': '{type} : aucune instruction n’autorise l’action au niveau {level} de l’organisation',
  'refs.engine.noAllow': '{type} : aucune instruction n’autorise l’action',
  'refs.engine.awsRule':
    '{allowed, select, yes {Autorisé} other {Refusé}} quelles que soient les politiques : {detail}',
  'refs.engine.explicitDenyAn': 'Refusé : un refus explicite dans la {type} l’emporte sur toute autorisation',

  'refs.engine.explicitDenyA': 'Refusé : un refus explicite dans la {type} l’emporte sur toute autorisation',

  'refs.engine.explicitDenyThe': 'Refusé : un refus explicite dans la {type} l’emporte sur toute autorisation',
  'refs.engine.explicitDenyAny': 'Refusé : un refus explicite dans une politique l’emporte sur toute autorisation',
  'refs.engine.callers':
    'Refusé : les appelants {kind, select, service {de service} other {anonymes}} doivent être autorisés par la {type}',
  'refs.engine.crossBoth':
    'Refusé : l’accès entre comptes doit être autorisé à la fois par la politique basée sur l’identité et par la {type}',
  'refs.engine.explicitCaller': 'Refusé : la {type} doit autoriser explicitement l’appelant, même dans le même compte',
  'refs.engine.federated':
    'Refusé : une session d’utilisateur fédéré (GetFederationToken) sans politique de session n’a aucune autorisation',
  'refs.engine.implicit': 'Refusé : aucune {type} n’autorise l’action (refus implicite)',
  'refs.engine.implicitAny': 'Refusé : aucune politique n’autorise l’action (refus implicite)',
  'refs.engine.direct': 'Autorisé : la {type} accorde l’accès directement à l’appelant dans le même compte',
  'refs.engine.keyPolicy':
    'Autorisé par les autres niveaux, mais seulement si la politique de clé, qui n’a pas pu être lue, l’autorise aussi',
  'refs.engine.root':
    'Autorisé : l’utilisateur root du compte a un accès complet dans son compte, sauf si une politique le refuse',
  'refs.engine.bothAllow':
    'Autorisé : la politique basée sur l’identité et la politique basée sur les ressources autorisent toutes deux',
  'refs.engine.identityAllows': 'Autorisé : une politique basée sur l’identité autorise et aucune limite ne s’applique',
  'refs.engine.outcome':
    '{type} : {outcome, select, allow {autorise} deny {refuse explicitement} none {aucune instruction n’autorise} unknown {non fournie (inconnue)} other {absente}}',
  'refs.engine.crossLine':
    'Requête entre comptes : la politique basée sur l’identité et la politique basée sur les ressources doivent toutes deux autoriser.',
  'refs.engine.nearMiss': '{where} : {detail}',
  'refs.engine.join': '{first} ; {rest}',
  'refs.engine.missNotAction': 'l’action {action} est exclue par NotAction [{list}]',
  'refs.engine.missAction': 'l’action {action} ne correspond pas à Action [{list}]',
  'refs.engine.missNotResource': 'la ressource {resource} est exclue par NotResource [{list}]',
  'refs.engine.missResource': 'la ressource {resource} ne correspond pas à Resource [{list}]',
  'refs.engine.missPrincipal': 'le principal {principal} n’est pas désigné par {element}',
  'refs.engine.missConditionNone':
    'la condition {operator} {key} [{values}] n’est pas remplie : la requête n’a pas de {key}',
  'refs.engine.missCondition':
    'la condition {operator} {key} [{values}] n’est pas remplie : la requête a {key} = [{actual}]',
};

/** Japanese. */
export const REFS_ENGINE_JA: EngineCatalog = {
  'refs.engine.request':
    '{principal} が {resource} に対して {action} を要求 ({cross, select, yes {クロスアカウント} other {同一アカウント}})',
  'refs.engine.layerDeny': '{type}: {statements} による明示的な拒否',
  'refs.engine.kmsUnknown':
    '{type}: KMS キーポリシーが提供されていない (すべての KMS キーにキーポリシーがあり、それも許可する必要がある)',
  'refs.engine.kmsGrant': '{type}: KMS グラントが呼び出し元を承認している',
  'refs.engine.layerAllow': '{type}: {statements} により許可',
  'refs.engine.noAllowLevel': '{type}: 組織のレベル {level} でアクションを許可するステートメントがない',
  'refs.engine.noAllow': '{type}: アクションを許可するステートメントがない',
  'refs.engine.awsRule': 'ポリシーの内容にかかわらず{allowed, select, yes {許可} other {拒否}}: {detail}',
  'refs.engine.explicitDenyAn': '拒否: {type}の明示的な拒否はすべての許可より優先される',

  'refs.engine.explicitDenyA': '拒否: {type}の明示的な拒否はすべての許可より優先される',

  'refs.engine.explicitDenyThe': '拒否: {type}の明示的な拒否はすべての許可より優先される',
  'refs.engine.explicitDenyAny': '拒否: ポリシーの明示的な拒否はすべての許可より優先される',
  'refs.engine.callers': '拒否: {kind, select, service {サービス} other {匿名}}の呼び出し元には{type}での許可が必要',
  'refs.engine.crossBoth':
    '拒否: クロスアカウントアクセスには、アイデンティティベースのポリシーと{type}の両方での許可が必要',
  'refs.engine.explicitCaller': '拒否: 同じアカウント内でも、{type}で呼び出し元を明示的に許可する必要がある',
  'refs.engine.federated':
    '拒否: セッションポリシーのないフェデレーションユーザーセッション (GetFederationToken) にはアクセス許可がない',
  'refs.engine.implicit': '拒否: アクションを許可する{type}がない (暗黙的な拒否)',
  'refs.engine.implicitAny': '拒否: アクションを許可するポリシーがない (暗黙的な拒否)',
  'refs.engine.direct': '許可: 同じアカウント内で{type}が呼び出し元に直接許可している',
  'refs.engine.keyPolicy': '他のレイヤーでは許可されるが、読み取れなかったキーポリシーも許可している場合に限る',
  'refs.engine.root':
    '許可: ポリシーで拒否されない限り、アカウントのルートユーザーは自身のアカウント内でフルアクセスを持つ',
  'refs.engine.bothAllow': '許可: アイデンティティベースのポリシーとリソースベースのポリシーの両方が許可している',
  'refs.engine.identityAllows': '許可: アイデンティティベースのポリシーが許可し、制限は適用されない',
  'refs.engine.outcome':
    '{type}: {outcome, select, allow {許可} deny {明示的に拒否} none {許可するステートメントなし} unknown {未提供 (不明)} other {なし}}',
  'refs.engine.crossLine':
    'クロスアカウントリクエスト: アイデンティティベースのポリシーとリソースベースのポリシーの両方で許可する必要があります。',
  'refs.engine.nearMiss': '{where}: {detail}',
  'refs.engine.join': '{first}; {rest}',
  'refs.engine.missNotAction': 'アクション {action} は NotAction [{list}] で除外されている',
  'refs.engine.missAction': 'アクション {action} が Action [{list}] に一致しない',
  'refs.engine.missNotResource': 'リソース {resource} は NotResource [{list}] で除外されている',
  'refs.engine.missResource': 'リソース {resource} が Resource [{list}] に一致しない',
  'refs.engine.missPrincipal': 'プリンシパル {principal} が {element} で指定されていない',
  'refs.engine.missConditionNone': '条件 {operator} {key} [{values}] を満たしていない: リクエストに {key} がない',
  'refs.engine.missCondition': '条件 {operator} {key} [{values}] を満たしていない: リクエストの {key} = [{actual}]',
};

/** Korean. */
export const REFS_ENGINE_KO: EngineCatalog = {
  'refs.engine.request':
    '{principal}이(가) {resource}에 대해 {action}을(를) 요청함 ({cross, select, yes {교차 계정} other {동일 계정}})',
  'refs.engine.layerDeny': '{type}: {statements}에 의한 명시적 거부',
  'refs.engine.kmsUnknown':
    '{type}: KMS 키 정책이 제공되지 않음 (모든 KMS 키에는 키 정책이 있으며 이 정책도 허용해야 함)',
  'refs.engine.kmsGrant': '{type}: KMS 권한 부여가 호출자를 승인함',
  'refs.engine.layerAllow': '{type}: {statements}에 의해 허용됨',
  'refs.engine.noAllowLevel': '{type}: 조직 수준 {level}에서 작업을 허용하는 문이 없음',
  'refs.engine.noAllow': '{type}: 작업을 허용하는 문이 없음',
  'refs.engine.awsRule': '정책 내용과 관계없이 {allowed, select, yes {허용됨} other {거부됨}}: {detail}',
  'refs.engine.explicitDenyAn': '거부됨: {type}의 명시적 거부는 모든 허용보다 우선함',

  'refs.engine.explicitDenyA': '거부됨: {type}의 명시적 거부는 모든 허용보다 우선함',

  'refs.engine.explicitDenyThe': '거부됨: {type}의 명시적 거부는 모든 허용보다 우선함',
  'refs.engine.explicitDenyAny': '거부됨: 정책의 명시적 거부는 모든 허용보다 우선함',
  'refs.engine.callers': '거부됨: {kind, select, service {서비스} other {익명}} 호출자는 {type}에서 허용되어야 함',
  'refs.engine.crossBoth': '거부됨: 교차 계정 액세스는 자격 증명 기반 정책과 {type} 모두에서 허용되어야 함',
  'refs.engine.explicitCaller': '거부됨: 동일 계정 내에서도 {type}에서 호출자를 명시적으로 허용해야 함',
  'refs.engine.federated': '거부됨: 세션 정책이 없는 페더레이션 사용자 세션(GetFederationToken)에는 권한이 없음',
  'refs.engine.implicit': '거부됨: 작업을 허용하는 {type}이(가) 없음 (암시적 거부)',
  'refs.engine.implicitAny': '거부됨: 작업을 허용하는 정책이 없음 (암시적 거부)',
  'refs.engine.direct': '허용됨: 동일 계정 내에서 {type}이(가) 호출자에게 직접 권한을 부여함',
  'refs.engine.keyPolicy': '다른 계층에서는 허용되지만, 읽을 수 없었던 키 정책도 허용하는 경우에만 해당',
  'refs.engine.root': '허용됨: 정책에서 거부하지 않는 한 계정 루트 사용자는 자신의 계정 내에서 전체 액세스 권한을 가짐',
  'refs.engine.bothAllow': '허용됨: 자격 증명 기반 정책과 리소스 기반 정책이 모두 허용함',
  'refs.engine.identityAllows': '허용됨: 자격 증명 기반 정책이 허용하며 적용되는 제한이 없음',
  'refs.engine.outcome':
    '{type}: {outcome, select, allow {허용} deny {명시적 거부} none {허용하는 문 없음} unknown {제공되지 않음 (알 수 없음)} other {없음}}',
  'refs.engine.crossLine': '교차 계정 요청: 자격 증명 기반 정책과 리소스 기반 정책 모두에서 허용해야 합니다.',
  'refs.engine.nearMiss': '{where}: {detail}',
  'refs.engine.join': '{first}; {rest}',
  'refs.engine.missNotAction': '작업 {action}이(가) NotAction [{list}]에 의해 제외됨',
  'refs.engine.missAction': '작업 {action}이(가) Action [{list}]과(와) 일치하지 않음',
  'refs.engine.missNotResource': '리소스 {resource}이(가) NotResource [{list}]에 의해 제외됨',
  'refs.engine.missResource': '리소스 {resource}이(가) Resource [{list}]과(와) 일치하지 않음',
  'refs.engine.missPrincipal': '보안 주체 {principal}이(가) {element}에 지정되지 않음',
  'refs.engine.missConditionNone': '조건 {operator} {key} [{values}]이(가) 충족되지 않음: 요청에 {key}이(가) 없음',
  'refs.engine.missCondition': '조건 {operator} {key} [{values}]이(가) 충족되지 않음: 요청의 {key} = [{actual}]',
};
