import { urlPublic } from '../../../../lambda/core/checks/exposure/url-public';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { URL_INVOKE, URL_NONE, base, iam, input, none } from '../url-fixtures';
import { withPolicy } from '../../../support/factory';

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
