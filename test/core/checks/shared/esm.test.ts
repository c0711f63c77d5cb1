/** sourceName: the human name of an event source mapping's source, used in titles and summaries. */
import { sourceName, sourceParams } from '../../../../lambda/core/checks/shared/esm';
import { en, formatRef, msg } from '../../../../lambda/core/i18n';
import type { EventSourceMappingInfo } from '../../../../lambda/core/snapshot/types';

const A = '111122223333';
const esm = (kind: EventSourceMappingInfo['kind'], eventSourceArn?: string): EventSourceMappingInfo => ({
  uuid: 'u-1',
  kind,
  ...(eventSourceArn ? { eventSourceArn } : {}),
});

const CASES: [EventSourceMappingInfo, string][] = [
  [esm('sqs', `arn:aws:sqs:us-east-1:${A}:a-incoming`), 'SQS queue a-incoming'],
  [esm('kinesis', `arn:aws:kinesis:us-east-1:${A}:stream/a-clicks`), 'Kinesis stream a-clicks'],
  [
    esm('dynamodb', `arn:aws:dynamodb:us-east-1:${A}:table/orders/stream/2026-01-01T00:00:00.000`),
    'the DynamoDB stream of table orders',
  ],
  [esm('msk', `arn:aws:kafka:us-east-1:${A}:cluster/a-events/4f1c2b7e-2`), 'MSK cluster a-events'],
  [esm('mq', `arn:aws:mq:us-east-1:${A}:broker:b-1:b-1234`), 'Amazon MQ broker b-1'],
  [esm('documentdb', `arn:aws:rds:us-east-1:${A}:cluster:docs`), 'DocumentDB cluster docs'],
  [esm('kafka'), 'its Kafka cluster'],
  [esm('unknown', 'not-an-arn'), 'not-an-arn'],
];

describe('sourceName', () => {
  it.each(CASES)('%j → %s', (mapping, expected) => {
    expect(sourceName(mapping)).toBe(expected);
  });
});

describe('sourceParams', () => {
  it.each(CASES)('%j: catalog messages name the source as sourceName does in English', (mapping, expected) => {
    const ref = msg('req.esm.signalTitle', { fn: 'a-fn', ...sourceParams(mapping) });
    expect(en(ref)).toBe(`a-fn: event source mapping from ${expected} reports an authorization error`);
    const ja = formatRef('ja', ref);
    expect(ja).not.toMatch(/\b(?:its|the|queue|stream|cluster|broker)\b/);
    if (mapping.eventSourceArn) expect(ja).toContain(/[^ ]+$/.exec(expected)?.[0]);
  });
});
