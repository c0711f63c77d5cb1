/**
 * The one shape every resource-policy reader returns, and the one function that turns an SDK call into
 * it: "no policy" and "no such resource" answers become data, an access denial or any other error becomes
 * a failed read in provenance (with the IAM action it needs, so LAA-AUDITOR-READ-DENIED can name it), and
 * a document that does not decode is a failed read too, never an exception.
 */
import type { Result } from '../../../core/result';
import type { PolicyDocument } from '../../../core/snapshot/types';
import type { CollectContext } from '../context';
import { parseResourcePolicy, type DecodeProblem } from '../decode';
import type { CollectorApi } from '../permissions';

/** What one read learned about a resource's policy. */
export type PolicyRead =
  | { readonly status: 'present'; readonly document: PolicyDocument; readonly note?: string }
  | { readonly status: 'none' }
  | { readonly status: 'not-found' }
  | { readonly status: 'unreadable' };

/** How to read one policy. */
export interface PolicyReadSpec<T> {
  readonly api: CollectorApi;
  /** What is read (an ARN), for the failure record. */
  readonly target: string;
  /** Sends the SDK command. */
  readonly invoke: () => Promise<T>;
  /** Error names that mean "the resource has no policy". */
  readonly noPolicy?: readonly string[];
  /** Error names that mean "the resource does not exist". */
  readonly notFound?: readonly string[];
  /** The policy text in the response; `undefined` or `''` means the resource has no policy. */
  readonly text: (response: T) => string | undefined;
  /** Decoder (default: plain JSON, {@link parseResourcePolicy}). */
  readonly decode?: (text: string) => Result<PolicyDocument, DecodeProblem>;
}

/** Sends one policy read and classifies the answer. Never throws for AWS errors. */
export async function readPolicy<T>(ctx: CollectContext, spec: PolicyReadSpec<T>): Promise<PolicyRead> {
  const noPolicy = spec.noPolicy ?? [];
  const notFound = spec.notFound ?? [];
  const res = await ctx.send(spec.api, spec.target, spec.invoke, { absentOn: [...noPolicy, ...notFound] });
  if (!res.ok) {
    if (!res.absent) return { status: 'unreadable' };
    return noPolicy.includes(res.errorCode) ? { status: 'none' } : { status: 'not-found' };
  }
  const text = spec.text(res.value);
  if (text === undefined || text.trim() === '') return { status: 'none' };
  return decoded(ctx, spec.api, spec.target, (spec.decode ?? parseResourcePolicy)(text));
}

/** A decoded document as a read, or a failed read recorded in provenance. */
export function decoded(
  ctx: CollectContext,
  api: CollectorApi,
  target: string,
  result: Result<PolicyDocument, DecodeProblem>,
): PolicyRead {
  if (result.ok) return { status: 'present', document: result.value };
  ctx.fail(api, target, result.error.code, result.error.message);
  return { status: 'unreadable' };
}
