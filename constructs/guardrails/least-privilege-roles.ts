import { IConstruct } from 'constructs';
import { LaunchWorkflowAction, ReadJobStatusAction } from '../data-actions/catalog';
import { ValidationError } from '../validation';
import { addressOf, GuardrailRule, isResourceOfType, Violation } from './guardrail';

/**
 * The permissions the pattern's Platform API actions declare (launch a
 * workflow, read the job's status); a role may hold these and no others
 * unless the rule is told. Derived from the catalog, so a new action's
 * permission cannot be forgotten here.
 */
export const PATTERN_PERMISSIONS: readonly string[] = [...new Set([...LaunchWorkflowAction.PERMISSIONS, ...ReadJobStatusAction.PERMISSIONS])];

const ALLOWED_HERE = 'genesys-async-workflow:least-privilege-allowed';

/**
 * Allows more permissions to the roles under one construct only, e.g. the
 * read-only plan role: every other role in the stack stays held to the
 * rule's list. The reason is kept in the synthesized metadata.
 */
export function allowPermissions(scope: IConstruct, permissions: readonly string[], reason: string): void {
  if (!reason || reason.trim().length < 10) {
    throw new ValidationError(scope.node.path, ['allowing permissions needs a written reason of at least 10 characters, saying why they are needed']);
  }
  scope.node.addMetadata(ALLOWED_HERE, { permissions: [...permissions], reason });
}

/** The permissions allowed at a construct: the rule's list and whatever its scopes allow. */
function allowedAt(node: IConstruct, base: readonly string[]): Set<string> {
  const out = new Set(base);
  for (const scope of node.node.scopes) {
    for (const m of scope.node.metadata) if (m.type === ALLOWED_HERE) (m.data as { permissions: string[] }).permissions.forEach((p) => out.add(p));
  }
  return out;
}

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
    const args = this.argumentsOf(node);
    const granted: string[] = [
      ...((args.permission_policies ?? []) as { domain: string; entity_name: string; action_set: string[] }[]).flatMap((p) =>
        p.action_set.map((a) => `${p.domain}:${p.entity_name}:${a}`),
      ),
      ...((args.permissions ?? []) as string[]),
    ];
    const out: Omit<Violation, 'rule' | 'path'>[] = [];
    const allowed = allowedAt(node, this.allowed);
    for (const p of granted) {
      if (p.split(':').some((part) => part.includes('*'))) {
        out.push({ address: addressOf(node), problem: `grants the wildcard permission ${p}`, fix: 'name each permission the actions need, e.g. architect:flow:launch' });
      } else if (!allowed.has(p)) {
        out.push({
          address: addressOf(node),
          problem: `grants ${p}, which is not on the list of allowed permissions (${[...allowed].join(', ')})`,
          fix: 'remove it, or allow it for this construct alone with allowPermissions(construct, permissions, reason)',
        });
      }
    }
    return out;
  }
}
