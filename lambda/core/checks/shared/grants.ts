/**
 * The Allow statements of a role's identity policies as plain grants (policy, statement, actions,
 * resources), and wildcard expansion of their actions over the IAM action catalog. Used by the
 * latent checks (shadowed grants, over-broad roles); never decides access itself (the engine does).
 */
import type { ActionCatalog, CompiledPolicy, ParsedStatement, StatementRef } from '../../policy/model';

/** One Allow statement of an identity policy. */
export interface Grant {
  readonly ref: StatementRef;
  readonly statement: ParsedStatement;
}

/** Every Allow statement of `policies` (identity layer), in policy order. */
export function allowGrants(policies: readonly CompiledPolicy[]): Grant[] {
  return policies.flatMap((p) =>
    p.parsed.statements
      .filter((s) => s.effect === 'Allow')
      .map((s) => ({
        statement: s,
        ref: { policy: p.parsed.source, index: s.index, sid: s.sid, effect: s.effect, statement: s.raw },
      })),
  );
}

/** True when an IAM action pattern contains a wildcard (`*` or `?`). */
export function isWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** A case-insensitive matcher for an IAM action pattern (`s3:Get*`, `*`). */
export function actionMatcher(pattern: string): (action: string) => boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  const re = new RegExp(`^${source}$`, 'i');
  return (action) => re.test(action);
}

/**
 * The actions an Action pattern names: itself when it has no wildcard, else the catalog's actions of
 * its service that match (empty without a catalog, or for `*`, which names every service).
 */
export function expandAction(pattern: string, catalog: ActionCatalog | undefined): string[] {
  if (!isWildcard(pattern)) return [pattern];
  const service = pattern.split(':')[0];
  if (!catalog || isWildcard(service) || !pattern.includes(':')) return [];
  const matches = actionMatcher(pattern);
  return catalog.actionsFor(service.toLowerCase()).filter(matches);
}
