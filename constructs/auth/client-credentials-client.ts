import { Construct } from 'constructs';
import { OauthClient } from '@cdktf/provider-genesyscloud/lib/oauth-client';
import { ValidationError } from '../validation';
import { IDivision } from '../division/division';
import { IRole } from './permissions-role';

export interface ClientCredentialsClientProps {
  /** The OAuth client's name in the org. */
  readonly name: string;
  /** The roles the client holds. */
  readonly roles: readonly IRole[];
  /**
   * The division the roles apply in.
   * @default - all divisions ("*")
   */
  readonly division?: IDivision;
  /**
   * Name of the integration credential the provider creates for this client,
   * so that an integration can use it without the secret ever passing
   * through configuration.
   * @default - no credential
   */
  readonly integrationCredentialName?: string;
  /**
   * Lifetime of the tokens it gets, in seconds.
   * @default - the org's default (86400)
   */
  readonly accessTokenValiditySeconds?: number;
}

/**
 * A client-credentials OAuth client. Its secret is never exposed: it does
 * not appear in configuration, outputs or state (`expose_client_secret` is
 * never set); an integration reaches it through the credential the provider
 * creates.
 */
export class ClientCredentialsClient extends Construct {
  private readonly resource: OauthClient;

  constructor(scope: Construct, id: string, props: ClientCredentialsClientProps) {
    super(scope, id);
    const problems: string[] = [];
    if (!props.name || props.name.trim() === '') problems.push('name is empty: give the OAuth client a name');
    if (props.roles.length === 0) problems.push('roles is empty: a client-credentials client needs at least one role');
    const v = props.accessTokenValiditySeconds;
    if (v !== undefined && (!Number.isInteger(v) || v < 300 || v > 172800)) {
      problems.push(`accessTokenValiditySeconds ${v} is out of range: use a whole number of seconds from 300 to 172800`);
    }
    ValidationError.throwIf(this, problems);
    this.resource = new OauthClient(this, 'Default', {
      name: props.name,
      description: `Client-credentials client managed by genesys-async-workflow (${this.node.path}).`,
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      accessTokenValiditySeconds: v,
      integrationCredentialName: props.integrationCredentialName,
      roles: props.roles.map((role) => ({ roleId: role.roleId, divisionId: props.division?.divisionId ?? '*' })),
    });
  }

  get clientId(): string {
    return this.resource.clientId;
  }

  /** Id of the integration credential the provider created, if one was asked for. */
  get integrationCredentialId(): string {
    return this.resource.integrationCredentialId;
  }

  get terraformResource(): OauthClient {
    return this.resource;
  }
}
