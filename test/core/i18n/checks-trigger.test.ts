/**
 * Invoke, exposure and event-source checks converted to catalog texts (issue 15, step 4): English stays
 * exactly what the checks wrote before the conversion, other languages localize title, summary, details and
 * fix texts, identifiers pass through, and the fingerprint does not depend on the language.
 */
import { exposureConfusedDeputy } from '../../../lambda/core/checks/exposure/confused-deputy';
import { exposureExternalAccount } from '../../../lambda/core/checks/exposure/external-account';
import { exposurePublicPolicy } from '../../../lambda/core/checks/exposure/public-policy';
import { urlMissingInvokeStatement } from '../../../lambda/core/checks/invoke/url-invoke-statement';
import { urlPublic } from '../../../lambda/core/checks/exposure/url-public';
import type { Finding } from '../../../lambda/core/findings/types';
import { LANGS } from '../../../lambda/core/i18n';
import { renderEmailBody } from '../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../lambda/core/render/localize';
import type { FunctionInfo } from '../../../lambda/core/snapshot/types';
import { NOW, fn, fnArn, permission, snapshot, trigger, withPolicy } from '../../support/factory';
import { URL_INVOKE, URL_NONE, base as hook, input, none } from '../checks/url-fixtures';

const API = fn('b-api', 'b-api-role');
const PARTNER = '444455556666';
const onlyFinding = (r: { findings: readonly Finding[] }): Finding => {
  expect(r.findings).toHaveLength(1);
  return r.findings[0];
};
const exposure = (check: typeof exposurePublicPolicy, f: FunctionInfo, triggers = snapshot().triggers): Finding =>
  onlyFinding(check.run({ snapshot: snapshot({ functions: [f], triggers }), fn: f, now: NOW }));
const INGEST = fn('b-ingest', 'b-ingest-role');
const BUCKET = 'arn:aws:s3:::b-ingest-drop';

/** [case, finding, English title, English summary, identifiers the localized title keeps]. */
const CASES: [string, () => Finding, string, string, string[]][] = [
  [
    'URL public, both statements',
    () => onlyFinding(urlPublic.run(input(none(withPolicy(hook, URL_NONE, URL_INVOKE))))),
    'Function URL of b-hook has AuthType NONE: anyone can call it',
    'The function URL https://abc.lambda-url.us-east-1.on.aws/ uses AuthType NONE, and anyone on the internet can call it without signing the request.',
    ['b-hook', 'AuthType NONE'],
  ],
  [
    'URL public, InvokeFunctionUrl only',
    () => onlyFinding(urlPublic.run(input(none(withPolicy(hook, URL_NONE))))),
    'Function URL of b-hook has AuthType NONE: public by configuration',
    'The function URL https://abc.lambda-url.us-east-1.on.aws/ uses AuthType NONE, and anyone on the internet is granted lambda:InvokeFunctionUrl, but requests get HTTP 403 until lambda:InvokeFunction (via URL) is granted too.',
    ['b-hook'],
  ],
  [
    'URL public, no statement',
    () => onlyFinding(urlPublic.run(input(none(hook)))),
    'Function URL of b-hook has AuthType NONE: public by configuration',
    'The function URL https://abc.lambda-url.us-east-1.on.aws/ uses AuthType NONE, and no statement grants public access yet, so requests get HTTP 403.',
    ['b-hook'],
  ],
  [
    'URL public, alias policy unknown',
    () => {
      const url = { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'NONE' as const, qualifier: 'live' };
      return onlyFinding(urlPublic.run(input({ ...none(hook), url })));
    },
    'Function URL of b-hook has AuthType NONE: public by configuration',
    'The function URL https://abc.lambda-url.us-east-1.on.aws/ uses AuthType NONE, and resource policy of b-hook:live could not be read, so who can call it is unknown.',
    ['b-hook'],
  ],
  [
    'public policy, one action',
    () => exposure(exposurePublicPolicy, withPolicy(API, permission('open', '*', fnArn('b-api')))),
    'Resource policy of b-api lets anyone call lambda:InvokeFunction',
    `A statement with Principal "*" and no narrowing condition lets any AWS principal in any account call lambda:InvokeFunction on ${fnArn('b-api')}.`,
    ['b-api', 'lambda:InvokeFunction'],
  ],
  [
    'external account, bare account ID',
    () =>
      exposure(
        exposureExternalAccount,
        withPolicy(fn('b-shared', 'b-shared-role'), permission('partner', { AWS: PARTNER }, fnArn('b-shared'))),
      ),
    `Resource policy of b-shared grants account ${PARTNER} (lambda:InvokeFunction) without an organization guard`,
    `${PARTNER} in account ${PARTNER} may call lambda:InvokeFunction on ${fnArn('b-shared')}, and no aws:PrincipalOrgID condition limits the grant to your organization.`,
    ['b-shared', PARTNER, 'lambda:InvokeFunction'],
  ],
  [
    'confused deputy, SNS without conditions',
    () =>
      exposure(
        exposureConfusedDeputy,
        withPolicy(INGEST, permission('sns', { Service: 'sns.amazonaws.com' }, fnArn('b-ingest'))),
      ),
    'Resource policy of b-ingest grants sns.amazonaws.com without source conditions (confused deputy)',
    `sns.amazonaws.com may invoke ${fnArn('b-ingest')} on behalf of any source in any account, because the statement has no aws:SourceArn or aws:SourceAccount condition.`,
    ['b-ingest', 'sns.amazonaws.com'],
  ],
  [
    'confused deputy, S3 bucket ARN without SourceAccount',
    () =>
      exposure(
        exposureConfusedDeputy,
        withPolicy(
          INGEST,
          permission('s3', { Service: 's3.amazonaws.com' }, fnArn('b-ingest'), {
            ArnLike: { 'AWS:SourceArn': BUCKET },
          }),
        ),
        [trigger('s3', BUCKET, fnArn('b-ingest'), 's3.amazonaws.com')],
      ),
    'Resource policy of b-ingest grants s3.amazonaws.com without aws:SourceAccount (confused deputy)',
    `s3.amazonaws.com may invoke ${fnArn('b-ingest')} for a bucket of that name in any account, because S3 bucket ARNs carry no account and the statement has no aws:SourceAccount condition.`,
    ['b-ingest', 's3.amazonaws.com', 'aws:SourceAccount'],
  ],
  [
    'URL without the InvokeFunction statement',
    () => onlyFinding(urlMissingInvokeStatement.run(input(none(withPolicy(hook, URL_NONE))))),
    'Function URL of b-hook lacks lambda:InvokeFunction for everyone ("*"): requests get HTTP 403',
    'Resource policy of b-hook grants everyone ("*") lambda:InvokeFunctionUrl but not lambda:InvokeFunction with lambda:InvokedViaFunctionUrl, which function URLs require since October 2025, so URL requests are refused with 403.',
    ['b-hook', 'lambda:InvokeFunction', '"*"'],
  ],
];

describe.each(CASES)('%s', (_name, make, title, summary, ids) => {
  it('keeps the English texts the check wrote before the conversion', () => {
    const f = make();
    expect(f.title).toBe(title);
    expect(f.explanation.summary).toBe(summary);
    expect(f.text?.title).toBeDefined();
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s: every text localized, identifiers verbatim', (lang) => {
    const f = make();
    const local = localizeFinding(f, lang);
    expect(local.title).not.toBe(f.title);
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    expect(local.fix?.summary).not.toBe(f.fix?.summary);
    // Engine reasons (LAA-URL-MISSING-INVOKE-STATEMENT) stay English; every catalog line is localized.
    const converted = new Set(f.text?.lines?.map((l) => l.en));
    const mine = f.explanation.details.filter((d) => converted.has(d));
    expect(mine.length).toBeGreaterThan(0);
    local.explanation.details.forEach((d, i) => {
      if (converted.has(f.explanation.details[i])) expect(d).not.toBe(f.explanation.details[i]);
    });
    expect(local.fix?.notes.length).toBeGreaterThan(0);
    local.fix?.notes.forEach((n, i) => expect(n).not.toBe(f.fix?.notes[i]));
    for (const id of ids) expect(local.title).toContain(id);
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(renderEmailBody(f, lang)).toContain(local.explanation.summary);
  });
});

describe('LAA-EXPOSURE-PUBLIC-POLICY with several actions', () => {
  it('counts the actions in the title', () => {
    const f = exposure(
      exposurePublicPolicy,
      withPolicy(API, permission('open', '*', fnArn('b-api'), undefined, 'lambda:*')),
    );
    expect(f.title).toMatch(/^Resource policy of b-api lets anyone call \d+ Lambda actions$/);
    const count = /(\d+) Lambda actions/.exec(f.title)?.[1] ?? 'missing';
    expect(localizeFinding(f, 'de').title).toBe(
      `Ressourcenbasierte Richtlinie von b-api erlaubt jedem ${count} Lambda-Aktionen`,
    );
  });
});
