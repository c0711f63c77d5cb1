/**
 * `--help` of the CLI in every language, side by side: the layout words, the top-level help and each command's
 * summary, description and arguments (lambda/cli/args.ts, main.ts, commands/*.ts). English is the source and
 * equals the command specs' texts (tested), so English help is byte-identical to the specs. Option names,
 * command names, file paths, environment variables and examples are never translated. A `{` that is text is
 * ICU-quoted (`'{'`). Option descriptions are in report-options.ts.
 */

/** English source texts. */
export const HELP_EN = {
  'report.help.usage': 'Usage: {usage}',
  'report.help.arguments': 'Arguments:',
  'report.help.options': 'Options:',
  'report.help.examples': 'Examples:',
  'report.help.commands': 'Commands:',
  'report.help.help': 'Show this help.',
  'report.help.oneOf': 'one of: {list}',
  'report.help.default': 'default: {value}',
  'report.help.required': 'required',
  'report.help.repeatable': 'repeatable',
  'report.help.tagline': 'Explains why AWS denied a Lambda-related call and proposes the least-privilege fix.',
  'report.help.runCommandHelp': 'Run "{command}" for a command\'s options.',
  'report.help.exitCodes':
    'Exit codes: 0 ok, 1 findings at/above --fail-on, 2 usage or input error, 3 the audit could not run.',
  'report.help.demo.summary': 'Run every check offline over the bundled example account and print findings with fixes.',
  'report.help.demo.description':
    'Exit code 1 when the self-check fails (a scenario did not produce exactly its expected findings)\nor, with --fail-on, when a finding reaches that severity.',
  'report.help.audit.summary':
    'Audit a snapshot file: every check over every function, plus the event checks for CloudTrail events.',
  'report.help.audit.description':
    "The snapshot is what `sweep --save-snapshot` or the collector writes (schema in docs/snapshot-schema.md).\nAn event file is an EventBridge event, a bare CloudTrail record, a JSON array of those, or a CloudTrail\nlog file ('{'\"Records\": [...]'}', plain or gzipped).",
  'report.help.explain.summary': 'Explain CloudTrail authorization failures, diagnose them and propose fixes.',
  'report.help.explain.description':
    "Accepts an EventBridge event, a bare CloudTrail record, a JSON array of those, or a CloudTrail log file\n(plain or gzipped). Without --snapshot the diagnosis comes from the error message alone (nothing is read\nfrom AWS); with it, the account's policies are evaluated too.",
  'report.help.sweep.summary': 'Collect a live snapshot of an account and region (read-only), then run every check.',
  'report.help.sweep.description':
    'Uses the default AWS credential chain (AWS_PROFILE, SSO, environment, instance role). The principal needs\nthe read-only actions listed in lambda/aws/collect/permissions.ts. Nothing is changed in the account.',
  'report.help.compare.summary': "Compare two functions' effective execution-role permissions (failing vs working).",
  'report.help.compare.arg.A': 'Function name or ARN (e.g. the failing one).',
  'report.help.compare.arg.B': 'Function name or ARN (e.g. the working one).',
  'report.help.bundle.summary':
    'Write a Markdown support bundle for one function (for an AWS support case or a ticket).',
  'report.help.bundle.description':
    'Contains no environment variable values and no secrets: only what the snapshot holds.',
  'report.help.snapshot.summary': 'Validate a snapshot file (exit code 1 when it is not valid).',
} as const;

type HelpCatalog = Readonly<Record<keyof typeof HELP_EN, string>>;

/** German. */
export const HELP_DE: HelpCatalog = {
  'report.help.usage': 'Aufruf: {usage}',
  'report.help.arguments': 'Argumente:',
  'report.help.options': 'Optionen:',
  'report.help.examples': 'Beispiele:',
  'report.help.commands': 'Befehle:',
  'report.help.help': 'Diese Hilfe anzeigen.',
  'report.help.oneOf': 'eines von: {list}',
  'report.help.default': 'Standard: {value}',
  'report.help.required': 'erforderlich',
  'report.help.repeatable': 'wiederholbar',
  'report.help.tagline':
    'Erklärt, warum AWS einen Lambda-bezogenen Aufruf verweigert hat, und schlägt die Korrektur mit den geringsten Rechten vor.',
  'report.help.runCommandHelp': '„{command}“ zeigt die Optionen eines Befehls.',
  'report.help.exitCodes':
    'Exit-Codes: 0 ok, 1 Befunde ab --fail-on, 2 Aufruf- oder Eingabefehler, 3 die Prüfung konnte nicht laufen.',
  'report.help.demo.summary':
    'Alle Prüfungen offline über das mitgelieferte Beispielkonto ausführen und Befunde mit Korrekturen ausgeben.',
  'report.help.demo.description':
    'Exit-Code 1, wenn die Selbstprüfung fehlschlägt (ein Szenario lieferte nicht genau seine erwarteten Befunde)\noder, mit --fail-on, wenn ein Befund diesen Schweregrad erreicht.',
  'report.help.audit.summary':
    'Eine Snapshot-Datei prüfen: jede Prüfung über jede Funktion, dazu die Ereignisprüfungen für CloudTrail-Ereignisse.',
  'report.help.audit.description':
    "Der Snapshot ist, was `sweep --save-snapshot` oder der Collector schreibt (Schema in docs/snapshot-schema.md).\nEine Ereignisdatei ist ein EventBridge-Ereignis, ein einzelner CloudTrail-Datensatz, ein JSON-Array davon oder eine\nCloudTrail-Protokolldatei ('{'\"Records\": [...]'}', unkomprimiert oder gzip).",
  'report.help.explain.summary':
    'CloudTrail-Autorisierungsfehler erklären, diagnostizieren und Korrekturen vorschlagen.',
  'report.help.explain.description':
    'Akzeptiert ein EventBridge-Ereignis, einen einzelnen CloudTrail-Datensatz, ein JSON-Array davon oder eine\nCloudTrail-Protokolldatei (unkomprimiert oder gzip). Ohne --snapshot stammt die Diagnose allein aus der\nFehlermeldung (nichts wird aus AWS gelesen); mit --snapshot werden auch die Richtlinien des Kontos ausgewertet.',
  'report.help.sweep.summary':
    'Einen Live-Snapshot eines Kontos und einer Region erfassen (nur lesend), dann jede Prüfung ausführen.',
  'report.help.sweep.description':
    'Verwendet die Standard-Anmeldekette von AWS (AWS_PROFILE, SSO, Umgebung, Instance-Rolle). Der Prinzipal braucht\ndie Leseaktionen aus lambda/aws/collect/permissions.ts. Im Konto wird nichts geändert.',
  'report.help.compare.summary':
    'Die wirksamen Berechtigungen der Ausführungsrollen zweier Funktionen vergleichen (fehlerhaft gegen funktionierend).',
  'report.help.compare.arg.A': 'Funktionsname oder ARN (z. B. die fehlerhafte).',
  'report.help.compare.arg.B': 'Funktionsname oder ARN (z. B. die funktionierende).',
  'report.help.bundle.summary':
    'Ein Markdown-Supportpaket für eine Funktion schreiben (für einen AWS-Supportfall oder ein Ticket).',
  'report.help.bundle.description':
    'Enthält keine Werte von Umgebungsvariablen und keine Geheimnisse: nur, was der Snapshot enthält.',
  'report.help.snapshot.summary': 'Eine Snapshot-Datei validieren (Exit-Code 1, wenn sie ungültig ist).',
};

/** French. */
export const HELP_FR: HelpCatalog = {
  'report.help.usage': 'Usage : {usage}',
  'report.help.arguments': 'Arguments :',
  'report.help.options': 'Options :',
  'report.help.examples': 'Exemples :',
  'report.help.commands': 'Commandes :',
  'report.help.help': 'Afficher cette aide.',
  'report.help.oneOf': 'parmi : {list}',
  'report.help.default': 'par défaut : {value}',
  'report.help.required': 'obligatoire',
  'report.help.repeatable': 'répétable',
  'report.help.tagline':
    'Explique pourquoi AWS a refusé un appel lié à Lambda et propose le correctif du moindre privilège.',
  'report.help.runCommandHelp': '« {command} » affiche les options d’une commande.',
  'report.help.exitCodes':
    'Codes de sortie : 0 ok, 1 résultats au niveau de --fail-on ou au-dessus, 2 erreur d’usage ou d’entrée, 3 l’audit n’a pas pu s’exécuter.',
  'report.help.demo.summary':
    'Exécuter tous les contrôles hors ligne sur le compte d’exemple fourni et afficher les résultats avec leurs correctifs.',
  'report.help.demo.description':
    'Code de sortie 1 si l’autocontrôle échoue (un scénario n’a pas produit exactement ses résultats attendus)\nou, avec --fail-on, si un résultat atteint cette gravité.',
  'report.help.audit.summary':
    'Auditer un fichier d’instantané : chaque contrôle sur chaque fonction, plus les contrôles d’événements CloudTrail.',
  'report.help.audit.description':
    "L’instantané est ce qu’écrit `sweep --save-snapshot` ou le collecteur (schéma dans docs/snapshot-schema.md).\nUn fichier d’événements est un événement EventBridge, un enregistrement CloudTrail seul, un tableau JSON de ceux-ci\nou un fichier journal CloudTrail ('{'\"Records\": [...]'}', brut ou gzip).",
  'report.help.explain.summary':
    'Expliquer les échecs d’autorisation CloudTrail, les diagnostiquer et proposer des correctifs.',
  'report.help.explain.description':
    'Accepte un événement EventBridge, un enregistrement CloudTrail seul, un tableau JSON de ceux-ci ou un fichier\njournal CloudTrail (brut ou gzip). Sans --snapshot, le diagnostic vient du seul message d’erreur (rien n’est lu\ndans AWS) ; avec, les politiques du compte sont aussi évaluées.',
  'report.help.sweep.summary':
    'Collecter un instantané en direct d’un compte et d’une région (lecture seule), puis exécuter tous les contrôles.',
  'report.help.sweep.description':
    'Utilise la chaîne d’identifiants AWS par défaut (AWS_PROFILE, SSO, environnement, rôle d’instance). Le principal\na besoin des actions de lecture listées dans lambda/aws/collect/permissions.ts. Rien n’est modifié dans le compte.',
  'report.help.compare.summary':
    'Comparer les autorisations effectives des rôles d’exécution de deux fonctions (en échec ou fonctionnelle).',
  'report.help.compare.arg.A': 'Nom ou ARN de fonction (par ex. celle en échec).',
  'report.help.compare.arg.B': 'Nom ou ARN de fonction (par ex. celle qui fonctionne).',
  'report.help.bundle.summary':
    'Écrire un dossier de support Markdown pour une fonction (pour un dossier AWS Support ou un ticket).',
  'report.help.bundle.description':
    'Ne contient aucune valeur de variable d’environnement ni aucun secret : seulement ce que contient l’instantané.',
  'report.help.snapshot.summary': 'Valider un fichier d’instantané (code de sortie 1 s’il n’est pas valide).',
};

/** Japanese. */
export const HELP_JA: HelpCatalog = {
  'report.help.usage': '使い方: {usage}',
  'report.help.arguments': '引数:',
  'report.help.options': 'オプション:',
  'report.help.examples': '例:',
  'report.help.commands': 'コマンド:',
  'report.help.help': 'このヘルプを表示します。',
  'report.help.oneOf': '次のいずれか: {list}',
  'report.help.default': 'デフォルト: {value}',
  'report.help.required': '必須',
  'report.help.repeatable': '複数指定可',
  'report.help.tagline': 'AWS が Lambda 関連の呼び出しを拒否した理由を説明し、最小権限の修正を提案します。',
  'report.help.runCommandHelp': '各コマンドのオプションは "{command}" で確認できます。',
  'report.help.exitCodes':
    '終了コード: 0 正常、1 --fail-on 以上の検出結果あり、2 使い方または入力のエラー、3 監査を実行できなかった。',
  'report.help.demo.summary':
    '同梱のサンプルアカウントに対してすべてのチェックをオフラインで実行し、検出結果と修正を表示します。',
  'report.help.demo.description':
    'セルフチェックが失敗した場合 (シナリオが期待どおりの検出結果を出さなかった場合)、または --fail-on 指定時に\n検出結果がその重要度に達した場合、終了コードは 1 です。',
  'report.help.audit.summary':
    'スナップショットファイルを監査します: すべての関数にすべてのチェックを実行し、CloudTrail イベントにはイベントチェックも実行します。',
  'report.help.audit.description':
    "スナップショットは `sweep --save-snapshot` またはコレクターが書き出すものです (スキーマは docs/snapshot-schema.md)。\nイベントファイルは EventBridge イベント、単独の CloudTrail レコード、それらの JSON 配列、または CloudTrail\nログファイル ('{'\"Records\": [...]'}'、非圧縮または gzip) です。",
  'report.help.explain.summary': 'CloudTrail の認可エラーを説明・診断し、修正を提案します。',
  'report.help.explain.description':
    'EventBridge イベント、単独の CloudTrail レコード、それらの JSON 配列、または CloudTrail ログファイル (非圧縮または\ngzip) を受け付けます。--snapshot なしではエラーメッセージだけから診断します (AWS からは何も読み取りません)。\n指定するとアカウントのポリシーも評価します。',
  'report.help.sweep.summary':
    'アカウントとリージョンのライブスナップショットを収集し (読み取り専用)、すべてのチェックを実行します。',
  'report.help.sweep.description':
    'AWS のデフォルトの認証情報チェーン (AWS_PROFILE、SSO、環境変数、インスタンスロール) を使います。プリンシパルには\nlambda/aws/collect/permissions.ts に記載の読み取りアクションが必要です。アカウントには何も変更を加えません。',
  'report.help.compare.summary': '2 つの関数の実行ロールの有効なアクセス許可を比較します (失敗する側と動作する側)。',
  'report.help.compare.arg.A': '関数名または ARN (例: 失敗する側)。',
  'report.help.compare.arg.B': '関数名または ARN (例: 動作する側)。',
  'report.help.bundle.summary':
    '1 つの関数について Markdown のサポートバンドルを書き出します (AWS サポートケースやチケット用)。',
  'report.help.bundle.description': '環境変数の値やシークレットは含みません。スナップショットにある情報だけです。',
  'report.help.snapshot.summary': 'スナップショットファイルを検証します (無効な場合は終了コード 1)。',
};

/** Korean. */
export const HELP_KO: HelpCatalog = {
  'report.help.usage': '사용법: {usage}',
  'report.help.arguments': '인수:',
  'report.help.options': '옵션:',
  'report.help.examples': '예:',
  'report.help.commands': '명령:',
  'report.help.help': '이 도움말을 표시합니다.',
  'report.help.oneOf': '다음 중 하나: {list}',
  'report.help.default': '기본값: {value}',
  'report.help.required': '필수',
  'report.help.repeatable': '여러 번 지정 가능',
  'report.help.tagline': 'AWS가 Lambda 관련 호출을 거부한 이유를 설명하고 최소 권한 수정을 제안합니다.',
  'report.help.runCommandHelp': '명령의 옵션은 "{command}"(으)로 확인하세요.',
  'report.help.exitCodes':
    '종료 코드: 0 정상, 1 --fail-on 이상의 결과 있음, 2 사용법 또는 입력 오류, 3 감사를 실행할 수 없음.',
  'report.help.demo.summary': '번들된 예제 계정에서 모든 검사를 오프라인으로 실행하고 결과와 수정 방법을 출력합니다.',
  'report.help.demo.description':
    '자체 검사가 실패하면(시나리오가 예상한 결과를 정확히 내지 않으면), 또는 --fail-on을 지정했을 때\n결과가 그 심각도에 이르면 종료 코드 1입니다.',
  'report.help.audit.summary':
    '스냅샷 파일을 감사합니다: 모든 함수에 모든 검사를 실행하고, CloudTrail 이벤트에는 이벤트 검사도 실행합니다.',
  'report.help.audit.description':
    "스냅샷은 `sweep --save-snapshot` 또는 수집기가 쓰는 파일입니다(스키마는 docs/snapshot-schema.md).\n이벤트 파일은 EventBridge 이벤트, 단일 CloudTrail 레코드, 그 JSON 배열 또는 CloudTrail\n로그 파일('{'\"Records\": [...]'}', 비압축 또는 gzip)입니다.",
  'report.help.explain.summary': 'CloudTrail 권한 부여 실패를 설명하고 진단하며 수정을 제안합니다.',
  'report.help.explain.description':
    'EventBridge 이벤트, 단일 CloudTrail 레코드, 그 JSON 배열 또는 CloudTrail 로그 파일(비압축 또는 gzip)을\n받습니다. --snapshot이 없으면 오류 메시지만으로 진단합니다(AWS에서 아무것도 읽지 않음). 지정하면\n계정의 정책도 평가합니다.',
  'report.help.sweep.summary': '계정과 리전의 라이브 스냅샷을 수집(읽기 전용)한 다음 모든 검사를 실행합니다.',
  'report.help.sweep.description':
    'AWS 기본 자격 증명 체인(AWS_PROFILE, SSO, 환경 변수, 인스턴스 역할)을 사용합니다. 보안 주체에는\nlambda/aws/collect/permissions.ts에 나열된 읽기 작업이 필요합니다. 계정에서는 아무것도 변경하지 않습니다.',
  'report.help.compare.summary': '두 함수의 실행 역할의 유효 권한을 비교합니다(실패하는 쪽과 동작하는 쪽).',
  'report.help.compare.arg.A': '함수 이름 또는 ARN(예: 실패하는 쪽).',
  'report.help.compare.arg.B': '함수 이름 또는 ARN(예: 동작하는 쪽).',
  'report.help.bundle.summary': '한 함수의 Markdown 지원 번들을 작성합니다(AWS Support 사례나 티켓용).',
  'report.help.bundle.description': '환경 변수 값과 비밀은 포함하지 않습니다. 스냅샷에 있는 내용만 포함합니다.',
  'report.help.snapshot.summary': '스냅샷 파일을 검증합니다(유효하지 않으면 종료 코드 1).',
};
