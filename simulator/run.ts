/** Builds the deployed flows for a scenario and runs its calls. */
import { DEFAULT_ENVIRONMENTS, EnvironmentDefinition, loadEnvironments } from '../config';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { IdentificationMode } from '../constructs/patterns/samples/customer-identification';
import { EnvironmentStack } from '../stacks/environment-stack';
import { CallResult, Simulator } from './engine';
import { summarize, Summary } from './metrics';
import { rng } from './random';
import { Scenario } from './scenario';
import { memoryApp } from '../stacks/memory-app';

/**
 * The pattern exactly as the environment's stack builds it: the flows run
 * here are the objects the deployed YAML is written from.
 */
export function patternFor(scenario: Scenario, mode?: IdentificationMode): AsyncWorkflow {
  // Named, or else the first listed environment that deploys the scenario's sample: the shipped scenarios follow the list.
  const base = scenario.environment
    ? DEFAULT_ENVIRONMENTS.find((e) => e.name === scenario.environment)
    : (DEFAULT_ENVIRONMENTS.find((e) => e.samples?.[scenario.sample]) ?? DEFAULT_ENVIRONMENTS[0]);
  if (!base) throw new Error(`scenario "${scenario.name}" names environment "${scenario.environment}", which does not exist (${DEFAULT_ENVIRONMENTS.map((e) => e.name).join(', ')})`);
  const envName = base.name;
  let definition: EnvironmentDefinition = base;
  if (scenario.sample === 'customerIdentification' && mode) {
    const c = base.samples?.customerIdentification;
    if (!c) throw new Error(`environment "${envName}" does not deploy sample 2`);
    definition = { ...base, samples: { ...base.samples, customerIdentification: { ...c, mode } } };
  }
  const [config] = loadEnvironments([definition]);
  const stack = new EnvironmentStack(memoryApp(), { config });
  const sample = scenario.sample === 'aiIntent' ? stack.aiIntent : stack.customerIdentification;
  if (!sample) throw new Error(`environment "${envName}" does not deploy the ${scenario.sample} sample that scenario "${scenario.name}" runs`);
  return sample.pattern;
}

export interface RunOptions {
  readonly calls?: number;
  readonly seed?: number;
  /** Called now and then with the share of calls done. */
  readonly progress?: (done: number, total: number) => void;
}

/** Runs `calls` calls; call i draws from a generator seeded with (seed, i), so results do not depend on order. */
export function runCalls(simulator: Simulator, calls: number, seed: number, progress?: RunOptions['progress']): CallResult[] {
  const out: CallResult[] = [];
  for (let i = 0; i < calls; i++) {
    out.push(simulator.run(rng((seed * 1_000_003 + i) >>> 0), { timeline: i === 0 }));
    if (progress && ((i + 1) % 250 === 0 || i + 1 === calls)) progress(i + 1, calls);
  }
  return out;
}

export interface ScenarioRun {
  readonly summary: Summary;
  readonly results: readonly CallResult[];
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioRun {
  const calls = options.calls ?? scenario.calls ?? 1000;
  const seed = options.seed ?? scenario.seed ?? 1;
  const main = new Simulator(patternFor(scenario), scenario);
  const results = runCalls(main, calls, seed, options.progress);
  let identification: Record<string, CallResult[]> | undefined;
  if (scenario.sample === 'customerIdentification') {
    identification = {};
    for (const mode of scenario.modes ?? []) identification[mode] = runCalls(new Simulator(patternFor(scenario, mode), scenario), calls, seed);
  }
  return { summary: summarize(scenario, results, seed, main.deadlineSeconds, identification), results };
}
