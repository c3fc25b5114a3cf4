import { Construct } from 'constructs';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Integration } from '@cdktf/provider-genesyscloud/lib/integration';
import { IntegrationCredential } from '@cdktf/provider-genesyscloud/lib/integration-credential';
import { IDataActionIntegration } from '../data-actions/data-action';
import { ValidationError } from '../validation';
import { ImportedIntegration } from './imported-integration';

/** How a web services integration authenticates to its service. */
export type WebServicesCredential =
  /** HTTP basic authentication: fields userName and password. */
  | { readonly type: 'basicAuth' }
  /** Fields of your choosing, e.g. ["apiKey"], that templates read as `$credentials.apiKey`. */
  | { readonly type: 'userDefined'; readonly fields: readonly string[] }
  /** An OAuth client of the service, e.g. ["clientId", "clientSecret", "loginUrl"]. */
  | { readonly type: 'userDefinedOAuth'; readonly fields: readonly string[] };

export interface WebServicesIntegrationProps {
  /**
   * Name of the new integration; also the category of its actions. To use an
   * integration the org already has, see `WebServicesIntegration.fromName`.
   */
  readonly name: string;
  /**
   * The credential of a new integration. Its values come from sensitive
   * Terraform variables, one per field, so that they are set in CI as
   * `TF_VAR_<variable>` and never appear in the synthesized JSON.
   * @default - no credential (a service that needs no authentication)
   */
  readonly credential?: WebServicesCredential;
  /**
   * Start of the variables' names: `<prefix>_<field>`.
   * @default "<environment>_<construct id>", in snake case, e.g. "dev_ai_service"
   */
  readonly variablePrefix?: string;
}

const FIELD = /^[A-Za-z][A-Za-z0-9]*$/;
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();

/** One credential field and the Terraform variable that holds its value. */
export interface CredentialVariable {
  readonly field: string;
  /** The variable's name; set it as `TF_VAR_<name>`. */
  readonly variable: string;
}

/**
 * A "Web Services Data Actions" integration (`custom-rest-actions`), enabled,
 * for calling services outside Genesys Cloud, with its credential.
 */
export class WebServicesIntegration extends Construct implements IDataActionIntegration {
  /** A "Web Services Data Actions" integration the org already has, with its credential, found by name. */
  static fromName(scope: Construct, id: string, name: string): ImportedIntegration {
    return new ImportedIntegration(scope, id, name, 'web-services');
  }

  readonly kind = 'web-services' as const;
  readonly integrationId: string;
  readonly integrationName: string;
  /** The variables that hold the credential's values, one per field. */
  readonly credentialVariables: readonly CredentialVariable[];

  constructor(scope: Construct, id: string, props: WebServicesIntegrationProps) {
    super(scope, id);
    const name = props.name;
    const problems: string[] = [];
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push(`name ${JSON.stringify(name)} is not a name: give the new integration one, or use WebServicesIntegration.fromName for one the org has`);
    }
    const fields = credentialFields(props.credential, problems);
    const stack = TerraformStack.of(this);
    const prefix = props.variablePrefix ?? snake(`${stack.node.id}_${id}`);
    if (!/^[a-z][a-z0-9_]*$/.test(prefix)) {
      problems.push(`variablePrefix ${JSON.stringify(prefix)} is not allowed: use lowercase letters, digits and "_", starting with a letter`);
    }
    ValidationError.throwIf(this, problems);
    this.integrationName = name!;

    this.credentialVariables = fields.map((field) => ({ field, variable: `${prefix}_${snake(field)}` }));
    let credentials: Record<string, string> | undefined;
    if (props.credential) {
      const values = Object.fromEntries(
        this.credentialVariables.map(({ field, variable }) => [
          field,
          new TerraformVariable(stack, variable, {
            type: 'string',
            sensitive: true,
            nullable: false,
            description: `${field} of the credential of the "${name}" integration. Set it as TF_VAR_${variable}; never commit it.`,
          }).stringValue,
        ]),
      );
      const credential = new IntegrationCredential(this, 'Credential', {
        name: `${name} Credential`,
        credentialTypeName: props.credential.type,
        fields: values,
      });
      // The slot is called basicAuth whatever the credential's type.
      credentials = { basicAuth: credential.id };
    }
    const integration = new Integration(this, 'Default', {
      integrationType: 'custom-rest-actions',
      intendedState: 'ENABLED',
      config: { name: name!, notes: `Managed by genesys-async-workflow (${this.node.path}).`, credentials },
    });
    this.integrationId = integration.id;
  }

  grantPermissions(action: Construct, permissions: readonly string[]): void {
    throw new ValidationError(action.node.path, [
      `requiredPermissions ${permissions.join(', ')} cannot be granted: a web services integration authenticates with its credential, not with Genesys Cloud roles`,
    ]);
  }
}

function credentialFields(credential: WebServicesCredential | undefined, problems: string[]): string[] {
  if (!credential) return [];
  switch (credential.type) {
    case 'basicAuth':
      return ['userName', 'password'];
    case 'userDefined':
    case 'userDefinedOAuth': {
      const fields = [...(credential.fields ?? [])];
      if (fields.length === 0) problems.push(`credential.fields is empty: a ${credential.type} credential needs at least one field, e.g. ["apiKey"]`);
      for (const f of fields) {
        if (!FIELD.test(f)) problems.push(`credential field ${JSON.stringify(f)} is not allowed: use letters and digits, starting with a letter, e.g. "apiKey"`);
      }
      if (new Set(fields).size !== fields.length) problems.push('credential.fields lists a field twice');
      return fields;
    }
    default:
      problems.push(
        `credential.type ${JSON.stringify((credential as { type: unknown }).type)} is not one of "basicAuth", "userDefined", "userDefinedOAuth"`,
      );
      return [];
  }
}
