/**
 * EventBridge event-pattern matching, implemented with EventBridge semantics so that tests and the CLI
 * can check which events the deployed rule delivers. Supported: exact values (string, number, boolean,
 * null), `prefix`, `suffix` (both optionally `equals-ignore-case`), `equals-ignore-case`, `anything-but`
 * (value, list, `prefix`, `suffix`, `equals-ignore-case`, `wildcard`), `wildcard`, `exists`, `numeric`,
 * `cidr` (IPv4), and `$or`. Arrays in the event match when any element matches.
 */

type Leaf = string | number | boolean | null;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function wildcardToRegExp(glob: string, flags = ''): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, `s${flags}`);
}

function stringOp(spec: unknown, value: Leaf, op: (v: string, s: string) => boolean): boolean {
  if (typeof value !== 'string') return false;
  if (typeof spec === 'string') return op(value, spec);
  if (isObject(spec) && typeof spec['equals-ignore-case'] === 'string') {
    return op(value.toLowerCase(), spec['equals-ignore-case'].toLowerCase());
  }
  return false;
}

function numericMatch(spec: unknown, value: Leaf): boolean {
  if (typeof value !== 'number' || !Array.isArray(spec)) return false;
  for (let i = 0; i + 1 < spec.length; i += 2) {
    const [op, bound] = [spec[i], Number(spec[i + 1])];
    const okay =
      op === '<'
        ? value < bound
        : op === '<='
          ? value <= bound
          : op === '>'
            ? value > bound
            : op === '>='
              ? value >= bound
              : op === '='
                ? value === bound
                : false;
    if (!okay) return false;
  }
  return true;
}

function ipv4ToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function cidrMatch(spec: unknown, value: Leaf): boolean {
  if (typeof spec !== 'string' || typeof value !== 'string') return false;
  const [base, bitsText] = spec.split('/');
  const ip = ipv4ToInt(value);
  const net = ipv4ToInt(base ?? '');
  const bits = Number(bitsText);
  if (ip === undefined || net === undefined || !(bits >= 0 && bits <= 32)) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(ip / size) === Math.floor(net / size);
}

function anythingBut(spec: unknown, value: Leaf): boolean {
  if (Array.isArray(spec)) return !spec.some((s) => s === value);
  if (isObject(spec)) {
    if ('prefix' in spec) return typeof value === 'string' && !stringOp(spec.prefix, value, (v, s) => v.startsWith(s));
    if ('suffix' in spec) return typeof value === 'string' && !stringOp(spec.suffix, value, (v, s) => v.endsWith(s));
    if ('wildcard' in spec) return typeof value === 'string' && !matchLeaf({ wildcard: spec.wildcard }, value);
    if ('equals-ignore-case' in spec) {
      const list = Array.isArray(spec['equals-ignore-case'])
        ? spec['equals-ignore-case']
        : [spec['equals-ignore-case']];
      return (
        typeof value === 'string' && !list.some((s) => typeof s === 'string' && s.toLowerCase() === value.toLowerCase())
      );
    }
    return false;
  }
  return spec !== value;
}

/** One matcher from a pattern array against one scalar event value. */
function matchLeaf(matcher: unknown, value: Leaf): boolean {
  if (!isObject(matcher)) return matcher === value;
  if ('prefix' in matcher) return stringOp(matcher.prefix, value, (v, s) => v.startsWith(s));
  if ('suffix' in matcher) return stringOp(matcher.suffix, value, (v, s) => v.endsWith(s));
  if ('equals-ignore-case' in matcher) return stringOp(matcher, value, (v, s) => v === s);
  if ('anything-but' in matcher) return anythingBut(matcher['anything-but'], value);
  if ('wildcard' in matcher) {
    return (
      typeof value === 'string' &&
      typeof matcher.wildcard === 'string' &&
      wildcardToRegExp(matcher.wildcard).test(value)
    );
  }
  if ('numeric' in matcher) return numericMatch(matcher.numeric, value);
  if ('cidr' in matcher) return cidrMatch(matcher.cidr, value);
  return false;
}

function isLeafValue(v: unknown): v is Leaf {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

/** A pattern array (list of matchers) against the event's field value (absent, scalar or array). */
function matchField(matchers: unknown[], value: unknown): boolean {
  for (const m of matchers) {
    if (isObject(m) && 'exists' in m) {
      const present = value !== undefined && !isObject(value);
      if (m.exists === present) return true;
      continue;
    }
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => isLeafValue(v) && matchLeaf(m, v))) return true;
  }
  return false;
}

/**
 * EventBridge pattern matching with EventBridge semantics (exact, prefix, suffix, anything-but,
 * equals-ignore-case, wildcard, exists, numeric, cidr, `$or`). Never throws; a malformed pattern or event
 * simply does not match.
 * @param pattern event pattern as deployed (plain JSON)
 * @param event the event (EventBridge envelope)
 * @returns true when EventBridge would deliver `event` to a rule with `pattern`
 */
export function matchesEventPattern(pattern: Record<string, unknown>, event: unknown): boolean {
  if (!isObject(pattern) || !isObject(event)) return false;
  for (const [key, spec] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!Array.isArray(spec) || !spec.some((alt) => isObject(alt) && matchesEventPattern(alt, event))) return false;
      continue;
    }
    const value = event[key];
    if (Array.isArray(spec)) {
      if (!matchField(spec, value)) return false;
    } else if (isObject(spec)) {
      if (!isObject(value) || !matchesEventPattern(spec, value)) return false;
    } else {
      return false;
    }
  }
  return true;
}
