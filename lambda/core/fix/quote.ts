/**
 * Quoting for the two languages fixes are rendered in: POSIX shell (AWS CLI commands) and TypeScript
 * (CDK snippets). Every name that comes from an audited account (role, function, policy, statement ID,
 * ARN) goes through one of these, so a hostile name can neither break nor inject into the command.
 */

/** Quotes a string for a POSIX shell (single quotes; an embedded `'` becomes `'\''`). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A shell argument: bare when it only has characters no shell interprets, else single-quoted. */
export function cliArg(value: string): string {
  return /^[A-Za-z0-9_./:=@,+-]+$/.test(value) ? value : shellQuote(value);
}

/** Compact JSON, single-quoted for the shell. */
export function cliJson(value: unknown): string {
  return shellQuote(JSON.stringify(value));
}

/** A TypeScript single-quoted string literal (backslashes, quotes and line breaks escaped). */
export function tsString(text: string): string {
  if (!/[\\'\n\r\u2028\u2029]/.test(text)) return `'${text}'`;
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${body}'`;
}

/** A TypeScript array literal of strings. */
export function tsStrings(values: readonly string[]): string {
  return `[${values.map(tsString).join(', ')}]`;
}
