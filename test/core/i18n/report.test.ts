/**
 * The Markdown report and the support bundle in every language (issue 15): golden files for Japanese and German
 * (test/fixtures/i18n/report-<lang>.md, regenerate with `UPDATE_I18N_GOLDENS=1 npx jest test/core/i18n/report.test.ts
 * --maxWorkers=1` and review the diff), the bundle's headings per language, and identifiers verbatim everywhere.
 * English is covered by the unchanged tests of markdown.ts and support-bundle.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../../lambda/core/findings/types';
import { LANGS, type Lang } from '../../../lambda/core/i18n';
import { hygieneDeprecatedPolicy } from '../../../lambda/core/checks/hygiene/deprecated-policy';
import { renderMarkdown } from '../../../lambda/core/render/markdown';
import { renderSupportBundle } from '../../../lambda/core/render/support-bundle';
import { summarize } from '../../../lambda/core/render/summary';
import type { Snapshot } from '../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, ROLE_FINDING, RUNS, execDenial, fn, iamUser, role, ruleArn } from '../../support/factory';
import { sampleFinding, snapshot, trigger } from '../../support/factory';

const DIR = join(__dirname, '..', '..', 'fixtures', 'i18n');

/** A finding whose texts come from the catalog (hygiene), so its title localizes too. */
function convertedFinding(): Finding {
  const FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess', name: 'AWSLambdaFullAccess' };
  const s = snapshot({ users: [iamUser('ci-deployer', {}, { attachedPolicies: [FULL] })] });
  return hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW }).findings[0];
}

const FINDINGS: readonly Finding[] = [sampleFinding(), ROLE_FINDING, convertedFinding()];
const f = fn('b-payments', 'b-payments-role', {
  environmentVariableNames: ['DB_PASSWORD', 'TABLE_NAME'],
  eventSourceMappings: [
    { uuid: 'u-1', kind: 'sqs', eventSourceArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:b-payments-q`, state: 'Enabled' },
  ],
});
const denial = execDenial(f, 'dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/b-payments`);
const WORLD: Snapshot = snapshot({
  functions: [f],
  roles: [role('b-payments-role')],
  triggers: [trigger('eventbridge-rule', ruleArn('b-pay'), f.arn, 'events.amazonaws.com')],
});
const BUNDLE_FINDING: Finding = {
  ...sampleFinding(),
  function: { name: f.name, arn: f.arn, account: ACCOUNT, region: 'us-east-1' },
  occurrences: { count: 4, firstSeen: '2026-01-15T11:00:00Z', lastSeen: '2026-01-15T11:59:00Z' },
};

function markdown(lang: Lang): string {
  const summary = summarize({ findings: FINDINGS, runs: RUNS, functionsAudited: 2, denialsParsed: 1 });
  return renderMarkdown(FINDINGS, { summary, source: 'Account 111122223333', lang });
}

const bundle = (lang: Lang): string => renderSupportBundle(WORLD, f.arn, [BUNDLE_FINDING], denial, lang);

describe.each(['ja', 'de'] as const)('%s', (lang) => {
  it('matches its golden file (Markdown report and support bundle)', () => {
    const file = join(DIR, `report-${lang}.md`);
    const text = `${markdown(lang)}\n===== support bundle =====\n\n${bundle(lang)}`;
    if (process.env.UPDATE_I18N_GOLDENS === '1') writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});

describe.each([
  ['ja', '## 検出結果', '| # | 重要度 | 対象 | チェック | タイトル |', '**原因**', '<sub>フィンガープリント `'],
  ['de', '## Befunde', '| # | Schweregrad | Ziel | Prüfung | Titel |', '**Warum.**', '<sub>Fingerabdruck `'],
  ['fr', '## Résultats', '| # | Gravité | Cible | Contrôle | Titre |', '**Pourquoi.**', '<sub>Empreinte `'],
  ['ko', '## 결과', '| # | 심각도 | 대상 | 검사 | 제목 |', '**원인.**', '<sub>지문 `'],
] as const)('Markdown report in %s', (lang, findings, header, why, fingerprint) => {
  const md = markdown(lang);

  it.each([findings, header, why, fingerprint])('contains %j', (text) => {
    expect(md).toContain(text);
  });

  it.each(['## Findings', '| Severity |', '**Why.**', '**Fix.**', '**Event.**', 'Fingerprint `'])(
    'has no English %j',
    (word) => {
      expect(md).not.toContain(word);
    },
  );

  it('keeps identifiers verbatim', () => {
    for (const id of FINDINGS.flatMap((x) => [x.checkId, x.fingerprint, ...(x.function ? [x.function.arn] : [])]))
      expect(md).toContain(id);
    expect(md).toContain('```bash\naws iam put-role-policy');
  });
});

const HEADINGS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    '# AWS Support case: Lambda permission problem — b-payments',
    '## The denied request (CloudTrail)',
    '## Function',
    '## Workflow',
    '## Roles and permissions involved',
    '## Findings',
    '## Function log lines around the time',
    '## Data source',
  ],
  de: [
    '# AWS-Supportfall: Lambda-Berechtigungsproblem — b-payments',
    '## Die verweigerte Anfrage (CloudTrail)',
    '## Funktion',
    '## Ablauf',
    '## Beteiligte Rollen und Berechtigungen',
    '## Befunde',
    '## Protokollzeilen der Funktion um diesen Zeitpunkt',
    '## Datenquelle',
  ],
  fr: [
    '# Dossier AWS Support : problème d’autorisation Lambda — b-payments',
    '## La requête refusée (CloudTrail)',
    '## Fonction',
    '## Flux de travail',
    '## Rôles et autorisations concernés',
    '## Résultats',
    '## Lignes de journal de la fonction autour de l’heure',
    '## Source des données',
  ],
  ja: [
    '# AWS サポートケース: Lambda のアクセス許可の問題 — b-payments',
    '## 拒否されたリクエスト (CloudTrail)',
    '## 関数',
    '## ワークフロー',
    '## 関係するロールとアクセス許可',
    '## 検出結果',
    '## その時刻前後の関数のログ行',
    '## データソース',
  ],
  ko: [
    '# AWS Support 사례: Lambda 권한 문제 — b-payments',
    '## 거부된 요청(CloudTrail)',
    '## 함수',
    '## 워크플로',
    '## 관련 역할 및 권한',
    '## 결과',
    '## 해당 시각 전후의 함수 로그',
    '## 데이터 출처',
  ],
};

describe.each(LANGS)('support bundle in %s', (lang) => {
  const text = bundle(lang);

  it('has the headings of its language, in order', () => {
    expect(text.split('\n').filter((l) => /^##? /.test(l))).toEqual(HEADINGS[lang]);
  });

  it('keeps identifiers verbatim and never shows environment variable values', () => {
    for (const id of [f.arn, f.roleArn, denial.eventId, 'dynamodb:PutItem', 'DB_PASSWORD', 'events.amazonaws.com'])
      expect(text).toContain(id);
    expect(text).toContain('2026-01-15T11:00:00Z');
  });
});
