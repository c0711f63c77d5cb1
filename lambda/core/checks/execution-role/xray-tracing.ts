/**
 * `LAA-XRAY-TRACING`: with active tracing the execution role needs `xray:PutTraceSegments` and
 * `xray:PutTelemetryRecords` (AWS-FACTS §7.3); the console adds them, API / IaC often do not.
 * Lambda injects `lambda:SourceFunctionArn` into `PutTraceSegments`.
 */
import { msg } from '../../i18n';
import { executionRole } from '../shared/can';
import { notApplicable, result } from '../shared/finding';
import { checkRequirements, requirementFinding } from '../shared/requirements';
import type { Check, CheckInput, CheckResult } from '../types';

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  if (fn.tracingMode !== 'Active') return notApplicable(`${fn.name} does not use active tracing.`);
  const view = executionRole(snapshot, fn);
  if (!view) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  const outcome = checkRequirements(view, fn, [
    { action: 'xray:PutTraceSegments', resource: '*', sourceFunctionArn: true },
    { action: 'xray:PutTelemetryRecords', resource: '*' },
  ]);
  if (outcome.denied.length === 0) return result([], outcome.notes);
  return result(
    [
      requirementFinding({
        check: XRAY_TRACING,
        fn,
        view,
        denied: outcome.denied,
        catalog: input.catalog,
        title: msg('req.xray.title', { fn: fn.name }),
        summary: msg('req.xray.summary', {
          role: view.role.name,
          actions: outcome.denied.map((a) => a.request.action).join(', '),
          fn: fn.name,
        }),
        policyName: 'laa-fix-xray',
        cdk: "fn.role?.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AWSXRayDaemonWriteAccess'));",
        fixNotes: [msg('req.xray.note', { code: 'tracing: lambda.Tracing.ACTIVE' })],
      }),
    ],
    outcome.notes,
  );
}

/** `LAA-XRAY-TRACING`. */
export const XRAY_TRACING: Check = {
  id: 'LAA-XRAY-TRACING',
  title: 'Active tracing can write to X-Ray',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
  fixKinds: ['identity-statement', 'remove-statement', 'boundary'],
  scope: 'function',
  run,
};
