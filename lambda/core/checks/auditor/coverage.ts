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
import { en, lines, msg, type MessageKey, type MessageParams, type MessageRef } from '../../i18n';
import type { Snapshot, TrailCoverage } from '../../snapshot/types';
import { buildFinding, notApplicable, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';
import { usedDataEvents } from '../shared/data-events';

/** One blind spot, with its severity and what closes it. */
export interface CoverageGap {
  readonly severity: Severity;
  readonly line: string;
  readonly remedy: string;
  /** Catalog references of `line` (untagged: `tagged: 'no'`) and of `remedy` (none when it is a bare command). */
  readonly text: { readonly line: MessageRef; readonly remedy?: MessageRef };
}

/** A gap whose line and remedy come from the catalog (`remedy` given as a string: an AWS CLI command). */
function gap(severity: Severity, key: MessageKey, params: MessageParams, remedy: MessageRef | string): CoverageGap {
  const line = msg(key, { ...params, tagged: 'no', severity });
  if (typeof remedy === 'string') return { severity, line: en(line), remedy, text: { line } };
  return { severity, line: en(line), remedy: en(remedy), text: { line, remedy } };
}

/** `gap`'s line with its `[severity]` tag, for the finding's details. */
function taggedLine(g: CoverageGap): MessageRef {
  return msg(g.text.line.key, { ...g.text.line.params, tagged: 'yes' });
}

const READ_ONLY_ACTIONS = 'secretsmanager:GetSecretValue, ssm:GetParameter, kms:Decrypt';
const REDEPLOY = 'cdk deploy';

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
      gap(
        'medium',
        'cross.coverage.noTrail',
        { region },
        `aws cloudtrail create-trail --name management-events --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name management-events`,
      ),
    ];
  if (mgmt.every((t) => t.management === 'WriteOnly'))
    return [
      gap(
        'medium',
        'cross.coverage.writeOnly',
        { trails: mgmt.map((t) => t.name).join(', '), actions: READ_ONLY_ACTIONS },
        msg('cross.coverage.fixWriteOnly', { setting: 'ReadWriteType All', field: 'readOnly', trail: mgmt[0].name }),
      ),
    ];
  return [];
}

function dataGaps(snapshot: Snapshot): CoverageGap[] {
  const logged = new Set(
    covering(snapshot.trails?.trails ?? [], snapshot.account.region).flatMap((t) => t.dataEventTypes),
  );
  return [...usedDataEvents(snapshot).entries()]
    .filter(([type]) => !logged.has(type))
    .map(([type, why]) =>
      gap(
        'low',
        'cross.coverage.data',
        { type, why },
        msg('cross.coverage.fixData', { selector: `eventCategory Data, resources.type ${type}` }),
      ),
    );
}

function deploymentGaps(snapshot: Snapshot): CoverageGap[] {
  const d = snapshot.auditor;
  if (!d) return [];
  const gaps: CoverageGap[] = [];
  const redeploy = (what: string): MessageRef => msg('cross.coverage.fixRedeploy', { cmd: REDEPLOY, what });
  if (d.denialRuleState === 'DISABLED')
    gaps.push(gap('high', 'cross.coverage.ruleDisabled', { state: 'DISABLED' }, redeploy('state')));
  else if (d.denialRuleState !== undefined && d.denialRuleState !== DENIAL_RULE_STATE)
    gaps.push(
      gap(
        'medium',
        'cross.coverage.ruleState',
        { state: d.denialRuleState, expected: DENIAL_RULE_STATE },
        redeploy('state'),
      ),
    );
  if (d.denialRuleState !== 'DISABLED' && d.denialRuleReadOnlyEvents === false)
    gaps.push(
      gap(
        'medium',
        'cross.coverage.ruleReadOnly',
        { actions: 'secretsmanager:GetSecretValue, kms:Decrypt' },
        redeploy('pattern'),
      ),
    );
  if (d.stackRegion !== GLOBAL_REGION && d.globalRegionCovered !== true)
    gaps.push(
      gap(
        'low',
        'cross.coverage.global',
        { stackRegion: d.stackRegion, actions: 'iam:PassRole, sts:AssumeRole', region: GLOBAL_REGION },
        msg('cross.coverage.fixGlobal', { region: GLOBAL_REGION, cmd: REDEPLOY }),
      ),
    );
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
  const title = msg('cross.coverage.title', { count: gaps.length, account: id, region });
  const details = gaps.map(taggedLine);
  const remedies = gaps.slice(1).flatMap((g) => (g.text.remedy ? [g.text.remedy] : []));
  const finding = buildFinding({
    check: AUDITOR_COVERAGE,
    severity: gaps[0].severity,
    principal: snapshot.provenance.auditorPrincipal ?? `account ${id}`,
    title: en(title),
    summary: gaps[0].line,
    details: details.map(en),
    text: {
      title,
      summary: gaps[0].text.line,
      fixSummary: gaps[0].text.remedy,
      lines: lines(...details, ...remedies),
    },
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
