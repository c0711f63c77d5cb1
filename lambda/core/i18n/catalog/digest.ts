/**
 * Texts of the sweep-level notices in every language, side by side: the single-account sweep digest and
 * "resolved" notice (lambda/core/render/alerts/sweep-notices.ts) and the organization sweep digest
 * (lambda/core/render/alerts/org-digest.ts). English is the source and keeps the wording of the renderers
 * before issue 15 byte for byte (hence `finding(s)` rather than an ICU plural). Check IDs, ARNs, account IDs,
 * Regions, S3 locations and fingerprints are placeholders: never translated. Subjects must stay ASCII in
 * German and French (renderers transliterate; Japanese and Korean subjects fall back to English).
 */

/** English source texts. */
export const DIGEST_EN = {
  'digest.sweep.subject': '[Lambda Access Auditor] Sweep digest: {total} open finding(s)',
  'digest.sweep.title': ':clipboard: Sweep digest: {total} open finding(s)',
  'digest.sweep.summary':
    '{total} open finding(s) were not alerted one by one in this sweep ({fresh} new since the last digest). They are below the per-finding alert threshold or over the per-sweep alert cap; the cap rotates, so capped ones are alerted on later sweeps.',
  'digest.sweep.how':
    'See them all in the sweep log records (outcome "deferred" or "digest") or run `lambda-access-auditor sweep`.',
  'digest.severityCount': '{severity}: {count}',
  'digest.resolved.subject': '[Lambda Access Auditor] RESOLVED {severity}: {checkId} on {name}',
  'digest.resolved.title': ':white_check_mark: Resolved: {checkId}',
  'digest.resolved.text':
    '{severity} finding {checkId} on {target} (fingerprint {fingerprint}), first seen {firstSeen} and alerted {alertedAt}, is no longer reported by a complete sweep: the problem looks fixed. It is alerted again if it comes back.',
  'digest.resolved.account': 'the account',
  'digest.resolved.before': 'before',
  'digest.org.subject': '[Lambda Access Auditor] Organization sweep: {headline}',
  'digest.org.title': ':clipboard: Organization sweep: {headline}',
  'digest.org.headline':
    '{findings} finding(s) in {accounts} account(s){failures, select, yes { (with failures)} other {}}',
  'digest.org.items':
    '{items} item(s) (account x Region x shard) in {accounts} account(s): {swept} swept, {failed} failed, {partial} partial (some reads failed).',
  'digest.org.functions':
    '{functions} function(s), {findings} finding(s): {alerted} alerted one by one, {notAlerted} counted here only (below the per-finding threshold or over the per-item cap), {resolved} resolved.',
  'digest.org.bySeverity': 'By severity: {list}',
  'digest.org.account': '  {account}: {findings} finding(s), {functions} function(s), {failed} failed item(s)',
  'digest.org.region': '  {region}: {findings} finding(s), {failed} failed item(s)',
  'digest.org.more': '  ... and {count} more',
  'digest.org.top': 'Most severe findings:',
  'digest.org.accounts': 'Accounts with the most findings:',
  'digest.org.regions': 'Regions:',
  'digest.org.failedItems': 'Failed items:',
  'digest.org.runError': 'The Map run failed: {error}. The counts cover the results written.',
  'digest.org.unreadable': '{count} result entr(ies) could not be read (see the digest log).',
  'digest.org.results': 'Per-item results: {location}',
} as const;

type DigestCatalog = Readonly<Record<keyof typeof DIGEST_EN, string>>;

/** German (subjects: ASCII after transliteration). */
export const DIGEST_DE: DigestCatalog = {
  'digest.sweep.subject': '[Lambda Access Auditor] Sweep-Zusammenfassung: {total} offene(r) Befund(e)',
  'digest.sweep.title': ':clipboard: Sweep-Zusammenfassung: {total} offene(r) Befund(e)',
  'digest.sweep.summary':
    '{total} offene(r) Befund(e) wurde(n) in diesem Sweep nicht einzeln gemeldet ({fresh} neu seit der letzten Zusammenfassung). Sie liegen unter der Meldeschwelle pro Befund oder über der Meldegrenze pro Sweep; die Grenze rotiert, begrenzte Befunde werden in späteren Sweeps gemeldet.',
  'digest.sweep.how':
    'Alle Befunde stehen in den Protokolleinträgen des Sweeps (outcome "deferred" oder "digest"), oder `lambda-access-auditor sweep` ausführen.',
  'digest.severityCount': '{severity}: {count}',
  'digest.resolved.subject': '[Lambda Access Auditor] BEHOBEN {severity}: {checkId} auf {name}',
  'digest.resolved.title': ':white_check_mark: Behoben: {checkId}',
  'digest.resolved.text':
    'Befund {checkId} ({severity}) auf {target} (Fingerprint {fingerprint}), zuerst gesehen {firstSeen} und gemeldet {alertedAt}, wird von einem vollständigen Sweep nicht mehr gemeldet: Das Problem scheint behoben. Tritt es wieder auf, wird es erneut gemeldet.',
  'digest.resolved.account': 'dem Konto',
  'digest.resolved.before': 'früher',
  'digest.org.subject': '[Lambda Access Auditor] Organisations-Sweep: {headline}',
  'digest.org.title': ':clipboard: Organisations-Sweep: {headline}',
  'digest.org.headline':
    '{findings} Befund(e) in {accounts} Konto/Konten{failures, select, yes { (mit Fehlern)} other {}}',
  'digest.org.items':
    '{items} Element(e) (Konto x Region x Shard) in {accounts} Konto/Konten: {swept} geprüft, {failed} fehlgeschlagen, {partial} teilweise (einige Lesevorgänge fehlgeschlagen).',
  'digest.org.functions':
    '{functions} Funktion(en), {findings} Befund(e): {alerted} einzeln gemeldet, {notAlerted} nur hier gezählt (unter der Meldeschwelle pro Befund oder über der Grenze pro Element), {resolved} behoben.',
  'digest.org.bySeverity': 'Nach Schweregrad: {list}',
  'digest.org.account':
    '  {account}: {findings} Befund(e), {functions} Funktion(en), {failed} fehlgeschlagene(s) Element(e)',
  'digest.org.region': '  {region}: {findings} Befund(e), {failed} fehlgeschlagene(s) Element(e)',
  'digest.org.more': '  ... und {count} weitere',
  'digest.org.top': 'Schwerwiegendste Befunde:',
  'digest.org.accounts': 'Konten mit den meisten Befunden:',
  'digest.org.regions': 'Regionen:',
  'digest.org.failedItems': 'Fehlgeschlagene Elemente:',
  'digest.org.runError': 'Der Map-Lauf ist fehlgeschlagen: {error}. Die Zahlen umfassen die geschriebenen Ergebnisse.',
  'digest.org.unreadable': '{count} Ergebniseintrag/-einträge nicht lesbar (siehe Digest-Protokoll).',
  'digest.org.results': 'Ergebnisse pro Element: {location}',
};

/** French (subjects: ASCII after transliteration). */
export const DIGEST_FR: DigestCatalog = {
  'digest.sweep.subject': '[Lambda Access Auditor] Synthèse du balayage : {total} résultat(s) ouvert(s)',
  'digest.sweep.title': ':clipboard: Synthèse du balayage : {total} résultat(s) ouvert(s)',
  'digest.sweep.summary':
    '{total} résultat(s) ouvert(s) non signalé(s) un par un lors de ce balayage ({fresh} nouveau(x) depuis la dernière synthèse). Ils sont sous le seuil d’alerte par résultat ou au-delà du plafond d’alertes par balayage ; le plafond tourne, les résultats plafonnés sont signalés lors des balayages suivants.',
  'digest.sweep.how':
    'Tous figurent dans les journaux du balayage (outcome "deferred" ou "digest") ; ou exécutez `lambda-access-auditor sweep`.',
  'digest.severityCount': '{severity} : {count}',
  'digest.resolved.subject': '[Lambda Access Auditor] RÉSOLU {severity} : {checkId} sur {name}',
  'digest.resolved.title': ':white_check_mark: Résolu : {checkId}',
  'digest.resolved.text':
    'Le résultat {checkId} ({severity}) sur {target} (empreinte {fingerprint}), vu pour la première fois le {firstSeen} et signalé {alertedAt}, n’apparaît plus dans un balayage complet : le problème semble corrigé. Il sera signalé de nouveau s’il réapparaît.',
  'digest.resolved.account': 'le compte',
  'digest.resolved.before': 'auparavant',
  'digest.org.subject': '[Lambda Access Auditor] Balayage de l’organisation : {headline}',
  'digest.org.title': ':clipboard: Balayage de l’organisation : {headline}',
  'digest.org.headline':
    '{findings} résultat(s) dans {accounts} compte(s){failures, select, yes { (avec des échecs)} other {}}',
  'digest.org.items':
    '{items} élément(s) (compte x Région x partition) dans {accounts} compte(s) : {swept} balayé(s), {failed} en échec, {partial} partiel(s) (certaines lectures ont échoué).',
  'digest.org.functions':
    '{functions} fonction(s), {findings} résultat(s) : {alerted} signalé(s) un par un, {notAlerted} comptés ici seulement (sous le seuil par résultat ou au-delà du plafond par élément), {resolved} résolu(s).',
  'digest.org.bySeverity': 'Par gravité : {list}',
  'digest.org.account': '  {account} : {findings} résultat(s), {functions} fonction(s), {failed} élément(s) en échec',
  'digest.org.region': '  {region} : {findings} résultat(s), {failed} élément(s) en échec',
  'digest.org.more': '  ... et {count} de plus',
  'digest.org.top': 'Constats les plus graves :',
  'digest.org.accounts': 'Comptes avec le plus de résultats :',
  'digest.org.regions': 'Régions :',
  'digest.org.failedItems': 'Éléments en échec :',
  'digest.org.runError': 'L’exécution Map a échoué : {error}. Les totaux couvrent les résultats écrits.',
  'digest.org.unreadable': '{count} entrée(s) de résultat illisible(s) (voir le journal de synthèse).',
  'digest.org.results': 'Résultats par élément : {location}',
};

/** Japanese (subjects fall back to English: ASCII cannot carry them). */
export const DIGEST_JA: DigestCatalog = {
  'digest.sweep.subject': '[Lambda Access Auditor] スイープのまとめ: 未解決の検出結果 {total} 件',
  'digest.sweep.title': ':clipboard: スイープのまとめ: 未解決の検出結果 {total} 件',
  'digest.sweep.summary':
    'このスイープでは未解決の検出結果 {total} 件を個別に通知していません (前回のまとめ以降の新規 {fresh} 件)。検出結果ごとの通知しきい値を下回るか、スイープごとの通知上限を超えたものです。上限は順番に回るため、上限で保留されたものは後のスイープで通知されます。',
  'digest.sweep.how':
    'すべての検出結果はスイープのログレコード (outcome "deferred" または "digest") にあります。`lambda-access-auditor sweep` でも確認できます。',
  'digest.severityCount': '{severity}: {count}',
  'digest.resolved.subject': '[Lambda Access Auditor] 解決 {severity}: {checkId} ({name})',
  'digest.resolved.title': ':white_check_mark: 解決: {checkId}',
  'digest.resolved.text':
    '{target} の検出結果 {checkId} ({severity}、フィンガープリント {fingerprint}、初回検出 {firstSeen}、通知 {alertedAt}) は完全なスイープで報告されなくなりました。問題は修正されたようです。再発した場合は再度通知します。',
  'digest.resolved.account': 'アカウント',
  'digest.resolved.before': '以前',
  'digest.org.subject': '[Lambda Access Auditor] 組織スイープ: {headline}',
  'digest.org.title': ':clipboard: 組織スイープ: {headline}',
  'digest.org.headline': '{accounts} アカウントで検出結果 {findings} 件{failures, select, yes { (失敗あり)} other {}}',
  'digest.org.items':
    '{accounts} アカウントの項目 {items} 件 (アカウント x リージョン x シャード): スイープ済み {swept} 件、失敗 {failed} 件、一部のみ {partial} 件 (一部の読み取りに失敗)。',
  'digest.org.functions':
    '関数 {functions} 件、検出結果 {findings} 件: 個別に通知 {alerted} 件、ここでのみ集計 {notAlerted} 件 (検出結果ごとのしきい値未満または項目ごとの上限超過)、解決 {resolved} 件。',
  'digest.org.bySeverity': '重要度別: {list}',
  'digest.org.account': '  {account}: 検出結果 {findings} 件、関数 {functions} 件、失敗した項目 {failed} 件',
  'digest.org.region': '  {region}: 検出結果 {findings} 件、失敗した項目 {failed} 件',
  'digest.org.more': '  ... ほか {count} 件',
  'digest.org.top': '重要度の高い検出結果:',
  'digest.org.accounts': '検出結果の多いアカウント:',
  'digest.org.regions': 'リージョン:',
  'digest.org.failedItems': '失敗した項目:',
  'digest.org.runError': 'Map の実行が失敗しました: {error}。件数は書き込まれた結果の分です。',
  'digest.org.unreadable': '読み取れなかった結果エントリ {count} 件 (ダイジェストのログを参照)。',
  'digest.org.results': '項目ごとの結果: {location}',
};

/** Korean (subjects fall back to English: ASCII cannot carry them). */
export const DIGEST_KO: DigestCatalog = {
  'digest.sweep.subject': '[Lambda Access Auditor] 스윕 요약: 미해결 결과 {total}건',
  'digest.sweep.title': ':clipboard: 스윕 요약: 미해결 결과 {total}건',
  'digest.sweep.summary':
    '이번 스윕에서 미해결 결과 {total}건를 개별 알림으로 보내지 않았습니다(지난 요약 이후 신규 {fresh}건). 결과별 알림 임계값보다 낮거나 스윕별 알림 한도를 넘은 결과입니다. 한도는 순환하므로 한도로 보류된 결과는 이후 스윕에서 알림이 전송됩니다.',
  'digest.sweep.how':
    '모든 결과는 스윕 로그 레코드(outcome "deferred" 또는 "digest")에서 확인하거나 `lambda-access-auditor sweep`을 실행하세요.',
  'digest.severityCount': '{severity}: {count}',
  'digest.resolved.subject': '[Lambda Access Auditor] 해결됨 {severity}: {checkId} ({name})',
  'digest.resolved.title': ':white_check_mark: 해결됨: {checkId}',
  'digest.resolved.text':
    '{target}의 결과 {checkId}({severity}, 지문 {fingerprint}, 최초 발견 {firstSeen}, 알림 {alertedAt})가 전체 스윕에서 더 이상 보고되지 않습니다. 문제가 해결된 것으로 보입니다. 다시 발생하면 다시 알립니다.',
  'digest.resolved.account': '계정',
  'digest.resolved.before': '이전',
  'digest.org.subject': '[Lambda Access Auditor] 조직 스윕: {headline}',
  'digest.org.title': ':clipboard: 조직 스윕: {headline}',
  'digest.org.headline': '계정 {accounts}개에서 결과 {findings}건{failures, select, yes { (실패 있음)} other {}}',
  'digest.org.items':
    '계정 {accounts}개의 항목 {items}개(계정 x 리전 x 샤드): 스윕 완료 {swept}개, 실패 {failed}개, 부분 완료 {partial}개(일부 읽기 실패).',
  'digest.org.functions':
    '함수 {functions}개, 결과 {findings}건: 개별 알림 {alerted}개, 여기에서만 집계 {notAlerted}개(결과별 임계값 미만 또는 항목별 한도 초과), 해결됨 {resolved}개.',
  'digest.org.bySeverity': '심각도별: {list}',
  'digest.org.account': '  {account}: 결과 {findings}건, 함수 {functions}개, 실패한 항목 {failed}개',
  'digest.org.region': '  {region}: 결과 {findings}건, 실패한 항목 {failed}개',
  'digest.org.more': '  ... 외 {count}개',
  'digest.org.top': '가장 심각한 결과:',
  'digest.org.accounts': '결과가 가장 많은 계정:',
  'digest.org.regions': '리전:',
  'digest.org.failedItems': '실패한 항목:',
  'digest.org.runError': 'Map 실행이 실패했습니다: {error}. 집계는 기록된 결과만 포함합니다.',
  'digest.org.unreadable': '결과 항목 {count}개를 읽을 수 없습니다(다이제스트 로그 참조).',
  'digest.org.results': '항목별 결과: {location}',
};
