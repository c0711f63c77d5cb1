/**
 * Flags: facts about a denial that checks may act on (issue 9 §3), each with its reasons and data.
 * Pure: reads the parsed request and its class, never the environment.
 */
import { arnAccount, roleNameOf } from '../arn';
import type { Unclassified } from './types';
import type { DenialClass, DenialFlag } from './types';

const INVOKE_OR_READ = new Set(['lambda:InvokeFunction', 'lambda:InvokeFunctionUrl', 'lambda:GetFunction']);
const PERSON_TYPES = new Set(['IAMUser', 'AssumedRole', 'FederatedUser', 'IdentityCenterUser', 'Root']);

/** Role-passing parameter of a request (CreateFunction's `role`, others' `roleArn`). */
export function passedRole(req: Pick<Unclassified, 'requestParameters'>): string | undefined {
  const p = req.requestParameters;
  const role = p?.role ?? p?.roleArn;
  return role?.startsWith('arn:') ? role : undefined;
}

function crossAccountFlag(req: Unclassified): DenialFlag | undefined {
  const caller = req.caller.accountId;
  const resource = arnAccount(req.resource);
  if (!caller || !resource || caller === resource) return undefined;
  return {
    code: 'cross-account-resource',
    reasons: [
      `the resource ${req.resource} belongs to account ${resource}, the caller to ${caller}: the caller's identity policy and the resource's policy in ${resource} must both allow ${req.action}`,
    ],
    data: { callerAccount: caller, resourceAccount: resource, resource: req.resource ?? '' },
  };
}

function layerFlag(req: Unclassified): DenialFlag | undefined {
  if (req.action !== 'lambda:GetLayerVersion' || !req.resource?.includes(':layer:')) return undefined;
  const owner = arnAccount(req.resource);
  if (!owner || owner === req.caller.accountId) return undefined;
  return {
    code: 'cross-account-layer',
    reasons: [
      `the layer ${req.resource} belongs to account ${owner}: its owner must grant lambda:GetLayerVersion (add-layer-version-permission) and the deployer needs it in its own policy`,
    ],
    data: { layerArn: req.resource, layerOwner: owner, callerAccount: req.caller.accountId ?? '' },
  };
}

function invokeFlags(req: Unclassified, cls: DenialClass): DenialFlag[] {
  if (!INVOKE_OR_READ.has(req.action) || !PERSON_TYPES.has(req.caller.type) || cls === 'execution-role') return [];
  const out: DenialFlag[] = [
    {
      code: 'identity-invoke',
      reasons: [`${req.caller.arn ?? req.caller.type} (a user or role, not a service) was denied ${req.action}`],
      data: { principal: req.caller.roleArn ?? req.caller.arn ?? '', action: req.action },
    },
  ];
  if (req.caller.viaConsole && req.action === 'lambda:GetFunction') {
    out.push({ code: 'console-read', reasons: ['a person browsing the Lambda console was denied a read'] });
  }
  return out;
}

function assumeFlags(req: Unclassified): DenialFlag[] {
  if (!/^sts:AssumeRole/.test(req.action)) return [];
  const c = req.caller;
  const target = req.resource && req.resource !== '*' ? req.resource : req.requestParameters?.roleArn;
  if (c.type === 'AWSService' && c.invokedBy === 'lambda.amazonaws.com') {
    return [
      {
        code: 'lambda-cannot-assume-role',
        reasons: [
          `Lambda (lambda.amazonaws.com) could not assume ${target ?? 'the role'}: its trust policy must allow lambda.amazonaws.com sts:AssumeRole`,
        ],
        data: { roleArn: target ?? '', servicePrincipal: 'lambda.amazonaws.com' },
      },
    ];
  }
  const self =
    c.type === 'AssumedRole' && target && roleNameOf(target) === c.roleName && arnAccount(target) === c.accountId;
  if (!self) return [];
  return [
    {
      code: 'self-assume-execution-role',
      reasons: [
        `the session of role ${c.roleName} called ${req.action} on its own role: Lambda already provides the execution role's credentials, the call is unnecessary (Lambda developer guide, execution role)`,
      ],
      data: { roleArn: c.roleArn ?? target ?? '' },
    },
  ];
}

function passRoleFlag(req: Unclassified): DenialFlag | undefined {
  if (req.action !== 'iam:PassRole' || req.resourceSource !== 'request-parameters') return undefined;
  return {
    code: 'pass-role-short-form',
    reasons: [
      `the message names no resource (short iam:PassRole form): the passed role ${req.resource} comes from the request parameters`,
    ],
    data: { roleArn: req.resource ?? '' },
  };
}

function ssoFlag(req: Unclassified): DenialFlag | undefined {
  if (!req.caller.identityCenter || req.caller.type !== 'AssumedRole') return undefined;
  return {
    code: 'identity-center-permission-set',
    reasons: [
      `${req.caller.roleName} is an IAM Identity Center role: change its permission set, IAM edits to the role are overwritten`,
    ],
    data: { roleArn: req.caller.roleArn ?? '' },
  };
}

/**
 * Every flag that applies to a request of class `cls` (possibly none).
 * @param req the parsed request
 * @param cls its class
 */
export function denialFlags(req: Unclassified, cls: DenialClass): DenialFlag[] {
  const flags = [
    crossAccountFlag(req),
    layerFlag(req),
    ...invokeFlags(req, cls),
    ...assumeFlags(req),
    passRoleFlag(req),
    ssoFlag(req),
  ];
  if (req.errorMessageTruncated) {
    flags.push({
      code: 'message-truncated',
      reasons: ['the error message was longer than the auditor keeps; it was cut'],
    });
  }
  return flags.filter((f): f is DenialFlag => f !== undefined);
}
