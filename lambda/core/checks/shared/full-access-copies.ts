/**
 * Historical full-access AWS managed policies (deprecated, AWS-FACTS §6.3) and their customer-managed
 * COPIES: a customer-managed policy whose document equals the AWS managed one in the snapshot (same
 * statements, key order and array order ignored). The snapshot only holds an AWS managed policy's
 * document when something attaches it, so a copy is recognised only then (the name is never enough).
 * Shared by the over-broad role check; the hygiene check can adopt it at merge.
 */
import type { ManagedPolicyInfo, PolicyDocument, Snapshot } from '../../snapshot/types';

/** AWS managed policies that grant full access and are deprecated. */
export const HISTORICAL_FULL_ACCESS: readonly string[] = ['AWSLambdaFullAccess'];

/** A stable form of any JSON value: object keys sorted, arrays sorted by their stable form, strings trimmed. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return typeof value === 'string' ? JSON.stringify(value.trim()) : JSON.stringify(value);
}

function statementsOf(document: PolicyDocument): string {
  const raw = (document as { Statement?: unknown }).Statement;
  return canonicalJson(Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]);
}

/** The name of the historical full-access AWS policy `policy` is a customer-managed copy of, if any. */
export function fullAccessCopyOf(policy: ManagedPolicyInfo, snapshot: Snapshot): string | undefined {
  if (policy.awsManaged || !policy.document) return undefined;
  const mine = statementsOf(policy.document);
  const original = snapshot.managedPolicies.find(
    (p) => p.awsManaged && HISTORICAL_FULL_ACCESS.includes(p.name) && p.document && statementsOf(p.document) === mine,
  );
  return original?.name;
}
