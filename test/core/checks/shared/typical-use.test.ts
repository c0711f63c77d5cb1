/**
 * Resource nouns of typicalUse (configured-but-unusable titles) in every language: each service's noun has a
 * `refs.noun.<service>` message whose English is the noun the finding's English text uses (issue 15).
 */
import { typicalUse } from '../../../../lambda/core/checks/shared/typical-use';
import { en, formatRef, LANGS } from '../../../../lambda/core/i18n';

const R = 'us-east-1:111122223333';
/** One ARN per service typicalUse knows, with the noun it gives. */
const ARNS: readonly (readonly [string, string])[] = [
  [`arn:aws:sqs:${R}:orders`, 'SQS queue'],
  [`arn:aws:sns:${R}:alerts.fifo`, 'SNS topic'],
  [`arn:aws:dynamodb:${R}:table/invoices`, 'DynamoDB table'],
  ['arn:aws:s3:::my-bucket', 'S3 bucket'],
  [`arn:aws:secretsmanager:${R}:secret:db-AbCdEf`, 'Secrets Manager secret'],
  [`arn:aws:ssm:${R}:parameter/app/url`, 'SSM parameter'],
  [`arn:aws:kms:${R}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, 'KMS key'],
  [`arn:aws:lambda:${R}:function:worker`, 'Lambda function'],
  [`arn:aws:events:${R}:event-bus/orders`, 'EventBridge event bus'],
  [`arn:aws:kinesis:${R}:stream/clicks`, 'Kinesis stream'],
  [`arn:aws:states:${R}:stateMachine:flow`, 'Step Functions state machine'],
];

describe('typicalUse resource nouns', () => {
  it.each(ARNS)('%s is a %s, with a message of the same English', (arn, noun) => {
    const use = typicalUse(arn)!;
    expect(use.what).toBe(noun);
    expect(en(use.whatRef)).toBe(noun);
  });

  it.each(ARNS.flatMap(([arn, noun]) => LANGS.filter((l) => l !== 'en').map((lang) => [noun, lang, arn] as const)))(
    '%s is translated in %s',
    (noun, lang, arn) => {
      const text = formatRef(lang, typicalUse(arn)!.whatRef);
      expect(text).not.toBe(noun);
      expect(text.length).toBeGreaterThan(0);
    },
  );

  it('knows no noun for a service it does not know', () => {
    expect(typicalUse(`arn:aws:ec2:${R}:instance/i-0123`)).toBeUndefined();
  });
});
