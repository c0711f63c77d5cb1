/**
 * Execution-role texts converted to catalog messages (issue 15, step 4): LAA-ROLE-DENIED-ACTION keeps its English
 * texts byte for byte, localizes title, summary, reasons, unseen layers and notes in every language, passes
 * identifiers through verbatim, and its fingerprint does not depend on the language.
 */
import { ROLE_TRUST_LAMBDA } from '../../../lambda/core/checks/execution-role/role-trust-lambda';
import { ROLE_DENIED_ACTION } from '../../../lambda/core/checks/execution-role/role-denied-action';
import type { DeniedRequest } from '../../../lambda/core/cloudtrail/types';
import type { Finding } from '../../../lambda/core/findings/types';
import { LANGS } from '../../../lambda/core/i18n';
import { loadActionCatalog } from '../../../lambda/catalog';
import { localizeFinding } from '../../../lambda/core/render/localize';
import type { Snapshot } from '../../../lambda/core/snapshot/types';
import {
  ACCOUNT,
  LOGS_ALLOW,
  NOW,
  allow,
  deny,
  doc,
  execDenial,
  fn,
  role,
  single,
  snapshot,
} from '../../support/factory';

const CATALOG = loadActionCatalog();
const f = fn('a-orders', 'a-orders-role');
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:a-orders-out`;
const SCP_ARN = 'arn:aws:organizations::999999999999:policy/o-x/service_control_policy/p-1';
const scp = { kind: 'explicit', policyType: 'scp', policyTypeText: 'service control policy' } as const;

function run(s: Snapshot, denial: DeniedRequest): Finding {
  return ROLE_DENIED_ACTION.run({ snapshot: s, denial, catalog: CATALOG, now: NOW }).findings[0];
}

const CASES: readonly [string, () => Finding][] = [
  [
    'implicit (evaluated)',
    () => run(single(f, role('a-orders-role', { a: doc(LOGS_ALLOW) })), execDenial(f, 'sqs:SendMessage', QUEUE)),
  ],
  [
    'explicit deny with a Sid',
    () =>
      run(
        single(
          f,
          role('a-orders-role', { a: doc(allow('sqs:*'), { ...deny('sqs:SendMessage', QUEUE), Sid: 'NoSend' }) }),
        ),
        execDenial(f, 'sqs:SendMessage', QUEUE),
      ),
  ],
  [
    'unseen SCP with its ARN',
    () =>
      run(
        single(f, role('a-orders-role', { a: doc(allow('sqs:SendMessage', QUEUE)) })),
        execDenial(f, 'sqs:SendMessage', QUEUE, { reason: { ...scp, policyArn: SCP_ARN } }),
      ),
  ],
  ['message only', () => run(snapshot({ functions: [f] }), execDenial(f, 'sqs:SendMessage', QUEUE))],
];

const WHO = 'a-orders (role a-orders-role)';
const ON = `sqs:SendMessage on ${QUEUE} for ${WHO}`;
const SCP_REASON = `AWS reported an explicit deny in a service control policy (${SCP_ARN}).`;
/** The English texts the check wrote before the conversion (title, summary), per case. */
const ENGLISH: Readonly<Record<string, readonly [string, string]>> = {
  'implicit (evaluated)': [
    `${WHO} cannot sqs:SendMessage: no identity-based policy allows it`,
    `AWS denied ${ON} because no identity-based policy allows it.`,
  ],
  'explicit deny with a Sid': [
    `${WHO} cannot sqs:SendMessage: an explicit deny in an identity-based policy (role a-orders-role inline policy a, Sid NoSend) blocks it`,
    `AWS denied ${ON} because an explicit deny in an identity-based policy (role a-orders-role inline policy a, Sid NoSend) blocks it.`,
  ],
  'unseen SCP with its ARN': [
    `${WHO} was denied sqs:SendMessage by a policy the auditor cannot see`,
    `AWS denied ${ON} although its role policies allow it. ${SCP_REASON}`,
  ],
  'message only': [
    `${WHO} cannot sqs:SendMessage: no identity-based policy allows it`,
    `Diagnosed from AWS's error message; the role's policies were not in the snapshot. AWS denied ${ON}: AWS reported that no identity-based policy allows it.`,
  ],
};

describe('LAA-ROLE-DENIED-ACTION English texts', () => {
  it.each(CASES)('%s: as before the conversion', (name, make) => {
    const x = make();
    expect([x.title, x.explanation.summary]).toEqual(ENGLISH[name]);
  });

  it('unseen layers, reason and fix notes keep their English lines', () => {
    const x = CASES[2][1]();
    expect(x.explanation.details).toEqual([
      SCP_REASON,
      'Layers not visible in the snapshot:',
      `- the resource-based policy of ${QUEUE} (not collected)`,
      '- service control policies (not collected)',
      '- resource control policies (not collected)',
      '- a session policy passed when the session was created',
      '- a VPC endpoint policy, if the call went through an endpoint',
    ]);
    expect(x.fix?.notes.slice(0, 2)).toEqual([
      `The denying policy is ${SCP_ARN}.`,
      'The execution role itself already allows this call; adding more identity permissions will not help.',
    ]);
  });
});

describe.each(LANGS.filter((l) => l !== 'en'))('LAA-ROLE-DENIED-ACTION in %s', (lang) => {
  it.each(CASES)('%s: title, summary and reason localized, identifiers verbatim, same fingerprint', (_name, make) => {
    const x = make();
    const local = localizeFinding(x, lang);
    expect(local.title).not.toBe(x.title);
    expect(local.explanation.summary).not.toBe(x.explanation.summary);
    for (const id of ['sqs:SendMessage', 'a-orders-role']) expect(local.title).toContain(id);
    expect(local.explanation.summary).toContain(QUEUE);
    expect(local.fingerprint).toBe(x.fingerprint);
  });

  it('unseen case: every detail line and fix note localized, ARNs verbatim', () => {
    const x = CASES[2][1]();
    const local = localizeFinding(x, lang);
    local.explanation.details.forEach((d, i) => expect(d).not.toBe(x.explanation.details[i]));
    local.fix?.notes.forEach((n, i) => expect(n).not.toBe(x.fix?.notes[i]));
    expect(local.fix?.summary).not.toBe(x.fix?.summary);
    expect(local.explanation.details[0]).toContain(SCP_ARN);
    expect(local.explanation.details[2]).toContain(QUEUE);
  });
});

describe('LAA-ROLE-TRUST-LAMBDA texts', () => {
  const NOTE =
    'Lambda may report "The role defined for the function cannot be assumed by Lambda" until the change propagates.';
  const t = fn('a-fn', 'a-role');
  const denyLambda = {
    ...deny('sts:AssumeRole', '*'),
    Principal: { Service: 'lambda.amazonaws.com' },
    Resource: undefined,
  };
  const trust = (...statements: Record<string, unknown>[]) =>
    ROLE_TRUST_LAMBDA.run({
      snapshot: single(t, role('a-role', {}, { trustPolicy: doc(...statements) })),
      fn: t,
      now: NOW,
    }).findings[0];

  it.each<[string, Record<string, unknown>[], string, string]>([
    [
      'no trust',
      [],
      'Lambda cannot assume a-role because its trust policy does not allow lambda.amazonaws.com to call sts:AssumeRole, so every invocation of a-fn fails.',
      'Add a statement trusting lambda.amazonaws.com to the trust policy of a-role.',
    ],
    [
      'explicit deny',
      [denyLambda],
      'Lambda cannot assume a-role because an explicit deny in the role trust policy (trust policy of role a-role, statement #0) blocks it, so every invocation of a-fn fails.',
      'Remove the Deny for lambda.amazonaws.com from the trust policy of a-role.',
    ],
  ])('%s: English as before, localized in every language', (_name, statements, summary, fixSummary) => {
    const x = trust(...statements);
    expect(x.title).toBe('Lambda cannot assume the execution role a-role of a-fn');
    expect([x.explanation.summary, x.fix?.summary]).toEqual([summary, fixSummary]);
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const local = localizeFinding(x, lang);
      expect([local.title, local.explanation.summary, local.fix?.summary]).not.toContain(x.title);
      expect(local.explanation.summary).not.toBe(summary);
      expect(local.fix?.summary).not.toBe(fixSummary);
      expect(x.fix?.notes).toContain(NOTE);
      expect(local.fix?.notes).not.toContain(NOTE);
      expect(local.fix?.summary).toContain('lambda.amazonaws.com');
      expect(local.fingerprint).toBe(x.fingerprint);
    }
  });
});
