import { escapeCell, renderMarkdown } from '../../../lambda/core/render/markdown';
import { summarize } from '../../../lambda/core/render/summary';
import { ALL_FINDINGS, ROLE_FINDING, RUNS } from '../../support/factory';

describe('renderMarkdown', () => {
  const md = renderMarkdown(ALL_FINDINGS, {
    title: 'Audit',
    source: 'Account 111122223333',
    summary: summarize({ findings: ALL_FINDINGS, runs: RUNS, functionsAudited: 2 }),
  });

  it.each([
    ['title', '# Audit\n'],
    ['source line', 'Account 111122223333'],
    ['summary', '- **2** functions audited, **4** findings'],
    ['table header', '| # | Severity | Target | Check | Title |'],
    [
      'table row',
      '| 1 | high | orders-api | `LAA-ROLE-DENIED-ACTION` | orders-api cannot call dynamodb:PutItem on table/orders |',
    ],
    ['section per finding', '### 1. orders-api cannot call dynamodb:PutItem on table/orders'],
    ['policy JSON block', '```json\n{\n  "Effect": "Allow"'],
    ['CLI block', '```bash\naws iam put-role-policy'],
    ['CDK block', '```ts\ntable.grantWriteData(fn);\n```'],
    ['event line with UTC time', 'at 2026-11-20T10:15:42Z UTC in us-east-1 from 203.0.113.7'],
    [
      'reference link',
      '[Lambda execution role](https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html)',
    ],
  ])('contains the %s', (_what, expected) => {
    expect(md).toContain(expected);
  });

  it('has one table row and one section per finding', () => {
    expect(md.match(/^\| \d+ \|/gm)).toHaveLength(ALL_FINDINGS.length);
    expect(md.match(/^### \d+\. /gm)).toHaveLength(ALL_FINDINGS.length);
  });

  it.each([
    ['a|b', 'a\\|b'],
    ['line\nbreak', 'line break'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes table cells: %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });

  it('escapes pipes in titles inside the table', () => {
    const out = renderMarkdown([{ ...ROLE_FINDING, title: 'a | b' }]);
    expect(out).toContain('| a \\| b |');
  });

  it('says so when there are no findings', () => {
    expect(renderMarkdown([], { title: 'T' })).toBe('# T\n\nNo findings.\n');
  });
});
