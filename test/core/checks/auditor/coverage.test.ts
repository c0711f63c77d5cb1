import { AUDITOR_COVERAGE, coverageGaps } from '../../../../lambda/core/checks/auditor/coverage';
import { usedDataEvents } from '../../../../lambda/core/checks/shared/data-events';
import type { Snapshot, TrailCoverage } from '../../../../lambda/core/snapshot/types';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { allow, doc, fn, role, snapshot } from '../../../support/factory';

const NOW = new Date('2026-11-23T00:00:00Z');

/** A logging multi-Region trail with the default selector (all management events, no data events). */
function trail(extra: Partial<TrailCoverage> = {}): TrailCoverage {
  return {
    name: 'main',
    arn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main',
    homeRegion: 'us-east-1',
    multiRegion: true,
    globalServiceEvents: true,
    logging: true,
    management: 'All',
    dataEventTypes: [],
    ...extra,
  };
}

/** One function whose role reads S3 objects, plus the given trails and auditor deployment. */
function account(trails: TrailCoverage[] | undefined, auditor?: Snapshot['auditor']): Snapshot {
  return snapshot({
    functions: [fn('reader', 'reader-role')],
    roles: [role('reader-role', { app: doc(allow('s3:GetObject', 'arn:aws:s3:::b/*')) })],
    ...(trails ? { trails: { complete: true, trails } } : {}),
    ...(auditor ? { auditor } : {}),
  });
}

const S3_LOGGED = trail({ dataEventTypes: ['AWS::S3::Object'] });
const HOME = { stackRegion: 'us-east-1', denialRuleState: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' };

describe('LAA-AUDITOR-COVERAGE', () => {
  it.each([
    ['no trails section, no deployment', undefined, undefined, 'not-applicable', undefined, []],
    ['management + S3 data events logged, stack in us-east-1', [S3_LOGGED], HOME, 'pass', undefined, []],
    ['no trail at all', [], HOME, 'fail', 'medium', ['No logging trail', 'AWS::S3::Object']],
    [
      'trail stopped',
      [trail({ logging: false, dataEventTypes: ['AWS::S3::Object'] })],
      HOME,
      'fail',
      'medium',
      ['No logging trail', 'AWS::S3::Object'],
    ],
    [
      'single-Region trail of another Region',
      [trail({ multiRegion: false, homeRegion: 'eu-west-1' })],
      HOME,
      'fail',
      'medium',
      ['No logging trail', 'AWS::S3::Object'],
    ],
    [
      'write-only management events',
      [trail({ management: 'WriteOnly', dataEventTypes: ['AWS::S3::Object'] })],
      HOME,
      'fail',
      'medium',
      ['write-only'],
    ],
    ['no S3 data events', [trail()], HOME, 'fail', 'low', ['AWS::S3::Object data events']],
    ['denial rule disabled', [S3_LOGGED], { ...HOME, denialRuleState: 'DISABLED' }, 'fail', 'high', ['DISABLED']],
    [
      'denial rule without read-only events',
      [S3_LOGGED],
      { ...HOME, denialRuleState: 'ENABLED' },
      'fail',
      'medium',
      ['read-only calls'],
    ],
    [
      'denial rule pattern filters read-only events out',
      [S3_LOGGED],
      { ...HOME, denialRuleReadOnlyEvents: false },
      'fail',
      'medium',
      ['does not match read-only denials'],
    ],
    [
      'denial rule pattern delivers read-only events',
      [S3_LOGGED],
      { ...HOME, denialRuleReadOnlyEvents: true },
      'pass',
      undefined,
      [],
    ],
    [
      'disabled rule: the pattern gap is not added on top',
      [S3_LOGGED],
      { ...HOME, denialRuleState: 'DISABLED', denialRuleReadOnlyEvents: false },
      'fail',
      'high',
      ['DISABLED'],
    ],
    [
      'stack outside us-east-1, no stack there',
      [S3_LOGGED],
      { stackRegion: 'eu-west-1' },
      'fail',
      'low',
      ['us-east-1 only'],
    ],
    [
      'stack outside us-east-1, us-east-1 covered',
      [S3_LOGGED],
      { stackRegion: 'eu-west-1', globalRegionCovered: true },
      'pass',
      undefined,
      [],
    ],
  ] as const)('%s', (_n, trails, auditor, status, severity, lines) => {
    const res = AUDITOR_COVERAGE.run({ snapshot: account(trails ? [...trails] : undefined, auditor), now: NOW });
    expect(res.status).toBe(status);
    expect(res.findings).toHaveLength(status === 'fail' ? 1 : 0);
    const [finding] = res.findings;
    expect(finding?.severity).toBe(severity);
    const details = finding?.explanation.details.join('\n') ?? '';
    for (const line of lines) expect(details).toContain(line);
    expect(finding?.explanation.details ?? []).toHaveLength(lines.length);
  });

  it('claims no trail gap when a trail could not be read (error as data, noted)', () => {
    const res = AUDITOR_COVERAGE.run({ snapshot: account([trail({ management: undefined })], HOME), now: NOW });
    expect(res.status).toBe('pass');
    expect(res.notes?.join(' ')).toMatch(/could not be read/);
  });

  it('reports once per account and Region with a config-change fix, worst gap first', () => {
    const [finding] = AUDITOR_COVERAGE.run({ snapshot: account([], { stackRegion: 'eu-west-1' }), now: NOW }).findings;
    expect(finding.function).toBeUndefined();
    expect(finding.fix?.summary).toMatch(/create-trail/);
    expect(coverageGaps(account([], { stackRegion: 'eu-west-1' })).map((g) => g.severity)).toEqual([
      'medium',
      'low',
      'low',
    ]);
  });
});

describe('LAA-AUDITOR-COVERAGE localized', () => {
  it.each([
    // No trail, stack outside us-east-1: the first remedy is a bare AWS CLI command and stays as it is.
    ['ja', [], { stackRegion: 'eu-west-1' }, '監査ツールは 111122223333 / us-east-1 で 3 種類の拒否', '[中] ', true],
    ['ko', [], { stackRegion: 'eu-west-1' }, '감사 도구가 111122223333 / us-east-1에서 3가지 거부', '[중간] ', true],
    ['de', [trail()], { ...HOME, denialRuleState: 'DISABLED' }, 'Der Auditor sieht 2 Arten', '[hoch] ', false],
    ['fr', [trail()], { ...HOME, denialRuleState: 'DISABLED' }, 'L’auditeur ne voit pas 2 types', '[élevée] ', false],
  ] as const)(
    '%s: title, gap lines and remedies localized, identifiers verbatim',
    (lang, trails, auditor, title, tag, cli) => {
      const [f] = AUDITOR_COVERAGE.run({ snapshot: account([...trails], auditor), now: NOW }).findings;
      const local = localizeFinding(f, lang);
      expect(local.title.startsWith(title)).toBe(true);
      expect(local.explanation.summary).not.toBe(f.explanation.summary);
      expect(local.explanation.details[0].startsWith(tag)).toBe(true);
      local.explanation.details.forEach((d, i) => expect(d).not.toBe(f.explanation.details[i]));
      expect(local.explanation.details.join('\n')).toContain(cli ? 'us-east-1' : 'DISABLED');
      expect(local.explanation.details.join('\n')).toContain('AWS::S3::Object');
      if (cli) expect(local.fix?.summary).toBe(f.fix?.summary);
      else expect(local.fix?.summary).not.toBe(f.fix?.summary);
      local.fix?.notes.forEach((n, i) => expect(n).not.toBe(f.fix?.notes[i]));
      expect(local.fix?.notes.join('\n')).toContain('resources.type AWS::S3::Object');
      expect(local.fingerprint).toBe(f.fingerprint);
      expect(renderEmailBody(f, lang)).toContain(local.explanation.summary);
    },
  );
});

describe('usedDataEvents', () => {
  it.each([
    ['nothing used', snapshot({ functions: [fn('f', 'r')], roles: [role('r')] }), []],
    ['`*` alone says nothing', snapshot({ functions: [fn('f', 'r')], roles: [role('r', { a: doc(allow('*')) })] }), []],
    [
      'grants: dynamodb:Query and sqs:*',
      snapshot({ functions: [fn('f', 'r')], roles: [role('r', { a: doc(allow(['dynamodb:Query', 'sqs:*'])) })] }),
      ['AWS::DynamoDB::Table', 'AWS::SQS::Queue'],
    ],
    [
      'configuration: SNS destination, SQS event source, DynamoDB stream (not a table event)',
      snapshot({
        functions: [
          fn('f', 'r', {
            destinations: { onFailure: 'arn:aws:sns:us-east-1:111122223333:alerts' },
            eventSourceMappings: [
              { uuid: 'u1', kind: 'sqs', eventSourceArn: 'arn:aws:sqs:us-east-1:111122223333:jobs' },
              {
                uuid: 'u2',
                kind: 'dynamodb',
                eventSourceArn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t/stream/2026-01-01T00:00:00.000',
              },
            ],
          }),
        ],
        roles: [role('r')],
      }),
      ['AWS::SNS::Topic', 'AWS::SQS::Queue'],
    ],
  ] as const)('%s', (_n, snap, types) => {
    expect([...usedDataEvents(snap).keys()]).toEqual(types);
  });
});
