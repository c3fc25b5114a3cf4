import { IConstruct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { Demand, Limits } from '../capacity/limits';
import { GuardrailRule, Violation } from './guardrail';

/**
 * A rule about the environment's declared peak (`peakCallsPerMinute`): it
 * judges each stack once, from the demands measured on first use (the
 * simulator runs the deployed flows), and names the rates in its messages.
 * capacity-within-limits and concurrency-bursts are the two.
 */
export abstract class PeakDemandRule extends GuardrailRule {
  private measured?: readonly Demand[];

  /**
   * @param demands the peak call rate through each pattern and what a call uses (measured by the simulator)
   * @param production whether the environment serves real callers: a rule may refuse it where it warns others
   * @param limits the org's limits @default DEFAULT_LIMITS
   */
  constructor(
    private readonly demands: () => readonly Demand[],
    protected readonly production: boolean,
    protected readonly limits?: Limits,
  ) {
    super();
  }

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (!(node instanceof TerraformStack)) return [];
    // Measured once, however often the stack is synthesized.
    const demands = (this.measured ??= this.demands());
    if (demands.length === 0) return [];
    return this.judge(demands, demands.map((d) => `${d.callsPerMinute} calls/min through ${d.name}`).join(' and '));
  }

  /** The findings at `demands`; `at` says the rates in words, e.g. "170 calls/min through aiIntent". */
  protected abstract judge(demands: readonly Demand[], at: string): Omit<Violation, 'rule' | 'path'>[];
}
