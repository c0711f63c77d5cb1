import { S3_NOTIFICATION_DESTINATION } from '../../../../lambda/core/checks/invoke/s3-notification-destination';
import { FX_ACCOUNT, auditFindings, docOf, fxFunction, fxSnapshot, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';

// Fixtures: S3 InvalidArgument "Unable to validate the following destination configurations" (S3 API
// reference PutBucketNotificationConfiguration; see test/fixtures/cloudtrail-matrix/specials.ts).
const TO_LAMBDA = fixtureDenial('special-s3-notification-lambda-destination');
const TO_SQS = fixtureDenial('special-s3-notification-sqs-destination');
const BUCKET = 'arn:aws:s3:::orders-uploads';

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
});
