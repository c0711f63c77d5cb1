import { triggerInvokePermission } from '../../../../lambda/core/checks/invoke/trigger-permission';
import { triggerKindName } from '../../../../lambda/core/checks/shared/describe';
import { en, msg, type Lang } from '../../../../lambda/core/i18n';
import {
  TRIGGER_KINDS,
  type FunctionInfo,
  type Snapshot,
  type TriggerInfo,
} from '../../../../lambda/core/snapshot/types';
import {
  ACCOUNT,
  LOGS_ALLOW,
  NOW,
  doc,
  fn,
  role,
  snapshot,
  fnArn,
  permission,
  ruleArn,
  source,
  trigger,
  withPolicy,
} from '../../../support/factory';
import { expectLocalized, type LocalizedExpectation } from './localized';

const FN = 'b-orders';
const ARN = fnArn(FN);
const RULE = ruleArn('b-orders-nightly');
const EVENTS = 'events.amazonaws.com';
const base = fn(FN, 'b-orders-role');
const ruleTrigger = trigger('eventbridge-rule', RULE, ARN, EVENTS);

function snap(f: FunctionInfo, triggers: TriggerInfo[], extra: Partial<Snapshot> = {}): Snapshot {
  return snapshot({ functions: [f], roles: [role('b-orders-role', { logs: doc(LOGS_ALLOW) })], triggers, ...extra });
}

const run = (s: Snapshot) => triggerInvokePermission.run({ snapshot: s, fn: s.functions[0], now: NOW });

describe('LAA-TRIGGER-INVOKE-PERMISSION', () => {
  it.each<[string, Snapshot, string, number]>([
    [
      'scoped statement for the rule',
      snap(withPolicy(base, permission('rule', { Service: EVENTS }, ARN, source(RULE))), [ruleTrigger]),
      'pass',
      0,
    ],
    ['no resource policy at all', snap(base, [ruleTrigger]), 'fail', 1],
    [
      'statement for another rule',
      snap(withPolicy(base, permission('rule', { Service: EVENTS }, ARN, source(ruleArn('other')))), [ruleTrigger]),
      'fail',
      1,
    ],
    [
      'statement for the wrong service principal',
      snap(withPolicy(base, permission('rule', { Service: 'sns.amazonaws.com' }, ARN, source(RULE))), [ruleTrigger]),
      'fail',
      1,
    ],
    [
      'explicit deny in the resource policy',
      snap(
        withPolicy(base, permission('rule', { Service: EVENTS }, ARN, source(RULE)), {
          Sid: 'deny',
          Effect: 'Deny',
          Principal: '*',
          Action: 'lambda:InvokeFunction',
          Resource: ARN,
        }),
        [ruleTrigger],
      ),
      'fail',
      1,
    ],
    [
      'alias target: permission only on the unqualified function',
      snap(
        {
          ...withPolicy(base, permission('rule', { Service: EVENTS }, ARN, source(RULE))),
          qualifierPolicies: [{ qualifier: 'live', policy: null }],
        },
        [trigger('eventbridge-rule', RULE, `${ARN}:live`, EVENTS)],
      ),
      'fail',
      1,
    ],
    [
      'alias target: permission on the alias',
      snap(
        {
          ...base,
          qualifierPolicies: [
            { qualifier: 'live', policy: doc(permission('rule', { Service: EVENTS }, `${ARN}:live`, source(RULE))) },
          ],
        },
        [trigger('eventbridge-rule', RULE, `${ARN}:live`, EVENTS)],
      ),
      'pass',
      0,
    ],
    [
      'alias policy not collected: undecided',
      snap(base, [trigger('eventbridge-rule', RULE, `${ARN}:live`, EVENTS)]),
      'pass',
      0,
    ],
    [
      'Alexa trigger (event source token) is not assessed',
      snap(base, [trigger('alexa', 'amzn1.ask.skill.0000', ARN, 'alexa-appkit.amazon.com')]),
      'pass',
      0,
    ],
    [
      'no trigger for this function',
      snap(base, [trigger('eventbridge-rule', RULE, fnArn('someone-else'), EVENTS)]),
      'not-applicable',
      0,
    ],
  ])('%s', (_name, s, status, count) => {
    const r = run(s);
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('reports undecided (pass + note) when GetPolicy could not be read', () => {
    const s = snap(base, [ruleTrigger], {
      provenance: {
        takenAt: NOW.toISOString(),
        mode: 'fixture',
        collectorVersion: 't',
        partial: true,
        failedReads: [{ api: 'lambda:GetPolicy', target: ARN, errorCode: 'AccessDenied', message: 'denied' }],
      },
    });
    const r = run(s);
    expect(r.status).toBe('pass');
    expect(r.notes?.join(' ')).toMatch(/Could not decide/);
  });

  it('renders an exact add-permission fix with source ARN and account', () => {
    const bucket = 'arn:aws:s3:::b-orders-uploads';
    const r = run(snap(base, [trigger('s3', bucket, ARN, 's3.amazonaws.com')]));
    const f = r.findings[0];
    expect(f.severity).toBe('high');
    expect(f.fix?.cli).toMatch(
      new RegExp(
        `^aws lambda add-permission --function-name ${FN} --statement-id laa-s3-[0-9a-f]{8} --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn ${bucket} --source-account ${ACCOUNT}$`,
      ),
    );
    expect(f.fix?.cdk).toContain("new iam.ServicePrincipal('s3.amazonaws.com')");
    expect(f.explanation.details.join(' ')).toMatch(/assumed the function's account/);
  });

  it('puts the qualifier into the fix for alias targets', () => {
    const s = snap({ ...base, qualifierPolicies: [{ qualifier: 'live', policy: null }] }, [
      trigger('eventbridge-rule', RULE, `${ARN}:live`, EVENTS),
    ]);
    const f = run(s).findings[0];
    expect(f.fix?.cli).toContain('--qualifier live');
    expect(f.resource).toBe(`${ARN}:live`);
  });

  const BUCKET = 'arn:aws:s3:::b-orders-uploads';
  const DENY = { Sid: 'deny', Effect: 'Deny', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN };
  it.each<[string, Snapshot, Lang, LocalizedExpectation]>([
    [
      'no resource policy (ja)',
      snap(base, [ruleTrigger]),
      'ja',
      {
        title: `${EVENTS} は EventBridge ルール ${RULE} のイベントで ${FN} を呼び出せません`,
        ids: [FN, EVENTS, RULE],
        lines: 5,
      },
    ],
    [
      'explicit deny (de)',
      snap(withPolicy(base, permission('rule', { Service: EVENTS }, ARN, source(RULE)), DENY), [ruleTrigger]),
      'de',
      {
        title: `${EVENTS} kann ${FN} nicht für die EventBridge-Regel ${RULE} aufrufen`,
        ids: [FN, EVENTS, RULE],
        lines: 6,
      },
    ],
    [
      'alias target (ko)',
      snap({ ...base, qualifierPolicies: [{ qualifier: 'live', policy: null }] }, [
        trigger('eventbridge-rule', RULE, `${ARN}:live`, EVENTS),
      ]),
      'ko',
      {
        title: `${EVENTS}이(가) EventBridge 규칙 ${RULE}의 이벤트로 ${FN}:live을(를) 호출할 수 없습니다`,
        ids: [`${FN}:live`, EVENTS, RULE],
        lines: 6,
      },
    ],
    [
      'S3 bucket, account assumed (fr)',
      snap(base, [trigger('s3', BUCKET, ARN, 's3.amazonaws.com')]),
      'fr',
      {
        title: `s3.amazonaws.com ne peut pas appeler ${FN} pour le compartiment S3 ${BUCKET}`,
        ids: [FN, 's3.amazonaws.com', BUCKET],
        lines: 6,
      },
    ],
  ])('localized: %s', (_name, s, lang, want) => {
    expectLocalized(run(s).findings[0], lang, want);
  });

  it.each(TRIGGER_KINDS)('the English title names a %s trigger as describe.ts does', (kind) => {
    const title = en(
      msg('invoke.trigger.title', { service: 's', target: 't', source: 'x', kind: kind.replace(/-/g, '_') }),
    );
    expect(title).toBe(`s cannot invoke t for ${triggerKindName(kind)} x`);
  });
});
