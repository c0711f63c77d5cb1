/**
 * The auditor passes its own checks (issue 13): its functions, roles and log groups, as the synthesized
 * stack deploys them, give zero findings in a full sweep audit.
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { loadActionCatalog } from '../../lambda/catalog';
import { audit } from '../../lambda/core/audit';
import { LambdaAccessAuditorStack } from '../../lib/stack';
import { selfSnapshot } from './self-audit-snapshot';

const app = new App();
const stack = new LambdaAccessAuditorStack(app, 'AuditorSelf', { auditor: { alertEmails: ['oncall@example.com'] } });
const snapshot = selfSnapshot(Template.fromStack(stack).toJSON() as Parameters<typeof selfSnapshot>[0]);

describe('the auditor audited by itself', () => {
  it('sees the stack functions with their execution roles and log groups', () => {
    const names = snapshot.functions.map((f) => f.name);
    expect(names.some((n) => /OnDenial/i.test(n))).toBe(true);
    expect(names.some((n) => /Sweep/i.test(n))).toBe(true);
    for (const f of snapshot.functions) {
      expect(snapshot.roles.map((r) => r.arn)).toContain(f.roleArn);
    }
  });

  it('has zero findings in a full sweep audit', () => {
    const report = audit(snapshot, [], { now: new Date('2026-12-01T00:00:00Z'), catalog: loadActionCatalog() });
    expect(report.findings.map((f) => `${f.checkId} ${f.title}`)).toEqual([]);
    expect(report.runs.filter((r) => r.status === 'error')).toEqual([]);
  });
});
