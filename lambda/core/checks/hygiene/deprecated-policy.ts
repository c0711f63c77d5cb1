/**
 * LAA-HYGIENE-DEPRECATED-POLICY: the deprecated AWS managed policies `AWSLambdaFullAccess` and
 * `AWSLambdaReadOnlyAccess` are attached to a user, group or role. They no longer receive updates
 * (new Lambda features are missing from them) and cannot be newly attached; the replacements are
 * `AWSLambda_FullAccess` and `AWSLambda_ReadOnlyAccess` (AWS-FACTS §6.3). A customer-managed COPY of a
 * historical full-access policy (same statements as the AWS managed original in the snapshot,
 * checks/shared/full-access-copies.ts) is reported too: it is just as stale, and cannot be found by name.
 */
import type { Finding } from '../../findings/types';
import type { AttachedPolicyRef, Snapshot } from '../../snapshot/types';
import { cliArg, renderFix } from '../../fix';
import { fullAccessCopyOf } from '../shared/full-access-copies';
import { DOCS } from '../shared/references';
import { en, lines, msg } from '../../i18n';
import { buildFinding, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-HYGIENE-DEPRECATED-POLICY';

/** Deprecated policy name → replacement name. */
export const DEPRECATED_POLICIES: Readonly<Record<string, string>> = {
  AWSLambdaFullAccess: 'AWSLambda_FullAccess',
  AWSLambdaReadOnlyAccess: 'AWSLambda_ReadOnlyAccess',
};

/** The replacement of a deprecated AWS managed policy ARN, or undefined. */
export function replacementFor(arn: string): { name: string; replacement: string; replacementArn: string } | undefined {
  const m = /^arn:([\w-]+):iam::aws:policy\/(.+)$/.exec(arn);
  if (!m) return undefined;
  const replacement = DEPRECATED_POLICIES[m[2]];
  return replacement
    ? { name: m[2], replacement, replacementArn: `arn:${m[1]}:iam::aws:policy/${replacement}` }
    : undefined;
}

/** A deprecated policy attached by ARN: the AWS managed original, or a customer-managed copy of it. */
interface Deprecated extends NonNullable<ReturnType<typeof replacementFor>> {
  /** Set when the attached policy is a customer-managed copy of `name`. */
  readonly copy?: boolean;
}

/** The deprecated policy `arn` is, or is a customer-managed copy of (by document), if any. */
export function deprecatedAttachment(arn: string, snapshot: Snapshot): Deprecated | undefined {
  const direct = replacementFor(arn);
  if (direct) return direct;
  const policy = snapshot.managedPolicies.find((p) => p.arn === arn);
  const original = policy ? fullAccessCopyOf(policy, snapshot) : undefined;
  const partition = /^arn:([\w-]+):/.exec(arn)?.[1] ?? 'aws';
  const rep = original ? replacementFor(`arn:${partition}:iam::aws:policy/${original}`) : undefined;
  return rep ? { ...rep, copy: true } : undefined;
}

interface Holder {
  readonly kind: 'user' | 'group' | 'role';
  readonly name: string;
  readonly arn: string;
  readonly attached: readonly AttachedPolicyRef[];
}

function holders(snapshot: Snapshot): Holder[] {
  return [
    ...snapshot.users.map((u) => ({ kind: 'user' as const, name: u.name, arn: u.arn, attached: u.attachedPolicies })),
    ...snapshot.groups.map((g) => ({ kind: 'group' as const, name: g.name, arn: g.arn, attached: g.attachedPolicies })),
    ...snapshot.roles.map((r) => ({ kind: 'role' as const, name: r.name, arn: r.arn, attached: r.attachedPolicies })),
  ];
}

function deprecatedFinding(h: Holder, ref: AttachedPolicyRef, rep: Deprecated): Finding {
  const flag = `--${h.kind}-name ${cliArg(h.name)}`;
  const importExpr =
    h.kind === 'user'
      ? `iam.User.fromUserName(this, 'Holder', '${h.name}')`
      : h.kind === 'group'
        ? `iam.Group.fromGroupName(this, 'Holder', '${h.name}')`
        : `iam.Role.fromRoleName(this, 'Holder', '${h.name}')`;
  const names = { policy: rep.name, kind: h.kind, name: h.name, replacement: rep.replacement, copy: ref.name };
  const title = msg(rep.copy ? 'hygiene.deprecated.copyTitle' : 'hygiene.deprecated.title', names);
  const summary = msg(rep.copy ? 'hygiene.deprecated.copySummary' : 'hygiene.deprecated.summary', names);
  const fixSummary = msg('hygiene.deprecated.fix', names);
  const details = [
    msg('hygiene.deprecated.attached', { arn: ref.arn }),
    ...(rep.copy ? [msg('hygiene.deprecated.copySame', names)] : []),
    msg('hygiene.deprecated.stays'),
    msg('hygiene.deprecated.compare'),
  ];
  const notes = [msg('hygiene.deprecated.note'), msg('fix.propagation')];
  return buildFinding({
    check: hygieneDeprecatedPolicy,
    severity: 'medium',
    principal: h.arn,
    title: en(title),
    resource: ref.arn,
    summary: en(summary),
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details, ...notes) },
    fix: renderFix({
      kind: 'config-change',
      layer: 'identity',
      summary: en(fixSummary),
      cli: [
        `aws iam attach-${h.kind}-policy ${flag} --policy-arn ${rep.replacementArn}`,
        `aws iam detach-${h.kind}-policy ${flag} --policy-arn ${ref.arn}`,
      ].join('\n'),
      cdk: [
        `const holder = ${importExpr};`,
        `holder.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('${rep.replacement}'));`,
        `// and remove ManagedPolicy.fromAwsManagedPolicyName('${rep.name}') where it is attached`,
      ].join('\n'),
      notes: notes.map(en),
    }),
    references: [DOCS.managedPolicies],
    key: { principal: h.arn, resourcePattern: ref.arn },
  });
}

function run({ snapshot }: CheckInput): CheckResult {
  const all = holders(snapshot);
  if (all.length === 0)
    return { status: 'not-applicable', findings: [], notes: ['The snapshot has no users, groups or roles.'] };
  const findings: Finding[] = [];
  for (const h of all) {
    for (const ref of h.attached) {
      const rep = deprecatedAttachment(ref.arn, snapshot);
      if (rep) findings.push(deprecatedFinding(h, ref, rep));
    }
  }
  return result(
    findings,
    findings.length === 0 ? [`No deprecated Lambda managed policy among ${all.length} principals.`] : [],
  );
}

/** The check object. */
export const hygieneDeprecatedPolicy: Check = {
  id: ID,
  title: 'No deprecated Lambda managed policies are attached',
  topic: 'hygiene',
  category: 'hygiene',
  defaultSeverity: 'medium',
  docsUrl: DOCS.managedPolicies.url,
  fixKinds: ['config-change'],
  scope: 'account',
  run,
};
