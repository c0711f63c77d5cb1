/**
 * Renders a {@link Decision} as one sentence in the style of AWS's enhanced access-denied messages
 * (IAM User Guide "Troubleshooting access denied error messages", AWS-FACTS §4) plus detail lines.
 */
import type { ActionCatalog, AuthzRequest, Decision, Explanation, LayerResult } from './model';
import { describeStatement, TYPE_NAME, typeWithArticle } from './wording';

/** The action in its canonical spelling (`s3:getobject` → `s3:GetObject`) when a catalog is given and knows it. */
function canonicalAction(action: string, catalog: ActionCatalog | undefined): string {
  return catalog?.canonical(action) ?? action;
}

/** A layer's outcome in words. */
const OUTCOME: Readonly<Record<LayerResult['outcome'], string>> = {
  allow: 'allows it',
  'explicit-deny': 'denies it explicitly',
  'no-allow': 'no statement allows it',
  'not-present': 'not present',
  unknown: 'not supplied (unknown)',
};

function clause(action: string, decision: Decision): string {
  if (decision.awsRule) return `because ${decision.awsRule.detail}`;
  const type = decision.decidingType ?? 'identity';
  if (decision.decision === 'ExplicitlyDenied') {
    const arn = decision.deciding[0]?.policy.arn;
    return `with an explicit deny in ${typeWithArticle(type)}${arn ? `: ${arn}` : ''}`;
  }
  // AWS reports an SCP / RCP without a matching Allow as an explicit deny (troubleshooting guide).
  if (type === 'scp' || type === 'rcp') return `with an explicit deny in ${typeWithArticle(type)}`;
  return `because no ${TYPE_NAME[type]} allows the ${action} action`;
}

/**
 * The one-sentence summary, e.g. `User: arn:aws:sts::111122223333:assumed-role/r/fn is not authorized
 * to perform: s3:GetObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the
 * s3:GetObject action`.
 */
function sentence(request: AuthzRequest, decision: Decision, catalog: ActionCatalog | undefined): string {
  const action = canonicalAction(request.action, catalog);
  const who = `User: ${request.principal.arn}`;
  const what = `${action} on resource: ${request.resource}`;
  if (decision.decision === 'Allowed') {
    const by = decision.awsRule
      ? ` (${decision.awsRule.detail})`
      : decision.decidingType
        ? ` (allowed by ${typeWithArticle(decision.decidingType)})`
        : '';
    const unless = decision.requires ? ', provided the key policy, which could not be read, allows it too' : '';
    return `${who} is authorized to perform: ${what}${by}${unless}`;
  }
  return `${who} is not authorized to perform: ${what} ${clause(action, decision)}`;
}

/**
 * Explains a decision: one AWS-style sentence plus detail lines naming the deciding statements
 * (policy name / ARN and Sid or index), near misses (best first) and the outcome of each layer.
 * @param request the evaluated request
 * @param decision the result of `evaluate`
 * @param catalog action catalog used to spell the action canonically; without one the request's
 *   spelling is kept as given (no file is ever read here)
 */
export function explain(request: AuthzRequest, decision: Decision, catalog?: ActionCatalog): Explanation {
  const details: string[] = [];
  for (const ref of decision.deciding) {
    details.push(`${decision.decision === 'Allowed' ? 'Allowed by' : 'Denied by'} ${describeStatement(ref)}`);
  }
  for (const miss of decision.nearMisses) {
    details.push(`Near miss: ${describeStatement(miss.statement)} — ${miss.detail}`);
  }
  for (const layer of decision.layers) {
    if (layer.outcome !== 'not-present') details.push(`${TYPE_NAME[layer.type]}: ${OUTCOME[layer.outcome]}`);
  }
  if (decision.crossAccount)
    details.push('Cross-account request: both the identity-based and the resource-based policy must allow.');
  return { sentence: sentence(request, decision, catalog), details };
}
