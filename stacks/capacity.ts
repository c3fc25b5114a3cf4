/**
 * What the capacity guardrail needs at synth: the peak call rate through each
 * sample, and what one call of the deployed flows uses, measured by running
 * them in the simulator against the shipped scenario of that sample (its
 * service latencies). A few hundred simulated calls take a fraction of a
 * second, and only environments that declare `peakCallsPerMinute` pay it.
 */
import { createHash } from 'crypto';
import { Demand, PerCall } from '../constructs/capacity/limits';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { runCalls, Simulator } from '../simulator/engine';
import { perCallOf } from '../simulator/metrics';
import { loadScenario } from '../simulator/scenario';

/** The shipped scenario whose services a sample's calls meet. */
const SCENARIO = { aiIntent: 'ai-intent', customerIdentification: 'customer-identification' } as const;
const CALLS = 100;

/** Per-call use by the flows' YAML: the same flows measure the same, so a process measures them once. */
const measured = new Map<string, PerCall>();

export function demandOf(sample: keyof typeof SCENARIO, pattern: AsyncWorkflow, callsPerMinute: number): Demand {
  const flows = [pattern.callFlow.flow, ...Object.values(pattern.workflows).map((w) => w.flow)];
  const key = createHash('sha256').update(sample).update(flows.map((f) => f.yaml).join('\0')).digest('hex');
  let perCall = measured.get(key);
  if (!perCall) {
    const simulator = new Simulator(pattern, loadScenario(SCENARIO[sample]));
    perCall = perCallOf(runCalls(simulator, CALLS, 1));
    measured.set(key, perCall);
  }
  return { name: sample, callsPerMinute, perCall };
}
