/**
 * Test-data factory, policy documents: statements, trust policies, resource-policy statements as
 * AddPermission writes them, customer managed policies.
 */
import type { ManagedPolicyInfo, PolicyDocument } from '../../../lambda/core/snapshot/types';
import { ACCOUNT } from './account';

/** A policy statement as written in a document. */
export type Stmt = Record<string, unknown>;

/** A policy document from statements. */
export function doc(...statements: Stmt[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** An Allow statement (`Action`/`Resource` untyped so malformed policies can be written too). */
export function allow(action: unknown, resource: unknown = '*', extra: Stmt = {}): Stmt {
  return { Effect: 'Allow', Action: action, Resource: resource, ...extra };
}

/** A Deny statement. */
export function deny(action: unknown, resource: unknown = '*', extra: Stmt = {}): Stmt {
  return { Effect: 'Deny', Action: action, Resource: resource, ...extra };
}

/** The usual Lambda trust policy (optionally with the aws:SourceAccount confused-deputy guard). */
export function lambdaTrust(guard = false): PolicyDocument {
  return doc({
    Effect: 'Allow',
    Principal: { Service: 'lambda.amazonaws.com' },
    Action: 'sts:AssumeRole',
    ...(guard ? { Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } } : {}),
  });
}

/** The trust policy CDK, SAM, Serverless and Terraform examples write: no confused-deputy guard. */
export function plainTrust(services: string | string[] = 'lambda.amazonaws.com'): PolicyDocument {
  return doc({ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' });
}

/** Logs permissions every healthy function has. */
export const LOGS_ALLOW = allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents']);

/** A resource policy document as GetPolicy returns it (`Id: default`). */
export function resourcePolicyDoc(...statements: Stmt[]): PolicyDocument {
  return { ...doc(...statements), Id: 'default' };
}

/** A resource-policy Allow statement like AddPermission writes it. */
export function permission(
  sid: string,
  principal: unknown,
  resource: string,
  condition?: Record<string, unknown>,
  action = 'lambda:InvokeFunction',
): Stmt {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: principal,
    Action: action,
    Resource: resource,
    ...(condition ? { Condition: condition } : {}),
  };
}

/** Source conditions as AddPermission writes them. */
export function source(sourceArn: string, sourceAccount: string = ACCOUNT): Record<string, unknown> {
  return { ArnLike: { 'AWS:SourceArn': sourceArn }, StringEquals: { 'AWS:SourceAccount': sourceAccount } };
}

/** A customer managed policy in the test account. */
export function managed(name: string, document?: PolicyDocument): ManagedPolicyInfo {
  return { arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name, awsManaged: false, document };
}
