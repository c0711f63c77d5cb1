import { baseEventName, changeCorrelation } from '../../../../lambda/core/checks/hygiene/change-correlation';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { PermissionChange, Snapshot } from '../../../../lambda/core/snapshot/types';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, NOW, execDenial, fn, role, snapshot } from '../../../support/factory';

const f = fn('b-payments', 'b-payments-role');
const ROLE = f.roleArn;
const ADMIN = `arn:aws:iam::${ACCOUNT}:user/b-admin`;
const denial = execDenial(f, 'dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/b-payments`);

const change = (
  eventName: string,
  eventTime: string,
  target = ROLE,
  eventId = `ch-${eventName}-${eventTime}`,
): PermissionChange => ({
  eventId,
  eventTime,
  eventSource:
    eventName.includes('Permission') || eventName.startsWith('UpdateFunction')
      ? 'lambda.amazonaws.com'
      : 'iam.amazonaws.com',
  eventName,
  actor: ADMIN,
  target,
  summary: 'policyArn=arn:aws:iam::111122223333:policy/b-payments-table',
});

const world = (changes: PermissionChange[]): Snapshot =>
  snapshot({ functions: [f], roles: [role('b-payments-role')], permissionChanges: changes });

describe('LAA-CHANGE-CORRELATION', () => {
  it.each<[string, Snapshot, DeniedRequest | undefined, string, string | undefined]>([
    [
      'detach shortly before the denial',
      world([change('DetachRolePolicy', '2026-01-15T11:40:00Z')]),
      denial,
      'fail',
      'DetachRolePolicy',
    ],
    [
      'newest of several changes wins',
      world([change('PutRolePolicy', '2026-01-10T09:00:00Z'), change('DeleteRolePolicy', '2026-01-15T10:00:00Z')]),
      denial,
      'fail',
      'DeleteRolePolicy',
    ],
    [
      'function change with a version suffix',
      world([change('UpdateFunctionConfiguration20150331v2', '2026-01-15T11:00:00Z', f.arn)]),
      denial,
      'fail',
      'UpdateFunctionConfiguration',
    ],
    ['change after the denial', world([change('DetachRolePolicy', '2026-01-15T12:30:00Z')]), denial, 'pass', undefined],
    [
      'change to another role',
      world([change('DetachRolePolicy', '2026-01-15T11:40:00Z', `arn:aws:iam::${ACCOUNT}:role/other`)]),
      denial,
      'pass',
      undefined,
    ],
    [
      'change older than the window',
      world([change('DetachRolePolicy', '2025-11-01T00:00:00Z')]),
      denial,
      'pass',
      undefined,
    ],
    ['not a permission event', world([change('TagRole', '2026-01-15T11:40:00Z')]), denial, 'pass', undefined],
    ['no denial', world([change('DetachRolePolicy', '2026-01-15T11:40:00Z')]), undefined, 'not-applicable', undefined],
  ])('%s', (_name, s, d, status, eventName) => {
    const r = changeCorrelation.run({ snapshot: s, denial: d, now: NOW });
    expect(r.status).toBe(status);
    if (eventName)
      expect(r.findings[0].title).toMatch(new RegExp(`^This denial started after ${eventName} by ${ADMIN} at `));
    else expect(r.findings).toHaveLength(0);
  });

  it('says how long before the denial the change happened and how to look it up', () => {
    const r = changeCorrelation.run({
      snapshot: world([change('DetachRolePolicy', '2026-01-15T11:40:00Z', ROLE, 'evt-1')]),
      denial,
      now: NOW,
    });
    const finding = r.findings[0];
    expect(finding.explanation.summary).toContain('19 minutes after');
    expect(finding.fix?.cli).toBe(
      'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventId,AttributeValue=evt-1 --region us-east-1',
    );
    expect(finding.event?.time).toBe('2026-01-15T11:59:00Z');
  });

  it.each([
    ['RemovePermission20150331v2', 'RemovePermission'],
    ['UpdateFunctionConfiguration20150331v2', 'UpdateFunctionConfiguration'],
    ['DetachRolePolicy', 'DetachRolePolicy'],
  ])('baseEventName(%s) = %s', (name, base) => expect(baseEventName(name)).toBe(base));

  it.each([
    ['ja', '2026-01-15T11:40:00Z', 'この拒否は 2026-01-15T11:40:00Z に', '19 分後です', '最新: '],
    ['ja', '2026-01-15T08:00:00Z', 'この拒否は 2026-01-15T08:00:00Z に', '4 時間後です', '最新: '],
    ['de', '2026-01-12T08:00:00Z', 'Diese Verweigerung begann nach DetachRolePolicy', '3 Tage nachdem', 'Neueste: '],
    ['de', '2026-01-15T11:58:00Z', 'Diese Verweigerung begann nach DetachRolePolicy', '1 Minute nachdem', 'Neueste: '],
  ] as const)('%s, change at %s: title, summary, details and fix localized', (lang, at, title, when, detail) => {
    const f = changeCorrelation.run({ snapshot: world([change('DetachRolePolicy', at)]), denial, now: NOW })
      .findings[0];
    const local = localizeFinding(f, lang);
    expect(local.title.startsWith(title)).toBe(true);
    for (const id of ['DetachRolePolicy', ADMIN]) expect(local.title).toContain(id);
    expect(local.explanation.summary).toContain(when);
    expect(local.explanation.summary).toContain('dynamodb:PutItem');
    expect(local.explanation.details[0].startsWith(detail)).toBe(true);
    expect(local.explanation.details[0]).toContain(
      `[${lang === 'ja' ? 'イベント' : 'Ereignis'} ch-DetachRolePolicy-${at}]`,
    );
    expect(local.fix?.summary).not.toBe(f.fix?.summary);
    local.fix?.notes.forEach((n, i) => expect(n).not.toBe(f.fix?.notes[i]));
    expect(local.fix?.cli).toBe(f.fix?.cli);
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(renderEmailBody(f, lang)).toContain(local.explanation.summary);
  });
});
