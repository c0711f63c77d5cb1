/**
 * The resource side of a cross-account grant: the statement the OTHER account adds to its resource's
 * policy, ready to paste. Same-account requests need one Allow (identity OR resource policy); a
 * cross-account request needs both (IAM user guide, "Cross-account policy evaluation logic",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
 * In a KMS key policy and a Secrets Manager resource policy `Resource` is `"*"` (the policy is attached to
 * the key / secret: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html,
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html).
 */
import { parseArn, s3PrefixPattern, serviceOf } from '../../arn';

export { s3PrefixPattern };
import type { ResourceStatementFix } from '../../fix/types';
import { tsString } from '../../fix/quote';
import { en, msg, type MessageRef } from '../../i18n';

/** The `Resource` of the resource-side statement for `resource`. */
export function resourceSideResource(resource: string): string {
  const service = serviceOf(resource);
  if (service === 'kms' || service === 'secretsmanager') return '*';
  return s3PrefixPattern(resource) ?? resource;
}

const VARIABLE: Readonly<Record<string, string>> = {
  sqs: 'queue',
  sns: 'topic',
  s3: 'bucket',
  kms: 'key',
  secretsmanager: 'secret',
  dynamodb: 'table',
  lambda: 'fn',
  ecr: 'repository',
  events: 'bus',
};

/** The statement granting `principalArn` the action on `resource`, in the resource's own policy. */
export function resourceSideFix(
  resource: string,
  action: string,
  principalArn: string,
  summary: string,
): ResourceStatementFix {
  const service = serviceOf(resource) ?? 'other';
  const statement = {
    Sid: 'AllowCrossAccountAccess',
    Effect: 'Allow',
    Principal: { AWS: principalArn },
    Action: action,
    Resource: resourceSideResource(resource),
  };
  const parts = parseArn(resource);
  const notes = resourceSideNotes(resource, statement);
  const variable = VARIABLE[service] ?? 'resource';
  const cdk = `// in the stack of account ${parts?.accountId ?? '(the owner)'}\n${variable}.addToResourcePolicy(new iam.PolicyStatement({\n  principals: [new iam.ArnPrincipal(${tsString(principalArn)})],\n  actions: [${tsString(action)}],\n  resources: [${tsString(statement.Resource)}],\n}));`;
  return {
    kind: 'resource-statement',
    resourceArn: resource,
    statement,
    service: service === 'kms' ? 'kms' : 'other',
    ...(service === 'kms' && parts ? { resourceName: parts.resource.replace(/^key\//, ''), region: parts.region } : {}),
    cdk,
    summary,
    notes: notes.map(en),
  };
}

/** The notes of {@link resourceSideFix} as catalog references (`statement`: the statement to paste). */
export function resourceSideNotes(resource: string, statement: object): MessageRef[] {
  const account = parseArn(resource)?.accountId ?? 'owner';
  return [
    msg('cross.resource.paste', { resource, account, json: JSON.stringify(statement) }),
    msg('cross.resource.principalPins', { element: 'Principal', key: 'aws:SourceAccount' }),
  ];
}
