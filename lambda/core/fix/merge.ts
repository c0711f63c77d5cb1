/**
 * Policies that AWS only replaces whole (a role's trust policy, an ECR repository policy, a KMS key
 * policy): the fix must MERGE a statement into the current document. When the snapshot knows the
 * current document the command sets the merged document; otherwise it reads, merges (jq) and writes.
 * `update-assume-role-policy` replaces the trust policy:
 * https://docs.aws.amazon.com/cli/latest/reference/iam/update-assume-role-policy.html
 * `set-repository-policy`: https://docs.aws.amazon.com/cli/latest/reference/ecr/set-repository-policy.html
 * `put-key-policy`: https://docs.aws.amazon.com/cli/latest/reference/kms/put-key-policy.html
 */
import type { PolicyDocument } from '../snapshot/types';
import { msg, type MessageRef } from '../i18n';
import { mergedDocument } from './document';
import { cliJson } from './quote';

/** How to read and write one whole-document policy with the AWS CLI. */
export interface WholePolicyCommands {
  /** Prints the current document as JSON on stdout. */
  readonly read: string;
  /** Writes the document given as a shell word (`'…json…'` or `file://…`). */
  readonly write: (document: string) => string;
  /** Temporary file name for the merged document. */
  readonly file: string;
}

/** The note every merged fix carries. */
export function mergeNote(what: string, known: boolean): MessageRef {
  return msg('fix.render.merge', { api: what, known: known ? 'yes' : 'no' });
}

/** The command that merges `statement` into the policy: direct when `existing` is known, else read | jq | write. */
export function mergeCli(
  commands: WholePolicyCommands,
  statement: unknown,
  existing: PolicyDocument | undefined,
  replaces: readonly unknown[] = [],
): { cli: string; document?: Record<string, unknown> } {
  if (existing) {
    const document = mergedDocument(existing, statement, replaces);
    return { cli: commands.write(cliJson(document)), document };
  }
  const jq = `jq --argjson s ${cliJson(statement)} '.Statement = ([.Statement] | flatten) + [$s]'`;
  return { cli: `${commands.read} | ${jq} > ${commands.file} && ${commands.write(`file://${commands.file}`)}` };
}
