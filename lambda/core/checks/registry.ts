/**
 * The check registry: every check the auditor runs, in one plain list grouped by topic, with
 * explicit, stable IDs. Adding a check = one file in its topic folder + one line here + its test
 * (docs/contributing.md); docs/checks.md is generated from this list.
 */
import { AUDITOR_COVERAGE } from './auditor/coverage';
import { auditorReadDenied } from './auditor/read-denied';
import { crossAccountAssume } from './cross-account/assume-role';
import { LAYER_DENIED_DEPLOY } from './cross-account/layer-denied';
import { CROSS_ACCOUNT_RESOURCE } from './cross-account/resource-denied';
import { IMAGE_CROSS_ACCOUNT_ECR } from './cross-account/ecr-image';
import { LAYER_CROSS_ACCOUNT } from './cross-account/layer';
import { deployerDeniedAction } from './deployer/denied-action';
import { deployerPassRole } from './deployer/passrole';
import { ASYNC_DESTINATIONS } from './event-source/async-destinations';
import { ESM_PERMISSIONS } from './event-source/esm-permissions';
import { EFS_MOUNT } from './execution-role/efs-mount';
import { ENV_KMS_DECRYPT } from './execution-role/env-kms-decrypt';
import { FUNCTION_STATE_PERMISSION } from './execution-role/function-state-permission';
import { LAMBDA_REJECTED_CONFIG } from './execution-role/lambda-rejected-config';
import { ROLE_DENIED_ACTION } from './execution-role/role-denied-action';
import { ROLE_LOGS_WRITE } from './execution-role/role-logs-write';
import { ROLE_TRUST_CONFUSED_DEPUTY_ACCOUNT } from './execution-role/trust-confused-deputy-account';
import { ROLE_TRUST_LAMBDA } from './execution-role/role-trust-lambda';
import { SHADOWED_GRANT } from './execution-role/shadowed-grant';
import { OVER_BROAD_ROLE } from './execution-role/over-broad-role';
import { CONFIGURED_UNUSABLE } from './execution-role/configured-unusable';
import { VPC_ENI_PERMISSIONS } from './execution-role/vpc-eni-permissions';
import { XRAY_TRACING } from './execution-role/xray-tracing';
import { SELF_ASSUME_ROLE } from './execution-role/self-assume';
import { LAMBDA_CANNOT_ASSUME_ROLE } from './execution-role/lambda-cannot-assume';
import { IDENTITY_INVOKE } from './invoke/identity-invoke';
import { S3_NOTIFICATION_DESTINATION } from './invoke/s3-notification-destination';
import { exposureConfusedDeputy } from './exposure/confused-deputy';
import { exposureExternalAccount } from './exposure/external-account';
import { exposurePublicPolicy } from './exposure/public-policy';
import { urlPublic } from './exposure/url-public';
import { changeCorrelation } from './hygiene/change-correlation';
import { hygieneDeprecatedPolicy } from './hygiene/deprecated-policy';
import { hygieneLongLivedKeys } from './hygiene/long-lived-keys';
import { orphanedStatement } from './invoke/orphaned-statement';
import { triggerInvokePermission } from './invoke/trigger-permission';
import { urlMissingInvokeStatement } from './invoke/url-invoke-statement';
import type { Check } from './types';

/** All checks, in a stable order (grouped by topic). */
export const CHECKS: readonly Check[] = [
  // execution role
  ROLE_DENIED_ACTION,
  ROLE_TRUST_LAMBDA,
  ROLE_LOGS_WRITE,
  VPC_ENI_PERMISSIONS,
  FUNCTION_STATE_PERMISSION,
  ENV_KMS_DECRYPT,
  XRAY_TRACING,
  EFS_MOUNT,
  LAMBDA_REJECTED_CONFIG,
  SHADOWED_GRANT,
  OVER_BROAD_ROLE,
  SELF_ASSUME_ROLE,
  LAMBDA_CANNOT_ASSUME_ROLE,
  CONFIGURED_UNUSABLE,
  // event sources
  ESM_PERMISSIONS,
  ASYNC_DESTINATIONS,
  // triggers and invoke
  triggerInvokePermission,
  orphanedStatement,
  urlMissingInvokeStatement,
  IDENTITY_INVOKE,
  S3_NOTIFICATION_DESTINATION,
  // exposure
  exposurePublicPolicy,
  exposureConfusedDeputy,
  exposureExternalAccount,
  urlPublic,
  // deployers
  deployerPassRole,
  deployerDeniedAction,
  // cross-account
  crossAccountAssume,
  LAYER_CROSS_ACCOUNT,
  IMAGE_CROSS_ACCOUNT_ECR,
  CROSS_ACCOUNT_RESOURCE,
  LAYER_DENIED_DEPLOY,
  // hygiene
  hygieneDeprecatedPolicy,
  hygieneLongLivedKeys,
  changeCorrelation,
  // auditor health
  auditorReadDenied,
  AUDITOR_COVERAGE,
];

/**
 * Checks that are off by default (opt in by ID with `--check ID`): the confused-deputy guard on
 * execution-role trust policies is optional hardening, not a permission problem (issue 13), and
 * reports once per account with the list of roles.
 */
export const OPTIONAL_CHECKS: readonly Check[] = [ROLE_TRUST_CONFUSED_DEPUTY_ACCOUNT];
