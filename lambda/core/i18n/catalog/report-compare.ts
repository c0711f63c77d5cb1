/**
 * `report.compare.`: the text output of `compare` (lambda/core/compare/render.ts) and its notes, all five
 * languages side by side. Function names, role ARNs, service prefixes, actions, resources and managed-policy
 * ARNs are params and stay verbatim; the JSON output keeps the English notes.
 */

/** English source texts. */
export const COMPARE_EN = {
  'report.compare.heading': 'Compared {a} (role {roleA}) with {b} (role {roleB}).',
  'report.compare.services': 'Services: {services}; {count} evaluations{truncated}.',
  'report.compare.noServices': '(none)',
  'report.compare.truncated': ' (TRUNCATED: raise maxEvaluations)',
  'report.compare.canCannot': '{yes} can, {no} cannot',
  'report.compare.nothing': '{title}: nothing.',
  'report.compare.count': '{title} ({count}):',
  'report.compare.on': 'on {resource}: {actions}{more}',
  'report.compare.more': ' … and {count} more',
  'report.compare.note': 'Note: {note}',
  'report.compare.noteMissing': '{role}: managed policies not in the snapshot were ignored: {policies}.',
  'report.compare.noteOpenEnded':
    'A statement uses Action "*" or NotAction: services not named anywhere else are not compared (pass --service to add them).',
  'report.compare.noteUnknown': 'Unknown service prefixes (no catalog actions): {services}.',
  'report.compare.noteIdentityOnly':
    'Identity-side only: resource policies of the target resources (bucket, queue, key policies) are not part of the comparison.',
} as const;

type CompareCatalog = Readonly<Record<keyof typeof COMPARE_EN, string>>;

/** German. */
export const COMPARE_DE: CompareCatalog = {
  'report.compare.heading': '{a} (Rolle {roleA}) mit {b} (Rolle {roleB}) verglichen.',
  'report.compare.services': 'Services: {services}; {count} Auswertungen{truncated}.',
  'report.compare.noServices': '(keine)',
  'report.compare.truncated': ' (ABGEBROCHEN: maxEvaluations erhöhen)',
  'report.compare.canCannot': '{yes} darf, {no} nicht',
  'report.compare.nothing': '{title}: nichts.',
  'report.compare.count': '{title} ({count}):',
  'report.compare.on': 'auf {resource}: {actions}{more}',
  'report.compare.more': ' … und {count} weitere',
  'report.compare.note': 'Hinweis: {note}',
  'report.compare.noteMissing':
    '{role}: verwaltete Richtlinien, die nicht im Snapshot sind, wurden ignoriert: {policies}.',
  'report.compare.noteOpenEnded':
    'Eine Anweisung verwendet Action "*" oder NotAction: Services, die nirgends sonst genannt sind, werden nicht verglichen (mit --service hinzufügen).',
  'report.compare.noteUnknown': 'Unbekannte Service-Präfixe (keine Aktionen im Katalog): {services}.',
  'report.compare.noteIdentityOnly':
    'Nur die Identitätsseite: ressourcenbasierte Richtlinien der Zielressourcen (Bucket-, Warteschlangen-, Schlüsselrichtlinien) sind nicht Teil des Vergleichs.',
};

/** French. */
export const COMPARE_FR: CompareCatalog = {
  'report.compare.heading': 'Comparaison de {a} (rôle {roleA}) avec {b} (rôle {roleB}).',
  'report.compare.services': 'Services : {services} ; {count} évaluations{truncated}.',
  'report.compare.noServices': '(aucun)',
  'report.compare.truncated': ' (TRONQUÉ : augmentez maxEvaluations)',
  'report.compare.canCannot': '{yes} peut, {no} ne peut pas',
  'report.compare.nothing': '{title} : rien.',
  'report.compare.count': '{title} ({count}) :',
  'report.compare.on': 'sur {resource} : {actions}{more}',
  'report.compare.more': ' … et {count} de plus',
  'report.compare.note': 'Remarque : {note}',
  'report.compare.noteMissing': '{role} : politiques gérées absentes de l’instantané ignorées : {policies}.',
  'report.compare.noteOpenEnded':
    'Une instruction utilise Action "*" ou NotAction : les services nommés nulle part ailleurs ne sont pas comparés (ajoutez-les avec --service).',
  'report.compare.noteUnknown': 'Préfixes de service inconnus (aucune action dans le catalogue) : {services}.',
  'report.compare.noteIdentityOnly':
    'Côté identité uniquement : les politiques basées sur les ressources des ressources cibles (politiques de compartiment, de file d’attente, de clé) ne font pas partie de la comparaison.',
};

/** Japanese. */
export const COMPARE_JA: CompareCatalog = {
  'report.compare.heading': '{a} (ロール {roleA}) と {b} (ロール {roleB}) を比較しました。',
  'report.compare.services': 'サービス: {services}、評価 {count} 回{truncated}。',
  'report.compare.noServices': '(なし)',
  'report.compare.truncated': ' (打ち切り: maxEvaluations を増やしてください)',
  'report.compare.canCannot': '{yes} は可能、{no} は不可',
  'report.compare.nothing': '{title}: なし。',
  'report.compare.count': '{title} ({count} 件):',
  'report.compare.on': '{resource} に対して: {actions}{more}',
  'report.compare.more': ' … ほか {count} 件',
  'report.compare.note': '注記: {note}',
  'report.compare.noteMissing': '{role}: スナップショットにない管理ポリシーは無視しました: {policies}。',
  'report.compare.noteOpenEnded':
    'Action "*" または NotAction を使うステートメントがあります: ほかで名前が出てこないサービスは比較していません (--service で追加してください)。',
  'report.compare.noteUnknown': '不明なサービスプレフィックス (カタログにアクションなし): {services}。',
  'report.compare.noteIdentityOnly':
    'アイデンティティ側のみ: 対象リソースのリソースベースのポリシー (バケット、キュー、キーのポリシー) は比較に含まれません。',
};

/** Korean. */
export const COMPARE_KO: CompareCatalog = {
  'report.compare.heading': '{a}(역할 {roleA})와(과) {b}(역할 {roleB})를 비교했습니다.',
  'report.compare.services': '서비스: {services}, 평가 {count}회{truncated}.',
  'report.compare.noServices': '(없음)',
  'report.compare.truncated': ' (중단됨: maxEvaluations를 늘리십시오)',
  'report.compare.canCannot': '{yes}은(는) 가능, {no}은(는) 불가',
  'report.compare.nothing': '{title}: 없음.',
  'report.compare.count': '{title} ({count}건):',
  'report.compare.on': '{resource}에 대해: {actions}{more}',
  'report.compare.more': ' … 외 {count}건',
  'report.compare.note': '참고: {note}',
  'report.compare.noteMissing': '{role}: 스냅샷에 없는 관리형 정책은 무시했습니다: {policies}.',
  'report.compare.noteOpenEnded':
    'Action "*" 또는 NotAction을 사용하는 문이 있습니다: 다른 곳에서 이름이 나오지 않는 서비스는 비교하지 않습니다(--service로 추가하십시오).',
  'report.compare.noteUnknown': '알 수 없는 서비스 접두사(카탈로그에 작업 없음): {services}.',
  'report.compare.noteIdentityOnly':
    '자격 증명 측만: 대상 리소스의 리소스 기반 정책(버킷, 대기열, 키 정책)은 비교에 포함되지 않습니다.',
};
