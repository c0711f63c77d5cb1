/**
 * The demo account's shared builder kit: IDs, roles and access-denied envelopes come out the way the
 * auditor's own parsers read them, and the demo inventory lists every trigger kind once.
 */
import { parseDenial } from '../../../lambda/core/cloudtrail';
import { TRIGGER_KINDS } from '../../../lambda/core/snapshot/types';
import { validateSnapshot } from '../../../lambda/core/snapshot/validate';
import { buildDemoSnapshot } from '../../../examples/demo-account';
import {
  ACCT,
  accessDeniedEnvelope,
  demoId,
  demoRole,
  lambdaTrust,
  sessionIdentity,
  type ApiCallSpec,
} from '../../../examples/demo-account/kit';

describe('demoId', () => {
  it.each([
    ['short names are padded with the fill', 'AROA', 'a-role', 'X', 'AROAAROLEXXXXXXXXXXXX'],
    ['long names are cut to 17 characters', 'AIDA', 'b-very-long-release-bot-name', 'B', 'AIDABVERYLONGRELEASEB'],
    ['digits are kept, other characters dropped', 'AROA', 'fn_2.v1', 'A', 'AROAFN2V1AAAAAAAAAAAA'],
  ])('%s', (_why, prefix, name, fill, expected) => {
    const id = demoId(prefix, name, fill);
    expect(id).toBe(expected);
    expect(id).toHaveLength(21);
  });
});

describe('demoRole', () => {
  it.each([
    ['/', `arn:aws:iam::${ACCT}:role/r1`],
    ['/service-role/', `arn:aws:iam::${ACCT}:role/service-role/r1`],
  ])('puts path %s into the ARN', (path, arn) => {
    const role = demoRole({ name: 'r1', path, idFill: 'A', trust: lambdaTrust(), team: 't' });
    expect(role).toMatchObject({ arn, path, name: 'r1', accountId: ACCT, tags: { team: 't' } });
  });

  it.each([
    ['without', undefined, false],
    ['with', 'arn:aws:iam::111122223333:policy/boundary', true],
  ])('%s a boundary ARN sets permissionsBoundaryArn only when given', (_w, boundaryArn, present) => {
    const role = demoRole({ name: 'r2', path: '/', idFill: 'A', trust: lambdaTrust(), boundaryArn, team: 't' });
    expect('permissionsBoundaryArn' in role).toBe(present);
  });
});

const role = demoRole({ name: 'kit-fn-role', path: '/service-role/', idFill: 'A', trust: lambdaTrust(), team: 't' });
const base: ApiCallSpec = {
  id: '7',
  time: '2026-11-20T09:00:00Z',
  identity: sessionIdentity(role, 'kit-fn', 'ASIAQ3EXAMPLEA0000009', '2026-11-20T08:59:00Z'),
  eventSource: 's3.amazonaws.com',
  eventName: 'PutObject',
  action: 's3:PutObject',
  resource: 'arn:aws:s3:::kit-bucket/x',
  clause: 'because no identity-based policy allows the s3:PutObject action',
  errorCode: 'AccessDenied',
  sourceIp: '3.3.3.3',
  userAgent: 'test',
};
const IDS = { envelope: 'c0c0c0c0', event: 'ce0ce0ce', request: 'req-c-' };

describe('accessDeniedEnvelope', () => {
  it.each([
    ['an implicit-deny clause', base.clause, 'implicit'],
    ['an explicit-deny clause', 'with an explicit deny in a permissions boundary', 'explicit'],
    ['no clause (old-style message)', '', 'unknown'],
  ])('with %s parses back to the same call, caller and reason', (_c, clause, kind) => {
    const parsed = parseDenial(accessDeniedEnvelope(IDS, { ...base, clause }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toMatchObject({
      eventId: 'ce0ce0ce-0000-4000-8000-000000000007',
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::kit-bucket/x',
      caller: { type: 'AssumedRole', roleArn: role.arn, sessionName: 'kit-fn' },
      reason: { kind },
    });
    expect(parsed.value.errorMessage?.endsWith(' ')).toBe(false);
  });
});

describe('TRIGGER_KINDS', () => {
  it('lists each kind once', () => {
    expect(new Set(TRIGGER_KINDS).size).toBe(TRIGGER_KINDS.length);
  });

  it.each(TRIGGER_KINDS.map((k) => [k]))('%s is a complete inventory of the demo snapshot', (kind) => {
    expect(buildDemoSnapshot().inventory[kind]?.complete).toBe(true);
  });

  it('the demo snapshot validates against the snapshot schema', () => {
    expect(validateSnapshot(buildDemoSnapshot()).ok).toBe(true);
  });
});
