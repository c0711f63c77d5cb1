/**
 * Texts of the Markdown report (lambda/core/render/markdown.ts, `--format markdown`) in every language, side by
 * side. English is the source and keeps the renderer's wording before issue 15 byte for byte (hence
 * "1 functions audited": the English messages have no plural). Check IDs, ARNs, actions, error codes, policy
 * effects and fingerprints are placeholders: never translated. Markdown syntax (`**`, backticks, `<sub>`) stays.
 */

/** English source texts. */
export const MARKDOWN_EN = {
  'report.md.title': 'Lambda access audit',
  'report.md.demoTitle': 'Lambda access audit: demo account',
  'report.md.source': 'Account {account}, {region}; snapshot taken {takenAt} ({mode}{partial}).',
  'report.md.sourcePartial': ', PARTIAL: {count} reads failed',
  'report.md.functions': '- **{count}** functions audited, **{total}** findings ({bySeverity})',
  'report.md.denials': '- {count} CloudTrail denials parsed{rejected}',
  'report.md.rejected': ', {count} rejected',
  'report.md.checkErrors': '- {count} check errors in {runs} check runs',
  'report.md.tableHeader': '| # | Severity | Target | Check | Title |',
  'report.md.findings': 'Findings',
  'report.md.function': 'Function: `{arn}`',
  'report.md.why': '**Why.** {summary}',
  'report.md.decision': '- Decision: {decision}',
  'report.md.statement': '- {effect} in {policy}, {statement}',
  'report.md.sid': 'Sid `{sid}`',
  'report.md.index': 'statement #{index}',
  'report.md.nearMiss': '- Near miss: {text}',
  'report.md.event':
    '**Event.** {errorCode} for {principal} ({principalType}) at {time} UTC in {region}{from}{key}; event {eventId}{request}.',
  'report.md.eventFrom': ' from {ip}',
  'report.md.eventKey': ', access key {id}',
  'report.md.eventRequest': ', request {id}',
  'report.md.fix': '**Fix.** {summary}',
  'report.md.references': 'References: {list}',
  'report.md.fingerprint': '<sub>Fingerprint `{fingerprint}`</sub>',
} as const;

type MarkdownCatalog = Readonly<Record<keyof typeof MARKDOWN_EN, string>>;

/** German. */
export const MARKDOWN_DE: MarkdownCatalog = {
  'report.md.title': 'Lambda-Zugriffsprüfung',
  'report.md.demoTitle': 'Lambda-Zugriffsprüfung: Demo-Konto',
  'report.md.source': 'Konto {account}, {region}; Snapshot vom {takenAt} ({mode}{partial}).',
  'report.md.sourcePartial': ', UNVOLLSTÄNDIG: {count} Lesezugriffe fehlgeschlagen',
  'report.md.functions':
    '- **{count}** {count, plural, one {Funktion} other {Funktionen}} geprüft, **{total}** {total, plural, one {Befund} other {Befunde}} ({bySeverity})',
  'report.md.denials':
    '- {count} CloudTrail-{count, plural, one {Verweigerung} other {Verweigerungen}} ausgewertet{rejected}',
  'report.md.rejected': ', {count} abgelehnt',
  'report.md.checkErrors':
    '- {count} {count, plural, one {Prüfungsfehler} other {Prüfungsfehler}} in {runs} Prüfläufen',
  'report.md.tableHeader': '| # | Schweregrad | Ziel | Prüfung | Titel |',
  'report.md.findings': 'Befunde',
  'report.md.function': 'Funktion: `{arn}`',
  'report.md.why': '**Warum.** {summary}',
  'report.md.decision': '- Entscheidung: {decision}',
  'report.md.statement': '- {effect} in {policy}, {statement}',
  'report.md.sid': 'Sid `{sid}`',
  'report.md.index': 'Anweisung #{index}',
  'report.md.nearMiss': '- Knapp verfehlt: {text}',
  'report.md.event':
    '**Ereignis.** {errorCode} für {principal} ({principalType}) um {time} UTC in {region}{from}{key}; Ereignis {eventId}{request}.',
  'report.md.eventFrom': ' von {ip}',
  'report.md.eventKey': ', Zugriffsschlüssel {id}',
  'report.md.eventRequest': ', Anfrage {id}',
  'report.md.fix': '**Behebung.** {summary}',
  'report.md.references': 'Referenzen: {list}',
  'report.md.fingerprint': '<sub>Fingerabdruck `{fingerprint}`</sub>',
};

/** French. */
export const MARKDOWN_FR: MarkdownCatalog = {
  'report.md.title': 'Audit des accès Lambda',
  'report.md.demoTitle': 'Audit des accès Lambda : compte de démonstration',
  'report.md.source': 'Compte {account}, {region} ; instantané pris le {takenAt} ({mode}{partial}).',
  'report.md.sourcePartial': ', PARTIEL : {count} lectures en échec',
  'report.md.functions':
    '- **{count}** {count, plural, one {fonction auditée} other {fonctions auditées}}, **{total}** {total, plural, one {résultat} other {résultats}} ({bySeverity})',
  'report.md.denials':
    '- {count} {count, plural, one {refus CloudTrail analysé} other {refus CloudTrail analysés}}{rejected}',
  'report.md.rejected': ', {count} rejetés',
  'report.md.checkErrors':
    '- {count} {count, plural, one {erreur de contrôle} other {erreurs de contrôle}} sur {runs} exécutions de contrôles',
  'report.md.tableHeader': '| # | Gravité | Cible | Contrôle | Titre |',
  'report.md.findings': 'Résultats',
  'report.md.function': 'Fonction : `{arn}`',
  'report.md.why': '**Pourquoi.** {summary}',
  'report.md.decision': '- Décision : {decision}',
  'report.md.statement': '- {effect} dans {policy}, {statement}',
  'report.md.sid': 'Sid `{sid}`',
  'report.md.index': 'instruction n°{index}',
  'report.md.nearMiss': '- Presque correspondant : {text}',
  'report.md.event':
    '**Événement.** {errorCode} pour {principal} ({principalType}) à {time} UTC dans {region}{from}{key} ; événement {eventId}{request}.',
  'report.md.eventFrom': ' depuis {ip}',
  'report.md.eventKey': ', clé d’accès {id}',
  'report.md.eventRequest': ', requête {id}',
  'report.md.fix': '**Correctif.** {summary}',
  'report.md.references': 'Références : {list}',
  'report.md.fingerprint': '<sub>Empreinte `{fingerprint}`</sub>',
};

/** Japanese. */
export const MARKDOWN_JA: MarkdownCatalog = {
  'report.md.title': 'Lambda アクセス監査',
  'report.md.demoTitle': 'Lambda アクセス監査: デモアカウント',
  'report.md.source': 'アカウント {account}、{region}。スナップショット取得 {takenAt} ({mode}{partial})。',
  'report.md.sourcePartial': '、不完全: {count} 件の読み取りに失敗',
  'report.md.functions': '- 監査した関数 **{count}** 件、検出結果 **{total}** 件 ({bySeverity})',
  'report.md.denials': '- 解析した CloudTrail の拒否 {count} 件{rejected}',
  'report.md.rejected': '（{count} 件は除外）',
  'report.md.checkErrors': '- チェックエラー {count} 件 (チェック実行 {runs} 回中)',
  'report.md.tableHeader': '| # | 重要度 | 対象 | チェック | タイトル |',
  'report.md.findings': '検出結果',
  'report.md.function': '関数: `{arn}`',
  'report.md.why': '**原因** {summary}',
  'report.md.decision': '- 判定: {decision}',
  'report.md.statement': '- {policy} の {effect}、{statement}',
  'report.md.sid': 'Sid `{sid}`',
  'report.md.index': 'ステートメント #{index}',
  'report.md.nearMiss': '- 惜しくも一致しなかったもの: {text}',
  'report.md.event':
    '**イベント** {time} UTC、{region} で {principal} ({principalType}) に {errorCode}{from}{key}。イベント {eventId}{request}。',
  'report.md.eventFrom': '、送信元 {ip}',
  'report.md.eventKey': '、アクセスキー {id}',
  'report.md.eventRequest': '、リクエスト {id}',
  'report.md.fix': '**修正** {summary}',
  'report.md.references': '参考資料: {list}',
  'report.md.fingerprint': '<sub>フィンガープリント `{fingerprint}`</sub>',
};

/** Korean. */
export const MARKDOWN_KO: MarkdownCatalog = {
  'report.md.title': 'Lambda 액세스 감사',
  'report.md.demoTitle': 'Lambda 액세스 감사: 데모 계정',
  'report.md.source': '계정 {account}, {region}; 스냅샷 생성 {takenAt} ({mode}{partial}).',
  'report.md.sourcePartial': ', 불완전: 읽기 {count}건 실패',
  'report.md.functions': '- 감사한 함수 **{count}**개, 결과 **{total}**건 ({bySeverity})',
  'report.md.denials': '- 분석한 CloudTrail 거부 {count}건{rejected}',
  'report.md.rejected': ' ({count}건 제외)',
  'report.md.checkErrors': '- 검사 오류 {count}건 (검사 실행 {runs}회 중)',
  'report.md.tableHeader': '| # | 심각도 | 대상 | 검사 | 제목 |',
  'report.md.findings': '결과',
  'report.md.function': '함수: `{arn}`',
  'report.md.why': '**원인.** {summary}',
  'report.md.decision': '- 결정: {decision}',
  'report.md.statement': '- {policy}의 {effect}, {statement}',
  'report.md.sid': 'Sid `{sid}`',
  'report.md.index': '문 #{index}',
  'report.md.nearMiss': '- 아깝게 일치하지 않은 항목: {text}',
  'report.md.event':
    '**이벤트.** {time} UTC, {region}에서 {principal} ({principalType})에 대해 {errorCode}{from}{key}; 이벤트 {eventId}{request}.',
  'report.md.eventFrom': ', 출발지 {ip}',
  'report.md.eventKey': ', 액세스 키 {id}',
  'report.md.eventRequest': ', 요청 {id}',
  'report.md.fix': '**수정.** {summary}',
  'report.md.references': '참고 자료: {list}',
  'report.md.fingerprint': '<sub>지문 `{fingerprint}`</sub>',
};
