#!/usr/bin/env node
/**
 * The CDK app: the only place that reads context. Env-agnostic (no account/region lookups), so
 * `npx cdk synth --quiet` works offline without credentials; deploy once per account and region.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { auditorPropsFromContext } from '../lib/context';
import { LambdaAccessAuditorStack } from '../lib/stack';

const app = new App();
const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? 'LambdaAccessAuditor';
new LambdaAccessAuditorStack(app, stackName, {
  auditor: auditorPropsFromContext((key) => app.node.tryGetContext(key)),
});
// cdk-nag v3 runs as a CDK policy-validation plugin (v2's Aspects API was replaced by Validations).
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
