import { decodePolicyDocument, parseResourcePolicy } from '../../../lambda/aws/collect/decode';

const DOC = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a key' }],
};

describe('decodePolicyDocument', () => {
  it.each([
    ['RFC 3986 encoding as IAM returns it', encodeURIComponent(JSON.stringify(DOC))],
    ['plain JSON (nothing to decode)', JSON.stringify(DOC)],
    ['pretty-printed and encoded', encodeURIComponent(JSON.stringify(DOC, null, 2))],
  ])('decodes %s', (_label, input) => {
    expect(decodePolicyDocument(input)).toEqual({ ok: true, value: DOC });
  });

  it.each([
    ['truncated JSON', '%7B%22Version', /not valid JSON/],
    ['a malformed escape', '%E0%A4%A', /not URL-encoded text/],
    ['a JSON array', encodeURIComponent('[1,2]'), /not a JSON object/],
    ['JSON null', 'null', /not a JSON object/],
  ])('returns %s as an error value', (_label, input, message) => {
    const result = decodePolicyDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('PolicyDecodeError');
      expect(result.error.message).toMatch(message);
    }
  });
});

describe('parseResourcePolicy', () => {
  it('parses the plain JSON string of Lambda GetPolicy without URL-decoding it', () => {
    const doc = { Statement: [{ Sid: '100%-sure', Effect: 'Allow' }] };
    expect(parseResourcePolicy(JSON.stringify(doc))).toEqual({ ok: true, value: doc });
  });

  it('returns invalid JSON as an error value', () => {
    expect(parseResourcePolicy('{').ok).toBe(false);
  });
});
