/**
 * What the capacity guardrail needs at synth: the peak call rate through each
 * sample, and what one call of the deployed flows uses, measured by running
 * them in the simulator against the shipped scenario of that sample (its
 * service latencies). A few hundred simulated calls take a fraction of a
 * second, and only environments that declare `peakCallsPerMinute` pay it.
 */
import { Demand } from '../constructs/capacity/limits';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { Simulator } from '../simulator/engine';
import { perCallOf } from '../simulator/metrics';
import { rng } from '../simulator/random';
import { loadScenario } from '../simulator/scenario';

/** The shipped scenario whose services a sample's calls meet. */
const SCENARIO = { aiIntent: 'ai-intent', customerIdentification: 'customer-identification' } as const;
const CALLS = 100;

export function demandOf(sample: keyof typeof SCENARIO, pattern: AsyncWorkflow, callsPerMinute: number): Demand {
  const simulator = new Simulator(pattern, loadScenario(SCENARIO[sample]));
  const results = Array.from({ length: CALLS }, (_, i) => simulator.run(rng(i + 1)));
  return { name: sample, callsPerMinute, perCall: perCallOf(results) };
}
