/**
 * What every fix kind shares: the policy document wrapper and the notes every IAM change carries.
 */
import { en, msg } from '../i18n';
import type { PolicyStatementJson } from '../policy/model';

/** IAM is eventually consistent: a change can take a few seconds to be seen everywhere (catalog message). */
export const PROPAGATION = msg('fix.propagation');

/** {@link PROPAGATION} in English. */
export const PROPAGATION_NOTE = en(PROPAGATION);

/** A policy document holding `statements` (copied, never shared with the caller). */
export function policyDocument(
  statements: readonly (PolicyStatementJson | Record<string, unknown>)[],
): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements.map((s) => ({ ...s })) };
}

/** The statements of a document as a list (`Statement` may be one object or absent). */
export function statementsOf(document: { readonly Statement?: unknown } | undefined): unknown[] {
  const s = document?.Statement;
  return Array.isArray(s) ? [...(s as unknown[])] : s ? [s] : [];
}

/** `document` with `statement` appended: the merged document a "replace the whole policy" API needs. */
export function mergedDocument(
  document: { readonly Version?: unknown; readonly Statement?: unknown } | undefined,
  statement: unknown,
  replaces: readonly unknown[] = [],
): Record<string, unknown> {
  const dropped = new Set(replaces.map((s) => JSON.stringify(s)));
  const kept = statementsOf(document).filter((s) => !dropped.has(JSON.stringify(s)));
  return { Version: document?.Version ?? '2012-10-17', Statement: [...kept, statement] };
}

/** A stable inline policy name for a fix of `action`: `laa-fix-<service>-<action>` (IAM allows 128 characters). */
export function fixPolicyName(action: string): string {
  return `laa-fix-${action.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`.slice(0, 128);
}

/** A list from IAM's "string or list" fields. */
export function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}
