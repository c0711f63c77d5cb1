import type { Finding } from '../../../lambda/core/findings/types';
import { ANSI_STYLE, stripAnsi } from '../../../lambda/core/render/style';
import { findingTarget, renderFindingsTable } from '../../../lambda/core/render/table';
import { ACCOUNT_FINDING, ALL_FINDINGS, PRINCIPAL_FINDING, ROLE_FINDING } from '../../support/factory';

describe('renderFindingsTable', () => {
  it('says so when there are no findings', () => {
    expect(renderFindingsTable([])).toBe('No findings.\n');
  });

  it('aligns every column under its header', () => {
    const lines = renderFindingsTable(ALL_FINDINGS).trimEnd().split('\n');
    expect(lines).toHaveLength(ALL_FINDINGS.length + 1);
    const checkCol = lines[0].indexOf('CHECK');
    const titleCol = lines[0].indexOf('TITLE');
    ALL_FINDINGS.forEach((f, i) => {
      expect(lines[i + 1].indexOf(f.checkId)).toBe(checkCol);
      expect(lines[i + 1].indexOf(f.title)).toBe(titleCol);
    });
  });

  it.each<[string, Finding, string]>([
    ['function name', ROLE_FINDING, 'orders-api'],
    ['principal ARN', PRINCIPAL_FINDING, 'arn:aws:iam::111122223333:user/ci-deployer'],
    ['(account)', ACCOUNT_FINDING, '(account)'],
  ])('targets a finding by its %s', (_label, finding, expected) => {
    expect(findingTarget(finding)).toBe(expected);
  });

  it('shortens principal ARNs to their name in the table', () => {
    const row = renderFindingsTable([PRINCIPAL_FINDING]).split('\n')[1];
    expect(row).toContain(' ci-deployer ');
    expect(row).not.toContain('arn:aws:iam');
  });

  it('truncates titles to the given width with an ellipsis', () => {
    const lines = renderFindingsTable([ROLE_FINDING], { width: 70 }).trimEnd().split('\n');
    expect(lines[1].length).toBeLessThanOrEqual(70);
    expect(lines[1].endsWith('…')).toBe(true);
  });

  it('never truncates titles below 20 characters', () => {
    const row = renderFindingsTable([ROLE_FINDING], { width: 10 }).split('\n')[1];
    expect(row.split('  ').pop()).toHaveLength(20);
  });

  it('is plain text by default and colors severities with the ANSI style', () => {
    expect(renderFindingsTable(ALL_FINDINGS)).not.toContain('\u001b[');
    const colored = renderFindingsTable([ROLE_FINDING], { style: ANSI_STYLE });
    expect(colored).toContain('\u001b[31mHIGH');
    expect(stripAnsi(colored)).toBe(renderFindingsTable([ROLE_FINDING]));
  });
});
