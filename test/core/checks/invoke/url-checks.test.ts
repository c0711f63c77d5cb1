import { urlMissingInvokeStatement } from '../../../../lambda/core/checks/invoke/url-invoke-statement';
import { urlPublic } from '../../../../lambda/core/checks/exposure/url-public';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { NOW, fn, snapshot } from '../builders';
import { fnArn, permission, withPolicy } from '../builders-b';

const ARN = fnArn('b-hook');
const PARTNER = '444455556666';
const base = fn('b-hook', 'b-hook-role');
const URL_NONE = permission(
  'FunctionURLAllowPublicAccess',
  '*',
  ARN,
  { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
  'lambda:InvokeFunctionUrl',
);
const URL_INVOKE = permission('FunctionURLInvokeAllowPublicAccess', '*', ARN, {
  Bool: { 'lambda:InvokedViaFunctionUrl': 'true' },
});
const none = (f: FunctionInfo): FunctionInfo => ({
  ...f,
  url: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'NONE' },
});
const iam = (f: FunctionInfo): FunctionInfo => ({
  ...f,
  url: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'AWS_IAM' },
});
const partnerUrl = permission(
  'partner-url',
  { AWS: `arn:aws:iam::${PARTNER}:root` },
  ARN,
  { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } },
  'lambda:InvokeFunctionUrl',
);
const partnerInvoke = permission('partner-invoke', { AWS: `arn:aws:iam::${PARTNER}:root` }, ARN, {
  Bool: { 'lambda:InvokedViaFunctionUrl': 'true' },
});

const input = (f: FunctionInfo) => ({ snapshot: snapshot({ functions: [f] }), fn: f, now: NOW });

describe('LAA-URL-PUBLIC', () => {
  it.each<[string, FunctionInfo, string, RegExp | undefined]>([
    [
      'NONE with both statements',
      none(withPolicy(base, URL_NONE, URL_INVOKE)),
      'fail',
      /anyone on the internet can call it/,
    ],
    ['NONE with only InvokeFunctionUrl', none(withPolicy(base, URL_NONE)), 'fail', /403 until lambda:InvokeFunction/],
    ['NONE without any statement', none(base), 'fail', /no statement grants public access/],
    [
      'NONE on an alias whose policy was not collected',
      { ...none(base), url: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'NONE', qualifier: 'live' } },
      'fail',
      /could not be read/,
    ],
    ['AWS_IAM URL', iam(base), 'pass', undefined],
    ['no URL', base, 'not-applicable', undefined],
  ])('%s', (_name, f, status, summary) => {
    const r = urlPublic.run(input(f));
    expect(r.status).toBe(status);
    if (summary) {
      expect(r.findings[0].severity).toBe('medium');
      expect(r.findings[0].explanation.summary).toMatch(summary);
      const qualifier = f.url?.qualifier ? ` --qualifier ${f.url.qualifier}` : '';
      expect(r.findings[0].fix?.cli).toBe(
        `aws lambda update-function-url-config --function-name b-hook${qualifier} --auth-type AWS_IAM`,
      );
    } else expect(r.findings).toHaveLength(0);
  });
});

describe('LAA-URL-MISSING-INVOKE-STATEMENT', () => {
  it.each<[string, FunctionInfo, string, number]>([
    ['NONE with both statements', none(withPolicy(base, URL_NONE, URL_INVOKE)), 'pass', 0],
    ['NONE with only InvokeFunctionUrl', none(withPolicy(base, URL_NONE)), 'fail', 1],
    ['NONE with no statement at all (LAA-URL-PUBLIC says so)', none(base), 'pass', 0],
    ['AWS_IAM, partner granted only InvokeFunctionUrl', iam(withPolicy(base, partnerUrl)), 'fail', 1],
    ['AWS_IAM, partner granted both', iam(withPolicy(base, partnerUrl, partnerInvoke)), 'pass', 0],
    ['AWS_IAM, same-account callers only', iam(base), 'pass', 0],
    ['no URL', base, 'not-applicable', 0],
  ])('%s', (_name, f, status, count) => {
    const r = urlMissingInvokeStatement.run(input(f));
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('renders the second statement with --invoked-via-function-url', () => {
    const f = urlMissingInvokeStatement.run(input(none(withPolicy(base, URL_NONE)))).findings[0];
    expect(f.severity).toBe('high');
    expect(f.fix?.cli).toBe(
      "aws lambda add-permission --function-name b-hook --statement-id FunctionURLInvokeAllowPublicAccess --action lambda:InvokeFunction --principal '*' --invoked-via-function-url",
    );
    expect(f.fix?.policyJson).toMatchObject({ Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } } });
  });
});
