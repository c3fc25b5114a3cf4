import { IConstruct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { addressOf, GuardrailRule, isResourceOfType, resolved, Violation } from './guardrail';

/** No OAuth client puts its secret in state or outputs. */
export class NoExposedClientSecret extends GuardrailRule {
  readonly id = 'no-exposed-client-secret';

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (isResourceOfType(node, 'genesyscloud_oauth_client')) {
      const args = this.argumentsOf(node);
      return args.expose_client_secret === true || args.client_secret !== undefined
        ? [
            {
              address: addressOf(node),
              problem: args.expose_client_secret === true ? 'sets expose_client_secret' : 'sets client_secret',
              fix: 'use integration_credential_name, so the provider hands the secret to the integration without exposing it',
            },
          ]
        : [];
    }
    if (node instanceof TerraformOutput) {
      const value = JSON.stringify(resolved(node, node.value) ?? '');
      return /genesyscloud_oauth_client\.[^.]+\.client_secret/.test(value)
        ? [{ problem: `output ${node.friendlyUniqueId} shows an OAuth client secret`, fix: 'remove the output' }]
        : [];
    }
    return [];
  }
}
