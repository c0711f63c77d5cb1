/**
 * Load-time validation of a snapshot (from `--snapshot FILE`, a fixture or the collector). Pure: it
 * returns every problem as data, with the JSON path and what was expected, e.g.
 * `functions[3].roleArn: expected string, got number`. The checking vocabulary is in shape.ts.
 */

import { err, ok, type Result } from '../result';
import {
  arr,
  bool,
  dict,
  document,
  isRecord,
  kind,
  nullableDocument,
  obj,
  oneOf,
  opt,
  str,
  type SnapshotProblem,
} from './shape';
import { SNAPSHOT_SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS, TRIGGER_KINDS, type Snapshot } from './types';

export type { SnapshotProblem } from './shape';

const ESM_KINDS = ['sqs', 'kinesis', 'dynamodb', 'msk', 'kafka', 'mq', 'documentdb', 'unknown'];

const namedPolicy = obj({ name: str, arn: opt(str), document });
const attachedRef = obj({ arn: str, name: str });
const tags = dict(str);

const role = obj({
  arn: str,
  name: str,
  path: str,
  roleId: opt(str),
  accountId: str,
  trustPolicy: document,
  inlinePolicies: arr(namedPolicy),
  attachedPolicies: arr(attachedRef),
  permissionsBoundaryArn: opt(str),
  tags,
  lastUsed: opt(obj({ date: opt(str), region: opt(str) })),
});

const user = obj({
  arn: str,
  name: str,
  accountId: str,
  inlinePolicies: arr(namedPolicy),
  attachedPolicies: arr(attachedRef),
  groups: arr(str),
  permissionsBoundaryArn: opt(str),
  tags,
  accessKeys: opt(
    arr(obj({ accessKeyId: str, status: oneOf('Active', 'Inactive'), createDate: str, lastUsedDate: opt(str) })),
  ),
});

const group = obj({ arn: str, name: str, inlinePolicies: arr(namedPolicy), attachedPolicies: arr(attachedRef) });

const managedPolicy = obj({
  arn: str,
  name: str,
  awsManaged: bool,
  defaultVersionId: opt(str),
  document: opt(document),
});

const esm = obj({
  uuid: str,
  kind: oneOf(...ESM_KINDS),
  eventSourceArn: opt(str),
  state: opt(str),
  stateTransitionReason: opt(str),
  lastProcessingResult: opt(str),
  onFailureDestination: opt(str),
  sourceAccessConfigurations: opt(arr(obj({ type: str, uri: str }))),
  sourceKmsKeyArn: opt(str),
  filterCriteriaKmsKeyArn: opt(str),
  vpc: opt(bool),
});

const fn = obj({
  arn: str,
  name: str,
  accountId: str,
  region: str,
  runtime: opt(str),
  architectures: opt(arr(str)),
  roleArn: str,
  packageType: oneOf('Zip', 'Image'),
  imageUri: opt(str),
  vpc: opt(obj({ vpcId: opt(str), subnetIds: arr(str), securityGroupIds: arr(str) })),
  deadLetterTargetArn: opt(str),
  destinations: opt(obj({ onSuccess: opt(str), onFailure: opt(str) })),
  kmsKeyArn: opt(str),
  tracingMode: opt(oneOf('Active', 'PassThrough')),
  fileSystems: opt(
    arr(obj({ arn: str, localMountPath: str, fileSystemArn: opt(str), fileSystemPolicy: opt(nullableDocument) })),
  ),
  layers: opt(arr(obj({ arn: str, accountId: str }))),
  state: opt(str),
  stateReason: opt(str),
  stateReasonCode: opt(str),
  lastUpdateStatus: opt(str),
  lastUpdateStatusReason: opt(str),
  lastUpdateStatusReasonCode: opt(str),
  logGroup: opt(str),
  environmentVariableNames: arr(str),
  environmentResources: opt(arr(obj({ variable: str, arn: str }))),
  tags,
  resourcePolicy: nullableDocument,
  qualifierPolicies: opt(arr(obj({ qualifier: str, policy: nullableDocument }))),
  url: opt(obj({ url: str, authType: oneOf('AWS_IAM', 'NONE'), qualifier: opt(str) })),
  eventSourceMappings: arr(esm),
});

const trigger = obj({
  kind: oneOf(...TRIGGER_KINDS),
  sourceArn: str,
  sourceAccount: opt(str),
  targetArn: str,
  servicePrincipal: str,
});

const change = obj({
  eventId: str,
  eventTime: str,
  eventSource: str,
  eventName: str,
  actor: str,
  target: str,
  summary: str,
});

const logExcerpt = obj({
  functionArn: str,
  logGroup: str,
  from: str,
  to: str,
  lines: arr(obj({ timestamp: str, message: str })),
  truncated: bool,
});

const orgLevel = obj({ target: str, policies: arr(namedPolicy) });

const stringMap = dict(str);

const kmsGrant = obj({
  grantId: str,
  name: opt(str),
  granteePrincipal: opt(str),
  retiringPrincipal: opt(str),
  issuingAccount: opt(str),
  operations: arr(str),
  constraints: opt(obj({ encryptionContextEquals: opt(stringMap), encryptionContextSubset: opt(stringMap) })),
  creationDate: opt(str),
});

const kmsKey = obj({
  arn: str,
  keyPolicy: opt(document),
  awsManaged: opt(bool),
  grants: opt(arr(kmsGrant)),
  grantsComplete: opt(bool),
});

const resourcePolicyInfo = obj({
  arn: str,
  service: str,
  status: oneOf('present', 'none', 'not-found', 'unreadable', 'not-read'),
  document: opt(document),
  note: opt(str),
});

const trailCoverage = obj({
  name: str,
  arn: str,
  homeRegion: opt(str),
  multiRegion: bool,
  globalServiceEvents: bool,
  logging: opt(bool),
  management: opt(oneOf('All', 'WriteOnly', 'ReadOnly', 'None')),
  dataEventTypes: arr(str),
});

const provenance = obj({
  takenAt: str,
  mode: oneOf('function', 'sweep', 'fixture'),
  collectorVersion: str,
  failedReads: arr(obj({ api: str, target: str, errorCode: str, message: str, action: opt(str) })),
  partial: bool,
  auditorPrincipal: opt(str),
});

const snapshotShape = obj({
  schemaVersion: () => undefined, // checked first, separately, for a clearer message
  account: obj({ id: str, region: str, partition: str }),
  provenance,
  functions: arr(fn),
  roles: arr(role),
  users: arr(user),
  groups: arr(group),
  managedPolicies: arr(managedPolicy),
  triggers: arr(trigger),
  inventory: dict(obj({ complete: bool, arns: arr(str) }), TRIGGER_KINDS),
  permissionChanges: arr(change),
  logExcerpts: arr(logExcerpt),
  organization: opt(
    obj({
      id: opt(str),
      scpLevels: opt(arr(orgLevel)),
      rcpLevels: opt(arr(orgLevel)),
      source: opt(oneOf('collected', 'supplied')),
    }),
  ),
  kmsKeys: opt(arr(kmsKey)),
  resourcePolicies: opt(arr(resourcePolicyInfo)),
  trails: opt(obj({ complete: bool, trails: arr(trailCoverage) })),
  auditor: opt(
    obj({
      stackRegion: str,
      globalRegionCovered: opt(bool),
      denialRuleState: opt(str),
      denialRuleReadOnlyEvents: opt(bool),
    }),
  ),
  lastAccessed: opt(
    arr(
      obj({
        roleArn: str,
        completedAt: str,
        services: arr(
          obj({
            namespace: str,
            lastAuthenticated: opt(str),
            actions: opt(arr(obj({ action: str, lastAccessed: opt(str) }))),
          }),
        ),
      }),
    ),
  ),
});

/**
 * Validates an untrusted value (e.g. `JSON.parse` of a file) as a {@link Snapshot}.
 *
 * @returns the snapshot, or every problem found (at most 100) with its JSON path
 */
export function validateSnapshot(input: unknown): Result<Snapshot, SnapshotProblem[]> {
  if (!isRecord(input)) return err([{ path: '$', message: `expected snapshot object, got ${kind(input)}` }]);
  const version = input.schemaVersion;
  if (!(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    const got = version === undefined ? 'none' : JSON.stringify(version);
    return err([
      {
        path: 'schemaVersion',
        message: `unsupported schema version ${got}; this auditor reads schemaVersion ${SUPPORTED_SCHEMA_VERSIONS.join(' or ')} (current: ${SNAPSHOT_SCHEMA_VERSION}; re-collect the snapshot or upgrade the auditor)`,
      },
    ]);
  }
  const problems: SnapshotProblem[] = [];
  snapshotShape(input, '$', problems);
  return problems.length === 0 ? ok(input as unknown as Snapshot) : err(problems);
}

/** Formats problems one per line (`path: message`) for CLI and error output. */
export function formatSnapshotProblems(problems: readonly SnapshotProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
