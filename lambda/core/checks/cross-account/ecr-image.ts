/**
 * `LAA-IMAGE-CROSS-ACCOUNT-ECR`: a container image pulled from another account's ECR repository.
 * The repository policy (not visible here) must allow `lambda.amazonaws.com` `ecr:BatchGetImage`
 * and `ecr:GetDownloadUrlForLayer`. High when Lambda reports `ImageAccessDenied`, low otherwise.
 */
import { ecrImage, partitionOf } from '../../arn';
import { notApplicable, passed, buildFinding, result } from '../shared/finding';
import { renderFix } from '../../fix';
import { en, lines, msg } from '../../i18n';
import type { FunctionInfo } from '../../snapshot/types';
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

const LAMBDA = 'lambda.amazonaws.com';

/** Catalog references of the finding's texts (lambda/core/i18n/catalog/checks-access.ts). */
function ecrTexts(
  fn: FunctionInfo,
  image: { account: string; repository: string },
  denied: boolean,
  reason: string | undefined,
  repoArn: string,
) {
  const names = { fn: fn.name, account: image.account, repository: image.repository, code: 'ImageAccessDenied' };
  const title = msg(denied ? 'access.ecr.deniedTitle' : 'access.ecr.title', names);
  const summary = !denied
    ? msg('access.ecr.summary', { ...names, service: LAMBDA })
    : reason
      ? msg('access.ecr.deniedReasonSummary', { ...names, reason, repoArn })
      : msg('access.ecr.deniedSummary', { ...names, repoArn });
  const [action, action2] = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
  const pull = { repository: image.repository, account: fn.accountId };
  const fixSummary = msg('access.ecr.fix', { ...pull, owner: image.account, service: LAMBDA, action, action2 });
  const then = msg('access.ecr.then', pull);
  const details = [msg('access.ecr.image', { uri: String(fn.imageUri) }), msg('access.ecr.notVisible')];
  const notes = [msg('access.ecr.note', { command: 'update-function-code', state: 'Failed' })];
  return { title, summary, fixSummary, then, details, notes };
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
  const { title, summary, fixSummary, then, details, notes } = ecrTexts(fn, image, denied, reason, repoArn);
  return result([
    buildFinding({
      check: IMAGE_CROSS_ACCOUNT_ECR,
      fn,
      severity: denied ? 'high' : 'low',
      title: en(title),
      summary: en(summary),
      action: 'ecr:BatchGetImage',
      resource: repoArn,
      details: details.map(en),
      text: { title, summary, fixSummary, lines: lines(...details, ...notes, then) },
      fix: renderFix({
        kind: 'resource-statement',
        summary: en(fixSummary),
        service: 'ecr',
        resourceArn: repoArn,
        resourceName: image.repository,
        region: image.region,
        statement: lambdaPull,
        cdk: `// in the image owner's stack\nrepository.addToResourcePolicy(new iam.PolicyStatement({\n  principals: [new iam.ServicePrincipal('lambda.amazonaws.com')],\n  actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],\n  conditions: { StringLike: { 'aws:sourceArn': 'arn:aws:lambda:${fn.region}:${fn.accountId}:function:*' } },\n}));`,
        notes: notes.map(en),
        then: [
          {
            kind: 'resource-statement',
            summary: en(then),
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
