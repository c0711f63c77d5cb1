import { urlMissingInvokeStatement } from '../../../../lambda/core/checks/invoke/url-invoke-statement';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { URL_INVOKE, URL_NONE, base, iam, input, none, partnerInvoke, partnerUrl } from '../url-fixtures';
import { withPolicy } from '../../../support/factory';

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
