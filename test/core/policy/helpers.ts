/**
 * @deprecated Use the one test-data factory (test/support/factory) instead; this re-export only keeps
 * tests written against the old kit compiling until the coordinator deletes it.
 */
export {
  ACCOUNT as A,
  OTHER_ACCOUNT as B,
  session,
  user,
  root,
  service,
  anonymous,
  type Stmt,
  allow,
  deny,
  policy,
  type SetSpec,
  buildSet,
  FULL_ACCESS,
  RCP_FULL,
} from '../../support/factory';
