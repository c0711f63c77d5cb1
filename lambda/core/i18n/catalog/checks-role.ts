/**
 * Finding texts of the execution-role checks (lambda/core/checks/execution-role/) and their shared helpers
 * (checks/shared/describe.ts, unseen-role.ts) in every language, side by side. English is the source (the checks
 * render it through `en(msg(…))`, byte-identical to the strings they wrote before). Actions, ARNs, role and
 * function names, policy names and Sids are placeholders: never translated.
 *
 * Shared fragments (selects) are spelled once per language below and spliced into the messages:
 * - `who`: `{noFn}` = `yes` when no function is known, else `{fn}` is named with its role `{role}`;
 * - policy type: `{type}` is a policy-type code without hyphens (`identity`, `resource`, `trust`, `boundary`,
 *   `session`, `scp`, `rcp`, `endpoint`), or anything else for AWS's own free text `{typeText}` (English);
 * - `{where}`: `none`, `index` (statement `{index}` of `{policy}`) or a Sid `{sid}` of `{policy}`;
 * - `{arnless}`: `yes` when AWS named no policy ARN, else `{policyArn}` is shown.
 * The `other` branch of every select uses every text placeholder (the catalog test formats it).
 */

const WHO_EN = '{noFn, select, yes {role {role}} other {{fn} (role {role})}}';
const TYPE_A_EN =
  '{type, select, identity {an identity-based policy} resource {a resource-based policy} trust {the role trust policy} boundary {a permissions boundary} session {a session policy} scp {a service control policy} rcp {a resource control policy} endpoint {a VPC endpoint policy} other {{typeText}}}';
const TYPE_N_EN =
  '{type, select, identity {identity-based policy} resource {resource-based policy} trust {role trust policy} boundary {permissions boundary} session {session policy} scp {service control policy} rcp {resource control policy} endpoint {VPC endpoint policy} other {{typeText}}}';
const WHERE_EN = '{where, select, none {} index { ({policy}, statement #{index})} other { ({policy}, Sid {sid})}}';
const ARN_EN = '{arnless, select, yes {} other { ({policyArn})}}';
const CLAUSE_EN = `{kind, select, implicit {no ${TYPE_N_EN} allows it} allowed {it is allowed by ${TYPE_A_EN}} other {an explicit deny in ${TYPE_A_EN}${WHERE_EN} blocks it}}`;
const AWS_CLAUSE_EN = `{kind, select, implicit {no ${TYPE_N_EN} allows it} unknown {AWS did not say which policy decided} other {explicit deny in ${TYPE_A_EN}}}`;
const REASON_EN = `{kind, select, explicit {AWS reported an explicit deny in ${TYPE_A_EN}${ARN_EN}.} other {AWS reported that no ${TYPE_N_EN}${ARN_EN} allows it.}}`;

/** English source texts. */
export const ROLE_EN = {
  'role.reason': REASON_EN,
  'role.denied.title': `${WHO_EN} cannot {action}: ${CLAUSE_EN}`,
  'role.denied.titleAws': `${WHO_EN} cannot {action}: ${AWS_CLAUSE_EN}`,
  'role.denied.summary': `AWS denied {action} on {resource} for ${WHO_EN} because ${CLAUSE_EN}.`,
  'role.denied.summaryAws': `AWS denied {action} on {resource} for ${WHO_EN}:{reasonless, select, yes {} other { ${REASON_EN}}}`,
  'role.denied.missingManaged': 'Managed policies not in the snapshot: {names}.',
  'role.denied.unreadable':
    'The auditor could not read the resource-based policy of {arn} (see LAA-AUDITOR-READ-DENIED).',
  'role.unseen.title': `${WHO_EN} was denied {action} by a policy the auditor cannot see`,
  'role.unseen.summary': `AWS denied {action} on {resource} for ${WHO_EN} although its role policies allow it. {reasonless, select, yes {A policy outside the snapshot denied it.} other {${REASON_EN}}}`,
  'role.unseen.layers': 'Layers not visible in the snapshot:',
  'role.unseen.layerResource': '- the resource-based policy of {resource} (not collected)',
  'role.unseen.layerEndpoint': '- the policy of VPC endpoint {endpoint} the call went through',
  'role.unseen.layer':
    '- {layer, select, scp {service control policies (not collected)} rcp {resource control policies (not collected)} session {a session policy passed when the session was created} other {a VPC endpoint policy, if the call went through an endpoint}}',
  'role.unseenFix.summary':
    '{layer, select, scp {Ask your organization administrators to change the service control policy that denies it (run in the management account).} rcp {Ask your organization administrators to change the resource control policy that denies it.} resource {Add an Allow for the role to the resource-based policy of the target resource.} endpoint {Allow the call in the VPC endpoint policy the function uses.} session {Widen the session policy passed when the role session is created.} boundary {Allow the action in the permissions boundary of the role.} identity {Re-collect the snapshot: the identity policies may have changed since the denial.} other {Find which of the unseen policy layers denies the call and allow it there.}}',
  'role.unseenFix.denying': 'The denying policy is {arn}.',
  'role.unseenFix.allowed':
    'The execution role itself already allows this call; adding more identity permissions will not help.',
  'role.message.summary': `Diagnosed from AWS's error message; the role's policies were not in the snapshot. AWS denied {action} on {resource} for ${WHO_EN}: {reasonless, select, yes {AWS's message does not say which policy decided (old-style message).} other {${REASON_EN}}}`,
  'role.message.only':
    "Only AWS's message was used: the role's policies, its permissions boundary and the resource's policy were not evaluated.",
  'role.message.readFailed':
    'The auditor could not read the role: {api} on {target} failed with {errorCode} ({message}).',
  'role.trust.title': 'Lambda cannot assume the execution role {role} of {fn}',
  'role.trust.summaryDeny': `Lambda cannot assume {role} because ${CLAUSE_EN}, so every invocation of {fn} fails.`,
  'role.trust.summary':
    'Lambda cannot assume {role} because its trust policy does not allow lambda.amazonaws.com to call sts:AssumeRole, so every invocation of {fn} fails.',
  'role.trust.fixRemove': 'Remove the Deny for lambda.amazonaws.com from the trust policy of {role}.',
  'role.trust.fixAdd': 'Add a statement trusting lambda.amazonaws.com to the trust policy of {role}.',
  'role.trust.note':
    'Lambda may report "The role defined for the function cannot be assumed by Lambda" until the change propagates.',
} as const;

type RoleCatalog = Readonly<Record<keyof typeof ROLE_EN, string>>;

const WHO_DE = '{noFn, select, yes {Rolle {role}} other {{fn} (Rolle {role})}}';
const TYPE_A_DE =
  '{type, select, identity {eine identitätsbasierte Richtlinie} resource {eine ressourcenbasierte Richtlinie} trust {die Rollen-Vertrauensrichtlinie} boundary {eine Berechtigungsgrenze} session {eine Sitzungsrichtlinie} scp {eine Service-Kontrollrichtlinie} rcp {eine Ressourcen-Kontrollrichtlinie} endpoint {eine VPC-Endpunktrichtlinie} other {{typeText}}}';
const TYPE_N_DE =
  '{type, select, identity {identitätsbasierte Richtlinie} resource {ressourcenbasierte Richtlinie} trust {Rollen-Vertrauensrichtlinie} boundary {Berechtigungsgrenze} session {Sitzungsrichtlinie} scp {Service-Kontrollrichtlinie} rcp {Ressourcen-Kontrollrichtlinie} endpoint {VPC-Endpunktrichtlinie} other {{typeText}}}';
const WHERE_DE = '{where, select, none {} index { ({policy}, Anweisung #{index})} other { ({policy}, Sid {sid})}}';
const ARN_DE = '{arnless, select, yes {} other { ({policyArn})}}';
const CLAUSE_DE = `{kind, select, implicit {keine ${TYPE_N_DE} erlaubt sie} allowed {${TYPE_A_DE} erlaubt sie} other {${TYPE_A_DE}${WHERE_DE} verweigert sie explizit}}`;
const AWS_CLAUSE_DE = `{kind, select, implicit {keine ${TYPE_N_DE} erlaubt sie} unknown {AWS hat nicht angegeben, welche Richtlinie entschieden hat} other {explizite Verweigerung durch ${TYPE_A_DE}}}`;
const REASON_DE = `{kind, select, explicit {AWS meldet eine explizite Verweigerung durch ${TYPE_A_DE}${ARN_DE}.} other {AWS meldet, dass keine ${TYPE_N_DE}${ARN_DE} sie erlaubt.}}`;

/** German. */
export const ROLE_DE: RoleCatalog = {
  'role.reason': REASON_DE,
  'role.denied.title': `${WHO_DE} darf {action} nicht ausführen: ${CLAUSE_DE}`,
  'role.denied.titleAws': `${WHO_DE} darf {action} nicht ausführen: ${AWS_CLAUSE_DE}`,
  'role.denied.summary': `AWS hat {action} auf {resource} für ${WHO_DE} verweigert: ${CLAUSE_DE}.`,
  'role.denied.summaryAws': `AWS hat {action} auf {resource} für ${WHO_DE} verweigert.{reasonless, select, yes {} other { ${REASON_DE}}}`,
  'role.denied.missingManaged': 'Verwaltete Richtlinien, die nicht im Snapshot sind: {names}.',
  'role.denied.unreadable':
    'Der Auditor konnte die ressourcenbasierte Richtlinie von {arn} nicht lesen (siehe LAA-AUDITOR-READ-DENIED).',
  'role.unseen.title': `${WHO_DE} wurde {action} von einer Richtlinie verweigert, die der Auditor nicht sieht`,
  'role.unseen.summary': `AWS hat {action} auf {resource} für ${WHO_DE} verweigert, obwohl die Richtlinien der Rolle es erlauben. {reasonless, select, yes {Eine Richtlinie außerhalb des Snapshots hat es verweigert.} other {${REASON_DE}}}`,
  'role.unseen.layers': 'Im Snapshot nicht sichtbare Ebenen:',
  'role.unseen.layerResource': '- die ressourcenbasierte Richtlinie von {resource} (nicht erfasst)',
  'role.unseen.layerEndpoint': '- die Richtlinie des VPC-Endpunkts {endpoint}, über den der Aufruf lief',
  'role.unseen.layer':
    '- {layer, select, scp {Service-Kontrollrichtlinien (nicht erfasst)} rcp {Ressourcen-Kontrollrichtlinien (nicht erfasst)} session {eine beim Erstellen der Sitzung übergebene Sitzungsrichtlinie} other {eine VPC-Endpunktrichtlinie, falls der Aufruf über einen Endpunkt lief}}',
  'role.unseenFix.summary':
    '{layer, select, scp {Die Organisationsadministratoren bitten, die verweigernde Service-Kontrollrichtlinie zu ändern (im Verwaltungskonto ausführen).} rcp {Die Organisationsadministratoren bitten, die verweigernde Ressourcen-Kontrollrichtlinie zu ändern.} resource {In der ressourcenbasierten Richtlinie der Zielressource ein Allow für die Rolle hinzufügen.} endpoint {Den Aufruf in der VPC-Endpunktrichtlinie erlauben, die die Funktion nutzt.} session {Die beim Erstellen der Rollensitzung übergebene Sitzungsrichtlinie erweitern.} boundary {Die Aktion in der Berechtigungsgrenze der Rolle erlauben.} identity {Den Snapshot neu erfassen: Die identitätsbasierten Richtlinien haben sich seit der Verweigerung vielleicht geändert.} other {Herausfinden, welche der nicht sichtbaren Richtlinienebenen den Aufruf verweigert, und ihn dort erlauben.}}',
  'role.unseenFix.denying': 'Die verweigernde Richtlinie ist {arn}.',
  'role.unseenFix.allowed':
    'Die Ausführungsrolle selbst erlaubt diesen Aufruf bereits; weitere identitätsbasierte Berechtigungen helfen nicht.',
  'role.message.summary': `Aus der Fehlermeldung von AWS diagnostiziert; die Richtlinien der Rolle waren nicht im Snapshot. AWS hat {action} auf {resource} für ${WHO_DE} verweigert. {reasonless, select, yes {Die Meldung von AWS sagt nicht, welche Richtlinie entschieden hat (Meldung im alten Format).} other {${REASON_DE}}}`,
  'role.message.only':
    'Nur die Meldung von AWS wurde verwendet: Die Richtlinien der Rolle, ihre Berechtigungsgrenze und die Richtlinie der Ressource wurden nicht ausgewertet.',
  'role.message.readFailed':
    'Der Auditor konnte die Rolle nicht lesen: {api} auf {target} schlug mit {errorCode} fehl ({message}).',
  'role.trust.title': 'Lambda kann die Ausführungsrolle {role} von {fn} nicht übernehmen',
  'role.trust.summaryDeny': `Lambda kann {role} nicht übernehmen: ${CLAUSE_DE}. Daher schlägt jeder Aufruf von {fn} fehl.`,
  'role.trust.summary':
    'Lambda kann {role} nicht übernehmen, weil die Vertrauensrichtlinie lambda.amazonaws.com nicht erlaubt, sts:AssumeRole aufzurufen. Daher schlägt jeder Aufruf von {fn} fehl.',
  'role.trust.fixRemove': 'Das Deny für lambda.amazonaws.com aus der Vertrauensrichtlinie von {role} entfernen.',
  'role.trust.fixAdd':
    'Der Vertrauensrichtlinie von {role} eine Anweisung hinzufügen, die lambda.amazonaws.com vertraut.',
  'role.trust.note':
    'Bis die Änderung wirksam ist, meldet Lambda eventuell noch "The role defined for the function cannot be assumed by Lambda".',
};

const WHO_FR = '{noFn, select, yes {rôle {role}} other {{fn} (rôle {role})}}';
const TYPE_A_FR =
  '{type, select, identity {une politique basée sur l’identité} resource {une politique basée sur les ressources} trust {la politique d’approbation des rôles} boundary {une limite des autorisations} session {une politique de session} scp {une politique de contrôle des services} rcp {une politique de contrôle des ressources} endpoint {une politique de point de terminaison VPC} other {{typeText}}}';
const TYPE_N_FR =
  '{type, select, identity {politique basée sur l’identité} resource {politique basée sur les ressources} trust {politique d’approbation des rôles} boundary {limite des autorisations} session {politique de session} scp {politique de contrôle des services} rcp {politique de contrôle des ressources} endpoint {politique de point de terminaison VPC} other {{typeText}}}';
const WHERE_FR = '{where, select, none {} index { ({policy}, instruction n° {index})} other { ({policy}, Sid {sid})}}';
const ARN_FR = '{arnless, select, yes {} other { ({policyArn})}}';
const CLAUSE_FR = `{kind, select, implicit {aucune ${TYPE_N_FR} ne l’autorise} allowed {elle est autorisée par ${TYPE_A_FR}} other {un refus explicite dans ${TYPE_A_FR}${WHERE_FR} la bloque}}`;
const AWS_CLAUSE_FR = `{kind, select, implicit {aucune ${TYPE_N_FR} ne l’autorise} unknown {AWS n’a pas indiqué quelle politique a décidé} other {refus explicite dans ${TYPE_A_FR}}}`;
const REASON_FR = `{kind, select, explicit {AWS signale un refus explicite dans ${TYPE_A_FR}${ARN_FR}.} other {AWS signale qu’aucune ${TYPE_N_FR}${ARN_FR} ne l’autorise.}}`;

/** French. */
export const ROLE_FR: RoleCatalog = {
  'role.reason': REASON_FR,
  'role.denied.title': `${WHO_FR} ne peut pas exécuter {action} : ${CLAUSE_FR}`,
  'role.denied.titleAws': `${WHO_FR} ne peut pas exécuter {action} : ${AWS_CLAUSE_FR}`,
  'role.denied.summary': `AWS a refusé {action} sur {resource} pour ${WHO_FR} : ${CLAUSE_FR}.`,
  'role.denied.summaryAws': `AWS a refusé {action} sur {resource} pour ${WHO_FR}.{reasonless, select, yes {} other { ${REASON_FR}}}`,
  'role.denied.missingManaged': 'Politiques gérées absentes de l’instantané : {names}.',
  'role.denied.unreadable':
    'L’auditeur n’a pas pu lire la politique basée sur les ressources de {arn} (voir LAA-AUDITOR-READ-DENIED).',
  'role.unseen.title': `${WHO_FR} s’est vu refuser {action} par une politique que l’auditeur ne voit pas`,
  'role.unseen.summary': `AWS a refusé {action} sur {resource} pour ${WHO_FR} alors que les politiques du rôle l’autorisent. {reasonless, select, yes {Une politique hors de l’instantané l’a refusée.} other {${REASON_FR}}}`,
  'role.unseen.layers': 'Couches non visibles dans l’instantané :',
  'role.unseen.layerResource': '- la politique basée sur les ressources de {resource} (non collectée)',
  'role.unseen.layerEndpoint': '- la politique du point de terminaison VPC {endpoint} par lequel l’appel est passé',
  'role.unseen.layer':
    '- {layer, select, scp {politiques de contrôle des services (non collectées)} rcp {politiques de contrôle des ressources (non collectées)} session {une politique de session transmise à la création de la session} other {une politique de point de terminaison VPC, si l’appel est passé par un point de terminaison}}',
  'role.unseenFix.summary':
    '{layer, select, scp {Demandez aux administrateurs de l’organisation de modifier la politique de contrôle des services qui la refuse (à exécuter dans le compte de gestion).} rcp {Demandez aux administrateurs de l’organisation de modifier la politique de contrôle des ressources qui la refuse.} resource {Ajoutez un Allow pour le rôle dans la politique basée sur les ressources de la ressource cible.} endpoint {Autorisez l’appel dans la politique de point de terminaison VPC utilisée par la fonction.} session {Élargissez la politique de session transmise à la création de la session du rôle.} boundary {Autorisez l’action dans la limite des autorisations du rôle.} identity {Collectez à nouveau l’instantané : les politiques basées sur l’identité ont peut-être changé depuis le refus.} other {Trouvez laquelle des couches de politiques non visibles refuse l’appel et autorisez-le à cet endroit.}}',
  'role.unseenFix.denying': 'La politique qui refuse est {arn}.',
  'role.unseenFix.allowed':
    'Le rôle d’exécution autorise déjà cet appel ; ajouter des autorisations d’identité n’y changera rien.',
  'role.message.summary': `Diagnostic tiré du message d’erreur d’AWS ; les politiques du rôle n’étaient pas dans l’instantané. AWS a refusé {action} sur {resource} pour ${WHO_FR}. {reasonless, select, yes {Le message d’AWS n’indique pas quelle politique a décidé (ancien format de message).} other {${REASON_FR}}}`,
  'role.message.only':
    'Seul le message d’AWS a été utilisé : les politiques du rôle, sa limite des autorisations et la politique de la ressource n’ont pas été évaluées.',
  'role.message.readFailed':
    'L’auditeur n’a pas pu lire le rôle : {api} sur {target} a échoué avec {errorCode} ({message}).',
  'role.trust.title': 'Lambda ne peut pas assumer le rôle d’exécution {role} de {fn}',
  'role.trust.summaryDeny': `Lambda ne peut pas assumer {role} : ${CLAUSE_FR}. Chaque invocation de {fn} échoue donc.`,
  'role.trust.summary':
    'Lambda ne peut pas assumer {role} car sa politique d’approbation n’autorise pas lambda.amazonaws.com à appeler sts:AssumeRole : chaque invocation de {fn} échoue.',
  'role.trust.fixRemove': 'Supprimez le Deny pour lambda.amazonaws.com de la politique d’approbation de {role}.',
  'role.trust.fixAdd':
    'Ajoutez à la politique d’approbation de {role} une instruction qui approuve lambda.amazonaws.com.',
  'role.trust.note':
    'Lambda peut signaler "The role defined for the function cannot be assumed by Lambda" tant que la modification ne s’est pas propagée.',
};

const WHO_JA = '{noFn, select, yes {ロール {role}} other {{fn} (ロール {role})}}';
const TYPE_JA =
  '{type, select, identity {アイデンティティベースのポリシー} resource {リソースベースのポリシー} trust {ロール信頼ポリシー} boundary {アクセス許可の境界} session {セッションポリシー} scp {サービスコントロールポリシー} rcp {リソースコントロールポリシー} endpoint {VPC エンドポイントポリシー} other {{typeText}}}';
const WHERE_JA = '{where, select, none {} index { ({policy}、ステートメント #{index})} other { ({policy}、Sid {sid})}}';
const ARN_JA = '{arnless, select, yes {} other { ({policyArn})}}';
const CLAUSE_JA = `{kind, select, implicit {これを許可する${TYPE_JA}がありません} allowed {${TYPE_JA}で許可されています} other {${TYPE_JA}${WHERE_JA}の明示的な拒否によりブロックされています}}`;
const AWS_CLAUSE_JA = `{kind, select, implicit {許可する${TYPE_JA}がありません} unknown {どのポリシーが判断したかを AWS は示していません} other {${TYPE_JA}による明示的な拒否}}`;
const REASON_JA = `{kind, select, explicit {AWS は${TYPE_JA}${ARN_JA}による明示的な拒否を報告しました。} other {AWS は、これを許可する${TYPE_JA}${ARN_JA}がないと報告しました。}}`;

/** Japanese. */
export const ROLE_JA: RoleCatalog = {
  'role.reason': REASON_JA,
  'role.denied.title': `${WHO_JA} は {action} を実行できません: ${CLAUSE_JA}`,
  'role.denied.titleAws': `${WHO_JA} は {action} を実行できません: ${AWS_CLAUSE_JA}`,
  'role.denied.summary': `AWS は ${WHO_JA} による {resource} への {action} を拒否しました: ${CLAUSE_JA}。`,
  'role.denied.summaryAws': `AWS は ${WHO_JA} による {resource} への {action} を拒否しました。{reasonless, select, yes {} other {${REASON_JA}}}`,
  'role.denied.missingManaged': 'スナップショットにない管理ポリシー: {names}',
  'role.denied.unreadable':
    '監査ツールは {arn} のリソースベースのポリシーを読み取れませんでした (LAA-AUDITOR-READ-DENIED を参照)。',
  'role.unseen.title': `${WHO_JA} は、監査ツールから見えないポリシーによって {action} を拒否されました`,
  'role.unseen.summary': `ロールのポリシーでは許可されているにもかかわらず、AWS は ${WHO_JA} による {resource} への {action} を拒否しました。{reasonless, select, yes {スナップショット外のポリシーが拒否しました。} other {${REASON_JA}}}`,
  'role.unseen.layers': 'スナップショットで見えないレイヤー:',
  'role.unseen.layerResource': '- {resource} のリソースベースのポリシー (未収集)',
  'role.unseen.layerEndpoint': '- 呼び出しが経由した VPC エンドポイント {endpoint} のポリシー',
  'role.unseen.layer':
    '- {layer, select, scp {サービスコントロールポリシー (未収集)} rcp {リソースコントロールポリシー (未収集)} session {セッション作成時に渡されたセッションポリシー} other {VPC エンドポイントポリシー (呼び出しがエンドポイントを経由した場合)}}',
  'role.unseenFix.summary':
    '{layer, select, scp {拒否しているサービスコントロールポリシーの変更を組織の管理者に依頼してください (管理アカウントで実行)。} rcp {拒否しているリソースコントロールポリシーの変更を組織の管理者に依頼してください。} resource {対象リソースのリソースベースのポリシーに、このロールへの Allow を追加してください。} endpoint {関数が使う VPC エンドポイントポリシーでこの呼び出しを許可してください。} session {ロールセッション作成時に渡すセッションポリシーを広げてください。} boundary {ロールのアクセス許可の境界でこのアクションを許可してください。} identity {スナップショットを再収集してください。拒否の後でアイデンティティベースのポリシーが変更された可能性があります。} other {見えないポリシーレイヤーのどれが呼び出しを拒否しているかを特定し、そこで許可してください。}}',
  'role.unseenFix.denying': '拒否しているポリシー: {arn}',
  'role.unseenFix.allowed':
    '実行ロール自体はこの呼び出しをすでに許可しています。アイデンティティのアクセス許可を追加しても解決しません。',
  'role.message.summary': `AWS のエラーメッセージから診断しました。ロールのポリシーはスナップショットにありませんでした。AWS は ${WHO_JA} による {resource} への {action} を拒否しました。{reasonless, select, yes {AWS のメッセージには、どのポリシーが判断したかが書かれていません (旧形式のメッセージ)。} other {${REASON_JA}}}`,
  'role.message.only':
    'AWS のメッセージのみを使用しました。ロールのポリシー、アクセス許可の境界、リソースのポリシーは評価していません。',
  'role.message.readFailed':
    '監査ツールはロールを読み取れませんでした: {target} に対する {api} が {errorCode} で失敗しました ({message})。',
  'role.trust.title': 'Lambda は {fn} の実行ロール {role} を引き受けられません',
  'role.trust.summaryDeny': `Lambda は {role} を引き受けられません: ${CLAUSE_JA}。このため {fn} の呼び出しはすべて失敗します。`,
  'role.trust.summary':
    '信頼ポリシーが lambda.amazonaws.com に sts:AssumeRole の呼び出しを許可していないため、Lambda は {role} を引き受けられません。このため {fn} の呼び出しはすべて失敗します。',
  'role.trust.fixRemove': '{role} の信頼ポリシーから lambda.amazonaws.com に対する Deny を削除してください。',
  'role.trust.fixAdd': '{role} の信頼ポリシーに lambda.amazonaws.com を信頼するステートメントを追加してください。',
  'role.trust.note':
    '変更が反映されるまで、Lambda が "The role defined for the function cannot be assumed by Lambda" と報告することがあります。',
};

const WHO_KO = '{noFn, select, yes {역할 {role}} other {{fn}(역할 {role})}}';
const TYPE_KO =
  '{type, select, identity {자격 증명 기반 정책} resource {리소스 기반 정책} trust {역할 신뢰 정책} boundary {권한 경계} session {세션 정책} scp {서비스 제어 정책} rcp {리소스 제어 정책} endpoint {VPC 엔드포인트 정책} other {{typeText}}}';
const WHERE_KO = '{where, select, none {} index {({policy}, 문 #{index})} other {({policy}, Sid {sid})}}';
const ARN_KO = '{arnless, select, yes {} other {({policyArn})}}';
const CLAUSE_KO = `{kind, select, implicit {이를 허용하는 ${TYPE_KO}이(가) 없습니다} allowed {${TYPE_KO}에서 허용됩니다} other {${TYPE_KO}${WHERE_KO}의 명시적 거부가 이를 차단합니다}}`;
const AWS_CLAUSE_KO = `{kind, select, implicit {허용하는 ${TYPE_KO}이(가) 없음} unknown {어떤 정책이 결정했는지 AWS가 알려 주지 않음} other {${TYPE_KO}의 명시적 거부}}`;
const REASON_KO = `{kind, select, explicit {AWS가 ${TYPE_KO}${ARN_KO}의 명시적 거부를 보고했습니다.} other {AWS는 이를 허용하는 ${TYPE_KO}${ARN_KO}이(가) 없다고 보고했습니다.}}`;

/** Korean. */
export const ROLE_KO: RoleCatalog = {
  'role.reason': REASON_KO,
  'role.denied.title': `${WHO_KO}은(는) {action}을(를) 수행할 수 없습니다: ${CLAUSE_KO}`,
  'role.denied.titleAws': `${WHO_KO}은(는) {action}을(를) 수행할 수 없습니다: ${AWS_CLAUSE_KO}`,
  'role.denied.summary': `AWS가 ${WHO_KO}의 {resource}에 대한 {action}을(를) 거부했습니다: ${CLAUSE_KO}.`,
  'role.denied.summaryAws': `AWS가 ${WHO_KO}의 {resource}에 대한 {action}을(를) 거부했습니다.{reasonless, select, yes {} other { ${REASON_KO}}}`,
  'role.denied.missingManaged': '스냅샷에 없는 관리형 정책: {names}',
  'role.denied.unreadable': '감사 도구가 {arn}의 리소스 기반 정책을 읽지 못했습니다(LAA-AUDITOR-READ-DENIED 참조).',
  'role.unseen.title': `${WHO_KO}이(가) 감사 도구에서 보이지 않는 정책에 의해 {action}을(를) 거부당했습니다`,
  'role.unseen.summary': `역할 정책이 허용하는데도 AWS가 ${WHO_KO}의 {resource}에 대한 {action}을(를) 거부했습니다. {reasonless, select, yes {스냅샷 밖의 정책이 거부했습니다.} other {${REASON_KO}}}`,
  'role.unseen.layers': '스냅샷에서 보이지 않는 계층:',
  'role.unseen.layerResource': '- {resource}의 리소스 기반 정책(수집 안 됨)',
  'role.unseen.layerEndpoint': '- 호출이 거쳐 간 VPC 엔드포인트 {endpoint}의 정책',
  'role.unseen.layer':
    '- {layer, select, scp {서비스 제어 정책(수집 안 됨)} rcp {리소스 제어 정책(수집 안 됨)} session {세션을 만들 때 전달된 세션 정책} other {VPC 엔드포인트 정책(호출이 엔드포인트를 거친 경우)}}',
  'role.unseenFix.summary':
    '{layer, select, scp {이를 거부하는 서비스 제어 정책을 변경하도록 조직 관리자에게 요청하세요(관리 계정에서 실행).} rcp {이를 거부하는 리소스 제어 정책을 변경하도록 조직 관리자에게 요청하세요.} resource {대상 리소스의 리소스 기반 정책에 이 역할에 대한 Allow를 추가하세요.} endpoint {함수가 사용하는 VPC 엔드포인트 정책에서 이 호출을 허용하세요.} session {역할 세션을 만들 때 전달하는 세션 정책을 넓히세요.} boundary {역할의 권한 경계에서 이 작업을 허용하세요.} identity {스냅샷을 다시 수집하세요. 거부 이후 자격 증명 기반 정책이 바뀌었을 수 있습니다.} other {보이지 않는 정책 계층 중 어느 것이 호출을 거부하는지 찾아 그곳에서 허용하세요.}}',
  'role.unseenFix.denying': '거부하는 정책: {arn}',
  'role.unseenFix.allowed':
    '실행 역할 자체는 이미 이 호출을 허용합니다. 자격 증명 권한을 더 추가해도 해결되지 않습니다.',
  'role.message.summary': `AWS 오류 메시지로 진단했습니다. 역할의 정책은 스냅샷에 없었습니다. AWS가 ${WHO_KO}의 {resource}에 대한 {action}을(를) 거부했습니다. {reasonless, select, yes {AWS 메시지에 어떤 정책이 결정했는지 나와 있지 않습니다(이전 형식 메시지).} other {${REASON_KO}}}`,
  'role.message.only': 'AWS 메시지만 사용했습니다. 역할의 정책, 권한 경계, 리소스의 정책은 평가하지 않았습니다.',
  'role.message.readFailed':
    '감사 도구가 역할을 읽지 못했습니다: {target}에 대한 {api}이(가) {errorCode}(으)로 실패했습니다({message}).',
  'role.trust.title': 'Lambda가 {fn}의 실행 역할 {role}을(를) 수임할 수 없습니다',
  'role.trust.summaryDeny': `Lambda가 {role}을(를) 수임할 수 없습니다: ${CLAUSE_KO}. 따라서 {fn}의 모든 호출이 실패합니다.`,
  'role.trust.summary':
    '신뢰 정책이 lambda.amazonaws.com의 sts:AssumeRole 호출을 허용하지 않아 Lambda가 {role}을(를) 수임할 수 없습니다. 따라서 {fn}의 모든 호출이 실패합니다.',
  'role.trust.fixRemove': '{role}의 신뢰 정책에서 lambda.amazonaws.com에 대한 Deny를 제거하세요.',
  'role.trust.fixAdd': '{role}의 신뢰 정책에 lambda.amazonaws.com을 신뢰하는 문을 추가하세요.',
  'role.trust.note':
    '변경 사항이 전파될 때까지 Lambda가 "The role defined for the function cannot be assumed by Lambda"를 보고할 수 있습니다.',
};
