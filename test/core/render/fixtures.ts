/**
 * @deprecated Use the one test-data factory (test/support/factory) instead; this re-export only keeps
 * tests written against the old kit compiling until the coordinator deletes it.
 */
export {
  FN_ARN,
  ROLE_FINDING,
  PRINCIPAL_FINDING,
  ACCOUNT_FINDING,
  ERROR_FINDING,
  ALL_FINDINGS,
  RUNS,
  DENIAL,
} from '../../support/factory';
