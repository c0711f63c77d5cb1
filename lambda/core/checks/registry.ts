/**
 * The check registry: every check the auditor runs, in a plain array with explicit, stable IDs.
 * CHECKS-A owns the "checks A" region, CHECKS-B the "checks B" region.
 */
import type { Check } from './types';
// checks A imports
import { ASYNC_DESTINATIONS } from './async-destinations';
import { EFS_MOUNT } from './efs-mount';
import { ENV_KMS_DECRYPT } from './env-kms-decrypt';
import { ESM_PERMISSIONS } from './esm-permissions';
import { FUNCTION_STATE_PERMISSION } from './function-state-permission';
import { IMAGE_CROSS_ACCOUNT_ECR } from './image-cross-account-ecr';
import { LAYER_CROSS_ACCOUNT } from './layer-cross-account';
import { ROLE_DENIED_ACTION } from './role-denied-action';
import { ROLE_LOGS_WRITE } from './role-logs-write';
import { ROLE_TRUST_CONFUSED_DEPUTY } from './role-trust-confused-deputy';
import { ROLE_TRUST_LAMBDA } from './role-trust-lambda';
import { VPC_ENI_PERMISSIONS } from './vpc-eni-permissions';
import { XRAY_TRACING } from './xray-tracing';
// end checks A imports
// checks B imports
import { changeCorrelation } from './change-correlation';
import { crossAccountAssume } from './cross-account-assume';
import { deployerDeniedAction } from './deployer-denied-action';
import { deployerPassRole } from './deployer-passrole';
import { exposureConfusedDeputy } from './exposure-confused-deputy';
import { exposureExternalAccount } from './exposure-external-account';
import { exposurePublicPolicy } from './exposure-public-policy';
import { hygieneDeprecatedPolicy } from './hygiene-deprecated-policy';
import { hygieneLongLivedKeys } from './hygiene-long-lived-keys';
import { orphanedStatement } from './trigger-orphaned-statement';
import { triggerInvokePermission } from './trigger-invoke-permission';
import { urlMissingInvokeStatement } from './url-missing-invoke-statement';
import { urlPublic } from './url-public';
import { auditorReadDenied } from './auditor-read-denied';
import { LAMBDA_REJECTED_CONFIG } from './lambda-rejected-config';
// end checks B imports

/** All checks, in a stable order. */
export const CHECKS: readonly Check[] = [
  // checks A
  ROLE_DENIED_ACTION,
  ROLE_TRUST_LAMBDA,
  ROLE_TRUST_CONFUSED_DEPUTY,
  ROLE_LOGS_WRITE,
  VPC_ENI_PERMISSIONS,
  FUNCTION_STATE_PERMISSION,
  ESM_PERMISSIONS,
  ASYNC_DESTINATIONS,
  ENV_KMS_DECRYPT,
  XRAY_TRACING,
  EFS_MOUNT,
  LAYER_CROSS_ACCOUNT,
  IMAGE_CROSS_ACCOUNT_ECR,
  // end checks A
  // checks B
  triggerInvokePermission,
  orphanedStatement,
  exposurePublicPolicy,
  exposureConfusedDeputy,
  exposureExternalAccount,
  urlPublic,
  urlMissingInvokeStatement,
  deployerPassRole,
  deployerDeniedAction,
  hygieneDeprecatedPolicy,
  hygieneLongLivedKeys,
  crossAccountAssume,
  changeCorrelation,
  auditorReadDenied,
  LAMBDA_REJECTED_CONFIG,
  // end checks B
];

/**
 * Checks that are off by default (opt in by ID with `--check ID`). Empty today: the confused-deputy
 * guard check `LAA-ROLE-TRUST-CONFUSED-DEPUTY` runs by default but only ever reports `low`, which the
 * stack does not alert on unless `minAlertSeverity` is lowered.
 */
export const OPTIONAL_CHECKS: readonly Check[] = [
  // checks A optional
  // end checks A optional
  // checks B optional
  // end checks B optional
];
