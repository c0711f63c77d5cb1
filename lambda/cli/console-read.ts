/**
 * `--console-read-severity` for audit and explain: the severity of a person's denied read in the Lambda
 * console (LAA-IDENTITY-INVOKE), the same setting as the deployed handlers' `consoleReadSeverity` prop
 * (`CONSOLE_READ_SEVERITY`), default medium.
 */
import type { OptionSpec, ParsedArgs } from './args';
import type { CheckSettings } from '../core/checks/types';
import { SEVERITIES, type Severity } from '../core/findings/types';

/** The option itself (choices are checked by the argument parser). */
export const CONSOLE_READ_OPTION: OptionSpec = {
  name: 'console-read-severity',
  type: 'string',
  valueName: 'SEVERITY',
  choices: SEVERITIES,
  defaultText: 'medium',
  description: "Severity of a person's denied read in the Lambda console (LAA-IDENTITY-INVOKE).",
};

/** The check settings the option asks for (none when it is not given). */
export function consoleReadSettings(args: ParsedArgs): CheckSettings | undefined {
  const value = args.options['console-read-severity'];
  return typeof value === 'string' ? { consoleReadSeverity: value as Severity } : undefined;
}
