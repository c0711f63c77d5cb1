/**
 * S3 object denials (issue 9 §3): one fix per bucket prefix, derived from the key, never one per object
 * key; the CDK snippet imports the bucket by name and passes the key pattern to grantRead / grantPut
 * (aws-cdk-lib aws-s3 `grantRead(identity, objectsKeyPattern = '*')`); many keys under one prefix
 * collapse into one fingerprint (the dedup key).
 */
import { loadActionCatalog } from '../../../../lambda/catalog';
import { audit } from '../../../../lambda/core/audit';
import { ROLE_DENIED_ACTION } from '../../../../lambda/core/checks/execution-role/role-denied-action';
import { LOGS_ALLOW, NOW, doc, execDenial, fn, role, single } from '../../../support/factory';

const CATALOG = loadActionCatalog();
const f = fn('reports-fn', 'reports-role');
const snapshot = single(f, role('reports-role', { base: doc(LOGS_ALLOW) }));

function findingFor(action: string, key: string) {
  const out = ROLE_DENIED_ACTION.run({
    snapshot,
    denial: execDenial(f, action, `arn:aws:s3:::reports/${key}`),
    catalog: CATALOG,
    now: NOW,
  });
  expect(out.findings).toHaveLength(1);
  return out.findings[0];
}

describe('S3 object denials: one fix per prefix', () => {
  it.each([
    ['s3:GetObject', '2026/11/a.json', 'arn:aws:s3:::reports/2026/11/*', "bucket.grantRead(fn, '2026/11/*');"],
    ['s3:GetObject', 'top.json', 'arn:aws:s3:::reports/*', 'bucket.grantRead(fn);'],
    ['s3:PutObject', 'out/x.csv', 'arn:aws:s3:::reports/out/*', "bucket.grantPut(fn, 'out/*');"],
  ])('%s on %s: Resource %s, CDK %s', (action, key, resource, grant) => {
    const finding = findingFor(action, key);
    expect(JSON.stringify(finding.fix?.policyJson)).toContain(`"Resource":"${resource}"`);
    expect(finding.fix?.cdk).toContain("const bucket = s3.Bucket.fromBucketName(this, 'Bucket', 'reports');");
    expect(finding.fix?.cdk).toContain(grant);
    expect(finding.fix?.cdk).not.toContain('fromBucketArn');
  });

  it('many keys under one prefix: one fingerprint, one finding after dedup; another prefix: another', () => {
    const prints = ['2026/11/a.json', '2026/11/b.json', '2026/11/c.json'].map(
      (k) => findingFor('s3:GetObject', k).fingerprint,
    );
    expect(new Set(prints).size).toBe(1);
    expect(findingFor('s3:GetObject', '2026/12/a.json').fingerprint).not.toBe(prints[0]);
    const denials = ['a', 'b', 'c'].map((k) => execDenial(f, 's3:GetObject', `arn:aws:s3:::reports/2026/11/${k}.json`));
    const result = audit(snapshot, denials, { now: NOW, catalog: CATALOG, functions: 'none', accountChecks: false });
    expect(new Set(result.findings.map((x) => x.fingerprint)).size).toBe(1);
  });
});
