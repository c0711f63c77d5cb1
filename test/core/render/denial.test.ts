import { renderDenial } from '../../../lambda/core/render/denial';
import type { DeniedRequest } from '../../../lambda/core/cloudtrail/types';
import { DENIAL } from '../../support/factory';
import { t, type Lang, type MessageKey } from '../../../lambda/core/i18n';
import { EN } from '../../../lambda/core/i18n/catalog/en';
import { PLAIN_STYLE } from '../../../lambda/core/render/style';
import { displayWidth } from '../../../lambda/core/render/width';

describe('renderDenial', () => {
  it.each([
    ['heading', 'Denied: dynamodb:PutItem (dynamodb.amazonaws.com PutItem)'],
    ['time', 'Time (UTC)    2026-11-20T10:15:42Z'],
    ['caller', 'Caller        arn:aws:sts::111122223333:assumed-role/orders-api-role/orders-api (AssumedRole)'],
    ['reason', 'no identity-based policy allows it (implicit deny)'],
    ['class', 'Class         execution-role'],
    ['classification reasons', '    - session name orders-api looks like a function name'],
  ])('shows the %s', (_what, expected) => {
    expect(renderDenial(DENIAL)).toContain(expected);
  });

  it.each<[DeniedRequest['reason'], string]>([
    [
      { kind: 'explicit', policyTypeText: 'service control policy', policyArn: 'arn:aws:organizations::1:policy/p' },
      'explicit deny in a service control policy (arn:aws:organizations::1:policy/p)',
    ],
    [
      { kind: 'explicit', policyTypeText: 'identity-based policy' },
      'Why (AWS)     explicit deny in an identity-based policy',
    ],
    [
      { kind: 'explicit', policyTypeText: 'resource-based policy' },
      'Why (AWS)     explicit deny in a resource-based policy',
    ],
    [{ kind: 'explicit', policyTypeText: 'role trust policy' }, 'Why (AWS)     explicit deny in the role trust policy'],
    [{ kind: 'explicit', policyType: 'identity' }, 'Why (AWS)     explicit deny in an identity-based policy'],
    [{ kind: 'explicit' }, 'Why (AWS)     explicit deny in a policy'],
    [
      { kind: 'implicit', policyType: 'permissions-boundary' },
      'Why (AWS)     no permissions boundary allows it (implicit deny)',
    ],
    [{ kind: 'unknown' }, 'not stated by the error message'],
  ])('explains reason %j', (reason, expected) => {
    expect(renderDenial({ ...DENIAL, reason })).toContain(expected);
  });

  it.each<[Partial<DeniedRequest>, string]>([
    [
      { eventName: 'UpdateFunctionCode20150331v2' },
      'Denied: dynamodb:PutItem (dynamodb.amazonaws.com UpdateFunctionCode)',
    ],
    [{ eventName: 'AddPermission20150331' }, '(dynamodb.amazonaws.com AddPermission)'],
    [{ resourceSource: 'request-parameters' }, 'table/orders (from the request parameters)'],
    [{ resourceSource: 'message' }, 'table/orders (from the error message)'],
    [{ resourceSource: undefined }, 'table/orders (source unknown)'],
  ])('words %j', (change, expected) => {
    expect(renderDenial({ ...DENIAL, ...change })).toContain(expected);
  });

  it('leaves out rows without a value', () => {
    const out = renderDenial({ ...DENIAL, requestId: undefined, vpcEndpointId: undefined });
    expect(out).not.toContain('Request ID');
    expect(out).not.toContain('VPC endpoint');
  });

  it.each([
    [
      'de',
      'Verweigert: dynamodb:PutItem (dynamodb.amazonaws.com PutItem)',
      'keine identitätsbasierte Richtlinie erlaubt es',
    ],
    ['fr', 'Refusé : dynamodb:PutItem (dynamodb.amazonaws.com PutItem)', 'refus implicite'],
    ['ja', '拒否: dynamodb:PutItem (dynamodb.amazonaws.com PutItem)', '暗黙的な拒否'],
    ['ko', '거부됨: dynamodb:PutItem (dynamodb.amazonaws.com PutItem)', '암시적 거부'],
  ] as const)('%s: labels and sentences in that language, identifiers verbatim', (lang, heading, why) => {
    const out = renderDenial(DENIAL, PLAIN_STYLE, lang);
    expect(out.split('\n')[0]).toBe(heading);
    expect(out).toContain(why);
    expect(out).toContain('arn:aws:sts::111122223333:assumed-role/orders-api-role/orders-api (AssumedRole)');
    expect(out).toContain('    - session name orders-api looks like a function name');
    expect(out).not.toContain('Caller');
  });

  it.each([
    [
      { kind: 'explicit', policyTypeText: 'service control policy' },
      'de',
      'explizite Verweigerung in Service-Kontrollrichtlinie',
    ],
    [
      { kind: 'explicit', policyTypeText: 'some new policy kind' },
      'de',
      'explizite Verweigerung in some new policy kind',
    ],
    [{ kind: 'implicit', policyType: 'permissions-boundary' }, 'ja', 'これを許可するアクセス許可の境界がありません'],
  ] as [DeniedRequest['reason'], Lang, string][])('names the policy of %j in %s', (reason, lang, expected) => {
    expect(renderDenial({ ...DENIAL, reason }, PLAIN_STYLE, lang)).toContain(expected);
  });

  it.each(['en', 'de', 'ja'] as const)('%s: the values of every row start in one column', (lang) => {
    const labels = Object.keys(EN)
      .filter((k) => k.startsWith('report.denial.') && !EN[k as MessageKey].includes('{'))
      .map((k) => t(lang, k as MessageKey));
    const rows = renderDenial(DENIAL, PLAIN_STYLE, lang)
      .split('\n')
      .slice(1)
      .filter((line) => line !== '' && !line.startsWith('    - ') && !line.endsWith(':'));
    const columns = rows.map((line) => {
      const label = labels.find((l) => line.startsWith(`  ${l}`)) ?? '(no label)';
      const gap = /^ +/.exec(line.slice(2 + label.length))?.[0].length ?? 0;
      return gap > 0 ? 2 + displayWidth(label) + gap : -1;
    });
    expect(columns.length).toBeGreaterThan(8);
    expect(new Set(columns).size).toBe(1);
  });
});
