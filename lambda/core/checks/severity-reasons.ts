/**
 * Why each check has its default severity (issue 13: every finding type has a documented default severity
 * and a reason). One table keyed by check ID, so docs/checks.md shows it next to the severity; a test
 * fails when a registered check has no reason. Scale: high = a call fails (or the account can be taken
 * over); medium = a call will fail in some cases, or the auditor cannot see failures; low = hygiene or
 * hardening, below the default alert threshold (`medium`); info = context only.
 */

/** The reason for the default severity, by check ID. */
export const SEVERITY_REASONS: Readonly<Record<string, string>> = {
  'LAA-ROLE-DENIED-ACTION': 'A call the function made was denied: it is failing now.',
  'LAA-ROLE-TRUST-LAMBDA': 'Lambda cannot assume the role: every invocation (and deployment) fails.',
  'LAA-ROLE-LOGS-WRITE': 'Without logs every other failure of the function is invisible.',
  'LAA-VPC-ENI-PERMISSIONS': 'A VPC function without ENI permissions cannot be created, updated or scaled.',
  'LAA-FUNCTION-STATE-PERMISSION': 'Lambda itself reports the function Failed / Inactive because of a permission.',
  'LAA-ENV-KMS-DECRYPT': 'The function cannot decrypt its environment: every invocation fails.',
  'LAA-XRAY-TRACING': 'Traces are lost; the function itself keeps working.',
  'LAA-EFS-MOUNT': 'Invocations that mount the file system fail; configuration-time checks may hide it.',
  'LAA-LAMBDA-REJECTED-CONFIG': 'A deployment was rejected: the change did not happen.',
  'LAA-ROLE-SHADOWED-GRANT': 'A call the role was meant to make will be denied the first time the function makes it.',
  'LAA-CONFIGURED-UNUSABLE':
    'The role may do nothing with a resource the configuration names: the first call to it will be denied (only when NO typical action is allowed).',
  'LAA-ROLE-OVER-BROAD':
    'High when code running as the role can take over the account (`*`, `iam:*`, PassRole on `*`); low for service-wide data grants (least-privilege hygiene).',
  'LAA-ROLE-TRUST-CONFUSED-DEPUTY':
    'Optional hardening, not a permission problem: IAM roles cannot be passed across accounts.',
  'LAA-SELF-ASSUME-ROLE':
    'The function fails where it assumes its own role, but the call is unnecessary: removing it fixes the failure.',
  'LAA-LAMBDA-CANNOT-ASSUME-ROLE':
    'Lambda cannot assume the role: every function using it fails to run (and to deploy).',
  'LAA-CROSS-ACCOUNT-RESOURCE': "A call on another account's resource was denied: it is failing now.",
  'LAA-IDENTITY-INVOKE':
    'A user or role was denied invoking or reading a function: the call failed now (console reads take the configured console-read severity, default medium).',
  'LAA-LAYER-DENIED-DEPLOY': "A deployment that uses another account's layer was denied: the change did not happen.",
  'LAA-S3-NOTIFICATION-DESTINATION':
    'S3 refused to save the event notification: no object event reaches the function until the permission exists.',
  'LAA-ESM-PERMISSIONS': 'The mapping cannot poll its source: records pile up or the mapping is disabled.',
  'LAA-ASYNC-DESTINATIONS': 'Only failed or completed asynchronous events are lost; the function itself runs.',
  'LAA-TRIGGER-INVOKE-PERMISSION': 'The trigger cannot invoke the function: its events are dropped.',
  'LAA-TRIGGER-ORPHANED-STATEMENT': 'A leftover grant to a source that no longer exists: hygiene.',
  'LAA-URL-MISSING-INVOKE-STATEMENT': 'Callers of the function URL get 403 Forbidden.',
  'LAA-EXPOSURE-PUBLIC-POLICY': 'Anyone on the internet may invoke the function.',
  'LAA-EXPOSURE-CONFUSED-DEPUTY':
    "Another account's resource of the same service could invoke the function through the service principal.",
  'LAA-EXPOSURE-EXTERNAL-ACCOUNT': 'An account outside the organization may invoke or manage the function.',
  'LAA-URL-PUBLIC': 'The function URL accepts unauthenticated requests; the function may intend that.',
  'LAA-DEPLOYER-PASSROLE': 'The deployment fails at iam:PassRole: the function cannot be created or updated.',
  'LAA-DEPLOYER-DENIED-ACTION': 'A person or pipeline could not manage a function; production keeps running.',
  'LAA-CROSS-ACCOUNT-ASSUME': 'The cross-account call fails on every invocation that needs it.',
  'LAA-LAYER-CROSS-ACCOUNT': "Context: the function depends on another account's layer policy.",
  'LAA-IMAGE-CROSS-ACCOUNT-ECR': "The function depends on another account's repository policy at deployment.",
  'LAA-HYGIENE-DEPRECATED-POLICY':
    'Deprecated managed policies (or copies of them) grant far more than a function needs and no longer change.',
  'LAA-HYGIENE-LONG-LIVED-KEYS': 'Long-lived keys are a leak risk; nothing fails today.',
  'LAA-CHANGE-CORRELATION': 'Points at the change that most likely caused a denial; the denial has its own finding.',
  'LAA-AUDITOR-READ-DENIED': "The auditor's findings are incomplete where it could not read.",
  'LAA-AUDITOR-COVERAGE':
    'Medium when no denial (or no read-only denial) reaches the auditor, high when its own rule is disabled, low for data events (billed per event) and IAM/STS outside us-east-1.',
};
