import { loadActionCatalog } from '../../../lambda/catalog';
import { actionForEvent, baseEventName, canonicalAction, servicePrefix } from '../../../lambda/core/cloudtrail';

const CATALOG = loadActionCatalog();

describe('actionForEvent', () => {
  it.each([
    ['lambda.amazonaws.com', 'GetFunction20150331v2', 'lambda:GetFunction'],
    ['lambda.amazonaws.com', 'Invoke', 'lambda:InvokeFunction'],
    ['lambda.amazonaws.com', 'UpdateFunctionCode20150331v2', 'lambda:UpdateFunctionCode'],
    ['lambda.amazonaws.com', 'UpdateFunctionConfiguration20150331v2', 'lambda:UpdateFunctionConfiguration'],
    ['lambda.amazonaws.com', 'ListFunctions20150331', 'lambda:ListFunctions'],
    ['lambda.amazonaws.com', 'CreateEventSourceMapping20150331', 'lambda:CreateEventSourceMapping'],
    ['lambda.amazonaws.com', 'TagResource20170331v2', 'lambda:TagResource'],
    ['lambda.amazonaws.com', 'AddPermission20150331v2', 'lambda:AddPermission'],
    ['s3.amazonaws.com', 'ListObjects', 's3:ListBucket'],
    ['s3.amazonaws.com', 'ListObjectsV2', 's3:ListBucket'],
    ['s3.amazonaws.com', 'HeadObject', 's3:GetObject'],
    ['s3.amazonaws.com', 'HeadBucket', 's3:ListBucket'],
    ['s3.amazonaws.com', 'GetBucketLocation', 's3:GetBucketLocation'],
    ['s3.amazonaws.com', 'PutBucketNotification', 's3:PutBucketNotification'],
    ['s3.amazonaws.com', 'ListBuckets', 's3:ListAllMyBuckets'],
    ['s3.amazonaws.com', 'GetBucketEncryption', 's3:GetEncryptionConfiguration'],
    ['monitoring.amazonaws.com', 'PutMetricData', 'cloudwatch:PutMetricData'],
    ['sts.amazonaws.com', 'AssumeRole', 'sts:AssumeRole'],
    ['iam.amazonaws.com', 'GetRole', 'iam:GetRole'],
    ['sqs.amazonaws.com', 'ReceiveMessage', 'sqs:ReceiveMessage'],
    ['unknownsvc.amazonaws.com', 'DoThing', 'unknownsvc:DoThing'],
  ])('%s %s → %s', (source, name, action) => {
    expect(actionForEvent(source, name, CATALOG)).toBe(action);
  });
});

describe('canonicalAction', () => {
  it.each([
    ['SNS:Publish', 'sns:Publish'],
    ['sqs:sendmessage', 'sqs:SendMessage'],
    ['LAMBDA:INVOKEFUNCTION', 'lambda:InvokeFunction'],
    ['kms:decrypt', 'kms:Decrypt'],
    ['Foo:Bar', 'foo:Bar'],
    ['noservice', 'noservice'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalAction(raw, CATALOG)).toBe(canonical);
  });

  it.each([
    ['SNS:Publish', 'sns:Publish'],
    ['sqs:sendmessage', 'sqs:sendmessage'],
    ['LAMBDA:INVOKEFUNCTION', 'lambda:INVOKEFUNCTION'],
    ['noservice', 'noservice'],
  ])('without a catalog only lower-cases the prefix: %s → %s', (raw, expected) => {
    expect(canonicalAction(raw)).toBe(expected);
  });

  it('without a catalog maps event names but keeps their spelling', () => {
    expect(actionForEvent('s3.amazonaws.com', 'ListObjectsV2')).toBe('s3:ListBucket');
    expect(actionForEvent('lambda.amazonaws.com', 'GetFunction20150331v2')).toBe('lambda:GetFunction');
  });
});

describe('servicePrefix / baseEventName', () => {
  it.each([
    ['lambda.amazonaws.com', 'lambda'],
    ['monitoring.amazonaws.com', 'cloudwatch'],
    ['tagging.amazonaws.com', 'tag'],
    ['secretsmanager.amazonaws.com', 'secretsmanager'],
  ])('%s → %s', (source, prefix) => {
    expect(servicePrefix(source)).toBe(prefix);
  });

  it.each([
    ['lambda.amazonaws.com', 'GetFunction20150331v2', 'GetFunction'],
    ['lambda.amazonaws.com', 'Invoke', 'Invoke'],
    ['s3.amazonaws.com', 'ListObjectsV2', 'ListObjectsV2'],
    ['ec2.amazonaws.com', 'Describe20150331', 'Describe20150331'],
  ])('%s %s → %s', (source, name, base) => {
    expect(baseEventName(source, name)).toBe(base);
  });
});
