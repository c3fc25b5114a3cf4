import { Construct } from 'constructs';
import { Lazy } from 'cdktf';
import { AuthRole } from '@cdktf/provider-genesyscloud/lib/auth-role';
import { ValidationError } from '../validation';
import { permissionProblem, toPolicies } from './permissions';

export interface PermissionsRoleProps {
  /** The role's name in the org. */
  readonly name: string;
  /** @default - a description that says which construct manages the role */
  readonly description?: string;
  /**
   * Permissions granted from the start; more can be added with `grant()`.
   * @default - none
   */
  readonly permissions?: readonly string[];
}

/** A role an OAuth client can hold: one of this app's, or one the org has, by id. */
export interface IRole {
  readonly roleId: string;
}

/**
 * A custom role (`genesyscloud_auth_role`) that holds exactly the permissions
 * granted to it, named one by one: no wildcards. The policies are computed at
 * synth, so constructs added later can still widen it with `grant()`.
 */
export class PermissionsRole extends Construct implements IRole {
  private readonly granted = new Set<string>();
  private readonly resource: AuthRole;

  constructor(scope: Construct, id: string, props: PermissionsRoleProps) {
    super(scope, id);
    if (!props.name || props.name.trim() === '') {
      throw new ValidationError(this.node.path, ['name is empty: give the role a name, e.g. "dev-Async Workflow Data Actions"']);
    }
    for (const p of props.permissions ?? []) this.grant(p);
    this.resource = new AuthRole(this, 'Default', {
      name: props.name,
      description: props.description ?? `Least-privilege role managed by genesys-async-workflow (${this.node.path}).`,
      permissionPolicies: Lazy.anyValue({
        produce: () =>
          toPolicies(this.granted).map((p) => ({ domain: p.domain, entity_name: p.entityName, action_set: p.actionSet })),
      }),
    });
  }

  /** Adds permissions such as "architect:flow:launch". */
  grant(...permissions: string[]): void {
    ValidationError.throwIf(this, permissions.map(permissionProblem).filter((p): p is string => p !== null));
    permissions.forEach((p) => this.granted.add(p));
  }

  /** The permissions the role holds, sorted. */
  get permissions(): readonly string[] {
    return [...this.granted].sort();
  }

  get roleId(): string {
    return this.resource.id;
  }

  get terraformResource(): AuthRole {
    return this.resource;
  }
}
