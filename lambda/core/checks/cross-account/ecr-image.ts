/**
 * `LAA-IMAGE-CROSS-ACCOUNT-ECR`: a container image pulled from another account's ECR repository.
 * The repository policy (not visible here) must allow `lambda.amazonaws.com` `ecr:BatchGetImage`
 * and `ecr:GetDownloadUrlForLayer`. High when Lambda reports `ImageAccessDenied`, low otherwise.
 */
import { ecrImage, partitionOf } from '../../arn';
import { notApplicable, passed, buildFinding, result } from '../shared/finding';
import { renderFix } from '../../fix';
import type { Check, CheckInput, CheckResult } from '../types';

/** The repository policy the image owner needs, for functions of `account`. */
export function ecrPolicyFor(
  account: string,
  partition: string,
  region: string,
): { Version: string; Statement: [Record<string, unknown>, Record<string, unknown>] } {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'LambdaECRImageCrossAccountRetrievalPolicy',
        Effect: 'Allow',
        Principal: { Service: 'lambda.amazonaws.com' },
        Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        Condition: { StringLike: { 'aws:sourceArn': `arn:${partition}:lambda:${region}:${account}:function:*` } },
      },
      {
        Sid: 'CrossAccountPermission',
        Effect: 'Allow',
        Principal: { AWS: `arn:${partition}:iam::${account}:root` },
        Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      },
    ],
  };
}

function run(input: CheckInput): CheckResult {
  const { fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  if (fn.packageType !== 'Image') return notApplicable(`${fn.name} is a .zip function.`);
  const image = ecrImage(fn.imageUri);
  if (!image) return notApplicable(`Image ${fn.imageUri ?? '(unknown)'} is not in Amazon ECR.`);
  if (image.account === fn.accountId) return passed(['The image is in this account.']);
  const denied = fn.stateReasonCode === 'ImageAccessDenied' || fn.lastUpdateStatusReasonCode === 'ImageAccessDenied';
  const reason = fn.stateReasonCode === 'ImageAccessDenied' ? fn.stateReason : fn.lastUpdateStatusReason;
  const repoArn = `arn:${partitionOf(fn.arn)}:ecr:${image.region}:${image.account}:repository/${image.repository}`;
  const [lambdaPull, accountPull] = ecrPolicyFor(fn.accountId, partitionOf(fn.arn), fn.region).Statement;
  return result([
    buildFinding({
      check: IMAGE_CROSS_ACCOUNT_ECR,
      fn,
      severity: denied ? 'high' : 'low',
      title: denied
        ? `${fn.name} cannot pull its image from account ${image.account}: ImageAccessDenied`
        : `${fn.name} pulls its image from another account's repository ${image.repository}`,
      summary: denied
        ? `Lambda reports ImageAccessDenied for ${fn.name}${reason ? `: "${reason}"` : ''}, so the repository policy of ${repoArn} does not let Lambda pull the image.`
        : `The image of ${fn.name} lives in account ${image.account}, whose repository policy must keep allowing lambda.amazonaws.com to pull it.`,
      action: 'ecr:BatchGetImage',
      resource: repoArn,
      details: [`Image: ${fn.imageUri}`, 'The repository policy is not visible from this account.'],
      fix: renderFix({
        kind: 'resource-statement',
        summary: `In account ${image.account}, allow lambda.amazonaws.com and account ${fn.accountId} ecr:BatchGetImage and ecr:GetDownloadUrlForLayer in the policy of ${image.repository}.`,
        service: 'ecr',
        resourceArn: repoArn,
        resourceName: image.repository,
        region: image.region,
        statement: lambdaPull,
        cdk: `// in the image owner's stack\nrepository.addToResourcePolicy(new iam.PolicyStatement({\n  principals: [new iam.ServicePrincipal('lambda.amazonaws.com')],\n  actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],\n  conditions: { StringLike: { 'aws:sourceArn': 'arn:aws:lambda:${fn.region}:${fn.accountId}:function:*' } },\n}));`,
        notes: [
          'After fixing, update the function (e.g. update-function-code with the same image) to leave the Failed state.',
        ],
        then: [
          {
            kind: 'resource-statement',
            summary: `Allow account ${fn.accountId} to pull from ${image.repository}.`,
            service: 'ecr',
            resourceArn: repoArn,
            resourceName: image.repository,
            region: image.region,
            statement: accountPull,
          },
        ],
      }),
      cause: denied ? 'ImageAccessDenied' : 'cross-account-image',
    }),
  ]);
}

/** `LAA-IMAGE-CROSS-ACCOUNT-ECR`. */
export const IMAGE_CROSS_ACCOUNT_ECR: Check = {
  id: 'LAA-IMAGE-CROSS-ACCOUNT-ECR',
  title: 'Container image from another account',
  topic: 'cross-account',
  category: 'cross-account',
  defaultSeverity: 'low',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
  fixKinds: ['resource-statement'],
  scope: 'function',
  run,
};
