/**
 * `LAA-EFS-MOUNT`: a function with an EFS access point mounts it with the execution role. What decides
 * is the file system policy (`fileSystems[].fileSystemPolicy`):
 * - none (`null`): EFS's default policy lets any client that reaches a mount target mount the file
 *   system without an IAM check, so the mount is not an IAM problem (pass, with a note);
 * - a policy: EFS evaluates it as the resource-based policy together with the role's policies (in the
 *   same account an allow in either is enough) for `elasticfilesystem:ClientMount` (+ `ClientWrite`
 *   for read-write) on the file system, with the context Lambda's mount carries:
 *   `elasticfilesystem:AccessPointArn`, `elasticfilesystem:AccessedViaMountTarget` = true,
 *   `aws:SecureTransport` = true (Lambda always mounts with TLS) and `lambda:SourceFunctionArn`;
 * - unknown (absent): as if the policy granted nothing, and the finding says the policy was not readable.
 */
import type { Finding } from '../../findings/types';
import { msg, type MessageRef } from '../../i18n';
import type { ContextValue } from '../../policy/model';
import { resourcePolicy } from '../../snapshot/policy-sets';
import type { FunctionInfo } from '../../snapshot/types';
import { executionRole, type ExecutionRoleView } from '../shared/can';
import { notApplicable, result } from '../shared/finding';
import { checkRequirements, requirementFinding, type RequirementOutcome } from '../shared/requirements';
import type { Check, CheckInput, CheckResult } from '../types';

/** One mount of a function (an entry of `FunctionInfo.fileSystems`). */
type Mount = NonNullable<FunctionInfo['fileSystems']>[number];

/** File system ARN of a mount: the explicit one, or derived from a `file-system/` ARN. */
export function fileSystemArn(mount: { readonly arn: string; readonly fileSystemArn?: string }): string | undefined {
  if (mount.fileSystemArn) return mount.fileSystemArn;
  return mount.arn.includes(':file-system/') ? mount.arn : undefined;
}

/** The request context of Lambda's mount through access point `accessPointArn` (as EFS sets it). */
export function mountContext(accessPointArn: string): Readonly<Record<string, ContextValue>> {
  return {
    'elasticfilesystem:AccessPointArn': accessPointArn,
    'elasticfilesystem:AccessedViaMountTarget': 'true',
    'aws:SecureTransport': 'true',
  };
}

const EFS_CODES = new Set(['EFSMountFailure', 'EFSIOError']);

function mountFailing(fn: FunctionInfo): boolean {
  return EFS_CODES.has(fn.stateReasonCode ?? '') || EFS_CODES.has(fn.lastUpdateStatusReasonCode ?? '');
}

function writeOnly(denied: readonly { readonly request: { readonly action: string } }[]): boolean {
  return denied.every((a) => a.request.action === 'elasticfilesystem:ClientWrite');
}

function openNote(fn: FunctionInfo, mount: Mount, fsArn: string): string {
  const failing = mountFailing(fn)
    ? ` Lambda reports ${fn.stateReasonCode ?? fn.lastUpdateStatusReasonCode}: with no file system policy the cause is the network path (a mount target in each of the function's Availability Zones, security groups allowing NFS on port 2049), not IAM.`
    : '';
  return (
    `${fsArn} (${mount.localMountPath}) has no file system policy, so EFS lets any client that can reach a mount target mount it without an IAM check. ` +
    `Consider a file system policy that grants elasticfilesystem:ClientMount / ClientWrite only to the roles that need them.${failing}`
  );
}

function evaluateMount(view: ExecutionRoleView, fn: FunctionInfo, mount: Mount, fsArn: string): RequirementOutcome {
  const policy = mount.fileSystemPolicy
    ? resourcePolicy(mount.fileSystemPolicy, `file system policy of ${fsArn}`)
    : undefined;
  const context = mountContext(mount.arn);
  return checkRequirements(view, fn, [
    {
      action: 'elasticfilesystem:ClientMount',
      resource: fsArn,
      context,
      sourceFunctionArn: true,
      resourcePolicy: policy,
    },
    { action: 'elasticfilesystem:ClientWrite', resource: fsArn, context, resourcePolicy: policy },
  ]);
}

function summary(view: ExecutionRoleView, mount: Mount, fsArn: string, actions: string): MessageRef {
  const params = { fs: fsArn, role: view.role.name, actions, path: mount.localMountPath };
  if (mount.fileSystemPolicy) return msg('req.efs.summaryPolicy', params);
  return msg('req.efs.summaryUnread', { ...params, api: 'DescribeFileSystemPolicy' });
}

function mountFinding(
  input: CheckInput,
  fn: FunctionInfo,
  view: ExecutionRoleView,
  mount: Mount,
  fsArn: string,
  out: RequirementOutcome,
): Finding {
  const actions = out.denied.map((a) => a.request.action).join(', ');
  return requirementFinding({
    check: EFS_MOUNT,
    fn,
    view,
    denied: out.denied,
    catalog: input.catalog,
    severity: mountFailing(fn) ? 'high' : writeOnly(out.denied) ? 'low' : 'medium',
    title: msg('req.efs.title', { fn: fn.name, path: mount.localMountPath }),
    summary: summary(view, mount, fsArn, actions),
    policyName: 'laa-fix-efs-mount',
    details: [
      msg('req.efs.accessPoint', { arn: mount.arn }),
      mount.fileSystemPolicy ? msg('req.efs.policyEvaluated', { fs: fsArn }) : msg('req.efs.policyUnread'),
      ...(mountFailing(fn)
        ? [msg('req.lambdaReports', { reason: `${fn.stateReason ?? fn.lastUpdateStatusReason ?? fn.stateReasonCode}` })]
        : []),
    ],
    fixNotes: [
      msg('req.efs.writeNote', { action: 'elasticfilesystem:ClientWrite' }),
      msg('req.efs.cdkNote', { code: 'fileSystem.grantReadWrite(fn)' }),
      ...(mount.fileSystemPolicy
        ? [msg('req.efs.policyNote', { fs: fsArn, cli: 'aws efs put-file-system-policy' })]
        : []),
    ],
    cause: `efs:${mount.arn}`,
  });
}

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  if (!fn.fileSystems || fn.fileSystems.length === 0) return notApplicable(`${fn.name} mounts no file system.`);
  const view = executionRole(snapshot, fn);
  if (!view) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const mount of fn.fileSystems) {
    const fsArn = fileSystemArn(mount);
    if (!fsArn) {
      notes.push(`Undecided: the file system of ${mount.arn} is unknown (DescribeAccessPoints not collected).`);
      continue;
    }
    if (mount.fileSystemPolicy === null) {
      notes.push(openNote(fn, mount, fsArn));
      continue;
    }
    const outcome = evaluateMount(view, fn, mount, fsArn);
    notes.push(...outcome.notes);
    if (outcome.denied.length > 0) findings.push(mountFinding(input, fn, view, mount, fsArn, outcome));
  }
  return result(findings, notes);
}

/** `LAA-EFS-MOUNT`. */
export const EFS_MOUNT: Check = {
  id: 'LAA-EFS-MOUNT',
  title: 'EFS file systems can be mounted',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html',
  fixKinds: ['identity-statement', 'remove-statement', 'boundary'],
  scope: 'function',
  run,
};
