/**
 * AWS's documented examples of "AWS JSON policy elements: NotPrincipal" (IAM User Guide): `NotPrincipal`
 * with `Deny` must list the account, then the role, then the session; `NotPrincipal` with `Allow` grants
 * everyone else, anonymous callers included. The bucket is in 111122223333, the callers in 444455556666.
 * One row per documented example; every row names the page and section it comes from.
 */
import { A, runDocRows, type DocRow } from './docs-examples-fixtures';
import { anonymous, session, user, type Stmt } from '../../support/factory';

const NP = 'IAM UG "AWS JSON policy elements: NotPrincipal"';
const B = '444455556666';
const BOB = `arn:aws:iam::${B}:user/Bob`;
const B_ROOT = `arn:aws:iam::${B}:root`;
const AUDIT_ROLE = `arn:aws:iam::${B}:role/cross-account-read-only-role`;
const AUDIT_SESSION = `arn:aws:sts::${B}:assumed-role/cross-account-read-only-role/cross-account-audit-app`;
const bob = user(B, 'Bob');
const auditApp = session(B, 'cross-account-read-only-role', 'cross-account-audit-app');
const OBJ = 'arn:aws:s3:::BUCKETNAME/report.csv';

/** The documented Deny statement, with `notPrincipals` in its NotPrincipal element. */
const denyAllBut = (notPrincipals: string[]): Stmt => ({
  Effect: 'Deny',
  NotPrincipal: { AWS: notPrincipals },
  Action: 's3:*',
  Resource: ['arn:aws:s3:::BUCKETNAME', 'arn:aws:s3:::BUCKETNAME/*'],
});
/** "To allow Bob access to the resource, another policy statement must explicitly allow access". */
const allowTo = (principal: string): Stmt => ({
  Effect: 'Allow',
  Principal: { AWS: principal },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::BUCKETNAME/*',
});
const IDENTITY_S3: Stmt[][] = [[{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]];

const rows: DocRow[] = [
  {
    doc: `${NP} › NotPrincipal with Deny › Example IAM user in the same or a different account`,
    name: 'Bob and his account listed: Bob is not denied (and is allowed by another statement)',
    principal: bob,
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([BOB, B_ROOT]), allowTo(BOB)] },
    expect: 'Allowed',
    cross: true,
  },
  {
    doc: `${NP} › NotPrincipal with Deny › Example IAM user in the same or a different account`,
    name: 'the statement by itself does not grant access to Bob',
    principal: bob,
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([BOB, B_ROOT])] },
    expect: 'ImplicitlyDenied',
    type: 'resource',
  },
  {
    doc: `${NP} › NotPrincipal with Deny (you must also specify the account ARN)`,
    name: 'only Bob’s ARN listed: his account is denied, and Bob with it',
    principal: bob,
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([BOB]), allowTo(BOB)] },
    expect: 'ExplicitlyDenied',
    type: 'resource',
  },
  {
    doc: `${NP} › NotPrincipal with Deny`,
    name: 'another user of the same account is denied',
    principal: user(B, 'Mallory'),
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([BOB, B_ROOT]), allowTo(B_ROOT)] },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${NP} › NotPrincipal with Deny › Example IAM role in the same or different account`,
    name: 'session, role and account listed: the audit app is not denied',
    principal: auditApp,
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([AUDIT_SESSION, AUDIT_ROLE, B_ROOT]), allowTo(AUDIT_SESSION)] },
    expect: 'Allowed',
  },
  {
    doc: `${NP} › NotPrincipal with Deny › Example IAM role in the same or different account`,
    name: 'role ARN missing: the role is denied, and its session with it',
    principal: auditApp,
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([AUDIT_SESSION, B_ROOT]), allowTo(AUDIT_SESSION)] },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${NP} › NotPrincipal with Deny › Example IAM role in the same or different account`,
    name: 'account ARN missing: the account is denied, and every entity in it',
    principal: auditApp,
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([AUDIT_SESSION, AUDIT_ROLE]), allowTo(AUDIT_SESSION)] },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${NP} › NotPrincipal with Deny › Example IAM role in the same or different account`,
    name: 'another session of the role is denied',
    principal: session(B, 'cross-account-read-only-role', 'someone-else'),
    resource: OBJ,
    resourceAccount: A,
    set: { identity: IDENTITY_S3, resource: [denyAllBut([AUDIT_SESSION, AUDIT_ROLE, B_ROOT]), allowTo(AUDIT_ROLE)] },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${NP} › NotPrincipal with Allow`,
    name: 'Allow + NotPrincipal grants every other principal, anonymous users included',
    principal: anonymous,
    resource: OBJ,
    resourceAccount: A,
    set: {
      identity: [],
      resource: [{ Effect: 'Allow', NotPrincipal: { AWS: [BOB, B_ROOT] }, Action: 's3:GetObject', Resource: '*' }],
    },
    expect: 'Allowed',
    type: 'resource',
  },
];

runDocRows('documented NotPrincipal examples', rows);
