import { exposureConfusedDeputy } from '../../../../lambda/core/checks/exposure/confused-deputy';
import type { FunctionInfo, TriggerInfo } from '../../../../lambda/core/snapshot/types';
import {
  ACCOUNT,
  NOW,
  fn,
  snapshot,
  fnArn,
  permission,
  ruleArn,
  source,
  trigger,
  withPolicy,
} from '../../../support/factory';

const ARN = fnArn('b-ingest');
const base = fn('b-ingest', 'b-ingest-role');
const BUCKET = 'arn:aws:s3:::b-ingest-drop';
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:b-ingest-topic`;
const s3Trigger = trigger('s3', BUCKET, ARN, 's3.amazonaws.com');

const run = (f: FunctionInfo, triggers: TriggerInfo[] = []) =>
  exposureConfusedDeputy.run({ snapshot: snapshot({ functions: [f], triggers }), fn: f, now: NOW });

describe('LAA-EXPOSURE-CONFUSED-DEPUTY', () => {
  it.each<[string, FunctionInfo, TriggerInfo[], string, number]>([
    [
      'SNS grant without any condition',
      withPolicy(base, permission('sns', { Service: 'sns.amazonaws.com' }, ARN)),
      [],
      'fail',
      1,
    ],
    [
      'SNS grant scoped to the topic',
      withPolicy(
        base,
        permission('sns', { Service: 'sns.amazonaws.com' }, ARN, { ArnLike: { 'AWS:SourceArn': TOPIC } }),
      ),
      [],
      'pass',
      0,
    ],
    [
      'EventBridge grant scoped by SourceAccount only',
      withPolicy(
        base,
        permission('ev', { Service: 'events.amazonaws.com' }, ARN, { StringEquals: { 'AWS:SourceAccount': ACCOUNT } }),
      ),
      [],
      'pass',
      0,
    ],
    [
      'S3 grant with the bucket ARN but no SourceAccount',
      withPolicy(
        base,
        permission('s3', { Service: 's3.amazonaws.com' }, ARN, { ArnLike: { 'AWS:SourceArn': BUCKET } }),
      ),
      [s3Trigger],
      'fail',
      1,
    ],
    [
      'S3 grant with bucket ARN and SourceAccount',
      withPolicy(base, permission('s3', { Service: 's3.amazonaws.com' }, ARN, source(BUCKET))),
      [s3Trigger],
      'pass',
      0,
    ],
    [
      'only a public "*" statement (not a service)',
      withPolicy(base, permission('open', '*', ARN)),
      [],
      'not-applicable',
      0,
    ],
    ['no resource policy', base, [], 'not-applicable', 0],
  ])('%s', (_name, f, triggers, status, count) => {
    const r = run(f, triggers);
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('proposes the scoped statement with the known trigger source', () => {
    const f = run(withPolicy(base, permission('rule', { Service: 'events.amazonaws.com' }, ARN)), [
      trigger('eventbridge-rule', ruleArn('b-ingest-rule'), ARN, 'events.amazonaws.com'),
    ]).findings[0];
    expect(f.severity).toBe('medium');
    expect(f.fix?.cli).toContain('aws lambda remove-permission --function-name b-ingest --statement-id rule');
    expect(f.fix?.cli).toContain(`--source-arn ${ruleArn('b-ingest-rule')} --source-account ${ACCOUNT}`);
    expect(f.explanation.statements[0].sid).toBe('rule');
  });
});
