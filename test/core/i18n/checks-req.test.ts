/**
 * Checks built on requirement lists, converted to catalog texts (issue 15, catalog checks-req.ts): in every
 * language other than English, title, summary, the fix summary the check writes, its detail lines and fix notes
 * are localized; identifiers pass through verbatim; every catalog ref matches a line the finding really carries;
 * the fingerprint does not depend on the language.
 */
import { ASYNC_DESTINATIONS } from '../../../lambda/core/checks/event-source/async-destinations';
import { ESM_PERMISSIONS } from '../../../lambda/core/checks/event-source/esm-permissions';
import { EFS_MOUNT } from '../../../lambda/core/checks/execution-role/efs-mount';
import { ROLE_LOGS_WRITE } from '../../../lambda/core/checks/execution-role/role-logs-write';
import { VPC_ENI_PERMISSIONS } from '../../../lambda/core/checks/execution-role/vpc-eni-permissions';
import { XRAY_TRACING } from '../../../lambda/core/checks/execution-role/xray-tracing';
import type { Check } from '../../../lambda/core/checks/types';
import type { Finding } from '../../../lambda/core/findings/types';
import { LANGS } from '../../../lambda/core/i18n';
import { renderChatbotNotification } from '../../../lambda/core/render/alerts/chatbot';
import { localizeFinding } from '../../../lambda/core/render/localize';
import type { FunctionInfo } from '../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, allow, doc, fn, role, single } from '../../support/factory';

const Q = `arn:aws:sqs:us-east-1:${ACCOUNT}:r-in`;
const MSK = `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/r-msk/abcd-1`;
const FS = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-1`;
const AP = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-1`;
const ENI = ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'];
const VPC_ENI = [...ENI, 'ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'];
const authzError = { state: 'Disabled', stateTransitionReason: 'EVENT_SOURCE_AUTHZ_ERROR' };

/** Check, function configuration, role policy, identifiers the title and summary must carry in every language. */
const CASES: [string, Check, Partial<FunctionInfo>, ReturnType<typeof doc>, string[]][] = [
  ['logs write', ROLE_LOGS_WRITE, {}, doc(), ['r-fn', '/aws/lambda/r-fn', 'r-fn-role']],
  [
    'VPC interfaces',
    VPC_ENI_PERMISSIONS,
    { vpc: { subnetIds: ['subnet-a'], securityGroupIds: ['sg-1'] } },
    doc(),
    ['r-fn', 'r-fn-role'],
  ],
  ['X-Ray', XRAY_TRACING, { tracingMode: 'Active' }, doc(), ['r-fn', 'r-fn-role', 'xray:PutTraceSegments', 'X-Ray']],
  [
    'EFS mount',
    EFS_MOUNT,
    { fileSystems: [{ arn: AP, localMountPath: '/mnt/data', fileSystemArn: FS }] },
    doc(),
    ['r-fn', '/mnt/data', FS, 'elasticfilesystem:ClientMount', 'DescribeFileSystemPolicy'],
  ],
  [
    'SQS mapping',
    ESM_PERMISSIONS,
    { eventSourceMappings: [{ uuid: 'u-1', kind: 'sqs', eventSourceArn: Q }] },
    doc(),
    ['r-fn', 'r-in', 'sqs:ReceiveMessage'],
  ],
  [
    'MSK mapping reports an authorization error',
    ESM_PERMISSIONS,
    { eventSourceMappings: [{ uuid: 'u-2', kind: 'msk', eventSourceArn: MSK, ...authzError }] },
    doc(allow(['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'], MSK), allow(VPC_ENI)),
    ['r-fn', 'r-msk', 'EVENT_SOURCE_AUTHZ_ERROR'],
  ],
  ['dead-letter queue', ASYNC_DESTINATIONS, { deadLetterTargetArn: Q }, doc(), ['r-fn', Q, 'sqs:SendMessage']],
];

function finding(check: Check, extra: Partial<FunctionInfo>, policy: ReturnType<typeof doc>): Finding {
  const f = fn('r-fn', 'r-fn-role', extra);
  return check.run({ snapshot: single(f, role('r-fn-role', { app: policy })), fn: f, now: NOW }).findings[0];
}

describe.each(CASES)('%s', (_name, check, extra, policy, ids) => {
  it('carries refs that each match a line the finding really has', () => {
    const f = finding(check, extra, policy);
    expect(f.text?.title && f.text.summary && f.text.fixSummary).toBeTruthy();
    const written = [...f.explanation.details, ...(f.fix?.notes ?? [])];
    // fix.propagation is attached to every fix: it localizes the fix renderers' note wherever they add it.
    const dead = (f.text?.lines ?? []).filter((l) => l.ref.key !== 'fix.propagation' && !written.includes(l.en));
    expect(dead.map((l) => l.ref.key)).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s: every text it writes localized, identifiers verbatim', (lang) => {
    const f = finding(check, extra, policy);
    const local = localizeFinding(f, lang);
    expect(local.title).not.toBe(f.title);
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    expect(local.fix?.summary).not.toBe(f.fix?.summary);
    const own = new Set((f.text?.lines ?? []).map((l) => l.en));
    for (const line of [...local.explanation.details, ...(local.fix?.notes ?? [])]) expect(own.has(line)).toBe(false);
    for (const id of ids) expect(`${local.title}\n${local.explanation.summary}`).toContain(id);
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(JSON.stringify(renderChatbotNotification(f, lang))).toContain(JSON.stringify(local.title).slice(1, -1));
  });
});
