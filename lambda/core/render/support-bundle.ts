/**
 * The support bundle: one markdown document with everything an AWS Support case about a Lambda
 * permission problem asks for — function ARN, the workflow (triggers, services, event source
 * mappings), intermittent or continuous, cross-account or not, roles and permissions involved,
 * the function's log lines around the denial and the exact UTC timestamp. It only formats data
 * from the snapshot, the findings and the denial: environment variable values are never in any of
 * them (only names). What the case looks like (continuous or not, cross-account or not) is worked out in
 * problem-pattern.ts, the log lines around the denial in log-window.ts. Headings, labels and sentences are in the
 * chosen language (issue 15; catalog/report-bundle.ts and report-case.ts); identifiers stay verbatim.
 */
import type { DeniedRequest } from '../cloudtrail/types';
import type { Finding } from '../findings/types';
import { DEFAULT_LANG, translator, type Lang, type Translate } from '../i18n';
import { withTypeNameIn } from '../policy/wording';
import type { FunctionInfo, RoleInfo, Snapshot } from '../snapshot/types';
import { logLinesAround } from './log-window';
import { localizeFinding, severityLabel } from './localize';
import { crossAccountReasons, problemPattern } from './problem-pattern';

const cell = (v: string | undefined): string => (v ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: string): string => `\`${v.replace(/`/g, "'")}\``;

function functionLines(fn: FunctionInfo, tr: Translate): string[] {
  const arch = fn.architectures ? ` (${fn.architectures.join(', ')})` : '';
  const runtime = fn.runtime ?? tr('report.bundle.containerImage');
  const state = {
    state: fn.state ?? tr('report.bundle.unknown'),
    reason: fn.stateReasonCode ? ` (${fn.stateReasonCode}: ${fn.stateReason ?? ''})` : '',
    update: fn.lastUpdateStatus ?? tr('report.bundle.unknown'),
    updateReason: fn.lastUpdateStatusReasonCode ? ` (${fn.lastUpdateStatusReasonCode})` : '',
  };
  const vpc = fn.vpc && {
    vpc: fn.vpc.vpcId ?? '?',
    subnets: fn.vpc.subnetIds.join(', '),
    groups: fn.vpc.securityGroupIds.join(', '),
  };
  const names = fn.environmentVariableNames;
  return [
    tr('report.bundle.arn', { arn: code(fn.arn) }),
    tr('report.bundle.accountRegion', { account: fn.accountId, region: fn.region }),
    tr('report.bundle.runtime', { runtime, packageType: fn.packageType, architectures: arch }),
    tr('report.bundle.executionRole', { arn: code(fn.roleArn) }),
    tr('report.bundle.state', state),
    tr('report.bundle.logGroup', { group: code(fn.logGroup ?? `/aws/lambda/${fn.name}`) }),
    ...(vpc ? [tr('report.bundle.vpc', vpc)] : []),
    ...(fn.kmsKeyArn ? [tr('report.bundle.kmsKey', { arn: code(fn.kmsKeyArn) })] : []),
    tr('report.bundle.envNames', { names: names.length > 0 ? names.join(', ') : tr('report.bundle.none') }),
  ].map((l) => `- ${l}`);
}

function functionSection(fn: FunctionInfo | undefined, fnArn: string, tr: Translate): string[] {
  const heading = `## ${tr('report.bundle.hFunction')}`;
  if (!fn) return [heading, '', `- ${tr('report.bundle.arnUnknown', { arn: code(fnArn) })}`];
  return [heading, '', ...functionLines(fn, tr)];
}

function otherIntegrations(fn: FunctionInfo, tr: Translate): string {
  const other = [
    fn.url ? tr('report.bundle.url', { authType: fn.url.authType }) : undefined,
    fn.deadLetterTargetArn ? tr('report.bundle.dlq', { arn: code(fn.deadLetterTargetArn) }) : undefined,
    fn.destinations?.onSuccess ? tr('report.bundle.onSuccess', { arn: code(fn.destinations.onSuccess) }) : undefined,
    fn.destinations?.onFailure ? tr('report.bundle.onFailure', { arn: code(fn.destinations.onFailure) }) : undefined,
    fn.tracingMode === 'Active' ? tr('report.bundle.xray') : undefined,
    ...(fn.fileSystems ?? []).map((f) => tr('report.bundle.efs', { arn: code(f.arn) })),
    ...(fn.layers ?? []).map((l) => tr('report.bundle.layer', { arn: code(l.arn) })),
  ].filter(Boolean);
  return tr('report.bundle.other', { list: other.length > 0 ? other.join(', ') : tr('report.bundle.none') });
}

function workflowSection(snapshot: Snapshot, fn: FunctionInfo | undefined, tr: Translate): string[] {
  const out = [`## ${tr('report.bundle.hWorkflow')}`, ''];
  if (!fn) return [...out, tr('report.bundle.workflowUnknown')];
  const triggers = snapshot.triggers.filter((t) => t.targetArn === fn.arn || t.targetArn.startsWith(`${fn.arn}:`));
  out.push(tr('report.bundle.triggers'), '');
  if (triggers.length === 0) out.push(`- ${tr('report.bundle.noneInSnapshot')}`);
  for (const t of triggers) {
    const parts = { kind: t.kind, source: code(t.sourceArn), target: code(t.targetArn), principal: t.servicePrincipal };
    out.push(`- ${tr('report.bundle.trigger', parts)}`);
  }
  out.push('', tr('report.bundle.mappings'), '');
  if (fn.eventSourceMappings.length === 0) out.push(`- ${tr('report.bundle.none')}`);
  for (const m of fn.eventSourceMappings) {
    const extra = [m.stateTransitionReason, m.lastProcessingResult].filter(Boolean).join('; ');
    const state = m.state ?? tr('report.bundle.unknown');
    const source = code(m.eventSourceArn ?? m.uuid);
    out.push(`- ${tr('report.bundle.mapping', { kind: m.kind, source, state, extra: extra ? ` (${extra})` : '' })}`);
  }
  out.push('', otherIntegrations(fn, tr));
  return out;
}

function roleLines(label: string, role: RoleInfo | undefined, arn: string, tr: Translate): string[] {
  if (!role) return [`- ${tr('report.bundle.roleUnknown', { label, arn: code(arn) })}`];
  const trusted = (
    Array.isArray(role.trustPolicy.Statement) ? role.trustPolicy.Statement : [role.trustPolicy.Statement]
  )
    .map((s) => JSON.stringify((s as { Principal?: unknown } | undefined)?.Principal ?? {}))
    .join(', ');
  const none = tr('report.bundle.none');
  return [
    `- ${tr('report.bundle.role', { label, arn: code(role.arn) })}`,
    `  - ${tr('report.bundle.trusts', { list: trusted || tr('report.bundle.nobody') })}`,
    `  - ${tr('report.bundle.inline', { list: role.inlinePolicies.map((p) => p.name).join(', ') || none })}`,
    `  - ${tr('report.bundle.managed', { list: role.attachedPolicies.map((p) => p.arn).join(', ') || none })}`,
    ...(role.permissionsBoundaryArn
      ? [`  - ${tr('report.bundle.boundary', { arn: role.permissionsBoundaryArn })}`]
      : []),
  ];
}

function permissionLines(findings: readonly Finding[], tr: Translate, denial?: DeniedRequest): string[] {
  const perms = new Set<string>();
  const on = (action: string, resource: string): string => tr('report.bundle.on', { action, resource });
  const denied = denial ? on(denial.action, denial.resource ?? '*') : undefined;
  if (denied) perms.add(tr('report.bundle.denied', { permission: denied }));
  for (const f of findings) {
    const p = f.action ? (f.resource ? on(f.action, f.resource) : f.action) : undefined;
    if (p && p !== denied && f.category !== 'change-correlation') perms.add(p);
  }
  return perms.size > 0 ? [...perms].sort().map((p) => `- ${p}`) : [`- ${tr('report.bundle.none')}`];
}

function rolesSection(
  snapshot: Snapshot,
  fn: FunctionInfo | undefined,
  findings: readonly Finding[],
  tr: Translate,
  denial?: DeniedRequest,
): string[] {
  const out = [`## ${tr('report.bundle.hRoles')}`, ''];
  const known = (arn: string): RoleInfo | undefined => snapshot.roles.find((r) => r.arn === arn);
  if (fn) out.push(...roleLines(tr('report.bundle.labelExecutionRole'), known(fn.roleArn), fn.roleArn, tr));
  const callerRole = denial?.caller.roleArn;
  if (callerRole && callerRole !== fn?.roleArn)
    out.push(...roleLines(tr('report.bundle.labelCallerRole'), known(callerRole), callerRole, tr));
  if (denial?.caller.type === 'IAMUser')
    out.push(`- ${tr('report.bundle.callerUser', { arn: code(denial.caller.arn ?? denial.caller.userName ?? '?') })}`);
  out.push('', tr('report.bundle.permissions'), '', ...permissionLines(findings, tr, denial));
  return out;
}

function denialSection(denial: DeniedRequest | undefined, tr: Translate): string[] {
  if (!denial) return [];
  const row = (key: Parameters<Translate>[0], value: string): string => `| ${tr(key)} | ${value} |`;
  const action = tr('report.bundle.on', { action: cell(denial.action), resource: cell(denial.resource) });
  return [
    `## ${tr('report.case.hDenied')}`,
    '',
    tr('report.case.tableHead'),
    '| --- | --- |',
    row('report.case.rowTime', cell(denial.eventTime)),
    row('report.case.rowEventId', cell(denial.eventId)),
    row('report.case.rowRequestId', cell(denial.requestId)),
    row('report.case.rowCaller', `${cell(denial.caller.arn)} (${cell(denial.caller.type)})`),
    row('report.case.rowAccessKey', cell(denial.caller.accessKeyId)),
    row('report.case.rowSource', `${cell(denial.sourceIp)} / ${cell(denial.userAgent)}`),
    row('report.case.rowApi', `${cell(denial.eventSource)} ${cell(denial.eventName)} (${cell(denial.region)})`),
    row('report.case.rowAction', action),
    row('report.case.rowError', `${cell(denial.errorCode)}: ${cell(denial.errorMessage)}`),
    '',
  ];
}

function findingsSection(findings: readonly Finding[], lang: Lang, tr: Translate): string[] {
  const out = [`## ${tr('report.case.hFindings')}`, ''];
  if (findings.length === 0) return [...out, tr('report.case.noFindings')];
  for (const f of findings.map((x) => localizeFinding(x, lang))) {
    const severity = severityLabel(lang, f.severity).toLocaleUpperCase(lang);
    out.push(`### ${severity} ${f.checkId}: ${f.title}`, '', f.explanation.summary);
    if (f.explanation.statements.length > 0) out.push('');
    for (const s of f.explanation.statements) {
      const statement = s.sid
        ? tr('report.case.sid', { sid: s.sid })
        : tr('report.case.index', { index: String(s.index) });
      const policy = withTypeNameIn(lang, s.policy, s.policyType);
      out.push(`- ${tr('report.case.statement', { effect: s.effect, policy, statement })}`);
    }
    if (f.fix)
      out.push(
        '',
        tr('report.case.fix', { summary: f.fix.summary }),
        ...(f.fix.cli ? ['', '```sh', f.fix.cli, '```'] : []),
      );
    out.push('');
  }
  return out;
}

function caseLines(
  snapshot: Snapshot,
  fn: FunctionInfo | undefined,
  fnArn: string,
  mine: readonly Finding[],
  lang: Lang,
  tr: Translate,
  denial?: DeniedRequest,
): string[] {
  const pattern = problemPattern(mine, denial, lang);
  const cross = crossAccountReasons(fn, mine, denial, lang);
  const time = denial?.eventTime ?? tr('report.case.noEvent', { takenAt: snapshot.provenance.takenAt });
  const first = mine[0] && localizeFinding(mine[0], lang).title;
  const deniedAction = denial && tr('report.case.deniedAction', { action: denial.action, errorCode: denial.errorCode });
  const answer =
    cross.length > 0 ? tr('report.case.crossYes', { reasons: cross.join('; ') }) : tr('report.case.crossNo');
  return [
    `# ${tr('report.case.title', { name: fn?.name ?? fnArn })}`,
    '',
    `- ${tr('report.case.functionArn', { arn: code(fn?.arn ?? fnArn) })}`,
    `- ${tr('report.case.time', { time })}`,
    `- ${tr('report.case.problem', { problem: first ?? deniedAction ?? tr('report.case.noneFound') })}`,
    `- ${tr('report.case.pattern', { sentence: pattern.sentence })}`,
    `- ${tr('report.case.crossAccount', { answer })}`,
    '',
  ];
}

function logSection(snapshot: Snapshot, fnArn: string, lang: Lang, tr: Translate, denial?: DeniedRequest): string[] {
  const logs = logLinesAround(snapshot.logExcerpts, fnArn, denial?.eventTime, lang);
  return [
    `## ${tr('report.case.hLogs')}`,
    '',
    ...(logs.lines.length > 0
      ? [tr('report.case.logsFrom', { source: logs.source ?? '' }), '', '```text', ...logs.lines, '```']
      : [tr('report.case.noLogs')]),
  ];
}

function sourceSection(snapshot: Snapshot, tr: Translate): string[] {
  const p = snapshot.provenance;
  const end = p.partial ? tr('report.case.partial') : tr('report.case.complete');
  return [
    `## ${tr('report.case.hSource')}`,
    '',
    tr('report.case.snapshot', { takenAt: p.takenAt, mode: p.mode, version: p.collectorVersion, end }),
    ...p.failedReads.map(
      (r) => `- ${tr('report.case.failedRead', { api: r.api, target: r.target, errorCode: r.errorCode })}`,
    ),
    '',
    tr('report.case.envNote'),
  ];
}

/**
 * Renders the support bundle for function `fnArn` in `lang` (default English).
 * @param findings the findings of this function (and of the denial)
 * @param denial the CloudTrail denial that started the investigation, when there is one
 */
export function renderSupportBundle(
  snapshot: Snapshot,
  fnArn: string,
  findings: readonly Finding[],
  denial?: DeniedRequest,
  lang: Lang = DEFAULT_LANG,
): string {
  const tr = translator(lang);
  const fn = snapshot.functions.find((f) => f.arn === fnArn || f.name === fnArn);
  const arn = fn?.arn ?? fnArn;
  const mine = findings.filter((f) =>
    f.function ? f.function.arn === arn : denial !== undefined && f.event?.eventId === denial.eventId,
  );
  return [
    ...caseLines(snapshot, fn, fnArn, mine, lang, tr, denial),
    ...denialSection(denial, tr),
    ...functionSection(fn, fnArn, tr),
    '',
    ...workflowSection(snapshot, fn, tr),
    '',
    ...rolesSection(snapshot, fn, mine, tr, denial),
    '',
    ...findingsSection(mine, lang, tr),
    ...logSection(snapshot, arn, lang, tr, denial),
    '',
    ...sourceSection(snapshot, tr),
    '',
  ].join('\n');
}
