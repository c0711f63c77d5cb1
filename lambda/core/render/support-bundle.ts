/**
 * The support bundle: one markdown document with everything an AWS Support case about a Lambda
 * permission problem asks for — function ARN, the workflow (triggers, services, event source
 * mappings), intermittent or continuous, cross-account or not, roles and permissions involved,
 * the function's log lines around the denial and the exact UTC timestamp. It only formats data
 * from the snapshot, the findings and the denial: environment variable values are never in any of
 * them (only names). What the case looks like (continuous or not, cross-account or not) is worked out in
 * problem-pattern.ts, the log lines around the denial in log-window.ts.
 */
import type { DeniedRequest } from '../cloudtrail/types';
import type { Finding } from '../findings/types';
import { withTypeName } from '../policy/wording';
import type { FunctionInfo, RoleInfo, Snapshot } from '../snapshot/types';
import { logLinesAround } from './log-window';
import { crossAccountReasons, problemPattern } from './problem-pattern';

const cell = (v: string | undefined): string => (v ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: string): string => `\`${v.replace(/`/g, "'")}\``;

function functionSection(fn: FunctionInfo | undefined, fnArn: string): string[] {
  if (!fn) return ['## Function', '', `- ARN: ${code(fnArn)} (not in the snapshot: configuration unknown)`];
  return [
    '## Function',
    '',
    `- ARN: ${code(fn.arn)}`,
    `- Account / Region: ${fn.accountId} / ${fn.region}`,
    `- Runtime / package: ${fn.runtime ?? 'container image'} / ${fn.packageType}${fn.architectures ? ` (${fn.architectures.join(', ')})` : ''}`,
    `- Execution role: ${code(fn.roleArn)}`,
    `- State: ${fn.state ?? 'unknown'}${fn.stateReasonCode ? ` (${fn.stateReasonCode}: ${fn.stateReason ?? ''})` : ''}; last update: ${fn.lastUpdateStatus ?? 'unknown'}${fn.lastUpdateStatusReasonCode ? ` (${fn.lastUpdateStatusReasonCode})` : ''}`,
    `- Log group: ${code(fn.logGroup ?? `/aws/lambda/${fn.name}`)}`,
    ...(fn.vpc
      ? [
          `- VPC: ${fn.vpc.vpcId ?? '?'}, subnets ${fn.vpc.subnetIds.join(', ')}, security groups ${fn.vpc.securityGroupIds.join(', ')}`,
        ]
      : []),
    ...(fn.kmsKeyArn ? [`- Environment KMS key: ${code(fn.kmsKeyArn)}`] : []),
    `- Environment variables (names only): ${fn.environmentVariableNames.length > 0 ? fn.environmentVariableNames.join(', ') : 'none'}`,
  ];
}

function workflowSection(snapshot: Snapshot, fn: FunctionInfo | undefined): string[] {
  const out = ['## Workflow', ''];
  if (!fn) return [...out, 'Unknown (function not in the snapshot).'];
  const triggers = snapshot.triggers.filter((t) => t.targetArn === fn.arn || t.targetArn.startsWith(`${fn.arn}:`));
  out.push('Triggers (invoke through the resource policy):', '');
  if (triggers.length === 0) out.push('- none in the snapshot');
  for (const t of triggers)
    out.push(`- ${t.kind}: ${code(t.sourceArn)} → ${code(t.targetArn)} as ${t.servicePrincipal}`);
  out.push('', 'Event source mappings (poll with the execution role):', '');
  if (fn.eventSourceMappings.length === 0) out.push('- none');
  for (const m of fn.eventSourceMappings) {
    const extra = [m.stateTransitionReason, m.lastProcessingResult].filter(Boolean).join('; ');
    out.push(
      `- ${m.kind}: ${code(m.eventSourceArn ?? m.uuid)} state ${m.state ?? 'unknown'}${extra ? ` (${extra})` : ''}`,
    );
  }
  const other = [
    fn.url ? `function URL (${fn.url.authType})` : undefined,
    fn.deadLetterTargetArn ? `DLQ ${code(fn.deadLetterTargetArn)}` : undefined,
    fn.destinations?.onSuccess ? `on-success ${code(fn.destinations.onSuccess)}` : undefined,
    fn.destinations?.onFailure ? `on-failure ${code(fn.destinations.onFailure)}` : undefined,
    fn.tracingMode === 'Active' ? 'X-Ray active tracing' : undefined,
    ...(fn.fileSystems ?? []).map((f) => `EFS ${code(f.arn)}`),
    ...(fn.layers ?? []).map((l) => `layer ${code(l.arn)}`),
  ].filter(Boolean);
  out.push('', `Other integrations: ${other.length > 0 ? other.join(', ') : 'none'}`);
  return out;
}

function roleLines(label: string, role: RoleInfo | undefined, arn: string): string[] {
  if (!role) return [`- ${label}: ${code(arn)} (not in the snapshot)`];
  const trusted = (
    Array.isArray(role.trustPolicy.Statement) ? role.trustPolicy.Statement : [role.trustPolicy.Statement]
  )
    .map((s) => JSON.stringify((s as { Principal?: unknown } | undefined)?.Principal ?? {}))
    .join(', ');
  return [
    `- ${label}: ${code(role.arn)}`,
    `  - trusts: ${trusted || 'nobody'}`,
    `  - inline policies: ${role.inlinePolicies.map((p) => p.name).join(', ') || 'none'}`,
    `  - managed policies: ${role.attachedPolicies.map((p) => p.arn).join(', ') || 'none'}`,
    ...(role.permissionsBoundaryArn ? [`  - permissions boundary: ${role.permissionsBoundaryArn}`] : []),
  ];
}

function rolesSection(
  snapshot: Snapshot,
  fn: FunctionInfo | undefined,
  findings: readonly Finding[],
  denial?: DeniedRequest,
): string[] {
  const out = ['## Roles and permissions involved', ''];
  if (fn)
    out.push(
      ...roleLines(
        'Execution role',
        snapshot.roles.find((r) => r.arn === fn.roleArn),
        fn.roleArn,
      ),
    );
  const callerRole = denial?.caller.roleArn;
  if (callerRole && callerRole !== fn?.roleArn)
    out.push(
      ...roleLines(
        'Caller role',
        snapshot.roles.find((r) => r.arn === callerRole),
        callerRole,
      ),
    );
  if (denial?.caller.type === 'IAMUser')
    out.push(`- Caller user: ${code(denial.caller.arn ?? denial.caller.userName ?? '?')}`);
  const perms = new Set<string>();
  const denied = denial ? `${denial.action} on ${denial.resource ?? '*'}` : undefined;
  if (denied) perms.add(`${denied} (denied)`);
  for (const f of findings) {
    const p = f.action ? `${f.action}${f.resource ? ` on ${f.resource}` : ''}` : undefined;
    if (p && p !== denied && f.category !== 'change-correlation') perms.add(p);
  }
  out.push(
    '',
    'Permissions in question:',
    '',
    ...(perms.size > 0 ? [...perms].sort().map((p) => `- ${p}`) : ['- none']),
  );
  return out;
}

function denialSection(denial: DeniedRequest | undefined): string[] {
  if (!denial) return [];
  return [
    '## The denied request (CloudTrail)',
    '',
    '| Field | Value |',
    '| --- | --- |',
    `| Time (UTC) | ${cell(denial.eventTime)} |`,
    `| Event ID | ${cell(denial.eventId)} |`,
    `| Request ID | ${cell(denial.requestId)} |`,
    `| Caller | ${cell(denial.caller.arn)} (${cell(denial.caller.type)}) |`,
    `| Access key ID | ${cell(denial.caller.accessKeyId)} |`,
    `| Source IP / user agent | ${cell(denial.sourceIp)} / ${cell(denial.userAgent)} |`,
    `| API | ${cell(denial.eventSource)} ${cell(denial.eventName)} (${cell(denial.region)}) |`,
    `| Action / resource | ${cell(denial.action)} on ${cell(denial.resource)} |`,
    `| Error | ${cell(denial.errorCode)}: ${cell(denial.errorMessage)} |`,
    '',
  ];
}

function findingsSection(findings: readonly Finding[]): string[] {
  const out = ['## Findings', ''];
  if (findings.length === 0) return [...out, 'None.'];
  for (const f of findings) {
    out.push(`### ${f.severity.toUpperCase()} ${f.checkId}: ${f.title}`, '', f.explanation.summary);
    if (f.explanation.statements.length > 0) out.push('');
    for (const s of f.explanation.statements)
      out.push(`- ${s.effect} in ${withTypeName(s.policy, s.policyType)} ${s.sid ? `Sid "${s.sid}"` : `#${s.index}`}`);
    if (f.fix) out.push('', `Fix: ${f.fix.summary}`, ...(f.fix.cli ? ['', '```sh', f.fix.cli, '```'] : []));
    out.push('');
  }
  return out;
}

/**
 * Renders the support bundle for function `fnArn`.
 * @param findings the findings of this function (and of the denial)
 * @param denial the CloudTrail denial that started the investigation, when there is one
 */
export function renderSupportBundle(
  snapshot: Snapshot,
  fnArn: string,
  findings: readonly Finding[],
  denial?: DeniedRequest,
): string {
  const fn = snapshot.functions.find((f) => f.arn === fnArn || f.name === fnArn);
  const arn = fn?.arn ?? fnArn;
  const mine = findings.filter((f) =>
    f.function ? f.function.arn === arn : denial !== undefined && f.event?.eventId === denial.eventId,
  );
  const pattern = problemPattern(mine, denial);
  const cross = crossAccountReasons(fn, mine, denial);
  const logs = logLinesAround(snapshot.logExcerpts, fn?.arn ?? fnArn, denial?.eventTime);
  return [
    `# AWS Support case: Lambda permission problem — ${fn?.name ?? fnArn}`,
    '',
    `- Function ARN: ${code(fn?.arn ?? fnArn)}`,
    `- Exact time (UTC): ${denial?.eventTime ?? `no failure event; snapshot taken ${snapshot.provenance.takenAt}`}`,
    `- Problem: ${mine[0]?.title ?? (denial ? `${denial.action} denied (${denial.errorCode})` : 'none found')}`,
    `- Pattern: ${pattern.sentence}`,
    `- Cross-account: ${cross.length > 0 ? `yes — ${cross.join('; ')}` : 'no'}`,
    '',
    ...denialSection(denial),
    ...functionSection(fn, fnArn),
    '',
    ...workflowSection(snapshot, fn),
    '',
    ...rolesSection(snapshot, fn, mine, denial),
    '',
    ...findingsSection(mine),
    '## Function log lines around the time',
    '',
    ...(logs.lines.length > 0
      ? [`From ${logs.source}:`, '', '```text', ...logs.lines, '```']
      : ['No log excerpt in the snapshot for this function.']),
    '',
    '## Data source',
    '',
    `Snapshot taken ${snapshot.provenance.takenAt} (${snapshot.provenance.mode}, collector ${snapshot.provenance.collectorVersion})${snapshot.provenance.partial ? '; PARTIAL: some reads failed:' : '.'}`,
    ...snapshot.provenance.failedReads.map((r) => `- ${r.api} on ${r.target}: ${r.errorCode}`),
    '',
    'Environment variable values are never collected; only their names appear above.',
    '',
  ].join('\n');
}
