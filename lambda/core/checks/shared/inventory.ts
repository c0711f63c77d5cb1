/**
 * The snapshot's trigger inventory as evidence that a source still exists: which inventory lists a
 * service principal's sources, and whether a statement's `aws:SourceArn` value (possibly a pattern or
 * a sub-path) names something the inventory holds. Used by `LAA-TRIGGER-ORPHANED-STATEMENT`.
 */
import type { ParsedStatement } from '../../policy/model';
import { compileGlob, matchGlob } from '../../policy/match/wildcard';
import type { InventoryList, TriggerKind } from '../../snapshot/types';

/** Which inventory lists the sources of a service principal (undefined: not tracked). */
export function inventoryKindFor(service: string): TriggerKind | undefined {
  const s = service.toLowerCase();
  if (s === 'events.amazonaws.com') return 'eventbridge-rule';
  if (s === 'sns.amazonaws.com') return 'sns';
  if (s === 's3.amazonaws.com') return 's3';
  if (s === 'apigateway.amazonaws.com') return 'apigateway';
  if (/^logs(\.[a-z0-9-]+)?\.amazonaws\.com$/.test(s)) return 'logs-subscription';
  if (s === 'iot.amazonaws.com') return 'iot';
  if (s === 'cognito-idp.amazonaws.com') return 'cognito';
  return undefined;
}

const stripAny = (arn: string): string => arn.replace(/:\*$/, '');

/**
 * True when `pattern` (a SourceArn condition value, possibly with wildcards or a sub-path such as an
 * API Gateway `api-id/stage/METHOD/path`) names `existing` or something inside it.
 */
export function sourceExists(pattern: string, existing: string): boolean {
  const p = stripAny(pattern);
  const e = stripAny(existing);
  return matchGlob(compileGlob(p), e) || p.startsWith(`${e}/`) || p.startsWith(`${e}:`);
}

const exactIndex = new WeakMap<InventoryList, Set<string>>();

/** True when the inventory holds `source` (exact match via a per-listing index, else {@link sourceExists}). */
export function inInventory(inventory: InventoryList, source: string): boolean {
  let exact = exactIndex.get(inventory);
  if (!exact) {
    exact = new Set(inventory.arns.map(stripAny));
    exactIndex.set(inventory, exact);
  }
  return exact.has(stripAny(source)) || inventory.arns.some((arn) => sourceExists(source, arn));
}

/** SourceArn values of a statement's conditions. */
export function sourceArnValues(statement: ParsedStatement): string[] {
  return statement.conditions.filter((c) => c.key.toLowerCase() === 'aws:sourcearn').flatMap((c) => [...c.values]);
}

/** SourceAccount values of a statement's conditions. */
export function sourceAccountValues(statement: ParsedStatement): string[] {
  return statement.conditions.filter((c) => c.key.toLowerCase() === 'aws:sourceaccount').flatMap((c) => [...c.values]);
}
