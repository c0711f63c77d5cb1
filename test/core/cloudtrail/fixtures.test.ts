/**
 * Every fixture pair under test/fixtures/cloudtrail: `<name>.json` (what AWS sends, or a malformed
 * variant) and `<name>.expected.json` (expected DeniedRequest subset or expected error, plus whether
 * the deployed EventBridge pattern delivers it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DENIAL_EVENT_PATTERN, matchesEventPattern, parseDenial } from '../../../lambda/core/cloudtrail';
import { loadActionCatalog } from '../../../lambda/catalog';

const CATALOG = loadActionCatalog();

const DIR = join(__dirname, '../../fixtures/cloudtrail');

interface Expected {
  ok: boolean;
  value?: Record<string, unknown>;
  error?: Record<string, unknown>;
  delivered?: boolean;
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

const cases = names.map((name) => ({
  name,
  text: readFileSync(join(DIR, `${name}.json`), 'utf8'),
  expected: JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected,
}));

function asEnvelope(doc: Record<string, unknown>): Record<string, unknown> {
  if ('detail-type' in doc || 'detail' in doc) return doc;
  return {
    version: '0',
    id: 'x',
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.test',
    account: '111122223333',
    time: doc.eventTime,
    region: doc.awsRegion,
    resources: [],
    detail: doc,
  };
}

describe('CloudTrail fixtures', () => {
  it('has at least 40 fixture pairs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name parses as expected', ({ text, expected }) => {
    const result = parseDenial(text, { catalog: CATALOG });
    expect(result.ok).toBe(expected.ok);
    if (result.ok) {
      expect(result.value).toMatchObject(expected.value ?? {});
      expect(result.value.classification.reasons.length).toBeGreaterThan(0);
    } else {
      expect(result.error).toMatchObject(expected.error ?? {});
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it.each(cases.filter((c) => c.expected.delivered !== undefined))(
    '$name: DENIAL_EVENT_PATTERN delivery is $expected.delivered',
    ({ text, expected }) => {
      const envelope = asEnvelope(JSON.parse(text) as Record<string, unknown>);
      expect(matchesEventPattern(DENIAL_EVENT_PATTERN, envelope)).toBe(expected.delivered);
    },
  );

  it.each(cases.filter((c) => c.expected.ok))(
    '$name: every parsed failure is delivered by the pattern',
    ({ expected }) => {
      expect(expected.delivered).toBe(true);
    },
  );

  it.each(cases.filter((c) => !c.name.startsWith('malformed-truncated')))(
    '$name: object and string input agree',
    ({ text }) => {
      expect(parseDenial(JSON.parse(text), { catalog: CATALOG })).toEqual(parseDenial(text, { catalog: CATALOG }));
    },
  );
});
