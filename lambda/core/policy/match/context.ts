/**
 * Request context as the matchers and condition operators see it: case-insensitive keys, values always
 * lists of strings (a single-valued key is a one-element list).
 */
import type { ContextValue } from '../model';

/** Values of a context key: a plain string stands for a one-element list (no array allocated for it). */
export type OneOrMore = string | readonly string[];

/**
 * A context key name that a compiled condition or policy variable asks for on every decision, with room for
 * the view's lookup cache: a view that interns key names (policy/context.ts) keeps the name's slot here, so a
 * repeated lookup skips hashing the name. Views that do not intern ignore it.
 */
export interface ContextKeyRef {
  /** The key name as the policy spells it (lower-cased by the compilers). */
  readonly name: string;
  /** The name's slot in the interning view's table (-1: not looked up yet). */
  slot: number;
  /** Generation of the view's slot table that `slot` belongs to (the table is rebuilt when it grows too big). */
  epoch: number;
}

/**
 * A fresh {@link ContextKeyRef} for a key name (one per compiled condition or variable).
 * @param name the key name
 */
export function contextKeyRef(name: string): ContextKeyRef {
  return { name, slot: -1, epoch: -1 };
}

/** Read-only view of a request context. `get` and `value` are case-insensitive on the key. */
export interface RequestContextView {
  /** Values of a context key (any case), or undefined when the key is not in the request. */
  get(key: string): readonly string[] | undefined;
  /**
   * The same answer as {@link RequestContextView.get}, except that a single value may come back as the string
   * itself instead of a one-element list (what condition tests read per decision, without allocating).
   * @param key the key name
   * @param ref the compiled caller's handle on the same name (`ref.name === key`), for views that cache lookups
   */
  value(key: string, ref?: ContextKeyRef): OneOrMore | undefined;
}

const none = (): undefined => undefined;

/** A view that has no keys. */
export const EMPTY_CONTEXT: RequestContextView = { get: none, value: none };

/**
 * Builds a {@link RequestContextView} from a plain record. Keys are lower-cased once here; a string value
 * becomes a one-element list, a list is copied.
 * @param record context keys (any case) to string or string-list values
 */
export function contextFromRecord(record: Readonly<Record<string, ContextValue>>): RequestContextView {
  const map = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(record)) {
    const list: readonly string[] = typeof value === 'string' ? [value] : [...value];
    const lower = key.toLowerCase();
    const existing = map.get(lower);
    map.set(lower, existing ? [...existing, ...list] : list);
  }
  // Callers usually pass keys already lower-cased: try that first, lower-case only on a miss.
  const get = (key: string): readonly string[] | undefined => map.get(key) ?? map.get(key.toLowerCase());
  return { get, value: get };
}
