/**
 * AWS's documented set-operator examples ("Creating a condition with multiple keys or values"): the
 * DynamoDB `Thread` table policies with `ForAllValues` / `ForAnyValue`.
 * One row per documented example, evaluated through the whole engine; each row names its page and section.
 */
import { A, ALLOW_ALL, SETS, runCondRows, type CondRow } from './docs-examples-fixtures';
import { type Stmt } from '../../support/factory';

const THREAD = `arn:aws:dynamodb:us-east-1:${A}:table/Thread`;
const threadGet: Stmt = {
  Effect: 'Allow',
  Action: 'dynamodb:GetItem',
  Resource: THREAD,
  Condition: { 'ForAllValues:StringLike': { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message', 'Tags'] } },
};
const threadPutDeny: Stmt = {
  Effect: 'Deny',
  Action: 'dynamodb:PutItem',
  Resource: THREAD,
  Condition: { 'ForAnyValue:StringLike': { 'dynamodb:requestedAttributes': ['ID', 'PostDateTime'] } },
};

const rows: CondRow[] = [
  {
    doc: `${SETS} › Examples (ForAllValues:StringLike)`,
    name: 'PostDateTime and Message are all allowed attributes',
    statements: [threadGet],
    action: 'dynamodb:GetItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message'] },
    expect: 'Allowed',
  },
  {
    doc: `${SETS} › Examples (ForAllValues:StringLike)`,
    name: 'a request including ID fails',
    statements: [threadGet],
    action: 'dynamodb:GetItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': ['PostDateTime', 'ID'] },
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${SETS} › Evaluation logic (ForAllValues: PostDateTime and UserName)`,
    name: 'no match for UserName: the condition is false',
    statements: [threadGet],
    action: 'dynamodb:GetItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': ['PostDateTime', 'UserName'] },
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${SETS} › Introduction (Note: empty data set)`,
    name: 'ForAllValues returns true on an empty data set',
    statements: [threadGet],
    action: 'dynamodb:GetItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': '' },
    expect: 'Allowed',
  },
  {
    doc: `${SETS} › Examples (ForAnyValue:StringLike Deny on PutItem)`,
    name: 'updating PostDateTime and Message: denied',
    statements: [ALLOW_ALL, threadPutDeny],
    action: 'dynamodb:PutItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message'] },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${SETS} › Examples (ForAnyValue:StringLike Deny on PutItem)`,
    name: 'PutItem with just UserName: not denied by this policy',
    statements: [ALLOW_ALL, threadPutDeny],
    action: 'dynamodb:PutItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': ['UserName'] },
    expect: 'Allowed',
  },
  {
    doc: `${SETS} › Evaluation logic (ForAnyValue: UserName, Message, PostDateTime)`,
    name: 'the last test matches: denied',
    statements: [ALLOW_ALL, threadPutDeny],
    action: 'dynamodb:PutItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': ['UserName', 'Message', 'PostDateTime'] },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${SETS} › Introduction (Note: empty data set)`,
    name: 'ForAnyValue returns false on an empty data set: the Deny does not apply',
    statements: [ALLOW_ALL, threadPutDeny],
    action: 'dynamodb:PutItem',
    resource: THREAD,
    context: { 'dynamodb:requestedAttributes': '' },
    expect: 'Allowed',
  },
];

runCondRows('documented set-operator examples', rows);
