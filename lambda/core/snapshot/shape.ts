/**
 * A tiny shape-checking vocabulary for JSON data (the snapshot schema in validate.ts): each check
 * appends problems with their JSON path and never throws; at most {@link MAX_PROBLEMS} are kept.
 */
/** One reason a value is not a valid snapshot. */
export interface SnapshotProblem {
  /** JSON path of the offending value, e.g. `functions[3].roleArn` (`$` for the root). */
  readonly path: string;
  /** What is wrong, e.g. `expected string, got number`. */
  readonly message: string;
}

/** Checks `value` at `path`, appending problems to `out`. */
export type Check = (value: unknown, path: string, out: SnapshotProblem[]) => void;
/** Property name → check of an object. */
export type Shape = Readonly<Record<string, Check>>;

/** Problems kept per validation (a broken file would otherwise list thousands). */
export const MAX_PROBLEMS = 100;

/** The JSON kind of a value: `null`, `array` or its `typeof`. */
export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Appends a problem unless {@link MAX_PROBLEMS} are already kept. */
export function problem(out: SnapshotProblem[], path: string, message: string): void {
  if (out.length < MAX_PROBLEMS) out.push({ path, message });
}

function primitive(expected: 'string' | 'boolean' | 'number'): Check {
  return (v, path, out) => {
    if (typeof v !== expected) problem(out, path, `expected ${expected}, got ${kind(v)}`);
  };
}

/** A string. */
export const str = primitive('string');
/** A boolean. */
export const bool = primitive('boolean');

/** Marks a property optional: `undefined` (absent) passes, anything else must match. */
export function opt(check: Check): Check {
  const wrapped: Check = (v, path, out) => {
    if (v !== undefined) check(v, path, out);
  };
  return Object.assign(wrapped, { optional: true });
}

function isOptional(check: Check): boolean {
  return (check as Check & { optional?: boolean }).optional === true;
}

/** One of the allowed literal values. */
export function oneOf(...allowed: readonly (string | number)[]): Check {
  return (v, path, out) => {
    if (!allowed.includes(v as string)) {
      problem(
        out,
        path,
        `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(v)}`,
      );
    }
  };
}

/** True for a plain JSON object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object with the properties of `shape` (required unless wrapped in {@link opt}). */
export function obj(shape: Shape): Check {
  return (v, path, out) => {
    if (!isRecord(v)) return problem(out, path, `expected object, got ${kind(v)}`);
    for (const [key, check] of Object.entries(shape)) {
      const child = path === '$' ? key : `${path}.${key}`;
      if (!(key in v) && !isOptional(check)) problem(out, child, 'required property is missing');
      else check(v[key], child, out);
    }
  };
}

/** An array whose elements all match `item`. */
export function arr(item: Check): Check {
  return (v, path, out) => {
    if (!Array.isArray(v)) return problem(out, path, `expected array, got ${kind(v)}`);
    v.forEach((element, i) => item(element, `${path}[${i}]`, out));
  };
}

/** An object whose values all match `value` (tags, inventory), optionally only with `keys`. */
export function dict(value: Check, keys?: readonly string[]): Check {
  return (v, path, out) => {
    if (!isRecord(v)) return problem(out, path, `expected object, got ${kind(v)}`);
    for (const [key, element] of Object.entries(v)) {
      if (keys && !keys.includes(key))
        problem(out, `${path}.${key}`, `unknown key; expected one of ${keys.join(', ')}`);
      else value(element, `${path}.${key}`, out);
    }
  };
}

/** A decoded policy document: a JSON object (never a URL-encoded string). */
export const document: Check = (v, path, out) => {
  if (typeof v === 'string') return problem(out, path, 'expected decoded policy object, got string (decode it first)');
  if (!isRecord(v)) problem(out, path, `expected policy object, got ${kind(v)}`);
};

/** A policy document or `null` (no policy). */
export const nullableDocument: Check = (v, path, out) => {
  if (v !== null) document(v, path, out);
};
