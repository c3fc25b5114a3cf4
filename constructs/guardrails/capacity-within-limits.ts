import { combinedHeadroom, Demand } from '../capacity/limits';
import { Violation } from './guardrail';
import { PeakDemandRule } from './peak-demand-rule';

/**
 * The environment's expected peak call rate stays within every org limit the
 * deployed flows use: data action concurrency and volume, the Platform API
 * requests of the integration's OAuth client (pooled assumption), and
 * workflow launches. Over a limit, synth warns; in a production environment,
 * it refuses.
 */
export class CapacityWithinLimits extends PeakDemandRule {
  readonly id = 'capacity-within-limits';

  protected judge(demands: readonly Demand[], at: string): Omit<Violation, 'rule' | 'path'>[] {
    return combinedHeadroom(demands, this.limits)
      .filter((h) => h.headroom < 0)
      .map((h) => ({
        level: this.production ? ('error' as const) : ('warning' as const),
        problem: `at ${at}, ${h.limit} would reach ${Math.round(h.use).toLocaleString('en')} against a limit of ${h.value.toLocaleString('en')} (headroom ${Math.round(h.headroom * 100)} %)`,
        fix: 'lower peakCallsPerMinute to what the org allows, raise the limit with Genesys (docs/simulator.md names each), or make the flows use less of it',
      }));
  }
}
