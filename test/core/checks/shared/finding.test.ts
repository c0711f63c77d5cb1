/**
 * buildFinding() and the catalog refs a rendered fix carries (issue 15): the fix's refs move into `Finding.text`
 * (the finding's fix keeps none, so JSON output is unchanged), the check's own refs win, and a fix summary ref
 * counts only while its English is still the fix summary.
 */
import { deployerDeniedAction as check } from '../../../../lambda/core/checks/deployer/denied-action';
import { buildFinding } from '../../../../lambda/core/checks/shared/finding';
import type { FindingFix, FindingText } from '../../../../lambda/core/findings/types';
import { en, lines, msg } from '../../../../lambda/core/i18n';
import { renderFix } from '../../../../lambda/core/fix';
import { localizeFinding } from '../../../../lambda/core/render/localize';

const SUMMARY = msg('fix.engine.changeDeny');
const NOTE = msg('fix.engine.managedCopy');
const OWN = msg('fix.engine.allowed');
const fix = renderFix({
  kind: 'config-change',
  summary: en(SUMMARY),
  notes: [en(NOTE)],
  text: { summary: SUMMARY, lines: [NOTE] },
});

interface Case {
  readonly name: string;
  readonly fix?: FindingFix;
  readonly text?: FindingText;
  /** Expected fix summary ref key, and the English texts of the expected lines. */
  readonly fixSummary?: string;
  readonly lines: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'no fix, no refs', lines: [] },
  { name: 'fix refs only', fix, fixSummary: 'fix.engine.changeDeny', lines: [en(NOTE)] },
  {
    name: "the check's own fix summary wins",
    fix,
    text: { fixSummary: OWN, lines: lines(OWN) },
    fixSummary: 'fix.engine.allowed',
    lines: [en(OWN), en(NOTE)],
  },
  { name: 'a rewritten summary drops the stale ref', fix: { ...fix, summary: 'Something else.' }, lines: [en(NOTE)] },
];

describe.each(CASES)('buildFinding: $name', (c) => {
  const f = buildFinding({
    check,
    title: 't',
    summary: 's',
    principal: 'p',
    ...(c.fix ? { fix: c.fix } : {}),
    text: c.text,
  });

  it('moves the refs into Finding.text', () => {
    expect(f.text?.fixSummary?.key).toBe(c.fixSummary);
    expect((f.text?.lines ?? []).map((l) => l.en)).toEqual(c.lines);
  });

  it('leaves no refs on the finding fix (JSON output unchanged)', () => {
    expect(f.fix && 'text' in f.fix).not.toBe(true);
  });

  it('renders the fix in Japanese where it has refs, else English', () => {
    const ja = localizeFinding(f, 'ja');
    if (!f.fix) return;
    expect(ja.fix?.summary === f.fix.summary).toBe(c.fixSummary === undefined);
    expect(ja.fix?.notes).not.toContain(en(NOTE));
  });
});
