import { orphanedStatement } from '../../../../lambda/core/checks/invoke/orphaned-statement';
import { sourceExists } from '../../../../lambda/core/checks/shared/inventory';
import type { Lang } from '../../../../lambda/core/i18n';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { NOW, doc, fn, snapshot, fnArn, permission, ruleArn, source, withPolicy } from '../../../support/factory';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { expectLocalized, type LocalizedExpectation } from './localized';

const ARN = fnArn('b-cleanup');
const RULE = ruleArn('b-cleanup-hourly');
const GONE = ruleArn('b-cleanup-legacy');
const EVENTS = { Service: 'events.amazonaws.com' };
const base = fn('b-cleanup', 'b-cleanup-role');

function snap(statements: Record<string, unknown>[], inventory: Snapshot['inventory']): Snapshot {
  return snapshot({ functions: [statements.length ? withPolicy(base, ...statements) : base], inventory });
}

const run = (s: Snapshot) => orphanedStatement.run({ snapshot: s, fn: s.functions[0], now: NOW });

describe('LAA-TRIGGER-ORPHANED-STATEMENT', () => {
  it.each<[string, Snapshot, string, number]>([
    [
      'source still exists',
      snap([permission('hourly', EVENTS, ARN, source(RULE))], { 'eventbridge-rule': { complete: true, arns: [RULE] } }),
      'pass',
      0,
    ],
    [
      'source deleted, complete inventory',
      snap([permission('hourly', EVENTS, ARN, source(RULE)), permission('legacy', EVENTS, ARN, source(GONE))], {
        'eventbridge-rule': { complete: true, arns: [RULE] },
      }),
      'fail',
      1,
    ],
    [
      'source missing but inventory incomplete',
      snap([permission('legacy', EVENTS, ARN, source(GONE))], { 'eventbridge-rule': { complete: false, arns: [] } }),
      'pass',
      0,
    ],
    ['no inventory for the kind', snap([permission('legacy', EVENTS, ARN, source(GONE))], {}), 'pass', 0],
    [
      'source in another account is not judged',
      snap(
        [permission('x', EVENTS, ARN, source('arn:aws:events:us-east-1:444455556666:rule/theirs', '444455556666'))],
        {
          'eventbridge-rule': { complete: true, arns: [] },
        },
      ),
      'pass',
      0,
    ],
    ['no resource policy', snap([], {}), 'not-applicable', 0],
  ])('%s', (_name, s, status, count) => {
    const r = run(s);
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('names the statement and renders remove-permission', () => {
    const s = snap([permission('legacy', EVENTS, ARN, source(GONE))], {
      'eventbridge-rule': { complete: true, arns: [RULE] },
    });
    const f = run(s).findings[0];
    expect(f.severity).toBe('low');
    expect(f.title).toContain(GONE);
    expect(f.explanation.statements[0].sid).toBe('legacy');
    expect(f.fix?.cli).toBe('aws lambda remove-permission --function-name b-cleanup --statement-id legacy');
  });

  const COMPLETE = { 'eventbridge-rule': { complete: true, arns: [RULE] } };
  it.each<[string, Snapshot, Lang, LocalizedExpectation]>([
    [
      'unqualified policy (ja)',
      snap([permission('legacy', EVENTS, ARN, source(GONE))], COMPLETE),
      'ja',
      {
        title: `b-cleanup のリソースベースのポリシーは、存在しなくなった ${GONE} について今も events.amazonaws.com に呼び出しを許可しています`,
        ids: ['legacy', 'events.amazonaws.com', GONE],
        lines: 1,
      },
    ],
    [
      'alias policy (de)',
      snapshot({
        functions: [
          {
            ...base,
            qualifierPolicies: [
              { qualifier: 'live', policy: doc(permission('old', EVENTS, `${ARN}:live`, source(GONE))) },
            ],
          },
        ],
        inventory: COMPLETE,
      }),
      'de',
      {
        title: `Ressourcenbasierte Richtlinie von b-cleanup:live erlaubt events.amazonaws.com weiterhin Aufrufe für ${GONE}, obwohl diese Quelle nicht mehr existiert`,
        ids: ['old', 'events.amazonaws.com', GONE],
        lines: 1,
      },
    ],
  ])('localized: %s', (_name, s, lang, want) => {
    const [f] = run(s).findings;
    expectLocalized(f, lang, want);
  });

  it.each<[Lang, string]>([
    ['ja', 'リソースベースのポリシー b-cleanup の Sid "legacy" にある Allow'],
    ['de', 'Allow – ressourcenbasierte Richtlinie b-cleanup, Sid "legacy"'],
  ])('%s: the evidence names the function policy with the translated policy type', (lang, line) => {
    const [f] = run(snap([permission('legacy', EVENTS, ARN, source(GONE))], COMPLETE)).findings;
    expect(f.explanation.statements[0].policy).toBe('resource policy of b-cleanup');
    const body = renderEmailBody(f, lang);
    expect(body).toContain(line);
    expect(body).not.toContain('resource policy of b-cleanup');
    expect(renderEmailBody(f, 'en')).toContain('Allow in resource policy of b-cleanup, Sid "legacy"');
  });

  it.each<[string, string, boolean]>([
    [
      'arn:aws:execute-api:us-east-1:111122223333:abc123/*/GET/orders',
      'arn:aws:execute-api:us-east-1:111122223333:abc123',
      true,
    ],
    [
      'arn:aws:execute-api:us-east-1:111122223333:zzz999/*/GET/orders',
      'arn:aws:execute-api:us-east-1:111122223333:abc123',
      false,
    ],
    [
      'arn:aws:logs:us-east-1:111122223333:log-group:/app/orders:*',
      'arn:aws:logs:us-east-1:111122223333:log-group:/app/orders',
      true,
    ],
    ['arn:aws:events:us-east-1:111122223333:rule/b-*', 'arn:aws:events:us-east-1:111122223333:rule/b-x', true],
    ['arn:aws:s3:::bucket-a', 'arn:aws:s3:::bucket-ab', false],
  ])('sourceExists(%s, %s) = %s', (pattern, existing, expected) => {
    expect(sourceExists(pattern, existing)).toBe(expected);
  });
});
