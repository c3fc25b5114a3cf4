import { IConstruct } from 'constructs';
import { IAspect, TerraformResource } from 'cdktf';

/**
 * The resources whose loss or replacement hurts callers: the flows, the data
 * actions and their integrations and credentials, the OAuth client and its
 * role, the queues (with their members and history) and the IVR that routes
 * the numbers. A replacement (a changed data action contract, say) deletes
 * too, so it is refused as well.
 */
export const PROTECTED_TYPES: readonly string[] = [
  'genesyscloud_architect_ivr',
  'genesyscloud_auth_role',
  'genesyscloud_flow',
  'genesyscloud_integration',
  'genesyscloud_integration_action',
  'genesyscloud_integration_credential',
  'genesyscloud_oauth_client',
  'genesyscloud_routing_queue',
];

/**
 * Sets `lifecycle.prevent_destroy` on the protected resource types, so that
 * a plan that would delete one fails instead (production, by default).
 */
export class PreventDestroy implements IAspect {
  constructor(private readonly types: readonly string[] = PROTECTED_TYPES) {}

  visit(node: IConstruct): void {
    if (TerraformResource.isTerraformResource(node) && this.types.includes(node.terraformResourceType)) {
      node.lifecycle = { ...node.lifecycle, preventDestroy: true };
    }
  }
}
