import { Construct } from 'constructs';
import { ClientCredentialsClient } from './client-credentials-client';
import { PermissionsRole } from './permissions-role';

/**
 * What `terraform plan` reads, and nothing more: each kind of object the
 * stacks manage, viewed (Genesys's permission names for the objects the
 * apply client manages, docs/ci.md).
 */
export const PLAN_PERMISSIONS: readonly string[] = [
  // What each read of a plan's refresh asks for, as the Platform API states it per operation
  // (constructs/auth/permission-catalog.json's source). Divisions (GET /api/v2/authorization/divisions/home, /{id}) ask for none.
  'architect:flow:view', // GET /api/v2/flows/{flowId}
  'authorization:role:view', // GET /api/v2/authorization/roles/{roleId}
  'integrations:action:view', // GET /api/v2/integrations/actions/{actionId}, and its templates
  'integrations:integration:view', // GET /api/v2/integrations/{integrationId} and its config; GET /api/v2/integrations/credentials/{credentialId}
  'oauth:client:view', // GET /api/v2/oauth/clients/{clientId}
  'routing:callRoute:view', // GET /api/v2/architect/ivrs/{ivrId}: the DNIS routing
  'routing:queue:view', // GET /api/v2/routing/queues/{queueId}, its members and wrap-up codes
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
