import { formatSnapshotProblems, validateSnapshot } from '../../../lambda/core/snapshot/validate';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../../lambda/core/snapshot/types';

const fn = (i: number) => ({
  arn: `arn:aws:lambda:us-east-1:123456789012:function:f${i}`,
  name: `f${i}`,
  accountId: '123456789012',
  region: 'us-east-1',
  roleArn: 'arn:aws:iam::123456789012:role/r',
  packageType: 'Zip',
  environmentVariableNames: ['A'],
  tags: {},
  resourcePolicy: null,
  eventSourceMappings: [],
});

const valid = (): Record<string, unknown> => ({
  schemaVersion: SNAPSHOT_SCHEMA_VERSION,
  account: { id: '123456789012', region: 'us-east-1', partition: 'aws' },
  provenance: {
    takenAt: '2026-11-23T00:00:00Z',
    mode: 'fixture',
    collectorVersion: '0.1.0',
    failedReads: [],
    partial: false,
  },
  functions: [fn(0), fn(1), fn(2), fn(3)],
  roles: [
    {
      arn: 'arn:aws:iam::123456789012:role/r',
      name: 'r',
      path: '/',
      accountId: '123456789012',
      trustPolicy: { Version: '2012-10-17', Statement: [] },
      inlinePolicies: [],
      attachedPolicies: [],
      tags: {},
    },
  ],
  users: [],
  groups: [],
  managedPolicies: [],
  triggers: [],
  inventory: { sns: { complete: true, arns: [] } },
  permissionChanges: [],
  logExcerpts: [],
});

type Mutate = (s: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('validateSnapshot', () => {
  it('accepts a valid snapshot and returns it unchanged', () => {
    const input = valid();
    const result = validateSnapshot(input);
    expect(result).toEqual({ ok: true, value: input as unknown as Snapshot });
  });

  it.each<[string, Mutate, { path: string; message: string }[]]>([
    [
      'wrong type deep in a list',
      (s) => (s.functions[3].roleArn = 42),
      [{ path: 'functions[3].roleArn', message: 'expected string, got number' }],
    ],
    [
      'missing required property',
      (s) => delete s.provenance.takenAt,
      [{ path: 'provenance.takenAt', message: 'required property is missing' }],
    ],
    [
      'URL-encoded document left undecoded',
      (s) => (s.roles[0].trustPolicy = '%7B%7D'),
      [{ path: 'roles[0].trustPolicy', message: 'expected decoded policy object, got string (decode it first)' }],
    ],
    [
      'bad enum value',
      (s) => (s.functions[0].packageType = 'Jar'),
      [{ path: 'functions[0].packageType', message: 'expected one of "Zip", "Image", got "Jar"' }],
    ],
    [
      'unknown inventory kind',
      (s) => (s.inventory.ftp = { complete: true, arns: [] }),
      [{ path: 'inventory.ftp', message: expect.stringContaining('unknown key') as unknown as string }],
    ],
    ['array expected', (s) => (s.triggers = {}), [{ path: 'triggers', message: 'expected array, got object' }]],
    [
      'non-string file system ARN of a mount',
      (s) => (s.functions[2].fileSystems = [{ arn: 'arn:ap', localMountPath: '/mnt/x', fileSystemArn: ['fs'] }]),
      [{ path: 'functions[2].fileSystems[0].fileSystemArn', message: 'expected string, got array' }],
    ],
    [
      'non-string auditor principal',
      (s) => (s.provenance.auditorPrincipal = 12),
      [{ path: 'provenance.auditorPrincipal', message: 'expected string, got number' }],
    ],
    [
      'null where an object is required',
      (s) => (s.account = null),
      [{ path: 'account', message: 'expected object, got null' }],
    ],
    [
      'several problems at once',
      (s) => {
        s.functions[1].tags = { team: 7 };
        s.provenance.partial = 'no';
      },
      [
        { path: 'provenance.partial', message: 'expected boolean, got string' },
        { path: 'functions[1].tags.team', message: 'expected string, got number' },
      ],
    ],
  ])('reports %s with its JSON path', (_label, mutate, expected) => {
    const input = valid();
    mutate(input);
    const result = validateSnapshot(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual(expected);
  });

  it('accepts a resolved EFS file system and an auditor principal', () => {
    const input = valid();
    (input.functions as Record<string, unknown>[])[0]!.fileSystems = [
      {
        arn: 'arn:aws:elasticfilesystem:us-east-1:1:access-point/fsap-1',
        localMountPath: '/mnt/x',
        fileSystemArn: 'arn:fs',
      },
    ];
    (input.provenance as Record<string, unknown>).auditorPrincipal = 'arn:aws:sts::1:assumed-role/r/s';
    expect(validateSnapshot(input).ok).toBe(true);
  });

  it.each([
    [3, 'unsupported schema version 3; this auditor reads schemaVersion 1 or 2'],
    [0, 'unsupported schema version 0; this auditor reads schemaVersion 1 or 2'],
    ['1', 'unsupported schema version "1"; this auditor reads schemaVersion 1 or 2'],
    [undefined, 'unsupported schema version none; this auditor reads schemaVersion 1 or 2'],
  ])('rejects schemaVersion %p naming the supported versions', (version, message) => {
    const input = valid();
    if (version === undefined) delete input.schemaVersion;
    else input.schemaVersion = version;
    const result = validateSnapshot(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.message).toContain(message);
  });

  it.each([[1], [2]])('loads a schemaVersion %p snapshot without the version-2 sections', (version) => {
    const input = { ...valid(), schemaVersion: version };
    expect(validateSnapshot(input).ok).toBe(true);
  });

  it('accepts resource policies, KMS grants and collected organization levels', () => {
    const input = valid();
    input.resourcePolicies = [
      { arn: 'arn:aws:sqs:us-east-1:123456789012:q', service: 'sqs', status: 'present', document: { Statement: [] } },
      { arn: 'arn:aws:s3:::b', service: 's3', status: 'none' },
      { arn: 'arn:aws:sqs:eu-west-1:210987654321:q', service: 'sqs', status: 'not-read', note: 'other account' },
    ];
    input.kmsKeys = [
      {
        arn: 'arn:aws:kms:us-east-1:123456789012:key/k',
        keyPolicy: { Statement: [] },
        grants: [
          {
            grantId: 'g1',
            granteePrincipal: 'arn:aws:iam::123456789012:role/r',
            operations: ['Decrypt'],
            constraints: { encryptionContextEquals: { 'aws:lambda:FunctionArn': 'arn:f' } },
          },
        ],
        grantsComplete: true,
      },
    ];
    input.organization = { id: 'o-1', scpLevels: [{ target: 'r-1', policies: [] }], source: 'collected' };
    expect(validateSnapshot(input)).toEqual({ ok: true, value: input });
  });

  it.each<[string, Mutate, string, string]>([
    [
      'a status AWS never gives',
      (s) => (s.resourcePolicies = [{ arn: 'a', service: 's3', status: 'denied' }]),
      'resourcePolicies[0].status',
      'expected one of',
    ],
    [
      'a URL-encoded policy',
      (s) => (s.resourcePolicies = [{ arn: 'a', service: 's3', status: 'present', document: '%7B%7D' }]),
      'resourcePolicies[0].document',
      'decode it first',
    ],
    [
      'grant operations as a string',
      (s) => (s.kmsKeys = [{ arn: 'k', grants: [{ grantId: 'g', operations: 'Decrypt' }] }]),
      'kmsKeys[0].grants[0].operations',
      'expected array',
    ],
    [
      'an unknown organization source',
      (s) => (s.organization = { source: 'guessed' }),
      'organization.source',
      'expected one of',
    ],
  ])('rejects %s', (_name, mutate, path, message) => {
    const input = valid();
    mutate(input);
    const result = validateSnapshot(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.path).toBe(path);
      expect(result.error[0]?.message).toContain(message);
    }
  });

  it.each([[null], [[]], ['snapshot'], [3]])('rejects a non-object root %p', (input) => {
    const result = validateSnapshot(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe('$');
  });

  it('caps the number of problems and formats them one per line', () => {
    const input = valid();
    input.functions = Array.from({ length: 300 }, () => ({}));
    const result = validateSnapshot(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(100);
    expect(formatSnapshotProblems(result.error.slice(0, 2))).toBe(
      'functions[0].arn: required property is missing\nfunctions[0].name: required property is missing',
    );
  });
});

describe('validateSnapshot on the demo account', () => {
  it('accepts the healthy part of the demo account after a JSON round trip', async () => {
    const { buildSnapshot } = await import('../../../examples/demo-account/build');
    const { HEALTHY_SCENARIOS } = await import('../../../examples/demo-account/healthy');
    const snapshot = JSON.parse(JSON.stringify(buildSnapshot(HEALTHY_SCENARIOS))) as unknown;
    const result = validateSnapshot(snapshot);
    expect(result.ok ? [] : result.error).toEqual([]);
  });
});
