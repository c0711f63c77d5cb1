/**
 * Service control policies and resource control policies that apply to an account: the account's
 * parents up to the root (`ListParents`), the policies attached at each level (`ListPoliciesForTarget`
 * with `SERVICE_CONTROL_POLICY` / `RESOURCE_CONTROL_POLICY`, paginated) and each distinct policy's content
 * (`DescribePolicy`, cached per run). These reads work only in the management account, a delegated
 * administrator, or with a read role there. In `auto` mode a first answer of `AccessDeniedException` or
 * `AWSOrganizationsNotInUseException` means "not readable here" (no failure recorded: findings then name
 * the policy ARN from AWS's message); in `required` mode a denial is a failed read. Any failure later in
 * the chain drops the whole result: an incomplete chain would make the engine see a level without an Allow.
 */
import {
  DescribePolicyCommand,
  ListParentsCommand,
  ListPoliciesForTargetCommand,
  type OrganizationsClient,
  type PolicySummary,
} from '@aws-sdk/client-organizations';
import type { NamedPolicy, OrganizationInfo, OrgPolicyLevel } from '../../../core/snapshot/types';
import { paginate, type CollectContext } from '../context';
import { parseResourcePolicy } from '../decode';

/** Whether to read organization policies. */
export type OrganizationMode = 'off' | 'auto' | 'required';

/** Answers meaning "Organizations is not readable from here" (SDK model of ListParents). */
export const NOT_READABLE = ['AccessDeniedException', 'AWSOrganizationsNotInUseException'];

type Filter = 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';

/** Reads organization policies once per run; share one instance across the functions of a run. */
export class OrganizationReader {
  private readonly documents = new Map<string, Promise<NamedPolicy | undefined>>();
  private result: Promise<OrganizationInfo | undefined> | undefined;

  /**
   * @param ctx collection context
   * @param client Organizations client; without one nothing is read
   * @param mode `off` reads nothing
   */
  constructor(
    private readonly ctx: CollectContext,
    private readonly client: OrganizationsClient | undefined,
    private readonly mode: OrganizationMode,
  ) {}

  /** The SCP and RCP levels (root first, account last) of `accountId`, or undefined when unknown. */
  forAccount(accountId: string): Promise<OrganizationInfo | undefined> {
    this.result ??= this.read(accountId);
    return this.result;
  }

  private async read(accountId: string): Promise<OrganizationInfo | undefined> {
    if (this.mode === 'off' || !this.client || !accountId) return undefined;
    const chain = await this.chain(accountId);
    if (!chain) return undefined;
    const scpLevels = await this.levels(chain, 'SERVICE_CONTROL_POLICY');
    const rcpLevels = scpLevels && (await this.levels(chain, 'RESOURCE_CONTROL_POLICY'));
    if (!scpLevels || !rcpLevels) return undefined;
    return {
      ...(scpLevels.some((l) => l.policies.length > 0) ? { scpLevels } : {}),
      ...(rcpLevels.some((l) => l.policies.length > 0) ? { rcpLevels } : {}),
      source: 'collected',
    };
  }

  /** Targets from the root down to the account, or undefined when not readable. */
  private async chain(accountId: string): Promise<string[] | undefined> {
    const client = this.client as OrganizationsClient;
    const targets = [accountId];
    for (let child = accountId, depth = 0; depth < 7; depth++) {
      const res = await this.ctx.send(
        'organizations:ListParents',
        child,
        () => client.send(new ListParentsCommand({ ChildId: child })),
        depth === 0 && this.mode === 'auto' ? { absentOn: NOT_READABLE } : {},
      );
      if (!res.ok) return undefined;
      const parent = res.value.Parents?.[0];
      if (!parent?.Id) return undefined;
      targets.unshift(parent.Id);
      if (parent.Type === 'ROOT') return targets;
      child = parent.Id;
    }
    return undefined; // deeper than Organizations allows (five OU levels below the root)
  }

  private async levels(targets: readonly string[], filter: Filter): Promise<OrgPolicyLevel[] | undefined> {
    const levels: OrgPolicyLevel[] = [];
    for (const target of targets) {
      const summaries = await this.attached(target, filter);
      if (!summaries) return undefined;
      const policies = await Promise.all(summaries.map((s) => this.policy(s)));
      if (policies.some((p) => p === undefined)) return undefined;
      levels.push({ target, policies: policies as NamedPolicy[] });
    }
    return levels;
  }

  private async attached(target: string, filter: Filter): Promise<PolicySummary[] | undefined> {
    const client = this.client as OrganizationsClient;
    const listing = await paginate<PolicySummary>(async (token) => {
      const res = await this.ctx.send('organizations:ListPoliciesForTarget', `${target} ${filter}`, () =>
        client.send(new ListPoliciesForTargetCommand({ TargetId: target, Filter: filter, NextToken: token })),
      );
      return res.ok ? { items: res.value.Policies ?? [], next: res.value.NextToken } : undefined;
    });
    return listing.complete ? listing.items : undefined;
  }

  private policy(summary: PolicySummary): Promise<NamedPolicy | undefined> {
    const id = summary.Id ?? '';
    let hit = this.documents.get(id);
    if (!hit) {
      hit = this.describe(summary);
      this.documents.set(id, hit);
    }
    return hit;
  }

  private async describe(summary: PolicySummary): Promise<NamedPolicy | undefined> {
    const client = this.client as OrganizationsClient;
    const target = summary.Arn ?? summary.Id ?? '';
    const res = await this.ctx.send('organizations:DescribePolicy', target, () =>
      client.send(new DescribePolicyCommand({ PolicyId: summary.Id })),
    );
    if (!res.ok) return undefined;
    const content = res.value.Policy?.Content ?? '';
    const parsed = parseResourcePolicy(content);
    if (!parsed.ok) {
      this.ctx.fail('organizations:DescribePolicy', target, parsed.error.code, parsed.error.message);
      return undefined;
    }
    return {
      name: summary.Name ?? summary.Id ?? 'policy',
      ...(summary.Arn ? { arn: summary.Arn } : {}),
      document: parsed.value,
    };
  }
}
