/**
 * docs/checks.md, generated from the registry: every check with its ID, topic, default severity, what
 * it checks and the fix kinds its findings carry. A test fails when the committed file is stale.
 */
import { FIX_KINDS } from '../fix';
import { SEVERITY_REASONS } from './severity-reasons';
import type { Check, CheckTopic } from './types';

/** Topic folders in the order the document lists them, with their headings. */
export const TOPIC_TITLES: Readonly<Record<CheckTopic, string>> = {
  'execution-role': 'Execution role',
  'event-source': 'Event sources and destinations',
  invoke: 'Triggers and invoke permissions',
  exposure: 'Exposure',
  deployer: 'Deployers',
  'cross-account': 'Cross-account',
  hygiene: 'Hygiene',
  auditor: 'Auditor health',
};

function row(c: Check): string {
  const kinds = c.fixKinds?.map((k) => `\`${k}\``).join(', ') ?? '(renders its fix itself)';
  const why = SEVERITY_REASONS[c.id] ?? '(no reason documented)';
  return `| \`${c.id}\` | ${c.defaultSeverity} | ${why} | ${c.scope} | ${c.title} | ${kinds} |`;
}

/** The Markdown of docs/checks.md for `checks`. */
export function checksMarkdown(checks: readonly Check[]): string {
  const lines = [
    '# Checks',
    '',
    '<!-- Generated from lambda/core/checks/registry.ts by test/core/checks/doc.test.ts: do not edit by hand.',
    '     Regenerate with: UPDATE_DOCS=1 npx jest test/core/checks/doc.test.ts && npx prettier --write docs/checks.md -->',
    '',
    `${checks.length} checks, grouped by topic (the folder under \`lambda/core/checks/\`). Scope: \`function\` runs once per`,
    'function of a snapshot, `event` once per CloudTrail denial, `account` once per snapshot.',
    '',
  ];
  for (const [topic, title] of Object.entries(TOPIC_TITLES) as [CheckTopic, string][]) {
    const inTopic = checks.filter((c) => c.topic === topic);
    if (inTopic.length === 0) continue;
    lines.push(
      `## ${title} (\`${topic}/\`)`,
      '',
      '| ID | Default severity | Why this severity | Scope | Checks that | Fix kinds |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- |', ...inTopic.map(row), '');
  }
  lines.push(
    '## Fix kinds',
    '',
    'Each kind is rendered once (lambda/core/fix) into policy JSON, an AWS CLI command and a CDK snippet.',
    '',
  );
  lines.push('| Kind | Changes |', '| --- | --- |');
  lines.push(...Object.entries(FIX_KINDS).map(([k, d]) => `| \`${k}\` | ${d} |`), '');
  return lines.join('\n');
}
