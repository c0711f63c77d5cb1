/**
 * LAA-HYGIENE-LONG-LIVED-KEYS: an IAM user that may deploy Lambda code (engine: CreateFunction /
 * UpdateFunctionCode / UpdateFunctionConfiguration on any function of the snapshot) holds an
 * active access key older than 90 days. Leaked deploy keys run arbitrary code with the functions'
 * roles; short-lived credentials (role + OIDC / IAM Identity Center) remove the risk.
 */
import type { Finding } from '../../findings/types';
import { evaluate } from '../../policy';
import type { AccessKeyInfo, Snapshot, UserInfo } from '../../snapshot/types';
import { policySetForUser } from '../../snapshot/policy-sets';
import { cliArg, renderFix } from '../../fix';
import { DOCS } from '../shared/references';
import { en, lines, msg } from '../../i18n';
import { buildFinding, notApplicable, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-HYGIENE-LONG-LIVED-KEYS';
/** Keys older than this many days are long-lived. */
export const MAX_KEY_AGE_DAYS = 90;
const DAY_MS = 86_400_000;
const DEPLOY_ACTIONS = ['lambda:UpdateFunctionCode', 'lambda:CreateFunction', 'lambda:UpdateFunctionConfiguration'];

/** Age of a key in whole days at `now`. */
export function keyAgeDays(key: AccessKeyInfo, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(key.createDate)) / DAY_MS);
}

/** The first deploy action the user may perform and on which function ARN, asked to the engine. */
export function deployPermission(snapshot: Snapshot, user: UserInfo): { action: string; resource: string } | undefined {
  const set = policySetForUser(snapshot, user);
  const { id, region, partition } = snapshot.account;
  const resources = [
    ...snapshot.functions.map((f) => f.arn),
    `arn:${partition}:lambda:${region}:${id}:function:laa-any-new-function`,
  ];
  for (const action of DEPLOY_ACTIONS) {
    for (const resource of resources) {
      const principal = { kind: 'user' as const, arn: user.arn, accountId: user.accountId, tags: user.tags };
      if (evaluate({ principal, action, resource }, set).decision === 'Allowed') return { action, resource };
    }
  }
  return undefined;
}

function keyFinding(
  user: UserInfo,
  keys: readonly AccessKeyInfo[],
  perm: { action: string; resource: string },
  now: Date,
): Finding {
  const oldest = Math.max(...keys.map((k) => keyAgeDays(k, now)));
  const keyLines = keys.map((k) => {
    const key = { keyId: k.accessKeyId, created: k.createDate, age: keyAgeDays(k, now) };
    return k.lastUsedDate === undefined
      ? msg('hygiene.keys.keyNeverUsed', key)
      : msg('hygiene.keys.key', { ...key, lastUsed: k.lastUsedDate });
  });
  const first = keys[0].accessKeyId;
  const title = msg('hygiene.keys.title', { user: user.name, count: keys.length, maxDays: MAX_KEY_AGE_DAYS, oldest });
  const summary = msg('hygiene.keys.summary', { user: user.name, action: perm.action, oldest });
  const permission = msg('hygiene.keys.permission', { action: perm.action, resource: perm.resource });
  const fixSummary = msg('hygiene.keys.fix');
  const note = msg('hygiene.keys.note');
  return buildFinding({
    check: hygieneLongLivedKeys,
    severity: 'low',
    principal: user.arn,
    title: en(title),
    action: perm.action,
    summary: en(summary),
    details: [...keyLines.map(en), en(permission)],
    fix: renderFix({
      kind: 'config-change',
      summary: en(fixSummary),
      cli: [
        `aws iam create-access-key --user-name ${cliArg(user.name)}`,
        `aws iam update-access-key --user-name ${cliArg(user.name)} --access-key-id ${first} --status Inactive`,
        `aws iam delete-access-key --user-name ${cliArg(user.name)} --access-key-id ${first}  # once nothing uses it`,
      ].join('\n'),
      cdk: [
        "const provider = iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(this, 'Oidc', '<oidc-provider-arn>');",
        "const deployRole = new iam.Role(this, 'DeployRole', {",
        "  assumedBy: new iam.OpenIdConnectPrincipal(provider, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:<org>/<repo>:*' } }),",
        '});',
      ].join('\n'),
      notes: [en(note)],
    }),
    text: { title, summary, fixSummary, lines: lines(...keyLines, permission, note) },
    references: [DOCS.accessKeys],
    key: { principal: user.arn, cause: keys.map((k) => k.accessKeyId).join(',') },
  });
}

function run({ snapshot, now }: CheckInput): CheckResult {
  const withKeys = snapshot.users.filter((u) => (u.accessKeys ?? []).some((k) => k.status === 'Active'));
  if (withKeys.length === 0) return notApplicable('No IAM user with an active access key in the snapshot.');
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const user of withKeys) {
    const old = (user.accessKeys ?? []).filter((k) => k.status === 'Active' && keyAgeDays(k, now) > MAX_KEY_AGE_DAYS);
    if (old.length === 0) continue;
    const perm = deployPermission(snapshot, user);
    if (perm) findings.push(keyFinding(user, old, perm, now));
    else notes.push(`${user.name} has old keys but no Lambda deploy permission.`);
  }
  return result(findings, notes);
}

/** The check object. */
export const hygieneLongLivedKeys: Check = {
  id: ID,
  title: 'Lambda deployers do not use long-lived access keys',
  topic: 'hygiene',
  category: 'hygiene',
  defaultSeverity: 'low',
  docsUrl: DOCS.accessKeys.url,
  fixKinds: ['config-change'],
  scope: 'account',
  run,
};
