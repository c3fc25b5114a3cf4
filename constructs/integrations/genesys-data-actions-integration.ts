import { Construct } from 'constructs';
import { Integration } from '@cdktf/provider-genesyscloud/lib/integration';
import { ClientCredentialsClient } from '../auth/client-credentials-client';
import { PermissionsRole } from '../auth/permissions-role';
import { IDataActionIntegration } from '../data-actions/data-action';
import { IDivision } from '../division/division';
import { ValidationError } from '../validation';
import { ImportedIntegration } from './imported-integration';

export interface GenesysDataActionsIntegrationProps {
  /**
   * Name of the new integration; also the category of its actions. To use an
   * integration the org already has, see `GenesysDataActionsIntegration.fromName`.
   */
  readonly name: string;
  /**
   * The division the client's role applies in.
   * @default - all divisions
   */
  readonly division?: IDivision;
  /** @default "<name> Role" */
  readonly roleName?: string;
  /** @default "<name> Client" */
  readonly clientName?: string;
  /** @default "<name> Credential" */
  readonly credentialName?: string;
  /** @default - the org's default token lifetime */
  readonly accessTokenValiditySeconds?: number;
}

/**
 * A "Genesys Cloud Data Actions" integration (`purecloud-data-actions`),
 * enabled, whose actions call the Platform API as a client-credentials OAuth
 * client. The client holds one custom role with exactly the permissions its
 * actions declare (`DataAction.requiredPermissions`); the client's secret
 * reaches the integration through the credential the provider creates, and
 * never passes through configuration, outputs or logs.
 */
export class GenesysDataActionsIntegration extends Construct implements IDataActionIntegration {
  /**
   * A "Genesys Cloud Data Actions" integration the org already has, found by
   * name. Its OAuth client and role stay yours to manage: the permissions its
   * actions need are given as warnings (and in `requiredPermissions`).
   */
  static fromName(scope: Construct, id: string, name: string): ImportedIntegration {
    return new ImportedIntegration(scope, id, name, 'genesys-cloud');
  }

  readonly kind = 'genesys-cloud' as const;
  readonly integrationId: string;
  readonly integrationName: string;
  /** The role its OAuth client holds: exactly what its actions need. */
  readonly role: PermissionsRole;
  /** The OAuth client its actions run as. */
  readonly oauthClient: ClientCredentialsClient;
  private readonly needed = new Set<string>();

  constructor(scope: Construct, id: string, props: GenesysDataActionsIntegrationProps) {
    super(scope, id);
    const name = props.name;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new ValidationError(this.node.path, [
        `name ${JSON.stringify(name)} is not a name: give the new integration one (e.g. "dev-Async Workflow Platform"), or use GenesysDataActionsIntegration.fromName for one the org has`,
      ]);
    }
    this.integrationName = name;
    this.role = new PermissionsRole(this, 'Role', { name: props.roleName ?? `${name} Role` });
    this.oauthClient = new ClientCredentialsClient(this, 'Client', {
      name: props.clientName ?? `${name} Client`,
      roles: [this.role],
      division: props.division,
      integrationCredentialName: props.credentialName ?? `${name} Credential`,
      accessTokenValiditySeconds: props.accessTokenValiditySeconds,
    });
    const integration = new Integration(this, 'Default', {
      integrationType: 'purecloud-data-actions',
      intendedState: 'ENABLED',
      config: {
        name,
        notes: `Managed by genesys-async-workflow (${this.node.path}).`,
        credentials: { pureCloudOAuthClient: this.oauthClient.integrationCredentialId },
      },
    });
    this.integrationId = integration.id;
  }

  grantPermissions(_action: Construct, permissions: readonly string[]): void {
    permissions.forEach((p) => this.needed.add(p));
    this.role.grant(...permissions);
  }

  /** What the actions of this integration need: the role holds exactly these. */
  get requiredPermissions(): readonly string[] {
    return [...this.needed].sort();
  }
}
