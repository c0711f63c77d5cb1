/**
 * Text styling for terminal renderers. Renderers are pure: whether to use color is decided by the
 * caller (the CLI looks at the TTY and `NO_COLOR`) and passed in as a {@link Style}.
 */
import type { Severity } from '../findings/types';

/** Styling functions. Each returns its input wrapped (or not) in escape codes. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  /** Colors a severity label (critical/high red, medium yellow, low cyan, info gray). */
  readonly severity: (severity: Severity, s: string) => string;
  readonly heading: (s: string) => string;
}

const identity = (s: string): string => s;

/** No styling at all: the output is plain ASCII/UTF-8 text. */
export const PLAIN_STYLE: Style = { bold: identity, dim: identity, severity: (_sev, s) => s, heading: identity };

function sgr(open: number, close: number): (s: string) => string {
  return (s) => `\u001b[${open}m${s}\u001b[${close}m`;
}

const SEVERITY_COLORS: Readonly<Record<Severity, (s: string) => string>> = {
  critical: (s) => `\u001b[1;31m${s}\u001b[0m`,
  high: sgr(31, 39),
  medium: sgr(33, 39),
  low: sgr(36, 39),
  info: sgr(90, 39),
};

/** ANSI styling (SGR codes) for color terminals. */
export const ANSI_STYLE: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  severity: (severity, s) => SEVERITY_COLORS[severity](s),
  heading: (s) => `\u001b[1;4m${s}\u001b[0m`,
};

/** Removes ANSI SGR escape sequences (for width computations and tests). */
export function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}
