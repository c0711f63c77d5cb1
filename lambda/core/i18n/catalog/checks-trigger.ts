/**
 * Finding texts of the invoke, exposure and event-source checks (lambda/core/checks/{invoke,exposure,
 * event-source}/) in every language, side by side so a check's author edits one file. English is the source
 * (the checks render it through `en(msg(…))`). Function names, ARNs, account IDs, principals, URLs and actions
 * are placeholders; fixed AWS identifiers (AuthType NONE / AWS_IAM, condition keys, check IDs, CLI flags) stay
 * verbatim in every language. Terms follow the glossary of docs/i18n.md.
 */

/** English source texts. */
export const TRIGGER_EN = {
  // LAA-URL-PUBLIC
  'trigger.urlPublic.title':
    'Function URL of {fn} has AuthType NONE: {callable, select, yes {anyone can call it} other {public by configuration}}',
  'trigger.urlPublic.summaryUnknown':
    'The function URL {url} uses AuthType NONE, and resource policy of {target} could not be read, so who can call it is unknown.',
  'trigger.urlPublic.summaryOpen':
    'The function URL {url} uses AuthType NONE, and anyone on the internet can call it without signing the request.',
  'trigger.urlPublic.summaryHalf':
    'The function URL {url} uses AuthType NONE, and anyone on the internet is granted lambda:InvokeFunctionUrl, but requests get HTTP 403 until lambda:InvokeFunction (via URL) is granted too.',
  'trigger.urlPublic.summaryClosed':
    'The function URL {url} uses AuthType NONE, and no statement grants public access yet, so requests get HTTP 403.',
  'trigger.urlPublic.noSigV4':
    'With AuthType NONE, Lambda does not check SigV4 signatures; only the resource policy decides, and it names "*".',
  'trigger.urlPublic.authenticate':
    'Make sure the code authenticates callers itself (tokens, signatures) or put CloudFront with origin access control in front.',
  'trigger.urlPublic.fix':
    'Switch the URL to AuthType AWS_IAM unless it is meant to be public and the code authenticates callers.',
  'trigger.urlPublic.noteIam':
    'With AWS_IAM, callers need lambda:InvokeFunctionUrl (and for new URLs lambda:InvokeFunction) in their identity policy.',
  'trigger.urlPublic.noteIgnore': 'If public access is intended, record it with an ignore rule so this stops alerting.',
  // LAA-EXPOSURE-PUBLIC-POLICY
  'trigger.public.titleOne': 'Resource policy of {target} lets anyone call {action}',
  'trigger.public.titleMany': 'Resource policy of {target} lets anyone call {count} Lambda actions',
  'trigger.public.summary':
    'A statement with Principal "*" and no narrowing condition lets any AWS principal in any account call {actions} on {arn}.',
  'trigger.public.probed': 'Probed as a principal of an unrelated account and organization: allowed {actions}.',
  'trigger.public.conditions':
    'Conditions on aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID or aws:PrincipalAccount would narrow it; none applies here.',
  'trigger.public.fix':
    'Remove the public statement and grant only the accounts, organization or service (with SourceArn) that need it.',
  'trigger.public.noSid': 'A public statement has no Sid: rewrite the policy through the tool that created it.',
  'trigger.public.urlSeparate': 'Function URLs with AuthType NONE are reported separately (LAA-URL-PUBLIC).',
  // LAA-EXPOSURE-EXTERNAL-ACCOUNT
  'trigger.external.titleOne':
    'Resource policy of {target} grants account {account} ({action}) without an organization guard',
  'trigger.external.titleMany':
    'Resource policy of {target} grants account {account} ({count} actions) without an organization guard',
  'trigger.external.summary':
    '{entry} in account {account} may call {actions} on {arn}, and no aws:PrincipalOrgID condition limits the grant to your organization.',
  'trigger.external.probedOrg': 'Probed as {entry} from an organization other than {org}.',
  'trigger.external.probedYours': 'Probed as {entry} from an organization other than yours.',
  'trigger.external.partner':
    'If this account is a known partner, record that decision (ignore rule); otherwise scope the grant with PrincipalOrgID.',
  'trigger.external.fix':
    'Re-grant with --principal-org-id so only accounts of your organization can use it, or remove the grant to {account}.',
  'trigger.external.note': 'Add the scoped statement before removing the broad one to avoid a gap in access.',
  // LAA-EXPOSURE-CONFUSED-DEPUTY
  'trigger.deputy.titleAny': 'Resource policy of {target} grants {service} without source conditions (confused deputy)',
  'trigger.deputy.titleS3': 'Resource policy of {target} grants {service} without aws:SourceAccount (confused deputy)',
  'trigger.deputy.summaryAny':
    '{service} may invoke {arn} on behalf of any source in any account, because the statement has no aws:SourceArn or aws:SourceAccount condition.',
  'trigger.deputy.summaryS3':
    '{service} may invoke {arn} for a bucket of that name in any account, because S3 bucket ARNs carry no account and the statement has no aws:SourceAccount condition.',
  'trigger.deputy.probeAny':
    'Probe: {service} → lambda:InvokeFunction allowed for source {source} in account {account}.',
  'trigger.deputy.probeS3':
    'Probe: {service} → lambda:InvokeFunction allowed for bucket {source} owned by account {account}.',
  'trigger.deputy.fix': 'Scope the {service} statement with aws:SourceArn and aws:SourceAccount.',
  'trigger.deputy.noteFirst': 'Add the scoped statement before removing the broad one to avoid a gap in invocations.',
  'trigger.deputy.noteNoTrigger':
    'No trigger of this service targets the function in the snapshot: replace {placeholder} with the real source.',
  // LAA-URL-MISSING-INVOKE-STATEMENT
  'trigger.urlInvoke.title':
    'Function URL of {fn} lacks lambda:InvokeFunction for {anyone, select, yes {everyone ("*")} other {{caller}}}: requests get HTTP 403',
  'trigger.urlInvoke.summary':
    'Resource policy of {target} grants {anyone, select, yes {everyone ("*")} other {{caller}}} lambda:InvokeFunctionUrl but not lambda:InvokeFunction with lambda:InvokedViaFunctionUrl, which function URLs require since October 2025, so URL requests are refused with 403.',
  'trigger.urlInvoke.authType': 'URL AuthType: {authType}.',
  'trigger.urlInvoke.fix':
    'Add the second statement: lambda:InvokeFunction for {anyone, select, yes {everyone ("*")} other {{caller}}}, only when invoked via the function URL.',
  'trigger.urlInvoke.noteTools':
    'Newer CDK / SAM / Serverless versions add this statement with the URL; upgrading the tool and redeploying also fixes it.',
  'trigger.urlInvoke.noteCondition':
    'The condition keeps the grant limited to URL requests: it does not allow direct Invoke calls.',
} as const;

type TriggerCatalog = Readonly<Record<keyof typeof TRIGGER_EN, string>>;

/** German. */
export const TRIGGER_DE: TriggerCatalog = {
  'trigger.urlPublic.title':
    'Funktions-URL von {fn} hat AuthType NONE: {callable, select, yes {jeder kann sie aufrufen} other {laut Konfiguration öffentlich}}',
  'trigger.urlPublic.summaryUnknown':
    'Die Funktions-URL {url} verwendet AuthType NONE, und die ressourcenbasierte Richtlinie von {target} konnte nicht gelesen werden: Wer sie aufrufen kann, ist unbekannt.',
  'trigger.urlPublic.summaryOpen':
    'Die Funktions-URL {url} verwendet AuthType NONE: Jeder im Internet kann sie ohne signierte Anfrage aufrufen.',
  'trigger.urlPublic.summaryHalf':
    'Die Funktions-URL {url} verwendet AuthType NONE, und jedem im Internet ist lambda:InvokeFunctionUrl erlaubt; Anfragen erhalten aber HTTP 403, bis auch lambda:InvokeFunction (über die URL) erlaubt ist.',
  'trigger.urlPublic.summaryClosed':
    'Die Funktions-URL {url} verwendet AuthType NONE, aber noch keine Anweisung gewährt öffentlichen Zugriff: Anfragen erhalten HTTP 403.',
  'trigger.urlPublic.noSigV4':
    'Mit AuthType NONE prüft Lambda keine SigV4-Signaturen; allein die ressourcenbasierte Richtlinie entscheidet, und sie nennt "*".',
  'trigger.urlPublic.authenticate':
    'Sicherstellen, dass der Code Aufrufer selbst authentifiziert (Tokens, Signaturen), oder CloudFront mit Origin Access Control vorschalten.',
  'trigger.urlPublic.fix':
    'Die URL auf AuthType AWS_IAM umstellen, außer sie soll öffentlich sein und der Code authentifiziert Aufrufer.',
  'trigger.urlPublic.noteIam':
    'Mit AWS_IAM brauchen Aufrufer lambda:InvokeFunctionUrl (und bei neuen URLs lambda:InvokeFunction) in ihrer identitätsbasierten Richtlinie.',
  'trigger.urlPublic.noteIgnore':
    'Ist öffentlicher Zugriff gewollt, dies mit einer Ignorier-Regel festhalten, damit der Alarm aufhört.',
  'trigger.public.titleOne': 'Ressourcenbasierte Richtlinie von {target} erlaubt jedem {action}',
  'trigger.public.titleMany': 'Ressourcenbasierte Richtlinie von {target} erlaubt jedem {count} Lambda-Aktionen',
  'trigger.public.summary':
    'Eine Anweisung mit Principal "*" ohne einschränkende Bedingung erlaubt jedem AWS-Prinzipal in jedem Konto {actions} auf {arn}.',
  'trigger.public.probed':
    'Geprüft als Prinzipal eines fremden Kontos und einer fremden Organisation: erlaubt sind {actions}.',
  'trigger.public.conditions':
    'Bedingungen auf aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID oder aws:PrincipalAccount würden sie einschränken; hier greift keine.',
  'trigger.public.fix':
    'Die öffentliche Anweisung entfernen und nur den Konten, der Organisation oder dem Service (mit SourceArn) Zugriff gewähren, die ihn brauchen.',
  'trigger.public.noSid':
    'Eine öffentliche Anweisung hat keine Sid: die Richtlinie mit dem Tool neu schreiben, das sie erstellt hat.',
  'trigger.public.urlSeparate': 'Funktions-URLs mit AuthType NONE werden separat gemeldet (LAA-URL-PUBLIC).',
  'trigger.external.titleOne':
    'Ressourcenbasierte Richtlinie von {target} erlaubt Konto {account} ({action}) ohne Organisationsschutz',
  'trigger.external.titleMany':
    'Ressourcenbasierte Richtlinie von {target} erlaubt Konto {account} ({count} Aktionen) ohne Organisationsschutz',
  'trigger.external.summary':
    '{entry} in Konto {account} darf {actions} auf {arn} aufrufen, und keine aws:PrincipalOrgID-Bedingung beschränkt die Berechtigung auf Ihre Organisation.',
  'trigger.external.probedOrg': 'Geprüft als {entry} aus einer anderen Organisation als {org}.',
  'trigger.external.probedYours': 'Geprüft als {entry} aus einer anderen Organisation als Ihrer.',
  'trigger.external.partner':
    'Ist dieses Konto ein bekannter Partner, die Entscheidung festhalten (Ignorier-Regel); sonst die Berechtigung mit PrincipalOrgID einschränken.',
  'trigger.external.fix':
    'Erneut mit --principal-org-id gewähren, damit nur Konten Ihrer Organisation sie nutzen können, oder die Berechtigung für {account} entfernen.',
  'trigger.external.note':
    'Die eingeschränkte Anweisung vor dem Entfernen der weiten hinzufügen, damit der Zugriff nicht unterbrochen wird.',
  'trigger.deputy.titleAny':
    'Ressourcenbasierte Richtlinie von {target} erlaubt {service} ohne Quellbedingungen (Confused-Deputy-Problem)',
  'trigger.deputy.titleS3':
    'Ressourcenbasierte Richtlinie von {target} erlaubt {service} ohne aws:SourceAccount (Confused-Deputy-Problem)',
  'trigger.deputy.summaryAny':
    '{service} darf {arn} im Auftrag jeder Quelle in jedem Konto aufrufen, weil die Anweisung keine aws:SourceArn- oder aws:SourceAccount-Bedingung hat.',
  'trigger.deputy.summaryS3':
    '{service} darf {arn} für einen gleichnamigen Bucket in jedem Konto aufrufen, weil S3-Bucket-ARNs kein Konto enthalten und die Anweisung keine aws:SourceAccount-Bedingung hat.',
  'trigger.deputy.probeAny':
    'Prüfung: {service} → lambda:InvokeFunction erlaubt für Quelle {source} in Konto {account}.',
  'trigger.deputy.probeS3':
    'Prüfung: {service} → lambda:InvokeFunction erlaubt für Bucket {source} im Besitz von Konto {account}.',
  'trigger.deputy.fix': 'Die Anweisung für {service} mit aws:SourceArn und aws:SourceAccount einschränken.',
  'trigger.deputy.noteFirst':
    'Die eingeschränkte Anweisung vor dem Entfernen der weiten hinzufügen, damit keine Aufrufe verloren gehen.',
  'trigger.deputy.noteNoTrigger':
    'Kein Auslöser dieses Service zielt im Snapshot auf die Funktion: {placeholder} durch die echte Quelle ersetzen.',
  'trigger.urlInvoke.title':
    'Funktions-URL von {fn} fehlt lambda:InvokeFunction für {anyone, select, yes {alle ("*")} other {{caller}}}: Anfragen erhalten HTTP 403',
  'trigger.urlInvoke.summary':
    'Die ressourcenbasierte Richtlinie von {target} erlaubt {anyone, select, yes {alle ("*")} other {{caller}}} lambda:InvokeFunctionUrl, aber nicht lambda:InvokeFunction mit lambda:InvokedViaFunctionUrl, das Funktions-URLs seit Oktober 2025 verlangen: URL-Anfragen werden mit 403 abgelehnt.',
  'trigger.urlInvoke.authType': 'AuthType der URL: {authType}.',
  'trigger.urlInvoke.fix':
    'Die zweite Anweisung hinzufügen: lambda:InvokeFunction für {anyone, select, yes {alle ("*")} other {{caller}}}, nur beim Aufruf über die Funktions-URL.',
  'trigger.urlInvoke.noteTools':
    'Neuere Versionen von CDK / SAM / Serverless fügen diese Anweisung mit der URL hinzu; das Tool aktualisieren und neu bereitstellen behebt es ebenfalls.',
  'trigger.urlInvoke.noteCondition':
    'Die Bedingung beschränkt die Berechtigung auf URL-Anfragen: Direkte Invoke-Aufrufe erlaubt sie nicht.',
};

/** French. */
export const TRIGGER_FR: TriggerCatalog = {
  'trigger.urlPublic.title':
    'L’URL de fonction de {fn} a AuthType NONE : {callable, select, yes {tout le monde peut l’appeler} other {publique par configuration}}',
  'trigger.urlPublic.summaryUnknown':
    'L’URL de fonction {url} utilise AuthType NONE, et la politique basée sur les ressources de {target} n’a pas pu être lue : on ne sait pas qui peut l’appeler.',
  'trigger.urlPublic.summaryOpen':
    'L’URL de fonction {url} utilise AuthType NONE : n’importe qui sur Internet peut l’appeler sans signer la requête.',
  'trigger.urlPublic.summaryHalf':
    'L’URL de fonction {url} utilise AuthType NONE et tout Internet reçoit lambda:InvokeFunctionUrl, mais les requêtes obtiennent HTTP 403 tant que lambda:InvokeFunction (via l’URL) n’est pas accordé aussi.',
  'trigger.urlPublic.summaryClosed':
    'L’URL de fonction {url} utilise AuthType NONE, mais aucune instruction n’accorde encore d’accès public : les requêtes obtiennent HTTP 403.',
  'trigger.urlPublic.noSigV4':
    'Avec AuthType NONE, Lambda ne vérifie aucune signature SigV4 ; seule la politique basée sur les ressources décide, et elle nomme "*".',
  'trigger.urlPublic.authenticate':
    'Assurez-vous que le code authentifie lui-même les appelants (jetons, signatures) ou placez CloudFront avec un contrôle d’accès à l’origine devant.',
  'trigger.urlPublic.fix':
    'Passez l’URL en AuthType AWS_IAM, sauf si elle doit être publique et que le code authentifie les appelants.',
  'trigger.urlPublic.noteIam':
    'Avec AWS_IAM, les appelants ont besoin de lambda:InvokeFunctionUrl (et, pour les nouvelles URL, de lambda:InvokeFunction) dans leur politique basée sur l’identité.',
  'trigger.urlPublic.noteIgnore':
    'Si l’accès public est voulu, consignez-le avec une règle d’exclusion pour arrêter l’alerte.',
  'trigger.public.titleOne':
    'La politique basée sur les ressources de {target} permet à tout le monde d’appeler {action}',
  'trigger.public.titleMany':
    'La politique basée sur les ressources de {target} permet à tout le monde d’appeler {count} actions Lambda',
  'trigger.public.summary':
    'Une instruction avec Principal "*" sans condition restrictive permet à tout principal AWS de n’importe quel compte d’appeler {actions} sur {arn}.',
  'trigger.public.probed':
    'Testé en tant que principal d’un compte et d’une organisation sans lien : {actions} autorisé.',
  'trigger.public.conditions':
    'Des conditions sur aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID ou aws:PrincipalAccount la restreindraient ; aucune ne s’applique ici.',
  'trigger.public.fix':
    'Supprimez l’instruction publique et n’accordez l’accès qu’aux comptes, à l’organisation ou au service (avec SourceArn) qui en ont besoin.',
  'trigger.public.noSid':
    'Une instruction publique n’a pas de Sid : réécrivez la politique avec l’outil qui l’a créée.',
  'trigger.public.urlSeparate': 'Les URL de fonction avec AuthType NONE sont signalées à part (LAA-URL-PUBLIC).',
  'trigger.external.titleOne':
    'La politique basée sur les ressources de {target} autorise le compte {account} ({action}) sans garde d’organisation',
  'trigger.external.titleMany':
    'La politique basée sur les ressources de {target} autorise le compte {account} ({count} actions) sans garde d’organisation',
  'trigger.external.summary':
    '{entry} du compte {account} peut appeler {actions} sur {arn}, et aucune condition aws:PrincipalOrgID ne limite l’autorisation à votre organisation.',
  'trigger.external.probedOrg': 'Testé en tant que {entry} depuis une organisation autre que {org}.',
  'trigger.external.probedYours': 'Testé en tant que {entry} depuis une organisation autre que la vôtre.',
  'trigger.external.partner':
    'Si ce compte est un partenaire connu, consignez cette décision (règle d’exclusion) ; sinon restreignez l’autorisation avec PrincipalOrgID.',
  'trigger.external.fix':
    'Accordez de nouveau avec --principal-org-id pour que seuls les comptes de votre organisation puissent l’utiliser, ou supprimez l’autorisation de {account}.',
  'trigger.external.note':
    'Ajoutez l’instruction restreinte avant de supprimer la plus large pour ne pas interrompre l’accès.',
  'trigger.deputy.titleAny':
    'La politique basée sur les ressources de {target} autorise {service} sans condition de source (problème de l’adjoint confus)',
  'trigger.deputy.titleS3':
    'La politique basée sur les ressources de {target} autorise {service} sans aws:SourceAccount (problème de l’adjoint confus)',
  'trigger.deputy.summaryAny':
    '{service} peut appeler {arn} pour le compte de n’importe quelle source de n’importe quel compte, car l’instruction n’a pas de condition aws:SourceArn ni aws:SourceAccount.',
  'trigger.deputy.summaryS3':
    '{service} peut appeler {arn} pour un compartiment de ce nom dans n’importe quel compte, car les ARN de compartiment S3 ne contiennent pas de compte et l’instruction n’a pas de condition aws:SourceAccount.',
  'trigger.deputy.probeAny':
    'Test : {service} → lambda:InvokeFunction autorisé pour la source {source} du compte {account}.',
  'trigger.deputy.probeS3':
    'Test : {service} → lambda:InvokeFunction autorisé pour le compartiment {source} appartenant au compte {account}.',
  'trigger.deputy.fix': 'Restreignez l’instruction de {service} avec aws:SourceArn et aws:SourceAccount.',
  'trigger.deputy.noteFirst':
    'Ajoutez l’instruction restreinte avant de supprimer la plus large pour ne perdre aucun appel.',
  'trigger.deputy.noteNoTrigger':
    'Aucun déclencheur de ce service ne cible la fonction dans l’instantané : remplacez {placeholder} par la vraie source.',
  'trigger.urlInvoke.title':
    'Il manque lambda:InvokeFunction pour {anyone, select, yes {tout le monde ("*")} other {{caller}}} à l’URL de fonction de {fn} : les requêtes obtiennent HTTP 403',
  'trigger.urlInvoke.summary':
    'La politique basée sur les ressources de {target} accorde à {anyone, select, yes {tout le monde ("*")} other {{caller}}} lambda:InvokeFunctionUrl mais pas lambda:InvokeFunction avec lambda:InvokedViaFunctionUrl, exigé par les URL de fonction depuis octobre 2025 : les requêtes URL sont refusées avec 403.',
  'trigger.urlInvoke.authType': 'AuthType de l’URL : {authType}.',
  'trigger.urlInvoke.fix':
    'Ajoutez la seconde instruction : lambda:InvokeFunction pour {anyone, select, yes {tout le monde ("*")} other {{caller}}}, uniquement lors d’un appel via l’URL de fonction.',
  'trigger.urlInvoke.noteTools':
    'Les versions récentes de CDK / SAM / Serverless ajoutent cette instruction avec l’URL ; mettre à jour l’outil et redéployer corrige aussi le problème.',
  'trigger.urlInvoke.noteCondition':
    'La condition limite l’autorisation aux requêtes URL : elle n’autorise pas les appels Invoke directs.',
};

/** Japanese. */
export const TRIGGER_JA: TriggerCatalog = {
  'trigger.urlPublic.title':
    '{fn} の関数 URL は AuthType NONE です: {callable, select, yes {誰でも呼び出せます} other {設定上パブリックです}}',
  'trigger.urlPublic.summaryUnknown':
    '関数 URL {url} は AuthType NONE を使用していますが、{target} のリソースベースのポリシーを読み取れなかったため、誰が呼び出せるかは不明です。',
  'trigger.urlPublic.summaryOpen':
    '関数 URL {url} は AuthType NONE を使用しており、インターネット上の誰でも署名なしのリクエストで呼び出せます。',
  'trigger.urlPublic.summaryHalf':
    '関数 URL {url} は AuthType NONE を使用しており、インターネット上の誰にでも lambda:InvokeFunctionUrl が許可されていますが、lambda:InvokeFunction (URL 経由) も許可されるまでリクエストは HTTP 403 になります。',
  'trigger.urlPublic.summaryClosed':
    '関数 URL {url} は AuthType NONE を使用していますが、パブリックアクセスを許可するステートメントはまだないため、リクエストは HTTP 403 になります。',
  'trigger.urlPublic.noSigV4':
    'AuthType NONE では Lambda は SigV4 署名を検証しません。判断するのはリソースベースのポリシーだけで、そこには "*" が指定されています。',
  'trigger.urlPublic.authenticate':
    'コード自体で呼び出し元を認証する (トークン、署名) か、オリジンアクセスコントロール付きの CloudFront を前段に置いてください。',
  'trigger.urlPublic.fix':
    'パブリックにする意図があり、コードが呼び出し元を認証している場合を除き、URL を AuthType AWS_IAM に切り替えてください。',
  'trigger.urlPublic.noteIam':
    'AWS_IAM では、呼び出し元のアイデンティティベースのポリシーに lambda:InvokeFunctionUrl (新しい URL では lambda:InvokeFunction も) が必要です。',
  'trigger.urlPublic.noteIgnore':
    'パブリックアクセスが意図したものであれば、無視ルールとして記録してアラートを止めてください。',
  'trigger.public.titleOne': '{target} のリソースベースのポリシーにより誰でも {action} を呼び出せます',
  'trigger.public.titleMany':
    '{target} のリソースベースのポリシーにより誰でも {count} 個の Lambda アクションを呼び出せます',
  'trigger.public.summary':
    'Principal "*" で絞り込み条件のないステートメントにより、任意のアカウントの任意の AWS プリンシパルが {arn} に対して {actions} を呼び出せます。',
  'trigger.public.probed': '無関係なアカウントと組織のプリンシパルとして検査した結果: {actions} が許可されました。',
  'trigger.public.conditions':
    'aws:SourceAccount、aws:SourceArn、aws:PrincipalOrgID、aws:PrincipalAccount の条件があれば範囲を絞れますが、ここでは該当するものがありません。',
  'trigger.public.fix':
    'パブリックなステートメントを削除し、必要なアカウント、組織、またはサービス (SourceArn 付き) にのみ許可してください。',
  'trigger.public.noSid':
    'パブリックなステートメントに Sid がありません。ポリシーを作成したツールで書き直してください。',
  'trigger.public.urlSeparate': 'AuthType NONE の関数 URL は別途報告されます (LAA-URL-PUBLIC)。',
  'trigger.external.titleOne':
    '{target} のリソースベースのポリシーが組織による制限なしでアカウント {account} に許可しています ({action})',
  'trigger.external.titleMany':
    '{target} のリソースベースのポリシーが組織による制限なしでアカウント {account} に許可しています ({count} 個のアクション)',
  'trigger.external.summary':
    'アカウント {account} の {entry} は {arn} に対して {actions} を呼び出せます。許可を組織内に限定する aws:PrincipalOrgID 条件はありません。',
  'trigger.external.probedOrg': '{org} 以外の組織の {entry} として検査しました。',
  'trigger.external.probedYours': '自組織以外の組織の {entry} として検査しました。',
  'trigger.external.partner':
    'このアカウントが既知のパートナーであれば、その判断を記録してください (無視ルール)。そうでなければ PrincipalOrgID で許可の範囲を絞ってください。',
  'trigger.external.fix':
    '--principal-org-id を付けて許可し直し、組織内のアカウントだけが使えるようにするか、{account} への許可を削除してください。',
  'trigger.external.note':
    'アクセスが途切れないよう、範囲を絞ったステートメントを追加してから広いステートメントを削除してください。',
  'trigger.deputy.titleAny':
    '{target} のリソースベースのポリシーがソース条件なしで {service} に許可しています (混乱した代理)',
  'trigger.deputy.titleS3':
    '{target} のリソースベースのポリシーが aws:SourceAccount なしで {service} に許可しています (混乱した代理)',
  'trigger.deputy.summaryAny':
    'ステートメントに aws:SourceArn や aws:SourceAccount の条件がないため、{service} は任意のアカウントの任意のソースに代わって {arn} を呼び出せます。',
  'trigger.deputy.summaryS3':
    'S3 バケット ARN にはアカウントが含まれず、ステートメントに aws:SourceAccount 条件もないため、{service} は任意のアカウントにある同名のバケットのために {arn} を呼び出せます。',
  'trigger.deputy.probeAny':
    '検査: アカウント {account} のソース {source} について {service} → lambda:InvokeFunction が許可されました。',
  'trigger.deputy.probeS3':
    '検査: アカウント {account} が所有するバケット {source} について {service} → lambda:InvokeFunction が許可されました。',
  'trigger.deputy.fix': '{service} のステートメントを aws:SourceArn と aws:SourceAccount で絞り込んでください。',
  'trigger.deputy.noteFirst':
    '呼び出しが途切れないよう、範囲を絞ったステートメントを追加してから広いステートメントを削除してください。',
  'trigger.deputy.noteNoTrigger':
    'スナップショットにはこの関数を対象とするこのサービスのトリガーがありません。{placeholder} を実際のソースに置き換えてください。',
  'trigger.urlInvoke.title':
    '{fn} の関数 URL に {anyone, select, yes {全員 ("*")} other {{caller}}} 向けの lambda:InvokeFunction がありません: リクエストは HTTP 403 になります',
  'trigger.urlInvoke.summary':
    '{target} のリソースベースのポリシーは {anyone, select, yes {全員 ("*")} other {{caller}}} に lambda:InvokeFunctionUrl を許可していますが、2025 年 10 月以降関数 URL に必要な lambda:InvokedViaFunctionUrl 付きの lambda:InvokeFunction を許可していないため、URL リクエストは 403 で拒否されます。',
  'trigger.urlInvoke.authType': 'URL の AuthType: {authType}',
  'trigger.urlInvoke.fix':
    '2 つ目のステートメントを追加してください: 関数 URL 経由で呼び出された場合に限り、{anyone, select, yes {全員 ("*")} other {{caller}}} に lambda:InvokeFunction を許可します。',
  'trigger.urlInvoke.noteTools':
    '新しいバージョンの CDK / SAM / Serverless は URL と一緒にこのステートメントを追加します。ツールを更新して再デプロイしても解決します。',
  'trigger.urlInvoke.noteCondition':
    'この条件により許可は URL リクエストに限定され、直接の Invoke 呼び出しは許可されません。',
};

/** Korean. */
export const TRIGGER_KO: TriggerCatalog = {
  'trigger.urlPublic.title':
    '{fn}의 함수 URL이 AuthType NONE입니다: {callable, select, yes {누구나 호출할 수 있습니다} other {구성상 퍼블릭입니다}}',
  'trigger.urlPublic.summaryUnknown':
    '함수 URL {url}은(는) AuthType NONE을 사용하며, {target}의 리소스 기반 정책을 읽을 수 없어 누가 호출할 수 있는지 알 수 없습니다.',
  'trigger.urlPublic.summaryOpen':
    '함수 URL {url}은(는) AuthType NONE을 사용하므로 인터넷의 누구나 요청에 서명하지 않고 호출할 수 있습니다.',
  'trigger.urlPublic.summaryHalf':
    '함수 URL {url}은(는) AuthType NONE을 사용하며 인터넷의 누구에게나 lambda:InvokeFunctionUrl이 허용되어 있지만, lambda:InvokeFunction(URL 경유)도 허용될 때까지 요청은 HTTP 403을 받습니다.',
  'trigger.urlPublic.summaryClosed':
    '함수 URL {url}은(는) AuthType NONE을 사용하지만 아직 퍼블릭 액세스를 허용하는 문이 없어 요청은 HTTP 403을 받습니다.',
  'trigger.urlPublic.noSigV4':
    'AuthType NONE에서는 Lambda가 SigV4 서명을 확인하지 않습니다. 리소스 기반 정책만 판단하며, 그 정책은 "*"를 지정합니다.',
  'trigger.urlPublic.authenticate':
    '코드가 호출자를 직접 인증하도록(토큰, 서명) 하거나 원본 액세스 제어를 사용하는 CloudFront를 앞에 두세요.',
  'trigger.urlPublic.fix':
    '퍼블릭으로 의도했고 코드가 호출자를 인증하는 경우가 아니라면 URL을 AuthType AWS_IAM으로 전환하세요.',
  'trigger.urlPublic.noteIam':
    'AWS_IAM에서는 호출자의 자격 증명 기반 정책에 lambda:InvokeFunctionUrl(새 URL은 lambda:InvokeFunction도)이 필요합니다.',
  'trigger.urlPublic.noteIgnore': '퍼블릭 액세스가 의도된 것이라면 무시 규칙으로 기록해 알림을 멈추세요.',
  'trigger.public.titleOne': '{target}의 리소스 기반 정책으로 누구나 {action}을(를) 호출할 수 있습니다',
  'trigger.public.titleMany': '{target}의 리소스 기반 정책으로 누구나 Lambda 작업 {count}개를 호출할 수 있습니다',
  'trigger.public.summary':
    'Principal "*"이고 범위를 좁히는 조건이 없는 문 때문에 모든 계정의 모든 AWS 보안 주체가 {arn}에 대해 {actions}을(를) 호출할 수 있습니다.',
  'trigger.public.probed': '관련 없는 계정과 조직의 보안 주체로 검사한 결과: {actions} 허용됨.',
  'trigger.public.conditions':
    'aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID 또는 aws:PrincipalAccount 조건이 있으면 범위가 좁혀지지만 여기에는 해당하는 조건이 없습니다.',
  'trigger.public.fix': '퍼블릭 문을 제거하고 필요한 계정, 조직 또는 서비스(SourceArn 포함)에만 권한을 부여하세요.',
  'trigger.public.noSid': '퍼블릭 문에 Sid가 없습니다. 정책을 만든 도구로 정책을 다시 작성하세요.',
  'trigger.public.urlSeparate': 'AuthType NONE인 함수 URL은 별도로 보고됩니다(LAA-URL-PUBLIC).',
  'trigger.external.titleOne':
    '{target}의 리소스 기반 정책이 조직 제한 없이 계정 {account}에 권한을 부여합니다({action})',
  'trigger.external.titleMany':
    '{target}의 리소스 기반 정책이 조직 제한 없이 계정 {account}에 권한을 부여합니다(작업 {count}개)',
  'trigger.external.summary':
    '계정 {account}의 {entry}이(가) {arn}에 대해 {actions}을(를) 호출할 수 있으며, 권한을 조직 내로 제한하는 aws:PrincipalOrgID 조건이 없습니다.',
  'trigger.external.probedOrg': '{org} 이외의 조직에서 온 {entry}(으)로 검사했습니다.',
  'trigger.external.probedYours': '사용자 조직 이외의 조직에서 온 {entry}(으)로 검사했습니다.',
  'trigger.external.partner':
    '이 계정이 알려진 파트너라면 그 결정을 기록하세요(무시 규칙). 아니라면 PrincipalOrgID로 권한 범위를 좁히세요.',
  'trigger.external.fix':
    '조직의 계정만 사용할 수 있도록 --principal-org-id를 지정해 다시 권한을 부여하거나 {account}에 대한 권한을 제거하세요.',
  'trigger.external.note': '액세스가 끊기지 않도록 범위를 좁힌 문을 먼저 추가한 뒤 넓은 문을 제거하세요.',
  'trigger.deputy.titleAny':
    '{target}의 리소스 기반 정책이 소스 조건 없이 {service}에 권한을 부여합니다(혼동된 대리자)',
  'trigger.deputy.titleS3':
    '{target}의 리소스 기반 정책이 aws:SourceAccount 없이 {service}에 권한을 부여합니다(혼동된 대리자)',
  'trigger.deputy.summaryAny':
    '문에 aws:SourceArn 또는 aws:SourceAccount 조건이 없으므로 {service}이(가) 모든 계정의 모든 소스를 대신해 {arn}을(를) 호출할 수 있습니다.',
  'trigger.deputy.summaryS3':
    'S3 버킷 ARN에는 계정이 없고 문에 aws:SourceAccount 조건도 없으므로 {service}이(가) 모든 계정의 같은 이름 버킷을 위해 {arn}을(를) 호출할 수 있습니다.',
  'trigger.deputy.probeAny': '검사: 계정 {account}의 소스 {source}에 대해 {service} → lambda:InvokeFunction 허용됨.',
  'trigger.deputy.probeS3':
    '검사: 계정 {account}이(가) 소유한 버킷 {source}에 대해 {service} → lambda:InvokeFunction 허용됨.',
  'trigger.deputy.fix': '{service} 문의 범위를 aws:SourceArn과 aws:SourceAccount로 좁히세요.',
  'trigger.deputy.noteFirst': '호출이 끊기지 않도록 범위를 좁힌 문을 먼저 추가한 뒤 넓은 문을 제거하세요.',
  'trigger.deputy.noteNoTrigger':
    '스냅샷에 이 함수를 대상으로 하는 이 서비스의 트리거가 없습니다. {placeholder}을(를) 실제 소스로 바꾸세요.',
  'trigger.urlInvoke.title':
    '{fn}의 함수 URL에 {anyone, select, yes {모든 사용자("*")} other {{caller}}}에 대한 lambda:InvokeFunction이 없습니다. 요청은 HTTP 403을 받습니다',
  'trigger.urlInvoke.summary':
    '{target}의 리소스 기반 정책은 {anyone, select, yes {모든 사용자("*")} other {{caller}}}에게 lambda:InvokeFunctionUrl을 허용하지만, 2025년 10월부터 함수 URL에 필요한 lambda:InvokedViaFunctionUrl 조건의 lambda:InvokeFunction은 허용하지 않아 URL 요청이 403으로 거부됩니다.',
  'trigger.urlInvoke.authType': 'URL AuthType: {authType}',
  'trigger.urlInvoke.fix':
    '두 번째 문을 추가하세요. 함수 URL을 통해 호출될 때만 {anyone, select, yes {모든 사용자("*")} other {{caller}}}에게 lambda:InvokeFunction을 허용합니다.',
  'trigger.urlInvoke.noteTools':
    '최신 CDK / SAM / Serverless 버전은 URL과 함께 이 문을 추가합니다. 도구를 업그레이드하고 다시 배포해도 해결됩니다.',
  'trigger.urlInvoke.noteCondition': '이 조건은 권한을 URL 요청으로 제한하므로 직접 Invoke 호출은 허용하지 않습니다.',
};
