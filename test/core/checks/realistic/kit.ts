/**
 * @deprecated Use the one test-data factory (test/support/factory) instead; this re-export only keeps
 * tests written against the old kit compiling until the coordinator deletes it.
 */
export {
  ACCOUNT as A,
  REGION as R,
  MANAGED,
  ref,
  BASIC,
  VPC_ACCESS,
  SQS_EXEC,
  KINESIS_EXEC,
  DDB_EXEC,
  fnArn,
  plainTrust,
  iacRole,
  deployedFn as deployed,
  resourcePolicyDoc as policy,
  iacTrigger as trigger,
  servicePermission as permission,
} from '../../../support/factory';
