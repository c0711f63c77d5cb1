/**
 * `report.snapshot.problem.`: the problems `snapshot --validate` (and a `--snapshot` that fails to load) lists,
 * rendered in the reader's language (issue 15), all five languages side by side. The validator keeps returning
 * its English problem data (`lambda/core/snapshot/validate.ts`, JSON unchanged); the renderer
 * (`lambda/core/render/snapshot-problems.ts`) recognizes its message shapes and places their parts as params:
 * JSON paths, JSON kinds (`string`, `null`, …), JSON values, key names and schema versions stay verbatim.
 */

/** English source texts (exactly the validator's wording). */
export const CLI_EXTRA_EN = {
  'report.snapshot.problem.type': 'expected {expected}, got {got}',
  'report.snapshot.problem.missing': 'required property is missing',
  'report.snapshot.problem.encodedPolicy': 'expected decoded policy object, got string (decode it first)',
  'report.snapshot.problem.policy': 'expected policy object, got {got}',
  'report.snapshot.problem.root': 'expected snapshot object, got {got}',
  'report.snapshot.problem.oneOf': 'expected one of {allowed}, got {got}',
  'report.snapshot.problem.unknownKey': 'unknown key; expected one of {keys}',
  'report.snapshot.problem.version':
    'unsupported schema version {got}; this auditor reads schemaVersion {supported} (current: {current}; re-collect the snapshot or upgrade the auditor)',
  'report.snapshot.problem.noVersion':
    'unsupported schema version none; this auditor reads schemaVersion {supported} (current: {current}; re-collect the snapshot or upgrade the auditor)',
} as const;

type CliExtraCatalog = Readonly<Record<keyof typeof CLI_EXTRA_EN, string>>;

/** German. */
export const CLI_EXTRA_DE: CliExtraCatalog = {
  'report.snapshot.problem.type': '{expected} erwartet, gefunden: {got}',
  'report.snapshot.problem.missing': 'Pflichteigenschaft fehlt',
  'report.snapshot.problem.encodedPolicy':
    'decodiertes Richtlinienobjekt erwartet, gefunden: string (zuerst decodieren)',
  'report.snapshot.problem.policy': 'Richtlinienobjekt erwartet, gefunden: {got}',
  'report.snapshot.problem.root': 'Snapshot-Objekt erwartet, gefunden: {got}',
  'report.snapshot.problem.oneOf': 'einer dieser Werte erwartet: {allowed}; gefunden: {got}',
  'report.snapshot.problem.unknownKey': 'unbekannter Schlüssel; erlaubt: {keys}',
  'report.snapshot.problem.version':
    'nicht unterstützte Schemaversion {got}; dieser Auditor liest schemaVersion {supported} (aktuell: {current}; Snapshot neu erfassen oder den Auditor aktualisieren)',
  'report.snapshot.problem.noVersion':
    'keine Schemaversion; dieser Auditor liest schemaVersion {supported} (aktuell: {current}; Snapshot neu erfassen oder den Auditor aktualisieren)',
};

/** French. */
export const CLI_EXTRA_FR: CliExtraCatalog = {
  'report.snapshot.problem.type': '{expected} attendu, reçu : {got}',
  'report.snapshot.problem.missing': 'propriété obligatoire manquante',
  'report.snapshot.problem.encodedPolicy': 'objet de politique décodé attendu, reçu : string (décodez-le d’abord)',
  'report.snapshot.problem.policy': 'objet de politique attendu, reçu : {got}',
  'report.snapshot.problem.root': 'objet d’instantané attendu, reçu : {got}',
  'report.snapshot.problem.oneOf': 'une de ces valeurs attendue : {allowed} ; reçu : {got}',
  'report.snapshot.problem.unknownKey': 'clé inconnue ; clés acceptées : {keys}',
  'report.snapshot.problem.version':
    'version de schéma non prise en charge {got} ; cet auditeur lit schemaVersion {supported} (actuelle : {current} ; collectez de nouveau l’instantané ou mettez à jour l’auditeur)',
  'report.snapshot.problem.noVersion':
    'aucune version de schéma ; cet auditeur lit schemaVersion {supported} (actuelle : {current} ; collectez de nouveau l’instantané ou mettez à jour l’auditeur)',
};

/** Japanese. */
export const CLI_EXTRA_JA: CliExtraCatalog = {
  'report.snapshot.problem.type': '{expected} が必要ですが、{got} でした',
  'report.snapshot.problem.missing': '必須プロパティがありません',
  'report.snapshot.problem.encodedPolicy':
    'デコード済みのポリシーオブジェクトが必要ですが、string でした (先にデコードしてください)',
  'report.snapshot.problem.policy': 'ポリシーオブジェクトが必要ですが、{got} でした',
  'report.snapshot.problem.root': 'スナップショットオブジェクトが必要ですが、{got} でした',
  'report.snapshot.problem.oneOf': '次のいずれかが必要ですが、{got} でした: {allowed}',
  'report.snapshot.problem.unknownKey': '不明なキーです。使用できるキー: {keys}',
  'report.snapshot.problem.version':
    'サポートされていないスキーマバージョン {got} です。この監査ツールが読み取る schemaVersion は {supported} です (現在: {current}。スナップショットを再収集するか、監査ツールを更新してください)',
  'report.snapshot.problem.noVersion':
    'スキーマバージョンがありません。この監査ツールが読み取る schemaVersion は {supported} です (現在: {current}。スナップショットを再収集するか、監査ツールを更新してください)',
};

/** Korean. */
export const CLI_EXTRA_KO: CliExtraCatalog = {
  'report.snapshot.problem.type': '{expected}이(가) 필요하지만 {got}입니다',
  'report.snapshot.problem.missing': '필수 속성이 없습니다',
  'report.snapshot.problem.encodedPolicy': '디코딩된 정책 객체가 필요하지만 string입니다 (먼저 디코딩하세요)',
  'report.snapshot.problem.policy': '정책 객체가 필요하지만 {got}입니다',
  'report.snapshot.problem.root': '스냅샷 객체가 필요하지만 {got}입니다',
  'report.snapshot.problem.oneOf': '다음 중 하나가 필요하지만 {got}입니다: {allowed}',
  'report.snapshot.problem.unknownKey': '알 수 없는 키입니다. 허용되는 키: {keys}',
  'report.snapshot.problem.version':
    '지원되지 않는 스키마 버전 {got}입니다. 이 감사 도구는 schemaVersion {supported}을(를) 읽습니다 (현재: {current}. 스냅샷을 다시 수집하거나 감사 도구를 업그레이드하세요)',
  'report.snapshot.problem.noVersion':
    '스키마 버전이 없습니다. 이 감사 도구는 schemaVersion {supported}을(를) 읽습니다 (현재: {current}. 스냅샷을 다시 수집하거나 감사 도구를 업그레이드하세요)',
};
