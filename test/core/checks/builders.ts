/**
 * @deprecated Use the one test-data factory (test/support/factory) instead; this re-export only keeps
 * tests written against the old kit compiling until the coordinator deletes it.
 */
export {
  ACCOUNT,
  REGION,
  NOW,
  doc,
  allow,
  deny,
  lambdaTrust,
  LOGS_ALLOW,
  role,
  fn,
  managed,
  snapshot,
  single,
  execDenial,
} from '../../support/factory';
