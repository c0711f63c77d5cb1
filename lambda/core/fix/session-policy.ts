/**
 * Fix kind `session-policy`: the session policy is passed by whoever creates the role session
 * (`AssumeRole` `Policy` / `PolicyArns`); it can only narrow the role's permissions, so the caller
 * that assumes the role must pass a wider one (or none).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 */
import { msg } from '../i18n';
import { policyDocument } from './document';
import type { RenderedForms, SessionPolicyFix } from './types';

/** Renders a {@link SessionPolicyFix}. */
export function renderSessionPolicy(fix: SessionPolicyFix): RenderedForms {
  return {
    policyJson: fix.statement ? policyDocument([fix.statement]) : undefined,
    notes: [msg('fix.render.session', fix.roleArn ? { roleless: 'no', roleArn: fix.roleArn } : { roleless: 'yes' })],
  };
}
