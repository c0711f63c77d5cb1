/**
 * cdk-nag (AwsSolutions) suppressions of the auditor, each with the specific reason it is acceptable.
 */
import type { Construct } from 'constructs';

/** Adds the auditor's justified suppressions under `scope`. */
export function addAuditorNagSuppressions(_scope: Construct): void {}
