import { IConstruct } from 'constructs';
import { TerraformProvider, TerraformResource } from 'cdktf';
import { addressOf, GuardrailRule, resolved, Violation } from './guardrail';

/** Argument names that hold secrets. */
const SECRET_NAME = /(password|passwd|secret|token|api[_-]?key|apikey|credential)/i;
/**
 * A value whose secret part is a reference, not the secret itself: a Terraform
 * variable or resource attribute, or a Velocity reference to the credential
 * (`$credentials.x`, written `$${credentials.x}` once escaped). "Bearer " in
 * front of one is fine.
 */
const REFERENCE = /\$\{(var|data|genesyscloud_[a-z_]+)\.|\$\$\{credentials\.|\$!?\{?credentials\./;

/**
 * No secret is written into the configuration: credential fields, secret-like
 * arguments and `Authorization` headers must reference a sensitive variable
 * (or, in a template, the integration's credential), and the provider takes
 * no credential at all: it reads them from the environment.
 */
export class NoSecretLiterals extends GuardrailRule {
  readonly id = 'no-secret-literals';

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (node instanceof TerraformProvider) {
      const config = resolved(node, node.toTerraform());
      const block = (Object.values(config.provider ?? {})[0] as Record<string, unknown>[] | undefined)?.[0] ?? {};
      return ['oauthclient_secret', 'oauthclient_id', 'access_token']
        .filter((k) => block[k] !== undefined)
        .map((k) => ({
          problem: `the ${node.terraformProviderSource ?? 'provider'} provider block sets ${k}`,
          fix: 'leave it out: the provider reads GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET from the environment',
        }));
    }
    if (!TerraformResource.isTerraformResource(node)) return [];
    const found: Omit<Violation, 'rule' | 'path'>[] = [];
    const walk = (value: unknown, path: string[], secretContext: boolean) => {
      if (typeof value === 'string') {
        if (secretContext && value !== '' && !REFERENCE.test(value)) {
          found.push({
            address: addressOf(node),
            problem: `${path.join('.')} holds a literal value`,
            fix: 'take it from a sensitive Terraform variable (TF_VAR_...) or, in a header template, from $credentials.<field>',
          });
        }
        return;
      }
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)], secretContext));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          const last = path[path.length - 1];
          const secret = secretContext || SECRET_NAME.test(k) || /^authorization$/i.test(k) || (last === 'fields' && node.terraformResourceType === 'genesyscloud_integration_credential');
          walk(v, [...path, k], secret);
        }
      }
    };
    const args = { ...this.argumentsOf(node) };
    delete args['//'];
    // Ids of other resources and names are not secrets, whatever they are called.
    for (const key of ['integration_credential_id', 'integration_credential_name', 'credential_type_name', 'depends_on']) delete args[key];
    walk(args, [], false);
    return found;
  }
}
