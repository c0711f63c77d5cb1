/**
 * `--help` descriptions of the CLI options in every language, side by side. `report.opt.<name>` is an option's
 * text in every command that has it; `report.opt.<command>.<name>` overrides it for one command;
 * `….default` is a default shown in words (defaults that are values, such as `table`, stay verbatim). English
 * is the source and equals the option specs' texts (tested). Option names, values, check IDs, environment
 * variables and file names are never translated.
 */

/** English source texts. */
export const OPTIONS_EN = {
  'report.opt.format': 'Output format.',
  'report.opt.fail-on': 'Exit with code 1 when a finding has this severity or a higher one.',
  'report.opt.out': 'Write the report to FILE instead of stdout (never colored).',
  'report.opt.no-color': 'Never use colors (also: NO_COLOR=1; colors are only used on a terminal).',
  'report.opt.no-details': 'Table format: print only the findings table and the summary, not each explanation and fix.',
  'report.opt.now': 'Audit time (UTC) for time-based checks, e.g. access-key age and recent changes.',
  'report.opt.now.default': "the snapshot's takenAt",
  'report.opt.lang':
    'Language of the report (table, Markdown, support bundle), the alerts, help and messages: en, de, fr, ja or ko. JSON, SARIF and AWS identifiers are never translated.',
  'report.opt.lang.default': 'from LC_ALL, LC_MESSAGES or LANG (e.g. ja_JP.UTF-8), else en',
  'report.opt.check': 'Also run this optional check, e.g. LAA-ROLE-TRUST-CONFUSED-DEPUTY.',
  'report.opt.alerts':
    'Also print, on stdout, every alert exactly as the deployed auditor publishes it at the default threshold (SNS Subject, email body, Slack JSON).',
  'report.opt.suppressions':
    'JSON array of ignore rules for findings (checkId, target glob, fingerprint, reason, expires).',
  'report.opt.console-read-severity': "Severity of a person's denied read in the Lambda console (LAA-IDENTITY-INVOKE).",
  'report.opt.snapshot': 'Snapshot JSON file.',
  'report.opt.function': 'Audit only this function (name or ARN).',
  'report.opt.event': 'CloudTrail event file.',
  'report.opt.events-only': 'Run only the event checks (skip the sweep).',
  'report.opt.write-snapshot': 'Also write the demo snapshot JSON.',
  'report.opt.write-events': "Also write the scenarios' CloudTrail events (a JSON array, for audit/explain --event).",
  'report.opt.region': 'AWS region, e.g. eu-west-1.',
  'report.opt.concurrency': 'Parallel reads.',
  'report.opt.concurrency.default': "the collector's",
  'report.opt.save-snapshot': 'Also write the collected snapshot.',
  'report.opt.service': 'Compare only this service prefix (e.g. s3); default: every service either role mentions.',
  'report.opt.validate': 'Snapshot file to check.',
  'report.opt.demo.alerts':
    'Also print the first alert exactly as the deployed auditor publishes it (email and Slack).',
  'report.opt.explain.snapshot': 'Snapshot to run the event checks against.',
  'report.opt.explain.event': 'Event file.',
  'report.opt.sweep.function': 'Collect and audit only this function.',
  'report.opt.bundle.function': 'Function name or ARN.',
  'report.opt.bundle.event': 'CloudTrail denial(s) to include.',
} as const;

type OptionsCatalog = Readonly<Record<keyof typeof OPTIONS_EN, string>>;

/** German. */
export const OPTIONS_DE: OptionsCatalog = {
  'report.opt.format': 'Ausgabeformat.',
  'report.opt.fail-on': 'Mit Code 1 beenden, wenn ein Befund diesen oder einen höheren Schweregrad hat.',
  'report.opt.out': 'Den Bericht in FILE statt auf stdout schreiben (nie farbig).',
  'report.opt.no-color': 'Nie Farben verwenden (auch: NO_COLOR=1; Farben gibt es nur im Terminal).',
  'report.opt.no-details':
    'Tabellenformat: nur die Befundtabelle und die Zusammenfassung ausgeben, nicht jede Erklärung und Korrektur.',
  'report.opt.now':
    'Prüfzeitpunkt (UTC) für zeitabhängige Prüfungen, z. B. Alter von Zugriffsschlüsseln und jüngste Änderungen.',
  'report.opt.now.default': 'takenAt des Snapshots',
  'report.opt.lang':
    'Sprache des Berichts (Tabelle, Markdown, Supportpaket), der Alarme, der Hilfe und der Meldungen: en, de, fr, ja oder ko. JSON, SARIF und AWS-Bezeichner werden nie übersetzt.',
  'report.opt.lang.default': 'aus LC_ALL, LC_MESSAGES oder LANG (z. B. ja_JP.UTF-8), sonst en',
  'report.opt.check': 'Zusätzlich diese optionale Prüfung ausführen, z. B. LAA-ROLE-TRUST-CONFUSED-DEPUTY.',
  'report.opt.alerts':
    'Zusätzlich auf stdout jeden Alarm genau so ausgeben, wie der bereitgestellte Auditor ihn bei der Standardschwelle veröffentlicht (SNS-Betreff, E-Mail-Text, Slack-JSON).',
  'report.opt.suppressions':
    'JSON-Array mit Ignorierregeln für Befunde (checkId, Ziel-Glob, fingerprint, reason, expires).',
  'report.opt.console-read-severity':
    'Schweregrad eines verweigerten Lesezugriffs einer Person in der Lambda-Konsole (LAA-IDENTITY-INVOKE).',
  'report.opt.snapshot': 'Snapshot-JSON-Datei.',
  'report.opt.function': 'Nur diese Funktion prüfen (Name oder ARN).',
  'report.opt.event': 'CloudTrail-Ereignisdatei.',
  'report.opt.events-only': 'Nur die Ereignisprüfungen ausführen (ohne Sweep).',
  'report.opt.write-snapshot': 'Zusätzlich das Snapshot-JSON der Demo schreiben.',
  'report.opt.write-events':
    'Zusätzlich die CloudTrail-Ereignisse der Szenarien schreiben (ein JSON-Array, für audit/explain --event).',
  'report.opt.region': 'AWS-Region, z. B. eu-west-1.',
  'report.opt.concurrency': 'Parallele Lesezugriffe.',
  'report.opt.concurrency.default': 'die des Collectors',
  'report.opt.save-snapshot': 'Zusätzlich den erfassten Snapshot schreiben.',
  'report.opt.service':
    'Nur dieses Dienstpräfix vergleichen (z. B. s3); Standard: jeder Dienst, den eine der Rollen nennt.',
  'report.opt.validate': 'Zu prüfende Snapshot-Datei.',
  'report.opt.demo.alerts':
    'Zusätzlich den ersten Alarm genau so ausgeben, wie der bereitgestellte Auditor ihn veröffentlicht (E-Mail und Slack).',
  'report.opt.explain.snapshot': 'Snapshot, gegen den die Ereignisprüfungen laufen.',
  'report.opt.explain.event': 'Ereignisdatei.',
  'report.opt.sweep.function': 'Nur diese Funktion erfassen und prüfen.',
  'report.opt.bundle.function': 'Funktionsname oder ARN.',
  'report.opt.bundle.event': 'Aufzunehmende CloudTrail-Verweigerung(en).',
};

/** French. */
export const OPTIONS_FR: OptionsCatalog = {
  'report.opt.format': 'Format de sortie.',
  'report.opt.fail-on': 'Sortir avec le code 1 si un résultat a cette gravité ou une gravité supérieure.',
  'report.opt.out': 'Écrire le rapport dans FILE au lieu de stdout (jamais en couleur).',
  'report.opt.no-color':
    'Ne jamais utiliser de couleurs (aussi : NO_COLOR=1 ; les couleurs ne servent que dans un terminal).',
  'report.opt.no-details':
    'Format tableau : afficher seulement le tableau des résultats et le résumé, sans les explications ni les correctifs.',
  'report.opt.now':
    'Heure de l’audit (UTC) pour les contrôles liés au temps, par ex. l’âge des clés d’accès et les changements récents.',
  'report.opt.now.default': 'le takenAt de l’instantané',
  'report.opt.lang':
    'Langue du rapport (tableau, Markdown, dossier de support), des alertes, de l’aide et des messages : en, de, fr, ja ou ko. JSON, SARIF et les identifiants AWS ne sont jamais traduits.',
  'report.opt.lang.default': 'selon LC_ALL, LC_MESSAGES ou LANG (par ex. ja_JP.UTF-8), sinon en',
  'report.opt.check': 'Exécuter aussi ce contrôle facultatif, par ex. LAA-ROLE-TRUST-CONFUSED-DEPUTY.',
  'report.opt.alerts':
    'Afficher aussi, sur stdout, chaque alerte exactement comme l’auditeur déployé la publie au seuil par défaut (objet SNS, corps de l’e-mail, JSON Slack).',
  'report.opt.suppressions':
    'Tableau JSON de règles d’exclusion des résultats (checkId, glob de cible, fingerprint, reason, expires).',
  'report.opt.console-read-severity':
    'Gravité d’une lecture refusée à une personne dans la console Lambda (LAA-IDENTITY-INVOKE).',
  'report.opt.snapshot': 'Fichier JSON d’instantané.',
  'report.opt.function': 'Auditer seulement cette fonction (nom ou ARN).',
  'report.opt.event': 'Fichier d’événements CloudTrail.',
  'report.opt.events-only': 'Exécuter seulement les contrôles d’événements (sans balayage).',
  'report.opt.write-snapshot': 'Écrire aussi le JSON de l’instantané de démonstration.',
  'report.opt.write-events':
    'Écrire aussi les événements CloudTrail des scénarios (un tableau JSON, pour audit/explain --event).',
  'report.opt.region': 'Région AWS, par ex. eu-west-1.',
  'report.opt.concurrency': 'Lectures en parallèle.',
  'report.opt.concurrency.default': 'celle du collecteur',
  'report.opt.save-snapshot': 'Écrire aussi l’instantané collecté.',
  'report.opt.service':
    'Comparer seulement ce préfixe de service (par ex. s3) ; par défaut : chaque service mentionné par l’un des rôles.',
  'report.opt.validate': 'Fichier d’instantané à vérifier.',
  'report.opt.demo.alerts':
    'Afficher aussi la première alerte exactement comme l’auditeur déployé la publie (e-mail et Slack).',
  'report.opt.explain.snapshot': 'Instantané sur lequel exécuter les contrôles d’événements.',
  'report.opt.explain.event': 'Fichier d’événements.',
  'report.opt.sweep.function': 'Collecter et auditer seulement cette fonction.',
  'report.opt.bundle.function': 'Nom ou ARN de la fonction.',
  'report.opt.bundle.event': 'Refus CloudTrail à inclure.',
};

/** Japanese. */
export const OPTIONS_JA: OptionsCatalog = {
  'report.opt.format': '出力形式。',
  'report.opt.fail-on': 'この重要度以上の検出結果があれば終了コード 1 で終了します。',
  'report.opt.out': 'レポートを stdout ではなく FILE に書き出します (色なし)。',
  'report.opt.no-color': '色を使いません (NO_COLOR=1 でも同じ。色はターミナルでのみ使います)。',
  'report.opt.no-details': 'テーブル形式: 検出結果の表とサマリーだけを表示し、各説明と修正は表示しません。',
  'report.opt.now': '時間に依存するチェック (アクセスキーの経過日数、最近の変更など) の監査時刻 (UTC)。',
  'report.opt.now.default': 'スナップショットの takenAt',
  'report.opt.lang':
    'レポート (テーブル、Markdown、サポートバンドル)、アラート、ヘルプ、メッセージの言語: en、de、fr、ja、ko。JSON、SARIF、AWS の識別子は翻訳しません。',
  'report.opt.lang.default': 'LC_ALL、LC_MESSAGES、LANG (例: ja_JP.UTF-8) から決定、なければ en',
  'report.opt.check': 'このオプションのチェックも実行します (例: LAA-ROLE-TRUST-CONFUSED-DEPUTY)。',
  'report.opt.alerts':
    'デプロイ済みの監査ツールがデフォルトのしきい値で発行するとおりの全アラートを stdout にも表示します (SNS の件名、メール本文、Slack JSON)。',
  'report.opt.suppressions':
    '検出結果を無視するルールの JSON 配列 (checkId、対象の glob、fingerprint、reason、expires)。',
  'report.opt.console-read-severity': 'Lambda コンソールで人が読み取りを拒否された場合の重要度 (LAA-IDENTITY-INVOKE)。',
  'report.opt.snapshot': 'スナップショットの JSON ファイル。',
  'report.opt.function': 'この関数だけを監査します (名前または ARN)。',
  'report.opt.event': 'CloudTrail イベントファイル。',
  'report.opt.events-only': 'イベントチェックだけを実行します (スイープは行いません)。',
  'report.opt.write-snapshot': 'デモのスナップショット JSON も書き出します。',
  'report.opt.write-events': 'シナリオの CloudTrail イベントも書き出します (JSON 配列。audit/explain --event 用)。',
  'report.opt.region': 'AWS リージョン (例: eu-west-1)。',
  'report.opt.concurrency': '並列読み取り数。',
  'report.opt.concurrency.default': 'コレクターの既定値',
  'report.opt.save-snapshot': '収集したスナップショットも書き出します。',
  'report.opt.service':
    'このサービスプレフィックス (例: s3) だけを比較します。デフォルト: どちらかのロールが言及するすべてのサービス。',
  'report.opt.validate': '検証するスナップショットファイル。',
  'report.opt.demo.alerts': 'デプロイ済みの監査ツールが発行するとおりの最初のアラートも表示します (メールと Slack)。',
  'report.opt.explain.snapshot': 'イベントチェックの対象とするスナップショット。',
  'report.opt.explain.event': 'イベントファイル。',
  'report.opt.sweep.function': 'この関数だけを収集して監査します。',
  'report.opt.bundle.function': '関数名または ARN。',
  'report.opt.bundle.event': '含める CloudTrail の拒否イベント。',
};

/** Korean. */
export const OPTIONS_KO: OptionsCatalog = {
  'report.opt.format': '출력 형식.',
  'report.opt.fail-on': '이 심각도 이상의 결과가 있으면 코드 1로 종료합니다.',
  'report.opt.out': '보고서를 stdout 대신 FILE에 씁니다(색 없음).',
  'report.opt.no-color': '색을 사용하지 않습니다(NO_COLOR=1도 같음. 색은 터미널에서만 사용).',
  'report.opt.no-details': '테이블 형식: 결과 표와 요약만 출력하고 각 설명과 수정은 출력하지 않습니다.',
  'report.opt.now': '시간 기반 검사(액세스 키 수명, 최근 변경 등)의 감사 시각(UTC).',
  'report.opt.now.default': '스냅샷의 takenAt',
  'report.opt.lang':
    '보고서(테이블, Markdown, 지원 번들), 알림, 도움말, 메시지의 언어: en, de, fr, ja 또는 ko. JSON, SARIF, AWS 식별자는 번역하지 않습니다.',
  'report.opt.lang.default': 'LC_ALL, LC_MESSAGES 또는 LANG(예: ja_JP.UTF-8)에서 결정, 없으면 en',
  'report.opt.check': '이 선택적 검사도 실행합니다(예: LAA-ROLE-TRUST-CONFUSED-DEPUTY).',
  'report.opt.alerts':
    '배포된 감사 도구가 기본 임계값에서 게시하는 그대로 모든 알림을 stdout에도 출력합니다(SNS 제목, 이메일 본문, Slack JSON).',
  'report.opt.suppressions': '결과 무시 규칙의 JSON 배열(checkId, 대상 glob, fingerprint, reason, expires).',
  'report.opt.console-read-severity': 'Lambda 콘솔에서 사람의 읽기가 거부된 경우의 심각도(LAA-IDENTITY-INVOKE).',
  'report.opt.snapshot': '스냅샷 JSON 파일.',
  'report.opt.function': '이 함수만 감사합니다(이름 또는 ARN).',
  'report.opt.event': 'CloudTrail 이벤트 파일.',
  'report.opt.events-only': '이벤트 검사만 실행합니다(스윕 생략).',
  'report.opt.write-snapshot': '데모 스냅샷 JSON도 씁니다.',
  'report.opt.write-events': '시나리오의 CloudTrail 이벤트도 씁니다(JSON 배열, audit/explain --event용).',
  'report.opt.region': 'AWS 리전(예: eu-west-1).',
  'report.opt.concurrency': '병렬 읽기 수.',
  'report.opt.concurrency.default': '수집기의 기본값',
  'report.opt.save-snapshot': '수집한 스냅샷도 씁니다.',
  'report.opt.service': '이 서비스 접두사(예: s3)만 비교합니다. 기본값: 두 역할 중 하나가 언급하는 모든 서비스.',
  'report.opt.validate': '검사할 스냅샷 파일.',
  'report.opt.demo.alerts': '배포된 감사 도구가 게시하는 그대로 첫 번째 알림도 출력합니다(이메일과 Slack).',
  'report.opt.explain.snapshot': '이벤트 검사를 실행할 대상 스냅샷.',
  'report.opt.explain.event': '이벤트 파일.',
  'report.opt.sweep.function': '이 함수만 수집하고 감사합니다.',
  'report.opt.bundle.function': '함수 이름 또는 ARN.',
  'report.opt.bundle.event': '포함할 CloudTrail 거부.',
};
