/** Test-data factory, the fixed world every fixture lives in: accounts, region, audit time, ARNs. */

/** Account of every test fixture. */
export const ACCOUNT = '111122223333';
/** A second account (cross-account fixtures). */
export const OTHER_ACCOUNT = '444455556666';
/** Region of every test fixture. */
export const REGION = 'us-east-1';
/** Fixed audit time. */
export const NOW = new Date('2026-01-15T12:00:00Z');

/** ARN of function `name` in the test account. */
export function fnArn(name: string): string {
  return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
}

/** ARN of role `name` in `account`. */
export function roleArn(name: string, account: string = ACCOUNT): string {
  return `arn:aws:iam::${account}:role/${name}`;
}

/** An EventBridge rule ARN. */
export function ruleArn(name: string): string {
  return `arn:aws:events:${REGION}:${ACCOUNT}:rule/${name}`;
}
