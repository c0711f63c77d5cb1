/**
 * BinaryEquals condition operator: compares the key's value byte for byte with a base64-encoded policy
 * value. Context values arrive as base64 strings too. Both sides are decoded and re-encoded so padding
 * and line breaks do not matter. An invalid base64 policy value is an error and never matches.
 */
import type { OperatorDef, ValueProblem } from './types';
import { NEVER } from './types';

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/**
 * Canonical base64 of a base64 text (whitespace removed, padding normalized); undefined when invalid.
 * @param value base64 text
 */
export function canonicalBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (!BASE64_RE.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('base64');
}

/** The BinaryEquals operator. */
export const BINARY_OPERATORS: readonly OperatorDef[] = [
  {
    name: 'BinaryEquals',
    family: 'Binary',
    negated: false,
    variables: false,
    compile: (values) => {
      const problems: ValueProblem[] = [];
      const expected = new Set<string>();
      values.forEach((v, i) => {
        const c = canonicalBase64(v);
        if (c === undefined)
          problems.push({ valueIndex: i, severity: 'error', message: `${JSON.stringify(v)} is not base64` });
        else expected.add(c);
      });
      if (problems.length > 0) return { matcher: NEVER, problems };
      return {
        problems,
        matcher: {
          anyMatch: (v) => {
            const c = canonicalBase64(v);
            return c !== undefined && expected.has(c);
          },
        },
      };
    },
  },
];
