#!/usr/bin/env node
/**
 * The CDK app: the only place that reads context. Env-agnostic (no account/region lookups), so
 * `npx cdk synth --quiet` works offline without credentials. `-c mode=single` (default: one auditor per
 * account and Region), `-c mode=central` (organization auditor) or `-c mode=member` (StackSet template);
 * see README "Deploying the auditor" and docs/organization.md for the context keys.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { LambdaAccessAuditorCentralStack } from '../lib/central-stack';
import { auditorPropsFromContext } from '../lib/context';
import { LambdaAccessAuditorMemberStack } from '../lib/member-stack';
import { centralPropsFromContext, memberPropsFromContext, modeFromContext } from '../lib/org-context';
import { LambdaAccessAuditorStack } from '../lib/stack';

const app = new App();
const get = (key: string): unknown => app.node.tryGetContext(key);
const mode = modeFromContext(get);
const name = get('stackName') as string | undefined;
if (mode === 'central') {
  new LambdaAccessAuditorCentralStack(app, name ?? 'LambdaAccessAuditorCentral', centralPropsFromContext(get));
} else if (mode === 'member') {
  new LambdaAccessAuditorMemberStack(app, name ?? 'LambdaAccessAuditorMember', memberPropsFromContext(get));
} else {
  new LambdaAccessAuditorStack(app, name ?? 'LambdaAccessAuditor', { auditor: auditorPropsFromContext(get) });
}
// cdk-nag v3 runs as a CDK policy-validation plugin (v2's Aspects API was replaced by Validations).
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
