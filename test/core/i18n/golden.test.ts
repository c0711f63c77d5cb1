/**
 * A rendered alert (email subject + body, Slack notification) and CLI report (table, details, summary) per
 * language for three representative findings, compared with golden files under test/fixtures/i18n/ (reviewed
 * once by a reader of each language's terms in docs/i18n.md). Regenerate after a deliberate change with
 * `UPDATE_I18N_GOLDENS=1 npx jest test/core/i18n/golden.test.ts --maxWorkers=1` and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../../lambda/core/findings/types';
import { LANGS, type Lang } from '../../../lambda/core/i18n';
import { renderSnsAlert } from '../../../lambda/core/render/alerts/sns-message';
import { renderAllDetails } from '../../../lambda/core/render/details';
import { renderSummaryLine, summarize } from '../../../lambda/core/render/summary';
import { renderFindingsTable } from '../../../lambda/core/render/table';
import { sampleFinding } from '../../support/factory';
import { ROLE_FINDING, RUNS } from '../../support/factory';
import { hygieneDeprecatedPolicy } from '../../../lambda/core/checks/hygiene/deprecated-policy';
import { NOW, snapshot } from '../../support/factory';
import { iamUser as user } from '../../support/factory';

/** A finding of a check converted to catalog texts (hygiene): its title, summary, details and fix localize too. */
function convertedFinding(): Finding {
  const FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess', name: 'AWSLambdaFullAccess' };
  const s = snapshot({ users: [user('ci-deployer', {}, { attachedPolicies: [FULL] })] });
  return hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW }).findings[0];
}

const DIR = join(__dirname, '..', '..', 'fixtures', 'i18n');

/**
 * Event-driven denial (statements, event, fix), sweep finding with occurrences (both with English finding texts:
 * their checks are not converted yet), and a hygiene finding whose texts come from the catalog.
 */
const FINDINGS: readonly Finding[] = [
  sampleFinding({ event: { ...sampleFinding().event!, authorizationId: 'a1b2c3d4-0000-4000-8000-000000000001' } }),
  ROLE_FINDING,
  convertedFinding(),
];

function alertText(finding: Finding, lang: Lang): string {
  const alert = renderSnsAlert(finding, undefined, lang);
  const message = JSON.parse(alert.message) as { default: string; email: string };
  const slack = JSON.stringify(JSON.parse(message.default), null, 2);
  return [`Subject: ${alert.subject}`, `Bytes: ${alert.bytes}`, '', message.email, slack].join('\n');
}

function cliText(lang: Lang): string {
  const summary = summarize({ findings: FINDINGS, runs: RUNS, functionsAudited: 2, denialsParsed: 1 });
  return [
    renderFindingsTable(FINDINGS, { lang }),
    renderAllDetails(FINDINGS, { lang }),
    renderSummaryLine(summary, undefined, lang),
  ].join('\n');
}

function rendered(lang: Lang): string {
  const alerts = FINDINGS.map((f, i) => `===== alert ${i + 1}: ${f.checkId} =====\n${alertText(f, lang)}`);
  return [...alerts, `===== CLI report =====\n${cliText(lang)}`].join('\n\n');
}

describe.each(LANGS)('%s', (lang) => {
  it('matches its golden file', () => {
    const file = join(DIR, `${lang}.txt`);
    const text = rendered(lang);
    if (process.env.UPDATE_I18N_GOLDENS === '1') writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
