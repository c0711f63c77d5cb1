/**
 * Latent and execution-role checks converted to catalog texts (issue 15, step 4): the English texts stay what
 * the checks wrote before (their own tests assert them unchanged), every other language localizes title,
 * summary, fix summary and the converted details and notes, identifiers pass through verbatim, and the
 * fingerprint does not depend on the language.
 */
import { auditorReadDenied } from '../../../lambda/core/checks/auditor/read-denied';
import { CONFIGURED_UNUSABLE } from '../../../lambda/core/checks/execution-role/configured-unusable';
import { LAMBDA_CANNOT_ASSUME_ROLE } from '../../../lambda/core/checks/execution-role/lambda-cannot-assume';
import { SELF_ASSUME_ROLE } from '../../../lambda/core/checks/execution-role/self-assume';
import { SHADOWED_GRANT } from '../../../lambda/core/checks/execution-role/shadowed-grant';
import { ROLE_TRUST_CONFUSED_DEPUTY_ACCOUNT } from '../../../lambda/core/checks/execution-role/trust-confused-deputy-account';
import type { Finding } from '../../../lambda/core/findings/types';
import { loadActionCatalog } from '../../../lambda/catalog';
import { LANGS, formatRef } from '../../../lambda/core/i18n';
import { renderEmailBody } from '../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../lambda/core/render/localize';
import { FX_ROLE, fxFunction, fxSnapshot, runOn } from '../checks/cases/kit';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, deny, doc, fn, lambdaTrust, role, snapshot } from '../../support/factory';
import { fixtureDenial } from '../../support/factory';

const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;

function unusable(): Finding {
  const f = fn('app', 'app-role', {
    environmentVariableNames: ['TABLE_ARN'],
    environmentResources: [{ variable: 'TABLE_ARN', arn: TABLE }],
  });
  const s = snapshot({ functions: [f], roles: [role('app-role', { app: doc(LOGS_ALLOW) })] });
  return CONFIGURED_UNUSABLE.run({ snapshot: s, fn: f, now: NOW }).findings[0];
}

function shadowed(): Finding {
  const policy = doc(LOGS_ALLOW, allow(['dynamodb:GetItem', 'dynamodb:PutItem'], TABLE), deny('dynamodb:PutItem'));
  const s = snapshot({ roles: [role('app-role', { app: policy })], functions: [fn('app', 'app-role')] });
  return SHADOWED_GRANT.run({ snapshot: s, now: NOW, catalog: loadActionCatalog() }).findings[0];
}

function deputy(): Finding {
  const s = snapshot({
    roles: [role('open-role', {}, { trustPolicy: lambdaTrust() })],
    functions: [fn('f1', 'open-role'), fn('f2', 'open-role')],
  });
  return ROLE_TRUST_CONFUSED_DEPUTY_ACCOUNT.run({ snapshot: s, now: NOW }).findings[0];
}

/** The auditor denied a read on `targets` (AccessDeniedException wording of the read-denied check's own test). */
function readDenied(targets: string[], principal?: string): Finding {
  const AUDITOR = 'arn:aws:sts::111122223333:assumed-role/LambdaAccessAuditor-CollectorRole/on-denial';
  const failedReads = targets.map((target) => ({
    api: 'lambda:GetPolicy',
    action: 'lambda:GetPolicy',
    target,
    errorCode: 'AccessDeniedException',
    message: `User: ${AUDITOR} is not authorized to perform: lambda:GetPolicy on resource: ${target}`,
  }));
  const base = snapshot();
  const who = principal ? { auditorPrincipal: principal } : {};
  const s = { ...base, provenance: { ...base.provenance, failedReads, partial: true, ...who } };
  return auditorReadDenied.run({ snapshot: s, now: NOW }).findings[0];
}

const CASES: [string, () => Finding, readonly string[]][] = [
  [
    'LAA-SELF-ASSUME-ROLE (function known)',
    () =>
      runOn(
        SELF_ASSUME_ROLE,
        fixtureDenial('special-exec-role-assumes-itself'),
        fxSnapshot({
          functions: [fxFunction('orders-fn')],
        }),
      ).findings[0],
    ['orders-fn', 'sts:AssumeRole'],
  ],
  [
    'LAA-SELF-ASSUME-ROLE (role session only)',
    () => runOn(SELF_ASSUME_ROLE, fixtureDenial('special-exec-role-assumes-itself')).findings[0],
    ['sts:AssumeRole'],
  ],
  [
    'LAA-LAMBDA-CANNOT-ASSUME-ROLE',
    () => runOn(LAMBDA_CANNOT_ASSUME_ROLE, fixtureDenial('special-lambda-service-cannot-assume-role')).findings[0],
    [FX_ROLE.split('/').pop() ?? ''],
  ],
  ['LAA-ROLE-TRUST-CONFUSED-DEPUTY', deputy, ['open-role', 'aws:SourceAccount']],
  ['LAA-CONFIGURED-UNUSABLE', unusable, ['app', 'TABLE_ARN', 'app-role']],
  ['LAA-ROLE-SHADOWED-GRANT', shadowed, ['app-role', 'app']],
  [
    'LAA-AUDITOR-READ-DENIED (one target, role known)',
    () => readDenied(['fn-a'], 'arn:aws:sts::111122223333:assumed-role/AuditorRole/s'),
    ['lambda:GetPolicy', 'fn-a', 'AccessDeniedException'],
  ],
  [
    'LAA-AUDITOR-READ-DENIED (12 targets, principal unknown)',
    () => readDenied(Array.from({ length: 12 }, (_, i) => `fn-${i}`)),
    ['lambda:GetPolicy', '12'],
  ],
];

describe.each(CASES)('%s texts', (_name, make, ids) => {
  it('carries catalog references whose English is the finding text', () => {
    const f = make();
    expect(f.text?.title && formatRef('en', f.text.title)).toBe(f.title);
    expect(f.text?.summary && formatRef('en', f.text.summary)).toBe(f.explanation.summary);
    if (f.text?.fixSummary) expect(formatRef('en', f.text.fixSummary)).toBe(f.fix?.summary);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s: title and summary localized, identifiers verbatim', (lang) => {
    const f = make();
    const local = localizeFinding(f, lang);
    expect(local.title).not.toBe(f.title);
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    if (f.text?.fixSummary) expect(local.fix?.summary).not.toBe(f.fix?.summary);
    for (const id of ids) expect(`${local.title} ${local.explanation.summary}`).toContain(id);
    const converted = new Set(f.text?.lines?.map((l) => l.en));
    f.explanation.details.forEach((d, i) => {
      if (converted.has(d)) expect(local.explanation.details[i]).not.toBe(d);
    });
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(renderEmailBody(f, lang)).toContain(local.explanation.summary);
  });
});
