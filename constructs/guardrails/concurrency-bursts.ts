import { BURST_TOLERANCE, concurrencyBursts, Demand } from '../capacity/limits';
import { Violation } from './guardrail';
import { PeakDemandRule } from './peak-demand-rule';

/** From this refused share at the declared peak, a production environment is refused, not warned. */
export const PRODUCTION_BURST_LIMIT = 0.01;

/**
 * At the environment's expected peak, calls arriving at random do not fill
 * data action concurrency more than rarely. An average within the limit
 * (capacity-within-limits) still leaves bursts: an execution that finds the
 * limit full is refused with HTTP 429 and takes its failure path. Erlang's
 * loss formula gives the refused share from the average alone
 * (`concurrencyBursts`). Over one in a thousand, synth warns; over one in a
 * hundred, a production environment is refused.
 */
export class ConcurrencyBurstsWithinLimit extends PeakDemandRule {
  readonly id = 'concurrency-bursts';

  protected judge(demands: readonly Demand[], at: string): Omit<Violation, 'rule' | 'path'>[] {
    const b = concurrencyBursts(demands, this.limits);
    // An average past the limit is capacity-within-limits' finding: this rule speaks of bursts below it.
    if (b.refused <= BURST_TOLERANCE || b.average >= b.limit) return [];
    const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 2 : 1)} %`;
    const scale = b.safeAverage / b.average;
    return [
      {
        level: this.production && b.refused > PRODUCTION_BURST_LIMIT ? 'error' : 'warning',
        problem: `at ${at}, ${b.average.toFixed(1)} data actions run at once on average against a limit of ${b.limit}: with calls arriving at random, about ${pct(b.refused)} of data actions would find the limit full and be refused (HTTP 429), taking their failure paths`,
        fix: `keep the average at or below ${b.safeAverage} (peaks about ${Math.round((1 - scale) * 100)} % lower), raise data action concurrency with Genesys, or make the flows' data actions shorter (docs/simulator.md)`,
      },
    ];
  }
}
