import { matchesEventPattern } from '../../../lambda/core/cloudtrail';

type Case = [string, Record<string, unknown>, unknown, boolean];

const ev = {
  source: 'aws.lambda',
  detail: {
    errorCode: 'AccessDeniedException',
    eventName: 'GetFunction20150331v2',
    n: 7,
    ip: '10.0.3.17',
    tags: ['a', 'b'],
    nul: null,
  },
};

const cases: Case[] = [
  ['exact string', { source: ['aws.lambda'] }, ev, true],
  ['exact string mismatch', { source: ['aws.s3'] }, ev, false],
  ['exact is case-sensitive', { source: ['AWS.lambda'] }, ev, false],
  ['nested exact', { detail: { errorCode: ['AccessDeniedException'] } }, ev, true],
  ['list is OR', { detail: { errorCode: ['X', 'AccessDeniedException'] } }, ev, true],
  ['fields are AND', { source: ['aws.lambda'], detail: { errorCode: ['X'] } }, ev, false],
  ['prefix', { detail: { eventName: [{ prefix: 'GetFunction' }] } }, ev, true],
  ['prefix is case-sensitive', { detail: { eventName: [{ prefix: 'getfunction' }] } }, ev, false],
  ['prefix ignore case', { detail: { eventName: [{ prefix: { 'equals-ignore-case': 'getfunction' } }] } }, ev, true],
  ['suffix', { detail: { errorCode: [{ suffix: 'Exception' }] } }, ev, true],
  ['suffix mismatch', { detail: { errorCode: [{ suffix: 'Error' }] } }, ev, false],
  [
    'suffix ignore case',
    { detail: { errorCode: [{ suffix: { 'equals-ignore-case': 'DENIEDEXCEPTION' } }] } },
    ev,
    true,
  ],
  ['equals-ignore-case', { detail: { errorCode: [{ 'equals-ignore-case': 'accessdeniedexception' }] } }, ev, true],
  [
    'equals-ignore-case is not prefix',
    { detail: { errorCode: [{ 'equals-ignore-case': 'accessdenied' }] } },
    ev,
    false,
  ],
  ['anything-but value', { detail: { errorCode: [{ 'anything-but': 'AccessDenied' }] } }, ev, true],
  ['anything-but same value', { detail: { errorCode: [{ 'anything-but': 'AccessDeniedException' }] } }, ev, false],
  ['anything-but list', { detail: { errorCode: [{ 'anything-but': ['A', 'AccessDeniedException'] }] } }, ev, false],
  ['anything-but prefix', { detail: { errorCode: [{ 'anything-but': { prefix: 'Access' } }] } }, ev, false],
  ['anything-but suffix', { detail: { errorCode: [{ 'anything-but': { suffix: 'Error' } }] } }, ev, true],
  [
    'anything-but ignore case',
    { detail: { errorCode: [{ 'anything-but': { 'equals-ignore-case': ['accessdeniedexception'] } }] } },
    ev,
    false,
  ],
  ['anything-but wildcard', { detail: { errorCode: [{ 'anything-but': { wildcard: '*Denied*' } }] } }, ev, false],
  ['anything-but on missing field', { detail: { missing: [{ 'anything-but': 'x' }] } }, ev, false],
  ['wildcard', { detail: { errorCode: [{ wildcard: 'Access*Exception' }] } }, ev, true],
  ['wildcard mismatch', { detail: { errorCode: [{ wildcard: 'Access*Error' }] } }, ev, false],
  ['exists true', { detail: { errorCode: [{ exists: true }] } }, ev, true],
  ['exists false on present', { detail: { errorCode: [{ exists: false }] } }, ev, false],
  ['exists false on missing', { detail: { errorMessage: [{ exists: false }] } }, ev, true],
  ['missing field', { detail: { errorMessage: ['x'] } }, ev, false],
  ['numeric range', { detail: { n: [{ numeric: ['>', 5, '<=', 7] }] } }, ev, true],
  ['numeric out of range', { detail: { n: [{ numeric: ['<', 5] }] } }, ev, false],
  ['cidr', { detail: { ip: [{ cidr: '10.0.0.0/16' }] } }, ev, true],
  ['cidr outside', { detail: { ip: [{ cidr: '10.1.0.0/16' }] } }, ev, false],
  ['array value: any element', { detail: { tags: ['b'] } }, ev, true],
  ['array value: no element', { detail: { tags: ['c'] } }, ev, false],
  ['null value', { detail: { nul: [null] } }, ev, true],
  ['$or one branch', { detail: { $or: [{ errorCode: ['X'] }, { eventName: [{ prefix: 'Get' }] }] } }, ev, true],
  ['$or no branch', { detail: { $or: [{ errorCode: ['X'] }, { eventName: ['Y'] }] } }, ev, false],
  ['object pattern vs scalar', { source: { x: ['y'] } }, ev, false],
  ['event not an object', { source: ['aws.lambda'] }, 'text', false],
  ['empty pattern matches', {}, ev, true],
];

describe('matchesEventPattern (EventBridge semantics)', () => {
  it.each(cases)('%s', (_name, pattern, event, expected) => {
    expect(matchesEventPattern(pattern, event)).toBe(expected);
  });
});
