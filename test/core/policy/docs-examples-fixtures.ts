/** Shared fixtures of the `docs-examples*.test.ts` tables (AWS's documented evaluation examples). */
import type { ContextValue, RequestPrincipal } from '../../../lambda/core/policy';
import { runEvalCases, type EvalCase } from './eval-cases';
import { allow, session, user, type Stmt } from '../../support/factory';

/** A documented example: the page › section it comes from, then the case. */
export type DocRow = EvalCase & { doc: string };

export const PEL = 'IAM UG "Policy evaluation logic"';
export const XACCT = 'IAM UG "Cross-account policy evaluation logic"';
export const PB = 'IAM UG "Permissions boundaries for IAM entities"';
export const SCP = 'Organizations UG "Service control policies (SCPs)"';
export const RCP = 'Organizations UG "Resource control policies (RCPs)"';
export const KMS = 'KMS DG "Key policies"';

export const A = '111122223333';
export const OBJ = 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv';
export const GET = 's3:GetObject';
export const ROLE = `arn:aws:iam::${A}:role/examplerole`;
export const ROLE_SESSION = `arn:aws:sts::${A}:assumed-role/examplerole/examplerolesessionname`;
export const role = session(A, 'examplerole', 'examplerolesessionname');
export const exampleUser = user(A, 'exampleuser');
/** An IAM federated user session (GetFederationToken). */
export const fedUser: RequestPrincipal = {
  kind: 'federated',
  arn: `arn:aws:sts::${A}:federated-user/exampleuser`,
  accountId: A,
};
/** A bucket policy statement granting `principal` GetObject on OBJ. */
export const grant = (principal: unknown, action: unknown = GET): Stmt => ({
  Effect: 'Allow',
  Principal: principal,
  Action: action,
  Resource: OBJ,
});
/** An identity / boundary / session policy that allows nothing relevant to the requests here. */
export const NOTHING_USEFUL: Stmt[] = [allow('sqs:*')];
export const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
/** A session of a service-linked role (reserved path /aws-service-role/). */
export const slr = session(A, 'AWSServiceRoleForECS', 'ecs-service', '/aws-service-role/ecs.amazonaws.com/');

/** Runs documented rows; each test title starts with the page and section. */
export function runDocRows(title: string, rows: readonly DocRow[]): void {
  runEvalCases(
    title,
    rows.map(({ doc, ...c }) => ({ ...c, name: `${doc} — ${c.name}` })),
  );
}

export const OPS = 'IAM UG "Condition operators"';
export const SETS = 'IAM UG "Creating a condition with multiple keys or values"';

/** A documented condition example: the documented statements as the caller's identity policy. */
export interface CondRow {
  doc: string;
  name: string;
  /** The documented statement(s). */
  statements: Stmt[];
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
  principal?: RequestPrincipal;
  expect: EvalCase['expect'];
}

/** An identity statement allowing everything (documented Deny examples need an Allow beside them). */
export const ALLOW_ALL: Stmt = { Effect: 'Allow', Action: '*', Resource: '*' };
/** Allows `someservice:*` under `Condition` (the guide's placeholder service). */
export const someservice = (Condition: Stmt): Stmt => ({
  Effect: 'Allow',
  Action: 'someservice:*',
  Resource: '*',
  Condition,
});

/** Runs documented condition rows through the whole engine. */
export function runCondRows(title: string, rows: readonly CondRow[]): void {
  runDocRows(
    title,
    rows.map(({ statements, ...r }) => ({ ...r, set: { identity: [statements] } })),
  );
}
