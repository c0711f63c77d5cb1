/**
 * esbuild bundling of the auditor's handlers: local (no Docker), Node 22, one self-contained file per handler.
 * The IAM action catalog is a generated JSON module (`lambda/catalog/data`) that esbuild inlines, so nothing
 * is copied next to the bundle. The AWS SDK v3 comes from the Lambda runtime (measured in README "Lean Lambdas").
 */
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';

/** Bundling options shared by both handlers (also used by `bench/lambda.ts` and the asset-size test). */
export const AUDITOR_BUNDLING: nodejs.BundlingOptions = {
  forceDockerBundling: false,
  minify: true,
  sourceMap: false,
  target: 'node22',
  // The SDK v3 comes with the Lambda runtime: it stays out of the asset, and is required on first use.
  externalModules: ['@aws-sdk/*'],
};
