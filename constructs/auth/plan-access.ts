import { Construct } from 'constructs';
import { ClientCredentialsClient } from './client-credentials-client';
import { PermissionsRole } from './permissions-role';

/**
 * What `terraform plan` reads, and nothing more: each kind of object the
 * stacks manage, viewed (Genesys's permission names for the objects the
 * apply client manages, docs/ci.md).
 */
export const PLAN_PERMISSIONS: readonly string[] = [
  'architect:flow:view',
  'architect:ivrConfig:view',
  'authorization:division:view',
  'authorization:role:view',
  'integrations:action:view',
  'integrations:credential:view',
  'integrations:integration:view',
  'oauth:client:view',
  'routing:queue:view',
];

export interface PlanAccessProps {
  /** Name of the role and of the OAuth client, e.g. "prod-Terraform Plan". */
  readonly name: string;
}

/**
 * A read-only OAuth client for `terraform plan` in pull requests: a role
 * that can view what the stacks manage and change nothing, and a
 * client-credentials client holding it. Plans of unreviewed code run with it,
 * never with the client that applies. Its secret is not exposed: copy it from
 * Admin > OAuth in the org into the `<env>-plan` GitHub environment.
 */
export class PlanAccess extends Construct {
  readonly role: PermissionsRole;
  readonly client: ClientCredentialsClient;

  constructor(scope: Construct, id: string, props: PlanAccessProps) {
    super(scope, id);
    this.role = new PermissionsRole(this, 'role', {
      name: props.name,
      description: 'Read-only: what terraform plan needs. Managed by genesys-async-workflow.',
      permissions: [...PLAN_PERMISSIONS],
    });
    this.client = new ClientCredentialsClient(this, 'client', { name: props.name, roles: [this.role] });
  }

  get clientId(): string {
    return this.client.clientId;
  }
}
