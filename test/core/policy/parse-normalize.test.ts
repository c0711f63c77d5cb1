/** parsePolicy: normalization of valid documents, size counting, robustness. */
import { parsePolicy } from '../../../lambda/core/policy';
import type { PolicySourceRef } from '../../../lambda/core/policy';

const ID: PolicySourceRef = { type: 'identity', name: 'inline', origin: 'inline' };
const V = '2012-10-17';
const st = (s: Record<string, unknown>): unknown => ({ Version: V, Statement: [s] });
const ok = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };

describe('parsePolicy normalization', () => {
  it.each([
    ['account ID', '111122223333'],
    ['account root', 'arn:aws:iam::111122223333:root'],
    ['user with path', 'arn:aws:iam::111122223333:user/division/alice'],
    ['role with path', 'arn:aws:iam::111122223333:role/service-role/app'],
    ['assumed-role session', 'arn:aws:sts::111122223333:assumed-role/app/session-1'],
    ['federated user session', 'arn:aws:sts::111122223333:federated-user/bob'],
    ['other partition', 'arn:aws-cn:iam::111122223333:root'],
  ])('accepts a %s principal without problems', (_label, arn) => {
    const p = parsePolicy(st({ ...ok, Principal: { AWS: arn } }), { type: 'resource', name: 'r' });
    expect(p.problems).toEqual([]);
    expect(p.statements[0].principal?.aws).toEqual([arn]);
  });

  it('accepts a JSON string and a single statement object', () => {
    const p = parsePolicy(JSON.stringify({ Version: V, Statement: ok }), ID);
    expect(p.problems).toEqual([]);
    expect(p.statements).toHaveLength(1);
    expect(p.statements[0]).toMatchObject({
      index: 0,
      effect: 'Allow',
      action: ['s3:GetObject'],
      resource: ['*'],
      raw: ok,
    });
  });

  it('normalizes Principal forms and condition values to strings', () => {
    const doc = st({
      ...ok,
      Principal: { AWS: ['*', '111122223333'], Service: 'lambda.amazonaws.com' },
      Condition: { NumericLessThan: { 's3:max-keys': 10 }, Bool: { 'aws:SecureTransport': true } },
    });
    const s = parsePolicy(doc, { type: 'resource', name: 'r' }).statements[0];
    expect(s.principal).toEqual({
      wildcard: true,
      aws: ['111122223333'],
      service: ['lambda.amazonaws.com'],
      federated: [],
      canonicalUser: [],
    });
    expect(s.conditions).toEqual([
      { operator: 'NumericLessThan', key: 's3:max-keys', values: ['10'] },
      { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] },
    ]);
  });

  it('counts size without whitespace', () => {
    const compact = JSON.stringify({ Version: V, Statement: [ok] });
    const pretty = JSON.stringify({ Version: V, Statement: [ok] }, null, 4);
    expect(parsePolicy(pretty, ID).size).toBe(compact.length);
  });

  it('keeps Version, Id and Sid', () => {
    const p = parsePolicy({ Version: V, Id: 'doc-1', Statement: [{ ...ok, Sid: 'Read' }] }, ID);
    expect(p).toMatchObject({ version: V, id: 'doc-1' });
    expect(p.statements[0].sid).toBe('Read');
  });

  it('handles a document with 20,000 statements', () => {
    const doc = { Version: V, Statement: Array.from({ length: 20000 }, (_, i) => ({ ...ok, Sid: `S${i}` })) };
    const p = parsePolicy(doc, ID);
    expect(p.statements).toHaveLength(20000);
    expect(p.problems.some((x) => /at most 10,240/.test(x.message))).toBe(true);
  });

  it('does not apply customer size quotas to AWS managed policies', () => {
    const big = st({ ...ok, Resource: Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) });
    const aws = parsePolicy(big, { type: 'identity', name: 'ReadOnlyAccess', origin: 'aws-managed' });
    const customer = parsePolicy(big, { type: 'identity', name: 'mine', origin: 'customer-managed' });
    expect(aws.problems).toEqual([]);
    expect(customer.problems.map((p) => p.message)).toEqual([expect.stringMatching(/at most 6,144/)]);
  });

  it('survives JSON nested 100,000 levels deep', () => {
    const text = '['.repeat(100000) + ']'.repeat(100000);
    const asText = parsePolicy(text, ID);
    expect(asText.problems.length).toBeGreaterThan(0);
    const deep = { Version: V, Statement: [{ ...ok, Condition: JSON.parse('{"StringEquals":{"k":"v"}}') as unknown }] };
    let node: Record<string, unknown> = deep.Statement[0];
    for (let i = 0; i < 20000; i++) node = (node.Nested = {}) as Record<string, unknown>;
    expect(() => parsePolicy(deep, ID)).not.toThrow();
  });

  it('survives a cyclic object', () => {
    const doc: Record<string, unknown> = { Version: V, Statement: [ok] };
    doc.self = doc;
    const p = parsePolicy(doc, ID);
    expect(p.problems.some((x) => /cannot be serialized/.test(x.message))).toBe(true);
  });
});
