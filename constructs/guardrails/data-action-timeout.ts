import { IConstruct } from 'constructs';
import { addressOf, GuardrailRule, isResourceOfType, Violation } from './guardrail';

/** Every data action says how long Genesys Cloud may wait for it: no silent platform default. */
export class DataActionTimeout extends GuardrailRule {
  readonly id = 'data-action-timeout';

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (!isResourceOfType(node, 'genesyscloud_integration_action')) return [];
    const t = this.argumentsOf(node).config_timeout_seconds;
    if (Number.isInteger(t) && t >= 1 && t <= 60) return [];
    return [
      {
        address: addressOf(node),
        problem: t === undefined ? 'config_timeout_seconds is not set' : `config_timeout_seconds is ${JSON.stringify(t)}`,
        fix: 'set timeoutSeconds on the DataAction, a whole number from 1 to 60',
      },
    ];
  }
}
