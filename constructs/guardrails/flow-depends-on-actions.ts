import { IConstruct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { ArchitectFlow } from '../flows/architect-flow';
import { addressOf, GuardrailRule, Violation } from './guardrail';

/**
 * Every flow depends on each data action it calls: Archy resolves actions by
 * name when it publishes, so a flow published before one of them fails.
 */
export class FlowDependsOnActions extends GuardrailRule {
  readonly id = 'flow-depends-on-actions';

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (!ArchitectFlow.isArchitectFlow(node)) return [];
    const stack = TerraformStack.of(node);
    const dependsOn = new Set<string>((this.argumentsOf(node.terraformResource).depends_on ?? []) as string[]);
    return node.dataActions
      .filter((a) => !dependsOn.has(`genesyscloud_integration_action.${stack.getLogicalId(a.terraformResource)}`))
      .map((a) => ({
        address: addressOf(node.terraformResource),
        problem: `calls data action "${a.actionName}" but does not depend on it`,
        fix: 'build the flow with ArchitectFlow, which adds every action it calls to depends_on',
      }));
  }
}
