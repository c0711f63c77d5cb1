import { S3_NOTIFICATION_DESTINATION } from '../../../../lambda/core/checks/invoke/s3-notification-destination';
import { FX_ACCOUNT, auditFindings, docOf, fxFunction, fxSnapshot, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { Lang } from '../../../../lambda/core/i18n';
import { expectLocalized, type LocalizedExpectation } from './localized';

// Fixtures: S3 InvalidArgument "Unable to validate the following destination configurations" (S3 API
// reference PutBucketNotificationConfiguration; see test/fixtures/cloudtrail-matrix/specials.ts).
const TO_LAMBDA = fixtureDenial('special-s3-notification-lambda-destination');
const TO_SQS = fixtureDenial('special-s3-notification-sqs-destination');
const BUCKET = 'arn:aws:s3:::orders-uploads';
const TOPIC = `arn:aws:sns:eu-west-1:${FX_ACCOUNT}:upload-alerts`;
const S3_MESSAGE = 'Unable to validate the following destination configurations';

/** The SQS fixture turned into an SNS destination of a request that named no bucket, by a caller without ARN. */
function toTopicWithoutBucket(): DeniedRequest {
  const flags = (TO_SQS.classification.flags ?? []).map((f) =>
    f.code === 's3-notification-destination' ? { ...f, data: { destinations: TOPIC } } : f,
  );
  const { arn: _arn, ...caller } = TO_SQS.caller;
  return { ...TO_SQS, caller, classification: { ...TO_SQS.classification, flags } };
}

describe('LAA-S3-NOTIFICATION-DESTINATION', () => {
  it('Lambda destination: add-permission for s3.amazonaws.com with SourceArn and SourceAccount', () => {
    const [f] = runOn(S3_NOTIFICATION_DESTINATION, TO_LAMBDA).findings;
    expect(f.fix).toMatchObject({ kind: 'lambda-permission', targetLayer: 'resource' });
    expect(f.fix?.cli).toContain('--principal s3.amazonaws.com');
    expect(f.fix?.cli).toContain(`--source-arn ${BUCKET}`);
    expect(f.fix?.cli).toContain(`--source-account ${FX_ACCOUNT}`);
    expect(f.explanation.decidingPolicyType).toBe('resource');
  });

  it('SQS destination: a queue-policy statement for s3.amazonaws.com scoped to the bucket and account', () => {
    const [f] = runOn(S3_NOTIFICATION_DESTINATION, TO_SQS).findings;
    expect(f.fix).toMatchObject({ kind: 'resource-statement', targetLayer: 'resource' });
    expect(f.fix?.policyJson).toMatchObject({
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Condition: { ArnLike: { 'aws:SourceArn': BUCKET }, StringEquals: { 'aws:SourceAccount': FX_ACCOUNT } },
    });
  });

  it.each([
    ['the policy already lets S3 invoke it', { ArnLike: { 'AWS:SourceArn': BUCKET } }, 'pass', 0],
    [
      'the policy lets S3 invoke it for another bucket only',
      { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::other' } },
      'fail',
      1,
    ],
  ])('function in the snapshot: %s', (_n, condition, status, count) => {
    const fn = fxFunction('thumbnailer', undefined, {
      resourcePolicy: docOf({
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: `arn:aws:lambda:eu-west-1:${FX_ACCOUNT}:function:thumbnailer`,
        Condition: condition,
      }),
    });
    const out = runOn(S3_NOTIFICATION_DESTINATION, TO_LAMBDA, fxSnapshot({ functions: [fn] }));
    expect(out.status).toBe(status);
    expect(out.findings).toHaveLength(count);
    if (count) expect(out.findings[0].function?.name).toBe('thumbnailer');
  });

  it('not applicable without the flag', () => {
    expect(runOn(S3_NOTIFICATION_DESTINATION, fixtureDenial('special-user-invoke-identity-implicit')).status).toBe(
      'not-applicable',
    );
  });

  it('is the only finding of the audit (the caller is not blamed)', () => {
    expect(auditFindings(TO_LAMBDA).map((f) => f.checkId)).toEqual(['LAA-S3-NOTIFICATION-DESTINATION']);
  });

  it('names no bucket and no caller ARN when the request gives none (SNS destination)', () => {
    const [f] = runOn(S3_NOTIFICATION_DESTINATION, toTopicWithoutBucket()).findings;
    expect(f.title).toBe(
      'S3 cannot deliver bucket notifications to upload-alerts: its resource policy does not allow s3.amazonaws.com',
    );
    expect(f.explanation.summary).toBe(
      `S3 refused the notification configuration of the bucket ("${S3_MESSAGE}"): the policy of ${TOPIC} must allow s3.amazonaws.com sns:Publish, scoped with aws:SourceArn / aws:SourceAccount.`,
    );
    expect(f.explanation.details[0]).toBe(
      "The caller called PutBucketNotificationConfiguration; the caller's permissions are not the problem.",
    );
    expect(f.fix?.summary).toBe(
      'Let s3.amazonaws.com sns:Publish upload-alerts in its topic policy, scoped to the bucket and account.',
    );
  });

  it.each<[string, () => DeniedRequest, Lang, LocalizedExpectation]>([
    [
      'Lambda destination (ja)',
      () => TO_LAMBDA,
      'ja',
      {
        title:
          'S3 は orders-uploads の通知を thumbnailer に配信できません: リソースベースのポリシーが s3.amazonaws.com を許可していません',
        ids: [BUCKET, S3_MESSAGE, 's3.amazonaws.com', 'lambda:InvokeFunction'],
        lines: 2,
      },
    ],
    [
      'SQS destination (ko)',
      () => TO_SQS,
      'ko',
      {
        title:
          'S3가 orders-uploads 알림을 upload-events에 전송할 수 없습니다. 리소스 기반 정책이 s3.amazonaws.com을(를) 허용하지 않습니다',
        ids: [BUCKET, S3_MESSAGE, 's3.amazonaws.com', 'sqs:SendMessage'],
        lines: 4, // with the resource-statement renderer's note
      },
    ],
    [
      'SNS destination, no bucket, no caller ARN (fr)',
      toTopicWithoutBucket,
      'fr',
      {
        title:
          'S3 ne peut pas livrer les notifications du compartiment à upload-alerts : sa politique basée sur les ressources n’autorise pas s3.amazonaws.com',
        ids: [TOPIC, S3_MESSAGE, 's3.amazonaws.com', 'sns:Publish'],
        lines: 4, // with the resource-statement renderer's note
      },
    ],
  ])('localized: %s', (_name, denial, lang, want) => {
    const [f] = runOn(S3_NOTIFICATION_DESTINATION, denial()).findings;
    expectLocalized(f, lang, want);
  });
});
