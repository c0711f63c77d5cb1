/**
 * CLI argument rendering for fixes: plain tokens stay bare, anything else is single-quoted.
 */
import { shellQuote } from './fix-render';

/** A shell argument: bare when it only has safe characters, else single-quoted. */
export function cliArg(value: string): string {
  return /^[A-Za-z0-9_./:=@,+-]+$/.test(value) ? value : shellQuote(value);
}

/** Compact JSON, single-quoted for the shell. */
export function cliJson(value: unknown): string {
  return shellQuote(JSON.stringify(value));
}

/** Upper-cases the first letter (titles and summaries that start with a policy or principal name). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
