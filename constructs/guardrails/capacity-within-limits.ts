import { IConstruct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { combinedHeadroom, Demand, Limits } from '../capacity/limits';
import { GuardrailRule, Violation } from './guardrail';

/**
 * The environment's expected peak call rate stays within every org limit the
 * deployed flows use: data action concurrency and volume, the Platform API
 * requests of the integration's OAuth client (pooled assumption), and
 * workflow launches. Over a limit, synth warns; in a production environment,
 * it refuses.
 */
export class CapacityWithinLimits extends GuardrailRule {
  readonly id = 'capacity-within-limits';

  /**
   * @param demands the peak call rate through each pattern and what a call uses (measured by the simulator)
   */
  constructor(
    private readonly demands: () => readonly Demand[],
    private readonly production: boolean,
    private readonly limits?: Limits,
  ) {
    super();
  }

  private measured?: readonly Demand[];

  protected check(node: IConstruct): Omit<Violation, 'rule' | 'path'>[] {
    if (!(node instanceof TerraformStack)) return [];
    // Measured once, however often the stack is synthesized.
    const demands = (this.measured ??= this.demands());
    if (demands.length === 0) return [];
    const at = demands.map((d) => `${d.callsPerMinute} calls/min through ${d.name}`).join(' and ');
    return combinedHeadroom(demands, this.limits)
      .filter((h) => h.headroom < 0)
      .map((h) => ({
        level: this.production ? ('error' as const) : ('warning' as const),
        problem: `at ${at}, ${h.limit} would reach ${Math.round(h.use).toLocaleString('en')} against a limit of ${h.value.toLocaleString('en')} (headroom ${Math.round(h.headroom * 100)} %)`,
        fix: 'lower peakCallsPerMinute to what the org allows, raise the limit with Genesys (docs/simulator.md names each), or make the flows use less of it',
      }));
  }
}
