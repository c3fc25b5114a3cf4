import { IConstruct } from 'constructs';
import { TerraformResource } from 'cdktf';
import { ArchitectFlow } from '../flows/architect-flow';
import { addressOf, GuardrailRule, Violation } from './guardrail';

/**
 * Every name the stack gives an object carries the environment's prefix and
 * suffix, so that dev and prod can share one org without collisions.
 */
export class QualifiedNames extends GuardrailRule {
  readonly id = 'qualified-names';

  constructor(private readonly naming: { readonly prefix: string; readonly suffix: string }) {
    super();
  }

  private qualified(name: string): boolean {
    return name.startsWith(this.naming.prefix) && name.endsWith(this.naming.suffix);
  }

  private violation(address: string | undefined, name: string): Omit<Violation, 'rule' | 'path'> {
    return {
      address,
      problem: `is named ${JSON.stringify(name)}, without the environment's qualifier (prefix ${JSON.stringify(this.naming.prefix)}, suffix ${JSON.stringify(this.naming.suffix)})`,
      fix: "build the name with qualifiedName(config, ...) from config/naming.ts",
    };
  }

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (ArchitectFlow.isArchitectFlow(node)) {
      return this.qualified(node.flowName) ? [] : [this.violation(addressOf(node.terraformResource), node.flowName)];
    }
    if (!TerraformResource.isTerraformResource(node) || !node.terraformResourceType.startsWith('genesyscloud_')) return [];
    const args = this.argumentsOf(node);
    const config = Array.isArray(args.config) ? args.config[0] : args.config;
    const name: unknown = args.name ?? config?.name;
    if (typeof name !== 'string') return [];
    // A name known only at apply cannot be checked here: said, as a warning, rather than passed in silence.
    if (name.includes('${')) {
      return [
        {
          level: 'warning',
          address: addressOf(node),
          problem: `is named ${JSON.stringify(name)}, which is known only at apply, so its qualifier cannot be checked`,
          fix: "build the name from config with qualifiedName(config, ...), or suppress the rule for this resource with the reason it is safe",
        },
      ];
    }
    return this.qualified(name) ? [] : [this.violation(addressOf(node), name)];
  }
}
