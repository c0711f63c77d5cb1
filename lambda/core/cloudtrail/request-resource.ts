/**
 * The denied resource when the message names none: from Lambda's own problem, S3's rejected destinations,
 * the passed role (short `iam:PassRole` form) or the request parameters.
 */
import { serviceOf } from '../arn';
import { passedRole } from './flags';
import type { LambdaProblem } from './lambda-problems';
import { resourceFromParameters, type ArnContext } from './resources';
import type { S3NotificationProblem } from './s3-notification';

/** For Lambda's own messages the denied resource is the role (trust) or the event source, never the function. */
function problemResource(problem: LambdaProblem, params: Record<string, string> | undefined): string | undefined {
  if (problem.class === 'trust-policy') return params?.role;
  const source = params?.eventSourceArn;
  return source && serviceOf(source) === problem.action.split(':')[0] ? source : undefined;
}

/** The destination whose resource policy must change: the first Lambda function, else the first destination. */
function notificationResource(n: S3NotificationProblem): string | undefined {
  return n.destinations.find((d) => serviceOf(d) === 'lambda') ?? n.destinations[0];
}

/**
 * The resource from the request parameters (used when the message names none).
 * @param action canonical denied action
 * @param service IAM service prefix of the event source
 */
export function paramsResource(
  action: string,
  service: string,
  params: Record<string, string> | undefined,
  ctx: ArnContext,
  problem: LambdaProblem | undefined,
  notification: S3NotificationProblem | undefined,
): string | undefined {
  if (problem) return problemResource(problem, params);
  if (notification) return notificationResource(notification);
  // Short PassRole form: the passed role, never the function.
  if (action === 'iam:PassRole') return passedRole({ requestParameters: params });
  return resourceFromParameters(service, params, ctx);
}
