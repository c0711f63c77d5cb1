/**
 * LAA-AUDITOR-COVERAGE: where the auditor is blind in this account and Region, once per sweep. The event
 * path only hears what CloudTrail records and EventBridge delivers (/work/shared/AWS-FACTS.md §3):
 * - a trail logging management events is a prerequisite (EventBridge user guide,
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html);
 * - a write-only trail or a denial rule without `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS` drops the
 *   denials of read-only calls (GetSecretValue, ssm:GetParameter, kms:Decrypt …);
 * - data events (S3 objects, DynamoDB items, Lambda Invoke, SQS, SNS Publish) are off by default;
 * - IAM / STS (global service) events are recorded in us-east-1 only.
 * Nothing is claimed from data the snapshot lacks: no trails section, or a trail whose status or
 * selectors were unreadable, leaves that gap unreported (noted).
 */
import { DENIAL_RULE_STATE } from '../../cloudtrail/pattern';
import { renderFix } from '../../fix';
import { SEVERITIES, type Severity } from '../../findings/types';
import type { Snapshot, TrailCoverage } from '../../snapshot/types';
import { buildFinding, notApplicable, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';
import { usedDataEvents } from '../shared/data-events';

/** One blind spot, with its severity and what closes it. */
export interface CoverageGap {
  readonly severity: Severity;
  readonly line: string;
  readonly remedy: string;
}

const GLOBAL_REGION = 'us-east-1';

/** Trails that record events of `region` and are known to be logging. */
function covering(trails: readonly TrailCoverage[], region: string): TrailCoverage[] {
  return trails.filter((t) => t.logging === true && (t.multiRegion || t.homeRegion === region));
}

function managementGaps(trails: readonly TrailCoverage[], region: string): CoverageGap[] {
  const live = covering(trails, region);
  const mgmt = live.filter((t) => t.management === 'All' || t.management === 'WriteOnly');
  if (mgmt.length === 0)
    return [
      {
        severity: 'medium',
        line: `No logging trail records management events in ${region}: CloudTrail denials never reach the auditor here; only the scheduled sweep finds problems.`,
        remedy: `aws cloudtrail create-trail --name management-events --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name management-events`,
      },
    ];
  if (mgmt.every((t) => t.management === 'WriteOnly'))
    return [
      {
        severity: 'medium',
        line: `Every trail records write-only management events (${mgmt.map((t) => t.name).join(', ')}): denials of read-only calls (secretsmanager:GetSecretValue, ssm:GetParameter, kms:Decrypt, …) never reach the auditor.`,
        remedy: `Set ReadWriteType All (basic selectors) or drop the readOnly field selector (advanced) on trail ${mgmt[0].name}.`,
      },
    ];
  return [];
}

function dataGaps(snapshot: Snapshot): CoverageGap[] {
  const logged = new Set(
    covering(snapshot.trails?.trails ?? [], snapshot.account.region).flatMap((t) => t.dataEventTypes),
  );
  return [...usedDataEvents(snapshot).entries()]
    .filter(([type]) => !logged.has(type))
    .map(([type, why]) => ({
      severity: 'low',
      line: `No trail records ${type} data events, so denials of those calls never reach the auditor (used: ${why}).`,
      remedy: `Add an advanced event selector (eventCategory Data, resources.type ${type}) to a trail; data events are billed per event.`,
    }));
}

function deploymentGaps(snapshot: Snapshot): CoverageGap[] {
  const d = snapshot.auditor;
  if (!d) return [];
  const gaps: CoverageGap[] = [];
  if (d.denialRuleState === 'DISABLED')
    gaps.push({
      severity: 'high',
      line: "The auditor's own denial rule is DISABLED: no denial reaches it.",
      remedy: 'Redeploy the stack (cdk deploy) to restore the rule state.',
    });
  else if (d.denialRuleState !== undefined && d.denialRuleState !== DENIAL_RULE_STATE)
    gaps.push({
      severity: 'medium',
      line: `The auditor's denial rule state is ${d.denialRuleState}, not ${DENIAL_RULE_STATE}: denials of read-only calls are not delivered.`,
      remedy: 'Redeploy the stack (cdk deploy) to restore the rule state.',
    });
  if (d.denialRuleState !== 'DISABLED' && d.denialRuleReadOnlyEvents === false)
    gaps.push({
      severity: 'medium',
      line: "The auditor's denial rule pattern does not match read-only denials (secretsmanager:GetSecretValue, kms:Decrypt, …): they are never delivered.",
      remedy: 'Redeploy the stack (cdk deploy) to restore the rule pattern.',
    });
  if (d.stackRegion !== GLOBAL_REGION && d.globalRegionCovered !== true)
    gaps.push({
      severity: 'low',
      line: `The auditor runs in ${d.stackRegion}; IAM and STS denials (iam:PassRole, sts:AssumeRole …) are recorded in ${GLOBAL_REGION} only and reach it only if a stack (or forwarding rule) runs there.`,
      remedy: `Deploy the stack in ${GLOBAL_REGION} too (cdk deploy with env region ${GLOBAL_REGION}).`,
    });
  return gaps;
}

/** Every blind spot of the snapshot's account and Region, worst first. */
export function coverageGaps(snapshot: Snapshot): CoverageGap[] {
  const trails = snapshot.trails;
  const known =
    trails?.complete === true
      ? trails.trails.every((t) => t.logging !== undefined && t.management !== undefined)
      : false;
  const gaps = [
    ...(known ? managementGaps(trails?.trails ?? [], snapshot.account.region) : []),
    ...(known ? dataGaps(snapshot) : []),
    ...deploymentGaps(snapshot),
  ];
  return gaps.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

function run({ snapshot }: CheckInput): CheckResult {
  if (!snapshot.trails && !snapshot.auditor)
    return notApplicable('The snapshot holds neither trails nor the auditor deployment (sweeps collect them).');
  const notes =
    snapshot.trails && (!snapshot.trails.complete || snapshot.trails.trails.some((t) => t.management === undefined))
      ? ['Some trails could not be read: trail gaps are not reported (see LAA-AUDITOR-READ-DENIED).']
      : [];
  const gaps = coverageGaps(snapshot);
  if (gaps.length === 0) return result([], notes);
  const { id, region } = snapshot.account;
  const finding = buildFinding({
    check: AUDITOR_COVERAGE,
    severity: gaps[0].severity,
    principal: snapshot.provenance.auditorPrincipal ?? `account ${id}`,
    title: `The auditor is blind to ${gaps.length} kind${gaps.length === 1 ? '' : 's'} of denial in ${id} / ${region}`,
    summary: gaps[0].line,
    details: gaps.map((g) => `[${g.severity}] ${g.line}`),
    fix: renderFix({
      kind: 'config-change',
      summary: gaps[0].remedy,
      notes: gaps.slice(1).map((g) => g.remedy),
    }),
    key: { principal: `account ${id}`, cause: `coverage|${region}` },
  });
  return result([finding], notes);
}

/** `LAA-AUDITOR-COVERAGE`: once per account and Region. */
export const AUDITOR_COVERAGE: Check = {
  id: 'LAA-AUDITOR-COVERAGE',
  title: 'CloudTrail and the auditor deployment let denials reach the auditor',
  topic: 'auditor',
  category: 'auditor',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html',
  fixKinds: ['config-change'],
  scope: 'account',
  run,
};
