import { IConstruct } from 'constructs';
import { IAspect, TerraformResource } from 'cdktf';

/** The resources whose loss breaks calls in progress: flows, integrations and OAuth clients. */
export const PROTECTED_TYPES: readonly string[] = ['genesyscloud_flow', 'genesyscloud_integration', 'genesyscloud_oauth_client'];

/**
 * Sets `lifecycle.prevent_destroy` on the protected resource types, so that
 * a plan that would delete one fails instead (production, by default).
 */
export class PreventDestroy implements IAspect {
  constructor(private readonly types: readonly string[] = PROTECTED_TYPES) {}

  visit(node: IConstruct): void {
    if (node instanceof TerraformResource && this.types.includes(node.terraformResourceType)) {
      node.lifecycle = { ...node.lifecycle, preventDestroy: true };
    }
  }
}
