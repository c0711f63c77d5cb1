/**
 * The one place where policy documents returned by AWS become plain JSON objects. IAM returns them
 * URL-encoded (RFC 3986) and the AWS SDK for JavaScript v3 does not decode them; Lambda's GetPolicy
 * returns a plain JSON string. Problems are returned as data so a bad document never stops a sweep.
 */
import { err, ok, type Result } from '../../core/result';
import type { PolicyDocument } from '../../core/snapshot/types';

/** Why a document could not be decoded. */
export interface DecodeProblem {
  readonly code: 'PolicyDecodeError';
  readonly message: string;
}

function parseObject(text: string, what: string): Result<PolicyDocument, DecodeProblem> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return err({ code: 'PolicyDecodeError', message: `${what} is not valid JSON: ${(e as Error).message}` });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return err({ code: 'PolicyDecodeError', message: `${what} is not a JSON object` });
  }
  return ok(parsed as PolicyDocument);
}

/** Decodes an IAM policy document: `JSON.parse(decodeURIComponent(s))`, errors as data. */
export function decodePolicyDocument(s: string): Result<PolicyDocument, DecodeProblem> {
  let text: string;
  try {
    text = decodeURIComponent(s);
  } catch (e) {
    return err({
      code: 'PolicyDecodeError',
      message: `policy document is not URL-encoded text: ${(e as Error).message}`,
    });
  }
  return parseObject(text, 'decoded policy document');
}

/** Parses a Lambda resource-based policy (`GetPolicy` → `Policy`, plain JSON, not URL-encoded). */
export function parseResourcePolicy(s: string): Result<PolicyDocument, DecodeProblem> {
  return parseObject(s, 'resource-based policy');
}

/**
 * Parses an API Gateway REST API policy (`GetRestApi` → `policy`). API Gateway returns the document with
 * its quotes and forward slashes backslash-escaped (`{\"Version\":…`, `\/`), which is not JSON as is;
 * plain JSON is accepted too. Same unescaping as cloud-copilot/iam-collect `parseApiGatewayPolicy`
 * (its PR #179) and terraform-provider-aws PR #4606.
 */
export function parseApiGatewayPolicy(s: string): Result<PolicyDocument, DecodeProblem> {
  const plain = parseObject(s, 'API Gateway policy');
  if (plain.ok) return plain;
  return parseObject(s.replace(/\\"/g, '"').replace(/\\\//g, '/'), 'unescaped API Gateway policy');
}
