import { IConstruct } from 'constructs';
import { LaunchWorkflowAction, ReadJobStatusAction } from '../data-actions/catalog';
import { addressOf, GuardrailRule, isResourceOfType, resolvedArguments, Violation } from './guardrail';

/**
 * The permissions the pattern's Platform API actions declare (launch a
 * workflow, read the job's status); a role may hold these and no others
 * unless the rule is told. Derived from the catalog, so a new action's
 * permission cannot be forgotten here.
 */
export const PATTERN_PERMISSIONS: readonly string[] = [...new Set([...LaunchWorkflowAction.PERMISSIONS, ...ReadJobStatusAction.PERMISSIONS])];

/**
 * Roles grant only listed permissions, each named in full: no wildcard
 * domain, entity or action, and nothing outside the allowed list.
 */
export class LeastPrivilegeRoles extends GuardrailRule {
  readonly id = 'least-privilege-roles';

  constructor(private readonly allowed: readonly string[] = PATTERN_PERMISSIONS) {
    super();
  }

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (!isResourceOfType(node, 'genesyscloud_auth_role')) return [];
    const args = resolvedArguments(node);
    const granted: string[] = [
      ...((args.permission_policies ?? []) as { domain: string; entity_name: string; action_set: string[] }[]).flatMap((p) =>
        p.action_set.map((a) => `${p.domain}:${p.entity_name}:${a}`),
      ),
      ...((args.permissions ?? []) as string[]),
    ];
    const out: Omit<Violation, 'rule' | 'path'>[] = [];
    for (const p of granted) {
      if (p.split(':').some((part) => part.includes('*'))) {
        out.push({ address: addressOf(node), problem: `grants the wildcard permission ${p}`, fix: 'name each permission the actions need, e.g. architect:flow:launch' });
      } else if (!this.allowed.includes(p)) {
        out.push({
          address: addressOf(node),
          problem: `grants ${p}, which is not on the list of allowed permissions (${this.allowed.join(', ')})`,
          fix: 'remove it, or add it to the list given to LeastPrivilegeRoles with the API it serves',
        });
      }
    }
    return out;
  }
}
