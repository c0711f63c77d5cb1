/**
 * `report.notes.` and `report.snapshot.`: the suppression notes the CLI writes to stderr and the summary of
 * `snapshot --validate` (issue 15), all five languages side by side. Rule IDs, reasons, paths, account IDs,
 * regions, timestamps and schema versions are params and stay verbatim; the snapshot problems themselves are
 * rendered from `cli-extra.ts`.
 */

/** English source texts. */
export const NOTES_EN = {
  'report.notes.suppressionExpired': 'suppression {id} expired on {expires}: no longer applied',
  'report.notes.suppressed': '{count} {count, plural, one {finding} other {findings}} suppressed:',
  'report.snapshot.invalid': '{path}: NOT VALID ({count} {count, plural, one {problem} other {problems}})',
  'report.snapshot.valid': '{path}: valid snapshot (schemaVersion {version})',
  'report.snapshot.account':
    'account {account} ({partition}, {region}), taken {takenAt} ({mode}, collector {collector})',
  'report.snapshot.counts':
    '{functions} functions, {roles} roles, {users} users, {groups} groups, {policies} managed policies, {triggers} triggers',
  'report.snapshot.partial':
    'PARTIAL: {count} reads failed (checks will not claim missing permissions from missing data)',
  'report.snapshot.complete': 'complete: no failed reads',
} as const;

type NotesCatalog = Readonly<Record<keyof typeof NOTES_EN, string>>;

/** German. */
export const NOTES_DE: NotesCatalog = {
  'report.notes.suppressionExpired': 'Unterdrückungsregel {id} ist am {expires} abgelaufen: wird nicht mehr angewendet',
  'report.notes.suppressed': '{count} {count, plural, one {Befund} other {Befunde}} unterdrückt:',
  'report.snapshot.invalid': '{path}: NICHT GÜLTIG ({count} {count, plural, one {Problem} other {Probleme}})',
  'report.snapshot.valid': '{path}: gültiger Snapshot (schemaVersion {version})',
  'report.snapshot.account':
    'Konto {account} ({partition}, {region}), erstellt {takenAt} ({mode}, Collector {collector})',
  'report.snapshot.counts':
    '{functions} Funktionen, {roles} Rollen, {users} Benutzer, {groups} Gruppen, {policies} verwaltete Richtlinien, {triggers} Auslöser',
  'report.snapshot.partial':
    'UNVOLLSTÄNDIG: {count} Lesevorgänge fehlgeschlagen (Prüfungen leiten aus fehlenden Daten keine fehlenden Berechtigungen ab)',
  'report.snapshot.complete': 'vollständig: keine fehlgeschlagenen Lesevorgänge',
};

/** French. */
export const NOTES_FR: NotesCatalog = {
  'report.notes.suppressionExpired': 'la règle de suppression {id} a expiré le {expires} : elle n’est plus appliquée',
  'report.notes.suppressed':
    '{count} {count, plural, one {résultat supprimé du rapport} other {résultats supprimés du rapport}} :',
  'report.snapshot.invalid': '{path} : NON VALIDE ({count} {count, plural, one {problème} other {problèmes}})',
  'report.snapshot.valid': '{path} : instantané valide (schemaVersion {version})',
  'report.snapshot.account':
    'compte {account} ({partition}, {region}), pris le {takenAt} ({mode}, collecteur {collector})',
  'report.snapshot.counts':
    '{functions} fonctions, {roles} rôles, {users} utilisateurs, {groups} groupes, {policies} politiques gérées, {triggers} déclencheurs',
  'report.snapshot.partial':
    'PARTIEL : {count} lectures en échec (les contrôles ne déduisent aucune autorisation manquante de données manquantes)',
  'report.snapshot.complete': 'complet : aucune lecture en échec',
};

/** Japanese. */
export const NOTES_JA: NotesCatalog = {
  'report.notes.suppressionExpired': '抑制ルール {id} は {expires} に期限切れになりました: 適用されなくなりました',
  'report.notes.suppressed': '抑制した検出結果 {count} 件:',
  'report.snapshot.invalid': '{path}: 無効 (問題 {count} 件)',
  'report.snapshot.valid': '{path}: 有効なスナップショット (schemaVersion {version})',
  'report.snapshot.account':
    'アカウント {account} ({partition}, {region})、取得日時 {takenAt} ({mode}、コレクター {collector})',
  'report.snapshot.counts':
    '関数 {functions} 件、ロール {roles} 件、ユーザー {users} 件、グループ {groups} 件、管理ポリシー {policies} 件、トリガー {triggers} 件',
  'report.snapshot.partial':
    '不完全: 読み取り {count} 件が失敗しました (欠けているデータから不足しているアクセス許可を判断することはありません)',
  'report.snapshot.complete': '完全: 失敗した読み取りはありません',
};

/** Korean. */
export const NOTES_KO: NotesCatalog = {
  'report.notes.suppressionExpired': '억제 규칙 {id}이(가) {expires}에 만료되었습니다: 더 이상 적용되지 않습니다',
  'report.notes.suppressed': '억제된 결과 {count}건:',
  'report.snapshot.invalid': '{path}: 유효하지 않음 (문제 {count}건)',
  'report.snapshot.valid': '{path}: 유효한 스냅샷 (schemaVersion {version})',
  'report.snapshot.account': '계정 {account} ({partition}, {region}), 생성 시각 {takenAt} ({mode}, 수집기 {collector})',
  'report.snapshot.counts':
    '함수 {functions}개, 역할 {roles}개, 사용자 {users}명, 그룹 {groups}개, 관리형 정책 {policies}개, 트리거 {triggers}개',
  'report.snapshot.partial': '부분: 읽기 {count}건 실패 (검사는 누락된 데이터로부터 권한 누락을 판단하지 않습니다)',
  'report.snapshot.complete': '완전: 실패한 읽기 없음',
};
