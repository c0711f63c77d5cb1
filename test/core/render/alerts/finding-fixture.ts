/**
 * A realistic event-driven finding (and variations) shared by the alert renderer, publish and handler tests.
 */
import type { Finding } from '../../../../lambda/core/findings/types';

/** An execution-role denial of s3:GetObject, with event, explanation and fix. */
export function sampleFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    checkId: 'LAA-ROLE-DENIED-ACTION',
    category: 'execution-role',
    severity: 'high',
    function: {
      name: 'orders-processor',
      arn: 'arn:aws:lambda:eu-west-1:111122223333:function:orders-processor',
      account: '111122223333',
      region: 'eu-west-1',
    },
    title: 'orders-processor cannot s3:GetObject on arn:aws:s3:::orders-bucket/incoming/*',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::orders-bucket/incoming/2026/11/23/order-1.json',
    explanation: {
      summary: 'No identity-based policy of role orders-processor-role allows s3:GetObject on this object.',
      decision: 'ImplicitlyDenied',
      decidingPolicyType: 'identity',
      statements: [
        {
          policy: 'orders-processor-role/inline:s3-read',
          policyType: 'identity',
          sid: 'ReadOtherPrefix',
          index: 0,
          effect: 'Allow',
          statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::orders-bucket/archive/*' },
        },
      ],
      nearMisses: ['Sid "ReadOtherPrefix" allows s3:GetObject but only on arn:aws:s3:::orders-bucket/archive/*'],
      details: ['Evaluated 3 policies (1 inline, 2 managed); no permissions boundary.'],
    },
    event: {
      principal: 'arn:aws:sts::111122223333:assumed-role/orders-processor-role/orders-processor',
      principalType: 'AssumedRole',
      accessKeyId: 'ASIAEXAMPLEKEYID0001',
      sourceIp: '203.0.113.10',
      userAgent: 'aws-sdk-js/3.700.0 exec-env/AWS_Lambda_nodejs22.x',
      time: '2026-11-23T01:02:03Z',
      requestId: 'b25e0f2a-0a98-4b8f-8893-fce249e28a83',
      eventId: '560bcc37-36b9-43f4-8447-2bab2d7cd7cf',
      errorCode: 'AccessDenied',
      errorMessage:
        'User: arn:aws:sts::111122223333:assumed-role/orders-processor-role/orders-processor is not authorized to perform: s3:GetObject',
      region: 'eu-west-1',
      account: '111122223333',
    },
    fix: {
      summary: 'Allow s3:GetObject on arn:aws:s3:::orders-bucket/incoming/* for role orders-processor-role.',
      policyJson: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::orders-bucket/incoming/*' },
      cli: "aws iam put-role-policy --role-name orders-processor-role --policy-name laa-fix --policy-document '{...}'",
      cdk: "bucket.grantRead(fn, 'incoming/*');",
      notes: ['Takes effect within seconds; no redeploy needed.'],
    },
    references: [
      {
        title: 'Lambda execution role',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
      },
    ],
    fingerprint: '0123456789abcdef',
    ...overrides,
  };
}
