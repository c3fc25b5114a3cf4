import { Construct } from 'constructs';
import { Integration } from '@cdktf/provider-genesyscloud/lib/integration';
import { DataGenesyscloudIntegration } from '@cdktf/provider-genesyscloud/lib/data-genesyscloud-integration';
import { ClientCredentialsClient } from '../auth/client-credentials-client';
import { PermissionsRole } from '../auth/permissions-role';
import { IDataActionIntegration } from '../data-actions/data-action';
import { IDivision } from '../division/division';
import { ValidationError } from '../validation';

export interface GenesysDataActionsIntegrationProps {
  /**
   * Name of a new integration; also the category of its actions. Give this
   * or `existingIntegrationName`, not both.
   * @default - none: one of the two is required
   */
  readonly name?: string;
  /**
   * Use a "Genesys Cloud Data Actions" integration the org already has,
   * found by name, instead of creating one. Its OAuth client and role are
   * then yours to manage: `requiredPermissions` lists what they must allow.
   * @default - a new integration is created
   */
  readonly existingIntegrationName?: string;
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
  readonly kind = 'genesys-cloud' as const;
  readonly integrationId: string;
  readonly integrationName: string;
  /** The role, where this construct created it. */
  readonly role?: PermissionsRole;
  /** The OAuth client, where this construct created it. */
  readonly oauthClient?: ClientCredentialsClient;
  private readonly needed = new Set<string>();

  constructor(scope: Construct, id: string, props: GenesysDataActionsIntegrationProps) {
    super(scope, id);
    const existing = props.existingIntegrationName;
    if (existing !== undefined) {
      const extra = (['name', 'division', 'roleName', 'clientName', 'credentialName', 'accessTokenValiditySeconds'] as const).filter(
        (k) => props[k] !== undefined,
      );
      ValidationError.throwIf(this, [
        ...(existing.trim() === '' ? ['existingIntegrationName is empty: name the integration to use, or give name to create one'] : []),
        ...(extra.length
          ? [`existingIntegrationName uses an integration the org already has, so ${extra.join(', ')} cannot apply: give either existingIntegrationName or the props of a new integration, not both`]
          : []),
      ]);
      this.integrationName = existing;
      this.integrationId = new DataGenesyscloudIntegration(this, 'Existing', { name: existing }).id;
      return;
    }
    const name = props.name;
    if (name === undefined || name.trim() === '') {
      throw new ValidationError(this.node.path, [
        'name is missing: give the name of a new integration (e.g. "dev-Async Workflow Platform"), or existingIntegrationName to use one the org has',
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
    this.role?.grant(...permissions);
  }

  /** What the actions of this integration need: the role holds exactly these. */
  get requiredPermissions(): readonly string[] {
    return [...this.needed].sort();
  }
}
