/**
 * Where the primary fix of a denial goes (issue 9 §1): the layer AWS named in its message decides; only
 * when AWS named none is the layer inferred from the classification, and then it says so.
 * Policy-type → layer follows the IAM troubleshooting guide
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html): an identity-based or
 * boundary denial of an IAM Identity Center role goes to its permission set (IAM Identity Center owns
 * `AWSReservedSSO_*` roles).
 */
import type { PolicyType } from '../policy/model';
import { arnAccount } from '../arn';
import type { Unclassified } from './types';
import type { DenialClass, DenialFlag, FixDirection, FixTarget } from './types';

const LAYER: Readonly<Record<PolicyType, FixTarget>> = {
  identity: 'identity',
  resource: 'resource',
  'permissions-boundary': 'boundary',
  session: 'session',
  scp: 'scp',
  rcp: 'rcp',
  'vpc-endpoint': 'vpc-endpoint',
  trust: 'trust',
};

/**
 * The engine's policy type of a fix target (the inverse of the table above; an Identity Center permission
 * set is identity policy), undefined for targets that are no policy layer (`function-code`).
 */
export function policyTypeOf(target: FixTarget): PolicyType | undefined {
  if (target === 'permission-set') return 'identity';
  return (Object.keys(LAYER) as PolicyType[]).find((type) => LAYER[type] === target);
}

function callerPrincipal(req: Unclassified): string | undefined {
  return req.caller.roleArn ?? req.caller.arn ?? req.caller.accountId;
}

/** Whose policy holds the named layer. */
function principalFor(target: FixTarget, req: Unclassified): string | undefined {
  switch (target) {
    case 'identity':
    case 'boundary':
    case 'permission-set':
    case 'function-code':
      return callerPrincipal(req);
    case 'session':
      return req.caller.arn ?? callerPrincipal(req);
    case 'scp':
      return req.reason.policyArn ?? req.caller.accountId;
    case 'rcp':
      return req.reason.policyArn ?? arnAccount(req.resource) ?? req.account;
    case 'vpc-endpoint':
      return req.vpcEndpointId ?? req.reason.policyArn;
    default:
      return req.resource && req.resource !== '*' ? req.resource : undefined;
  }
}

function has(flags: readonly DenialFlag[], code: DenialFlag['code']): boolean {
  return flags.some((f) => f.code === code);
}

/** The layer when AWS named none: from the class and flags, with the reason. */
function inferred(cls: DenialClass, flags: readonly DenialFlag[]): [FixTarget, string] {
  if (has(flags, 'self-assume-execution-role'))
    return ['function-code', 'the function assumes its own execution role: remove the call'];
  if (has(flags, 'lambda-cannot-assume-role') || cls === 'trust-policy')
    return ['trust', 'Lambda cannot assume the role: its trust policy'];
  if (has(flags, 's3-notification-destination'))
    return ['resource', 'S3 could not validate the destination: its resource policy'];
  if (cls === 'invoke-permission' && !has(flags, 'identity-invoke'))
    return ['resource', "a service was denied invoke: the function's resource policy"];
  return ['identity', "AWS named no policy type: the caller's identity policy is the usual layer"];
}

/**
 * The primary fix direction of a request.
 * @param req the parsed request
 * @param cls its class
 * @param flags its flags
 */
export function fixDirection(req: Unclassified, cls: DenialClass, flags: readonly DenialFlag[]): FixDirection {
  const named = req.reason.policyType;
  const sso = has(flags, 'identity-center-permission-set');
  if (has(flags, 'self-assume-execution-role')) {
    // The troubleshooting guide's answer is to stop assuming the role, whatever layer denied it.
    const said = named
      ? [`AWS reported ${req.reason.policyTypeText ?? named}; the fix is still to remove the call`]
      : [];
    return withPrincipal(
      {
        target: 'function-code',
        source: 'inferred',
        reasons: [...said, 'the function assumes its own execution role'],
      },
      req,
    );
  }
  if (named) {
    const layer = LAYER[named];
    const target: FixTarget = sso && (layer === 'identity' || layer === 'boundary') ? 'permission-set' : layer;
    const text = req.reason.policyTypeText ?? named;
    const reasons = [
      `AWS named the deciding policy: ${req.reason.kind === 'explicit' ? 'explicit deny in' : 'no allow in'} ${text}`,
    ];
    if (target === 'permission-set')
      reasons.push('the caller is an IAM Identity Center role: its permission set holds that policy');
    return withPrincipal({ target, source: 'message', reasons }, req);
  }
  const [target, reason] = inferred(cls, flags);
  const finalTarget: FixTarget = sso && target === 'identity' ? 'permission-set' : target;
  return withPrincipal({ target: finalTarget, source: 'inferred', reasons: [reason] }, req);
}

function withPrincipal(d: Omit<FixDirection, 'principal'>, req: Unclassified): FixDirection {
  const principal = principalFor(d.target, req);
  return principal ? { ...d, principal } : d;
}
