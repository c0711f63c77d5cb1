import * as ts from 'typescript';
import { FIX_KINDS, fixTargetLayer, renderFix, type FixSpec, type FixText } from '../../../lambda/core/fix';
import { en, formatRef, msg } from '../../../lambda/core/i18n';
import type { PolicyType } from '../../../lambda/core/policy/model';

const HOSTILE = 'it\'s $(rm -rf ~) `x` "q" \\ end';
const FN = 'arn:aws:lambda:eu-west-1:111122223333:function:orders';
const STMT = { Effect: 'Allow' as const, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:eu-west-1:111122223333:q' };
const TRUST = { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' };
const EXISTING = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' } }] };

/** Splits a POSIX shell command line into words (single quotes, `'\''`, bare words; no expansion). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\') {
      word = (word ?? '') + line[++i];
    } else if (c === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The values of every string literal of a TypeScript snippet (proves the snippet parses and quotes right). */
function tsLiterals(code: string): string[] {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n)) out.push(n.text);
    n.forEachChild(visit);
  };
  visit(file);
  expect((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  return out;
}

interface Case {
  readonly spec: FixSpec;
  readonly layer: PolicyType | undefined;
  readonly cli?: RegExp;
  readonly policy?: RegExp;
  readonly cdk?: RegExp;
}

const CASES: readonly Case[] = [
  {
    spec: {
      kind: 'identity-statement',
      summary: 's',
      target: { kind: 'role', name: 'r' },
      policyName: 'p',
      statements: [STMT],
      functionVar: 'fn',
    },
    layer: 'identity',
    cli: /^aws iam put-role-policy --role-name r --policy-name p --policy-document '\{"Version":"2012-10-17"/,
    policy: /"Statement":\[\{"Effect":"Allow","Action":"sqs:SendMessage"/,
    cdk: /queue\.grantSendMessages\(fn\)/,
  },
  {
    spec: {
      kind: 'identity-statement',
      summary: 's',
      target: { kind: 'user', name: 'alice' },
      policyName: 'p',
      statements: [STMT],
    },
    layer: 'identity',
    cli: /^aws iam put-user-policy --user-name alice /,
    cdk: /iam\.User\.fromUserName\(this, 'Deployer', 'alice'\);\ndeployerUser\.addToPrincipalPolicy/,
  },
  {
    spec: {
      kind: 'identity-statement',
      summary: 's',
      target: { kind: 'role', name: 'r' },
      policyName: 'p',
      statements: [STMT],
      functionVar: 'fn',
      managedPolicy: {
        name: 'service-role/AWSLambdaVPCAccessExecutionRole',
        arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole',
      },
    },
    layer: 'identity',
    cli: /^aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy\/service-role\/AWSLambdaVPCAccessExecutionRole$/,
    cdk: /fn\.role\?\.addManagedPolicy/,
  },
  {
    spec: {
      kind: 'lambda-permission',
      summary: 's',
      functionName: 'orders',
      resourceArn: FN,
      statementId: 'sid',
      principal: 's3.amazonaws.com',
      sourceArn: 'arn:aws:s3:::b',
      sourceAccount: '111122223333',
    },
    layer: 'resource',
    cli: /^aws lambda add-permission --function-name orders --statement-id sid --action lambda:InvokeFunction --principal s3\.amazonaws\.com --source-arn arn:aws:s3:::b --source-account 111122223333$/,
    policy:
      /"Principal":\{"Service":"s3\.amazonaws\.com"\}.*"Condition":\{"ArnLike":\{"AWS:SourceArn":"arn:aws:s3:::b"\},"StringEquals":\{"AWS:SourceAccount":"111122223333"\}\}/,
    cdk: /^fn\.addPermission\('sid', \{\n {2}principal: new iam\.ServicePrincipal\('s3\.amazonaws\.com'\)/,
  },
  {
    spec: {
      kind: 'lambda-permission',
      summary: 's',
      functionName: 'orders',
      resourceArn: `${FN}:live`,
      qualifier: 'live',
      statementId: 'u',
      principal: '*',
      invokedViaFunctionUrl: true,
    },
    layer: 'resource',
    cli: /--qualifier live --statement-id u --action lambda:InvokeFunction --principal '\*' --invoked-via-function-url$/,
    policy: /"Principal":"\*".*"Bool":\{"lambda:InvokedViaFunctionUrl":"true"\}/,
    cdk: /new lambda\.CfnPermission\(this, 'u', \{[\s\S]*invokedViaFunctionUrl: true/,
  },
  {
    spec: {
      kind: 'resource-statement',
      summary: 's',
      service: 'ecr',
      resourceArn: 'arn:aws:ecr:us-east-1:2:repository/app',
      resourceName: 'app',
      region: 'us-east-1',
      statement: STMT,
    },
    layer: 'resource',
    cli: /^aws ecr get-repository-policy --region us-east-1 --repository-name app .*\| jq .* > repository-policy\.json && aws ecr set-repository-policy --region us-east-1 --repository-name app --policy-text file:\/\/repository-policy\.json$/,
  },
  {
    spec: {
      kind: 'resource-statement',
      summary: 's',
      service: 'kms',
      resourceArn: 'arn:aws:kms:eu-west-1:1:key/k',
      existing: EXISTING,
      statement: STMT,
    },
    layer: 'resource',
    cli: /^aws kms put-key-policy --key-id arn:aws:kms:eu-west-1:1:key\/k --policy-name default --policy '\{"Version":"2012-10-17","Statement":\[\{"Effect":"Allow","Principal":\{"AWS":"arn:aws:iam::1:root"\}\},\{"Effect":"Allow","Action":"sqs:SendMessage"/,
  },
  {
    spec: { kind: 'trust-merge', summary: 's', roleName: 'r', statement: TRUST, existing: EXISTING, cdk: 'x;' },
    layer: 'trust',
    cli: /^aws iam update-assume-role-policy --role-name r --policy-document '\{"Version":"2012-10-17","Statement":\[\{"Effect":"Allow","Principal":\{"AWS":"arn:aws:iam::1:root"\}\},\{"Effect":"Allow","Principal":\{"Service":"lambda\.amazonaws\.com"\}/,
    policy: /arn:aws:iam::1:root.*lambda\.amazonaws\.com/,
  },
  {
    spec: { kind: 'trust-merge', summary: 's', roleName: 'r', statement: TRUST, account: '444455556666', cdk: 'x;' },
    layer: 'trust',
    cli: /^aws iam get-role --role-name r --query Role\.AssumeRolePolicyDocument --output json \| jq --argjson s '.*' '\.Statement = \(\[\.Statement\] \| flatten\) \+ \[\$s\]' > trust-policy\.json && aws iam update-assume-role-policy --role-name r --policy-document file:\/\/trust-policy\.json {2}# run in account 444455556666$/,
  },
  {
    spec: {
      kind: 'remove-statement',
      summary: 's',
      location: { in: 'lambda-permission', functionName: 'orders', qualifier: 'live', statementIds: ['a', 'b'] },
    },
    layer: 'resource',
    cli: /^aws lambda remove-permission --function-name orders --qualifier live --statement-id a\naws lambda remove-permission --function-name orders --qualifier live --statement-id b$/,
  },
  {
    spec: {
      kind: 'remove-statement',
      summary: 's',
      location: {
        in: 'managed',
        policyArn: 'arn:aws:iam::aws:policy/AWSDenyAll',
        awsManaged: true,
        attachedTo: { kind: 'role', name: 'r' },
      },
    },
    layer: 'identity',
    cli: /^aws iam detach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy\/AWSDenyAll /,
  },
  {
    spec: {
      kind: 'remove-statement',
      summary: 's',
      layer: 'permissions-boundary',
      location: { in: 'managed', policyArn: 'arn:aws:iam::1:policy/B', awsManaged: false },
    },
    layer: 'permissions-boundary',
    cli: /^aws iam get-policy-version --policy-arn arn:aws:iam::1:policy\/B --version-id \$\(aws iam get-policy/,
  },
  {
    spec: {
      kind: 'remove-statement',
      summary: 's',
      location: { in: 'inline', owner: { kind: 'group', name: 'devs' }, policyName: 'p' },
    },
    layer: 'identity',
    cli: /^aws iam get-group-policy --group-name devs --policy-name p {2}# edit the statement, then put-group-policy$/,
  },
  {
    spec: { kind: 'remove-statement', summary: 's', location: { in: 'trust', roleName: 'r' } },
    layer: 'trust',
    cli: /^aws iam get-role --role-name r --query Role\.AssumeRolePolicyDocument/,
  },
  {
    spec: { kind: 'org-policy', summary: 's', policyType: 'scp', policyId: 'p-123', account: '1' },
    layer: 'scp',
    cli: /^aws organizations describe-policy --policy-id p-123 /,
  },
  {
    spec: { kind: 'org-policy', summary: 's', policyType: 'rcp', account: '111122223333', statement: STMT },
    layer: 'rcp',
    cli: /list-policies-for-target --target-id 111122223333 --filter RESOURCE_CONTROL_POLICY/,
    policy: /sqs:SendMessage/,
  },
  { spec: { kind: 'session-policy', summary: 's', statement: STMT }, layer: 'session', policy: /sqs:SendMessage/ },
  {
    spec: { kind: 'permission-set', summary: 's', permissionSetName: 'Dev', statements: [STMT] },
    layer: 'identity',
    cli: /^aws sso-admin put-inline-policy-to-permission-set .*\naws sso-admin provision-permission-set /,
  },
  {
    spec: { kind: 'boundary', summary: 's', roleName: 'r', boundaryArn: 'arn:aws:iam::1:policy/B', statement: STMT },
    layer: 'permissions-boundary',
    cli: /^aws iam create-policy-version --policy-arn arn:aws:iam::1:policy\/B /,
  },
  {
    spec: { kind: 'boundary', summary: 's', roleName: 'r' },
    layer: 'permissions-boundary',
    cli: /^aws iam get-role --role-name r --query Role\.PermissionsBoundary$/,
  },
  { spec: { kind: 'config-change', summary: 's', cli: 'aws lambda x' }, layer: undefined, cli: /^aws lambda x$/ },
  { spec: { kind: 'config-change', summary: 's', layer: 'vpc-endpoint' }, layer: 'vpc-endpoint' },
];

describe('renderFix', () => {
  it.each(CASES.map((c, i) => [`${i} ${c.spec.kind}`, c] as const))('%s', (_name, c) => {
    const fix = renderFix(c.spec);
    expect(fix.kind).toBe(c.spec.kind);
    expect(fixTargetLayer(c.spec)).toBe(c.layer);
    expect(fix.targetLayer).toBe(c.layer);
    expect(fix.summary).toBe('s');
    if (c.cli) expect(fix.cli).toMatch(c.cli);
    if (c.policy) expect(JSON.stringify(fix.policyJson)).toMatch(c.policy);
    if (c.cdk) expect(fix.cdk).toMatch(c.cdk);
    if (fix.cdk && fix.cdk !== 'x;') tsLiterals(fix.cdk);
  });

  it.each(CASES.map((c, i) => [`${i} ${c.spec.kind}`, c] as const))(
    '%s: every note the kind adds is a catalog message, shown in Japanese',
    (_name, c) => {
      const fix = renderFix(c.spec);
      const refs = new Map((fix.text?.lines ?? []).map((l) => [l.en, l.ref]));
      for (const note of fix.notes) {
        const ref = refs.get(note);
        expect(ref && en(ref)).toBe(note);
        expect(formatRef('ja', ref!)).not.toBe(note);
      }
    },
  );

  it.each<[string, FixText | undefined, string | undefined]>([
    ['no refs', undefined, undefined],
    ['summary ref', { summary: msg('fix.engine.changeDeny') }, 'fix.engine.changeDeny'],
  ])('carries the summary ref of the primary fix (%s)', (_name, text, key) => {
    const fix = renderFix({ kind: 'config-change', summary: 'Change the explicit deny.', ...(text ? { text } : {}) });
    expect(fix.text?.fixSummary?.key).toBe(key);
  });

  it('documents every kind', () => {
    expect(Object.keys(FIX_KINDS).sort()).toEqual([...new Set(CASES.map((c) => c.spec.kind))].sort());
  });

  it('renders follow-up steps in order, notes once', () => {
    const fix = renderFix({
      kind: 'remove-statement',
      summary: 'replace',
      notes: ['n'],
      location: { in: 'lambda-permission', functionName: 'f', statementIds: ['open'] },
      then: [
        {
          kind: 'lambda-permission',
          summary: 'x',
          notes: ['n'],
          functionName: 'f',
          resourceArn: FN,
          statementId: 'org',
          principal: '*',
          principalOrgId: 'o-1',
        },
      ],
    });
    expect(fix.cli?.split('\n')).toEqual([
      'aws lambda remove-permission --function-name f --statement-id open',
      "aws lambda add-permission --function-name f --statement-id org --action lambda:InvokeFunction --principal '*' --principal-org-id o-1",
    ]);
    expect(fix.notes).toEqual(['n']);
    expect(fix.targetLayer).toBe('resource');
  });
});

describe('hostile names', () => {
  const specs: readonly [FixSpec, string][] = [
    [
      {
        kind: 'identity-statement',
        summary: 's',
        target: { kind: 'role', name: HOSTILE },
        policyName: HOSTILE,
        statements: [{ ...STMT, Resource: `arn:aws:s3:::${HOSTILE}` }],
      },
      '--role-name',
    ],
    [
      {
        kind: 'lambda-permission',
        summary: 's',
        functionName: HOSTILE,
        resourceArn: FN,
        statementId: HOSTILE,
        principal: HOSTILE,
        sourceArn: HOSTILE,
      },
      '--function-name',
    ],
    [
      {
        kind: 'trust-merge',
        summary: 's',
        roleName: HOSTILE,
        statement: { ...TRUST, Sid: HOSTILE },
        existing: EXISTING,
        cdk: 'x;',
      },
      '--role-name',
    ],
    [
      {
        kind: 'remove-statement',
        summary: 's',
        location: { in: 'lambda-permission', functionName: HOSTILE, qualifier: HOSTILE, statementIds: [HOSTILE] },
      },
      '--function-name',
    ],
    [
      {
        kind: 'remove-statement',
        summary: 's',
        location: { in: 'inline', owner: { kind: 'user', name: HOSTILE }, policyName: HOSTILE },
      },
      '--user-name',
    ],
  ];
  it.each(specs.map(([s, flag]) => [s.kind, s, flag] as const))(
    '%s quotes every name for the shell and for TypeScript',
    (_k, spec, flag) => {
      const fix = renderFix(spec);
      const words = shellWords((fix.cli ?? '').split('\n')[0].split('  #')[0]);
      expect(words[words.indexOf(flag) + 1]).toBe(HOSTILE);
      for (const w of words) if (w.startsWith('{')) expect(JSON.stringify(JSON.parse(w))).toContain('rm -rf');
      if (fix.cdk && fix.cdk !== 'x;' && !fix.cdk.startsWith('//'))
        expect(tsLiterals(fix.cdk).some((l) => l.includes(HOSTILE))).toBe(true);
    },
  );
});
