import { CONFIGURED_UNUSABLE as CHECK } from '../../../../lambda/core/checks/execution-role/configured-unusable';
import { typicalUse } from '../../../../lambda/core/checks/shared/typical-use';
import type { FunctionInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, deny, doc, fn, role, snapshot } from '../../../support/factory';

const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`;
const FOREIGN_QUEUE = 'arn:aws:sqs:us-east-1:999999999999:jobs';
const BUCKET = 'arn:aws:s3:::orders-uploads';

function account(
  statements: Record<string, unknown>[],
  env: [string, string][],
  parts: Partial<Snapshot> = {},
): Snapshot {
  const f: FunctionInfo = fn('app', 'app-role', {
    environmentVariableNames: env.map(([n]) => n),
    environmentResources: env.map(([variable, arn]) => ({ variable, arn })),
  });
  return snapshot({ functions: [f], roles: [role('app-role', { app: doc(LOGS_ALLOW, ...statements) })], ...parts });
}

const run = (s: Snapshot) => CHECK.run({ snapshot: s, fn: s.functions[0], now: NOW });

describe('LAA-CONFIGURED-UNUSABLE', () => {
  it.each([
    ['no environment resource', [], [], 'not-applicable', []],
    [
      'an ARN of a resource with no known use',
      [],
      [['ROLE', `arn:aws:states:us-east-1:${ACCOUNT}:activity:x`]],
      'not-applicable',
      [],
    ],
    [
      'read-only grant on the table (not knowably wrong)',
      [allow('dynamodb:GetItem', TABLE)],
      [['TABLE_ARN', TABLE]],
      'pass',
      [],
    ],
    ['service-wide grant', [allow('dynamodb:*', '*')], [['TABLE_ARN', TABLE]], 'pass', []],
    [
      'nothing on the table',
      [allow('sqs:SendMessage', QUEUE)],
      [
        ['TABLE_ARN', TABLE],
        ['QUEUE_URL', QUEUE],
      ],
      'fail',
      ['TABLE_ARN'],
    ],
    ['grant on another table', [allow('dynamodb:*', `${TABLE}-v2`)], [['TABLE_ARN', TABLE]], 'fail', ['TABLE_ARN']],
    [
      'grant blocked by a Deny',
      [allow('sqs:*', QUEUE), deny('sqs:*', QUEUE)],
      [['QUEUE_URL', QUEUE]],
      'fail',
      ['QUEUE_URL'],
    ],
    ['bucket grant on the bucket, not its objects', [allow('s3:*', BUCKET)], [['BUCKET', BUCKET]], 'fail', ['BUCKET']],
    ['bucket objects granted', [allow('s3:GetObject', `${BUCKET}/*`)], [['BUCKET', BUCKET]], 'pass', []],
    [
      'queue in another account, its policy unseen: undecided',
      [allow('sqs:SendMessage', FOREIGN_QUEUE)],
      [['Q', FOREIGN_QUEUE]],
      'pass',
      [],
    ],
  ] as const)('%s → %s', (_n, statements, env, status, variables) => {
    const res = run(
      account(
        [...statements],
        env.map(([a, b]) => [a, b]),
      ),
    );
    expect(res.status).toBe(status);
    expect(res.findings.map((f) => f.title.match(/variable (\S+)/)?.[1])).toEqual(variables);
  });

  it('reads the resource side: a queue policy that denies the role makes the queue unusable', () => {
    const s = account([allow('sqs:SendMessage', QUEUE)], [['QUEUE_URL', QUEUE]], {
      resourcePolicies: [
        {
          arn: QUEUE,
          service: 'sqs',
          status: 'present',
          document: doc(deny('sqs:*', QUEUE, { Principal: '*' })),
        },
      ],
    });
    const [f] = run(s).findings;
    expect(f.explanation.decidingPolicyType).toBe('resource');
  });

  it('names the variable, never a value, and proposes the typical actions on the resource', () => {
    const [f] = run(account([], [['TABLE_ARN', TABLE]])).findings;
    expect(f.explanation.details.join(' ')).toContain('environment variable TABLE_ARN');
    expect(f.fix?.kind).toBe('identity-statement');
    expect(JSON.stringify(f.fix?.policyJson)).toContain('dynamodb:PutItem');
    expect(f.function?.name).toBe('app');
  });
});

describe('typicalUse', () => {
  it.each([
    [BUCKET, `${BUCKET}/*`, 's3:GetObject'],
    [
      `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/db`,
      `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/db`,
      'ssm:GetParameter',
    ],
    [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/t/stream/2026`, undefined, undefined],
  ])('%s', (arn, requestArn, action) => {
    const use = typicalUse(arn);
    expect(use?.requestArn).toBe(requestArn);
    expect(use?.actions[0]).toBe(action);
  });

  it.each([
    ['ja', TABLE, 'DynamoDB テーブル', 'DynamoDB table'],
    ['de', QUEUE, 'SQS-Warteschlange', 'SQS queue'],
  ] as const)('names the resource in %s (%s)', (lang, arn, noun, english) => {
    const finding = run(account([], [['RES_ARN', arn]])).findings[0];
    const shown = localizeFinding(finding, lang);
    expect(finding.title).toContain(english);
    for (const text of [shown.title, shown.fix?.summary ?? '']) {
      expect(text).toContain(noun);
      expect(text).not.toContain(english);
      expect(text).toContain('RES_ARN');
    }
  });
});
