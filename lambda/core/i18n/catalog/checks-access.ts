/**
 * Finding texts of the cross-account and deployer checks (lambda/core/checks/cross-account/,
 * lambda/core/checks/deployer/) in every language, side by side so a check's author edits one file. English is
 * the source (the checks render it through `en(msg(…))`). Function names, account IDs, ARNs, actions, error
 * codes, service principals and CLI commands are placeholders: never translated.
 */

/** English source texts. */
export const ACCESS_EN = {
  'access.layer.title': '{fn} uses layer {name} from account {account}',
  'access.layer.summary':
    'Layer {arn} belongs to account {account}, whose layer policy this account cannot see, so deployments of {fn} depend on that account keeping {action} granted.',
  'access.layer.when':
    'Lambda checks the layer permission when the function is created or updated, for the deploying principal.',
  'access.layer.fix':
    'If deployments fail with {error} on {name}, the layer owner ({account}) must grant this account {action}.',
  'access.layer.note': 'Run the command in the layer owner account; the function keeps working until its next update.',
  'access.ecr.deniedTitle': '{fn} cannot pull its image from account {account}: {code}',
  'access.ecr.title': "{fn} pulls its image from another account's repository {repository}",
  'access.ecr.deniedSummary':
    'Lambda reports {code} for {fn}, so the repository policy of {repoArn} does not let Lambda pull the image.',
  'access.ecr.deniedReasonSummary':
    'Lambda reports {code} for {fn}: "{reason}", so the repository policy of {repoArn} does not let Lambda pull the image.',
  'access.ecr.summary':
    'The image of {fn} lives in account {account}, whose repository policy must keep allowing {service} to pull it.',
  'access.ecr.image': 'Image: {uri}',
  'access.ecr.notVisible': 'The repository policy is not visible from this account.',
  'access.ecr.fix':
    'In account {owner}, allow {service} and account {account} {action} and {action2} in the policy of {repository}.',
  'access.ecr.note':
    'After fixing, update the function (e.g. {command} with the same image) to leave the {state} state.',
  'access.ecr.then': 'Allow account {account} to pull from {repository}.',
} as const;

type AccessCatalog = Readonly<Record<keyof typeof ACCESS_EN, string>>;

/** German. */
export const ACCESS_DE: AccessCatalog = {
  'access.layer.title': '{fn} verwendet Layer {name} aus Konto {account}',
  'access.layer.summary':
    'Layer {arn} gehört Konto {account}, dessen Layer-Richtlinie dieses Konto nicht sehen kann: Bereitstellungen von {fn} hängen davon ab, dass jenes Konto {action} weiterhin gewährt.',
  'access.layer.when':
    'Lambda prüft die Layer-Berechtigung beim Erstellen oder Aktualisieren der Funktion, für den bereitstellenden Prinzipal.',
  'access.layer.fix':
    'Schlagen Bereitstellungen mit {error} auf {name} fehl, muss der Layer-Eigentümer ({account}) diesem Konto {action} gewähren.',
  'access.layer.note':
    'Den Befehl im Konto des Layer-Eigentümers ausführen; die Funktion läuft bis zu ihrer nächsten Aktualisierung weiter.',
  'access.ecr.deniedTitle': '{fn} kann sein Image nicht aus Konto {account} abrufen: {code}',
  'access.ecr.title': '{fn} ruft sein Image aus dem Repository {repository} eines anderen Kontos ab',
  'access.ecr.deniedSummary':
    'Lambda meldet {code} für {fn}: Die Repository-Richtlinie von {repoArn} erlaubt Lambda nicht, das Image abzurufen.',
  'access.ecr.deniedReasonSummary':
    'Lambda meldet {code} für {fn}: "{reason}". Die Repository-Richtlinie von {repoArn} erlaubt Lambda nicht, das Image abzurufen.',
  'access.ecr.summary':
    'Das Image von {fn} liegt in Konto {account}, dessen Repository-Richtlinie {service} das Abrufen weiterhin erlauben muss.',
  'access.ecr.image': 'Container-Image: {uri}',
  'access.ecr.notVisible': 'Die Repository-Richtlinie ist von diesem Konto aus nicht sichtbar.',
  'access.ecr.fix':
    'In Konto {owner} {service} und Konto {account} {action} und {action2} in der Richtlinie von {repository} erlauben.',
  'access.ecr.note':
    'Nach der Korrektur die Funktion aktualisieren (z. B. {command} mit demselben Image), damit sie den Zustand {state} verlässt.',
  'access.ecr.then': 'Konto {account} das Abrufen aus {repository} erlauben.',
};

/** French. */
export const ACCESS_FR: AccessCatalog = {
  'access.layer.title': '{fn} utilise la couche {name} du compte {account}',
  'access.layer.summary':
    'La couche {arn} appartient au compte {account}, dont la politique de couche n’est pas visible depuis ce compte : les déploiements de {fn} dépendent du maintien de {action} par ce compte.',
  'access.layer.when':
    'Lambda vérifie l’autorisation de la couche à la création ou à la mise à jour de la fonction, pour le principal qui déploie.',
  'access.layer.fix':
    'Si les déploiements échouent avec {error} sur {name}, le propriétaire de la couche ({account}) doit accorder {action} à ce compte.',
  'access.layer.note':
    'Exécutez la commande dans le compte propriétaire de la couche ; la fonction continue de tourner jusqu’à sa prochaine mise à jour.',
  'access.ecr.deniedTitle': '{fn} ne peut pas extraire son image du compte {account} : {code}',
  'access.ecr.title': '{fn} extrait son image du référentiel {repository} d’un autre compte',
  'access.ecr.deniedSummary':
    'Lambda signale {code} pour {fn} : la politique du référentiel {repoArn} ne permet pas à Lambda d’extraire l’image.',
  'access.ecr.deniedReasonSummary':
    'Lambda signale {code} pour {fn} : "{reason}". La politique du référentiel {repoArn} ne permet pas à Lambda d’extraire l’image.',
  'access.ecr.summary':
    'L’image de {fn} se trouve dans le compte {account}, dont la politique de référentiel doit continuer d’autoriser {service} à l’extraire.',
  'access.ecr.image': 'Image : {uri}',
  'access.ecr.notVisible': 'La politique du référentiel n’est pas visible depuis ce compte.',
  'access.ecr.fix':
    'Dans le compte {owner}, autorisez {service} et le compte {account} à effectuer {action} et {action2} dans la politique de {repository}.',
  'access.ecr.note':
    'Après la correction, mettez à jour la fonction (par ex. {command} avec la même image) pour qu’elle quitte l’état {state}.',
  'access.ecr.then': 'Autorisez le compte {account} à extraire depuis {repository}.',
};

/** Japanese. */
export const ACCESS_JA: AccessCatalog = {
  'access.layer.title': '{fn} はアカウント {account} のレイヤー {name} を使用しています',
  'access.layer.summary':
    'レイヤー {arn} はアカウント {account} のもので、そのレイヤーポリシーはこのアカウントからは見えません。{fn} のデプロイは、そのアカウントが {action} を許可し続けることに依存しています。',
  'access.layer.when':
    'Lambda は関数の作成時と更新時に、デプロイするプリンシパルについてレイヤーのアクセス許可を確認します。',
  'access.layer.fix':
    'デプロイが {name} で {error} により失敗する場合、レイヤーの所有者 ({account}) がこのアカウントに {action} を許可する必要があります。',
  'access.layer.note': 'コマンドはレイヤー所有者のアカウントで実行します。関数は次に更新されるまで動作し続けます。',
  'access.ecr.deniedTitle': '{fn} はアカウント {account} からイメージをプルできません: {code}',
  'access.ecr.title': '{fn} は別のアカウントのリポジトリ {repository} からイメージをプルしています',
  'access.ecr.deniedSummary':
    'Lambda は {fn} について {code} を報告しています。{repoArn} のリポジトリポリシーが Lambda にイメージのプルを許可していません。',
  'access.ecr.deniedReasonSummary':
    'Lambda は {fn} について {code} を報告しています: "{reason}"。{repoArn} のリポジトリポリシーが Lambda にイメージのプルを許可していません。',
  'access.ecr.summary':
    '{fn} のイメージはアカウント {account} にあり、そのリポジトリポリシーは {service} にプルを許可し続ける必要があります。',
  'access.ecr.image': 'イメージ: {uri}',
  'access.ecr.notVisible': 'リポジトリポリシーはこのアカウントからは見えません。',
  'access.ecr.fix':
    'アカウント {owner} で、{repository} のポリシーにより {service} とアカウント {account} に {action} と {action2} を許可します。',
  'access.ecr.note': '修正後、関数を更新して (例: 同じイメージで {command}) {state} 状態から抜けさせます。',
  'access.ecr.then': 'アカウント {account} に {repository} からのプルを許可します。',
};

/** Korean. */
export const ACCESS_KO: AccessCatalog = {
  'access.layer.title': '{fn}이(가) 계정 {account}의 계층 {name}을(를) 사용합니다',
  'access.layer.summary':
    '계층 {arn}은(는) 계정 {account} 소유이며, 이 계정에서는 해당 계층 정책을 볼 수 없습니다. {fn}의 배포는 그 계정이 {action}을(를) 계속 허용하는지에 달려 있습니다.',
  'access.layer.when': 'Lambda는 함수를 생성하거나 업데이트할 때 배포하는 보안 주체에 대해 계층 권한을 확인합니다.',
  'access.layer.fix':
    '배포가 {name}에서 {error}(으)로 실패하면 계층 소유자({account})가 이 계정에 {action}을(를) 허용해야 합니다.',
  'access.layer.note': '명령은 계층 소유자 계정에서 실행하세요. 함수는 다음 업데이트 전까지 계속 동작합니다.',
  'access.ecr.deniedTitle': '{fn}이(가) 계정 {account}에서 이미지를 가져올 수 없습니다: {code}',
  'access.ecr.title': '{fn}이(가) 다른 계정의 리포지토리 {repository}에서 이미지를 가져옵니다',
  'access.ecr.deniedSummary':
    'Lambda가 {fn}에 대해 {code}을(를) 보고합니다. {repoArn}의 리포지토리 정책이 Lambda의 이미지 가져오기를 허용하지 않습니다.',
  'access.ecr.deniedReasonSummary':
    'Lambda가 {fn}에 대해 {code}을(를) 보고합니다: "{reason}". {repoArn}의 리포지토리 정책이 Lambda의 이미지 가져오기를 허용하지 않습니다.',
  'access.ecr.summary':
    '{fn}의 이미지는 계정 {account}에 있으며, 그 리포지토리 정책이 {service}의 이미지 가져오기를 계속 허용해야 합니다.',
  'access.ecr.image': '이미지: {uri}',
  'access.ecr.notVisible': '이 계정에서는 리포지토리 정책을 볼 수 없습니다.',
  'access.ecr.fix':
    '계정 {owner}에서 {repository}의 정책으로 {service}와(과) 계정 {account}에 {action} 및 {action2}을(를) 허용하세요.',
  'access.ecr.note': '수정한 뒤 함수를 업데이트하여(예: 같은 이미지로 {command}) {state} 상태에서 벗어나게 하세요.',
  'access.ecr.then': '계정 {account}이(가) {repository}에서 이미지를 가져오도록 허용하세요.',
};
