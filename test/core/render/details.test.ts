import { renderAllDetails, renderFindingDetails } from '../../../lambda/core/render/details';
import { ALL_FINDINGS, PRINCIPAL_FINDING, ROLE_FINDING } from '../../support/factory';

describe('renderFindingDetails', () => {
  const text = renderFindingDetails(ROLE_FINDING, 1);

  it.each([
    ['header with number, severity, check and target', '[1] HIGH  LAA-ROLE-DENIED-ACTION  orders-api'],
    ['one-line summary', 'No identity-based policy of role orders-api-role allows dynamodb:PutItem'],
    ['decision and deciding layer', 'Decision: implicitly denied (no identity-based policy allows it)'],
    ['evidence statement with Sid', 'Allow in orders-api-role inline policy table-read, Sid "ReadOrders"'],
    ['near miss', 'Sid ReadOrders allows dynamodb:GetItem, not dynamodb:PutItem'],
    ['who, with access key and IP', 'AssumedRole), access key ASIAEXAMPLEKEY123456, from 203.0.113.7'],
    ['exact UTC time', 'When: 2026-11-20T10:15:42Z (UTC)'],
    ['request and event IDs', 'IDs:  event EV-1, request REQ-1'],
    ['fix summary', 'Allow dynamodb:PutItem on the orders table'],
    ['policy JSON, indented', '"Action": "dynamodb:PutItem"'],
    ['AWS CLI', 'aws iam put-role-policy --role-name orders-api-role'],
    ['CDK', 'table.grantWriteData(fn);'],
    ['notes', '- IAM changes can take a few seconds to propagate.'],
    [
      'references',
      'Lambda execution role: https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    ],
    ['fingerprint and occurrences', 'Fingerprint: aaaaaaaaaaaaaaaa  Occurrences: 3'],
  ])('shows the %s', (_what, expected) => {
    expect(text).toContain(expected);
  });

  it.each([
    ['a plain detail gets a bullet', 'Layers not visible:', '    · Layers not visible:'],
    ['a list item is indented, not bulleted twice', '- service control policies', '      - service control policies'],
  ])('%s', (_what, detail, line) => {
    const finding = { ...ROLE_FINDING, explanation: { ...ROLE_FINDING.explanation, details: [detail] } };
    const lines = renderFindingDetails(finding, 1).split('\n');
    expect(lines).toContain(line);
  });

  it('omits blocks a finding does not have', () => {
    const out = renderFindingDetails(PRINCIPAL_FINDING, 4);
    expect(out).not.toContain('Event');
    expect(out).not.toContain('Policy JSON');
    expect(out).not.toContain('References');
    expect(out).toContain('[4] LOW  LAA-HYGIENE-DEPRECATED-POLICY  arn:aws:iam::111122223333:user/ci-deployer');
  });

  it('numbers all findings like the table', () => {
    const all = renderAllDetails(ALL_FINDINGS);
    ALL_FINDINGS.forEach((f, i) => expect(all).toContain(`[${i + 1}] ${f.severity.toUpperCase()}  ${f.checkId}`));
  });
});
