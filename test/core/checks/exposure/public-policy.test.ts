import { exposurePublicPolicy } from '../../../../lambda/core/checks/exposure/public-policy';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, fn, snapshot, fnArn, permission, source, withPolicy } from '../../../support/factory';

const ARN = fnArn('b-api');
const base = fn('b-api', 'b-api-role');
const API = `arn:aws:execute-api:us-east-1:${ACCOUNT}:a1b2c3/*/GET/items`;
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

const run = (f: FunctionInfo) => exposurePublicPolicy.run({ snapshot: snapshot({ functions: [f] }), fn: f, now: NOW });

describe('LAA-EXPOSURE-PUBLIC-POLICY', () => {
  it.each<[string, FunctionInfo, string, number]>([
    ['Principal "*" without condition', withPolicy(base, permission('open', '*', ARN)), 'fail', 1],
    ['{"AWS":"*"} without condition', withPolicy(base, permission('open', { AWS: '*' }, ARN)), 'fail', 1],
    [
      '"*" with a condition that does not narrow who (SecureTransport)',
      withPolicy(base, permission('tls', '*', ARN, { Bool: { 'aws:SecureTransport': 'true' } })),
      'fail',
      1,
    ],
    [
      '"*" narrowed by aws:PrincipalOrgID',
      withPolicy(base, permission('org', '*', ARN, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } })),
      'pass',
      0,
    ],
    [
      '"*" narrowed by aws:SourceAccount',
      withPolicy(base, permission('acct', '*', ARN, { StringEquals: { 'aws:SourceAccount': ACCOUNT } })),
      'pass',
      0,
    ],
    ['function URL NONE statements are not reported here', withPolicy(base, URL_NONE, URL_INVOKE), 'pass', 0],
    [
      'service principal scoped to the API',
      withPolicy(base, permission('apigw', { Service: 'apigateway.amazonaws.com' }, ARN, source(API))),
      'pass',
      0,
    ],
    ['no resource policy', base, 'not-applicable', 0],
  ])('%s', (_name, f, status, count) => {
    const r = run(f);
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('cites the public statement and lists the actions it opens', () => {
    const f = run(withPolicy(base, permission('open', '*', ARN, undefined, 'lambda:*'))).findings[0];
    expect(f.severity).toBe('high');
    expect(f.explanation.statements.map((s) => s.sid)).toEqual(['open']);
    expect(f.explanation.summary).toContain('lambda:InvokeFunction');
    expect(f.explanation.summary).toContain('lambda:UpdateFunctionCode');
    expect(f.fix?.cli).toContain('aws lambda remove-permission --function-name b-api --statement-id open');
  });
});
