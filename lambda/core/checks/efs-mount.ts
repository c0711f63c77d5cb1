/**
 * `LAA-EFS-MOUNT`: a function with an EFS access point mounts it with the execution role:
 * `elasticfilesystem:ClientMount` (+ `ClientWrite` for read-write) on the file system, asked with
 * `elasticfilesystem:AccessPointArn` and the `lambda:SourceFunctionArn` Lambda injects. A file
 * system policy (not in the snapshot) may grant these too, so a missing allow is medium.
 */
import type { Finding } from '../findings/types';
import type { FunctionInfo } from '../snapshot/types';
import { executionRole } from './lib/can';
import { notApplicable, result } from './lib/finding';
import { checkRequirements, requirementFinding } from './lib/requirements';
import type { Check, CheckInput, CheckResult } from './types';

/** File system ARN of a mount: the explicit one, or derived from a `file-system/` ARN. */
export function fileSystemArn(mount: { readonly arn: string; readonly fileSystemArn?: string }): string | undefined {
  if (mount.fileSystemArn) return mount.fileSystemArn;
  return mount.arn.includes(':file-system/') ? mount.arn : undefined;
}

const EFS_CODES = new Set(['EFSMountFailure', 'EFSIOError']);

function mountFailing(fn: FunctionInfo): boolean {
  return EFS_CODES.has(fn.stateReasonCode ?? '') || EFS_CODES.has(fn.lastUpdateStatusReasonCode ?? '');
}

function writeOnly(denied: readonly { readonly request: { readonly action: string } }[]): boolean {
  return denied.every((a) => a.request.action === 'elasticfilesystem:ClientWrite');
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
    const context = { 'elasticfilesystem:AccessPointArn': mount.arn };
    const outcome = checkRequirements(view, fn, [
      { action: 'elasticfilesystem:ClientMount', resource: fsArn, context, sourceFunctionArn: true },
      { action: 'elasticfilesystem:ClientWrite', resource: fsArn, context },
    ]);
    notes.push(...outcome.notes);
    if (outcome.denied.length === 0) continue;
    findings.push(
      requirementFinding({
        check: EFS_MOUNT,
        fn,
        view,
        denied: outcome.denied,
        catalog: input.catalog,
        severity: mountFailing(fn) ? 'high' : writeOnly(outcome.denied) ? 'low' : 'medium',
        title: `${fn.name} may not be able to mount ${mount.localMountPath}`,
        summary: `The execution role ${view.role.name} is denied ${outcome.denied.map((a) => a.request.action).join(', ')} on ${fsArn}, so mounting ${mount.localMountPath} fails unless the file system policy grants it.`,
        policyName: 'laa-fix-efs-mount',
        details: [
          `Access point: ${mount.arn}`,
          ...(mountFailing(fn)
            ? [`Lambda reports: ${fn.stateReason ?? fn.lastUpdateStatusReason ?? fn.stateReasonCode}`]
            : []),
        ],
        fixNotes: [
          'elasticfilesystem:ClientWrite is only needed for read-write mounts.',
          'CDK: fileSystem.grantReadWrite(fn) grants both.',
        ],
        cause: `efs:${mount.arn}`,
      }),
    );
  }
  return result(findings, notes);
}

/** `LAA-EFS-MOUNT`. */
export const EFS_MOUNT: Check = {
  id: 'LAA-EFS-MOUNT',
  title: 'EFS file systems can be mounted',
  category: 'execution-role',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html',
  scope: 'function',
  run,
};
