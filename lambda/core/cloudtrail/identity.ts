/**
 * Turns CloudTrail `userIdentity` (AWS-FACTS §1.3) into a {@link Caller}. Tolerates missing fields and
 * `HIDDEN_DUE_TO_SECURITY_REASONS`; never keeps anything secret (access key IDs are identifiers).
 */
import { arnAccount, lastSegment, parseSessionArn } from '../arn';
import type { Caller } from './types';

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';
const CONSOLE_AGENTS = ['console.amazonaws.com', 'signin.amazonaws.com'];

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

/** A string field, or undefined when absent, not a string, empty or hidden. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && v !== HIDDEN ? v : undefined;
}

/** True when the role name is an IAM Identity Center (SSO) permission-set role. */
export function isIdentityCenterRole(roleName: string | undefined): boolean {
  return !!roleName && roleName.startsWith('AWSReservedSSO_');
}

/** Last `/` segment of an ARN (`…:federated-user/Bob` → `Bob`), undefined when it has none. */
function nameSegment(arn: string | undefined): string | undefined {
  return arn?.includes('/') ? lastSegment(arn) || undefined : undefined;
}

function assumedRoleFields(ui: Json): Partial<Caller> {
  const issuer = obj(obj(ui.sessionContext)?.sessionIssuer);
  const arn = str(ui.arn);
  const roleArn = str(issuer?.arn);
  const session = arn ? parseSessionArn(arn) : undefined;
  const roleName = str(issuer?.userName) ?? nameSegment(roleArn) ?? session?.roleName;
  // principalId of a session is `ROLEID:SESSION` (AWS-FACTS §1.3).
  const sessionName = session?.sessionName ?? str(ui.principalId)?.split(':')[1];
  return { roleArn, roleName, sessionName, ...(isIdentityCenterRole(roleName) ? { identityCenter: true } : {}) };
}

function viaConsole(ui: Json, detail: Json): boolean {
  if (detail.sessionCredentialFromConsole === 'true' || detail.sessionCredentialFromConsole === true) return true;
  const agent = str(detail.userAgent)?.toLowerCase() ?? '';
  if (CONSOLE_AGENTS.some((a) => agent === a || agent.startsWith(`${a} `))) return true;
  const invokedBy = str(ui.invokedBy)?.toLowerCase();
  return !!invokedBy && CONSOLE_AGENTS.includes(invokedBy);
}

function mfa(ui: Json): boolean | undefined {
  const v = obj(obj(ui.sessionContext)?.attributes)?.mfaAuthenticated;
  return v === 'true' || v === true ? true : v === 'false' || v === false ? false : undefined;
}

function drop<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Builds the caller from a CloudTrail record.
 * @param detail the CloudTrail record (its `userIdentity`, `userAgent` and `sessionCredentialFromConsole` are read)
 */
export function parseCaller(detail: Json): Caller {
  const ui = obj(detail.userIdentity) ?? {};
  const type = str(ui.type) ?? 'Unknown';
  const arn = str(ui.arn);
  const base: Caller = {
    type,
    arn,
    principalId: str(ui.principalId),
    accountId: str(ui.accountId) ?? arnAccount(arn),
    accessKeyId: str(ui.accessKeyId),
    userName: str(ui.userName),
    viaConsole: viaConsole(ui, detail),
    invokedBy: str(ui.invokedBy),
    mfaAuthenticated: mfa(ui),
  };
  if (type === 'AssumedRole') return drop({ ...base, ...assumedRoleFields(ui) });
  if (type === 'IdentityCenterUser') return drop({ ...base, identityCenter: true });
  if (type === 'FederatedUser') {
    const issuer = obj(obj(ui.sessionContext)?.sessionIssuer);
    return drop({ ...base, sessionName: nameSegment(arn), userName: base.userName ?? str(issuer?.userName) });
  }
  if (type === 'IAMUser' && !base.userName) return drop({ ...base, userName: nameSegment(arn) });
  return drop(base);
}
