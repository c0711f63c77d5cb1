/**
 * `report.demo.`: the demo's intro, its self-check lines and its notes on stderr (lambda/cli/commands/demo.ts),
 * all five languages side by side. Account IDs, regions, scenario IDs, check IDs, function names and paths are
 * params and stay verbatim; the scenario descriptions are demo data and stay English.
 */

/** English source texts. */
export const DEMO_EN = {
  'report.demo.intro':
    'Offline audit of the bundled example account {account} ({region}): {functions} functions in {scenarios} scenarios, {denials} CloudTrail denials, {checks} checks. Nothing is sent to AWS.',
  'report.demo.scenarios': 'Scenarios',
  'report.demo.healthy': ' (healthy)',
  'report.demo.selfCheck': 'Self-check:',
  'report.demo.passed': 'all {count} scenarios produced exactly their expected findings (healthy ones: none).',
  'report.demo.failed': 'Self-check FAILED:',
  'report.demo.mismatch': '{scenario} {part}: expected [{expected}], got [{actual}]',
  'report.demo.unattributed': 'finding {checkId} on {target} belongs to no scenario',
  'report.demo.accountTarget': 'account',
  'report.demo.invalid': 'The demo snapshot is not valid:',
  'report.demo.wroteSnapshot': 'Wrote the demo snapshot ({count} functions) to {path}',
  'report.demo.wroteEvents': 'Wrote {count} demo CloudTrail events to {path}',
} as const;

type DemoCatalog = Readonly<Record<keyof typeof DEMO_EN, string>>;

/** German. */
export const DEMO_DE: DemoCatalog = {
  'report.demo.intro':
    'Offline-Prüfung des mitgelieferten Beispielkontos {account} ({region}): {functions} Funktionen in {scenarios} Szenarien, {denials} CloudTrail-Verweigerungen, {checks} Prüfungen. Nichts wird an AWS gesendet.',
  'report.demo.scenarios': 'Szenarien',
  'report.demo.healthy': ' (fehlerfrei)',
  'report.demo.selfCheck': 'Selbsttest:',
  'report.demo.passed': 'alle {count} Szenarien ergaben genau die erwarteten Befunde (fehlerfreie: keine).',
  'report.demo.failed': 'Selbsttest FEHLGESCHLAGEN:',
  'report.demo.mismatch': '{scenario} {part}: erwartet [{expected}], erhalten [{actual}]',
  'report.demo.unattributed': 'Befund {checkId} für {target} gehört zu keinem Szenario',
  'report.demo.accountTarget': 'Konto',
  'report.demo.invalid': 'Der Demo-Snapshot ist ungültig:',
  'report.demo.wroteSnapshot': 'Demo-Snapshot ({count} Funktionen) nach {path} geschrieben',
  'report.demo.wroteEvents': '{count} Demo-CloudTrail-Ereignisse nach {path} geschrieben',
};

/** French. */
export const DEMO_FR: DemoCatalog = {
  'report.demo.intro':
    'Audit hors ligne du compte d’exemple fourni {account} ({region}) : {functions} fonctions dans {scenarios} scénarios, {denials} refus CloudTrail, {checks} contrôles. Rien n’est envoyé à AWS.',
  'report.demo.scenarios': 'Scénarios',
  'report.demo.healthy': ' (sain)',
  'report.demo.selfCheck': 'Autovérification :',
  'report.demo.passed': 'les {count} scénarios ont produit exactement les résultats attendus (les sains : aucun).',
  'report.demo.failed': 'Autovérification ÉCHOUÉE :',
  'report.demo.mismatch': '{scenario} {part} : attendu [{expected}], obtenu [{actual}]',
  'report.demo.unattributed': 'le résultat {checkId} sur {target} n’appartient à aucun scénario',
  'report.demo.accountTarget': 'compte',
  'report.demo.invalid': 'L’instantané de démonstration n’est pas valide :',
  'report.demo.wroteSnapshot': 'Instantané de démonstration ({count} fonctions) écrit dans {path}',
  'report.demo.wroteEvents': '{count} événements CloudTrail de démonstration écrits dans {path}',
};

/** Japanese. */
export const DEMO_JA: DemoCatalog = {
  'report.demo.intro':
    '同梱のサンプルアカウント {account} ({region}) のオフライン監査: {scenarios} シナリオの関数 {functions} 件、CloudTrail の拒否 {denials} 件、チェック {checks} 件。AWS には何も送信しません。',
  'report.demo.scenarios': 'シナリオ',
  'report.demo.healthy': ' (正常)',
  'report.demo.selfCheck': 'セルフチェック:',
  'report.demo.passed': '{count} シナリオすべてが想定どおりの検出結果を出しました (正常なシナリオ: なし)。',
  'report.demo.failed': 'セルフチェック失敗:',
  'report.demo.mismatch': '{scenario} {part}: 想定 [{expected}]、実際 [{actual}]',
  'report.demo.unattributed': '{target} の検出結果 {checkId} はどのシナリオにも属しません',
  'report.demo.accountTarget': 'アカウント',
  'report.demo.invalid': 'デモのスナップショットが無効です:',
  'report.demo.wroteSnapshot': 'デモのスナップショット (関数 {count} 件) を {path} に書き込みました',
  'report.demo.wroteEvents': 'デモの CloudTrail イベント {count} 件を {path} に書き込みました',
};

/** Korean. */
export const DEMO_KO: DemoCatalog = {
  'report.demo.intro':
    '번들 예제 계정 {account}({region})의 오프라인 감사: 시나리오 {scenarios}개의 함수 {functions}개, CloudTrail 거부 {denials}건, 검사 {checks}개. AWS로 아무것도 전송하지 않습니다.',
  'report.demo.scenarios': '시나리오',
  'report.demo.healthy': ' (정상)',
  'report.demo.selfCheck': '자체 검사:',
  'report.demo.passed': '시나리오 {count}개 모두 예상한 결과를 정확히 냈습니다(정상 시나리오: 없음).',
  'report.demo.failed': '자체 검사 실패:',
  'report.demo.mismatch': '{scenario} {part}: 예상 [{expected}], 실제 [{actual}]',
  'report.demo.unattributed': '{target}의 결과 {checkId}은(는) 어느 시나리오에도 속하지 않습니다',
  'report.demo.accountTarget': '계정',
  'report.demo.invalid': '데모 스냅샷이 유효하지 않습니다:',
  'report.demo.wroteSnapshot': '데모 스냅샷(함수 {count}개)을 {path}에 썼습니다',
  'report.demo.wroteEvents': '데모 CloudTrail 이벤트 {count}건을 {path}에 썼습니다',
};
