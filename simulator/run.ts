/** Builds the deployed flows for a scenario and runs its calls. */
import { DEFAULT_ENVIRONMENTS, EnvironmentDefinition, loadEnvironments } from '../config';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import { IdentificationMode } from '../constructs/patterns/samples/customer-identification';
import { EnvironmentStack } from '../stacks/environment-stack';
import { CallResult, runCalls, Simulator } from './engine';
import { summarize, Summary } from './metrics';
import { limitsOf, Scenario } from './scenario';
import { isThrottling, Throttle, throttleOf } from './throttle';
import { memoryApp } from '../stacks/memory-app';
import { ValidationError } from '../constructs/validation';

/**
 * The pattern exactly as the environment's stack builds it: the flows run
 * here are the objects the deployed YAML is written from. A process builds
 * each (environment, sample, mode) once: the simulator only reads a pattern.
 */
export function patternFor(scenario: Scenario, mode?: IdentificationMode): AsyncWorkflow {
  const base = environmentFor(scenario);
  const envName = base.name;
  if (scenario.sample === 'customerIdentification' && mode && !base.samples?.customerIdentification) {
    throw scenarioMistake(scenario, `environment "${envName}" does not deploy sample 2`);
  }
  const pattern = builtPattern(base, scenario.sample, scenario.sample === 'customerIdentification' ? mode : undefined);
  if (!pattern) throw scenarioMistake(scenario, `environment "${envName}" does not deploy the ${scenario.sample} sample that scenario "${scenario.name}" runs`);
  if (scenario.sample === 'customerIdentification') {
    // Every database the flows ask needs its behaviour, and a behaviour for no database is a typo.
    const sources = (base.samples?.customerIdentification?.databases ?? []).map((d) => d.source);
    const given = Object.keys(scenario.databases ?? {});
    const missing = sources.filter((s) => !given.includes(s));
    const unknown = given.filter((g) => !sources.includes(g));
    if (missing.length > 0 || unknown.length > 0) {
      throw scenarioMistake(
        scenario,
        `scenario "${scenario.name}", field "databases": ${[missing.length ? `no behaviour for ${missing.join(', ')}` : '', unknown.length ? `no database named ${unknown.join(', ')}` : ''].filter(Boolean).join('; ')} in environment "${envName}" (its sources: ${sources.join(', ')})`,
      );
    }
  }
  return pattern;
}

/** Patterns built so far, by environment definition, then sample and mode. */
const built = new WeakMap<EnvironmentDefinition, Map<string, AsyncWorkflow | undefined>>();

function builtPattern(base: EnvironmentDefinition, sample: Scenario['sample'], mode: IdentificationMode | undefined): AsyncWorkflow | undefined {
  let byKey = built.get(base);
  if (!byKey) built.set(base, (byKey = new Map()));
  const key = `${sample}|${mode ?? ''}`;
  if (!byKey.has(key)) {
    const c = base.samples?.customerIdentification;
    const definition: EnvironmentDefinition = mode && c ? { ...base, samples: { ...base.samples, customerIdentification: { ...c, mode } } } : base;
    const [config] = loadEnvironments([definition]);
    const stack = new EnvironmentStack(memoryApp(), { config });
    byKey.set(key, (sample === 'aiIntent' ? stack.aiIntent : stack.customerIdentification)?.pattern);
  }
  return byKey.get(key);
}

/** A scenario that does not fit the environments: the project's one error type for a user's mistake, its message as it is. */
function scenarioMistake(scenario: Scenario, problem: string): ValidationError {
  return new ValidationError(`scenario "${scenario.name}"`, [problem], problem);
}

/** The environment a scenario runs: the one it names, or else the first listed that deploys its sample (the shipped scenarios follow the list). */
export function environmentFor(scenario: Scenario): EnvironmentDefinition {
  const base = scenario.environment
    ? DEFAULT_ENVIRONMENTS.find((e) => e.name === scenario.environment)
    : (DEFAULT_ENVIRONMENTS.find((e) => e.samples?.[scenario.sample]) ?? DEFAULT_ENVIRONMENTS[0]);
  if (!base) throw scenarioMistake(scenario, `scenario "${scenario.name}" names environment "${scenario.environment}", which does not exist (${DEFAULT_ENVIRONMENTS.map((e) => e.name).join(', ')})`);
  return base;
}

export interface RunOptions {
  readonly calls?: number;
  readonly seed?: number;
  /** Called now and then with the share of calls done. */
  readonly progress?: (done: number, total: number) => void;
}

export { runCalls } from './engine';

export interface ScenarioRun {
  readonly summary: Summary;
  readonly results: readonly CallResult[];
}

/**
 * Runs the calls, then holds their data actions against the org's limits at
 * the scenario's call rate (throttle.ts). Where a limit refuses some, the
 * calls run again with those shares refused with HTTP 429, and that run is
 * the result: going past a limit costs callers, as it does in the org.
 */
function runLimited(pattern: AsyncWorkflow, scenario: Scenario, calls: number, seed: number, progress?: RunOptions['progress']): { results: CallResult[]; throttle: Throttle; simulator: Simulator } {
  const free = new Simulator(pattern, scenario);
  const results = runCalls(free, calls, seed, progress);
  const throttle = throttleOf(results, scenario.callsPerMinute ?? 60, limitsOf(scenario), seed);
  if (!isThrottling(throttle)) return { results, throttle, simulator: free };
  const limited = new Simulator(pattern, scenario, throttle);
  return { results: runCalls(limited, calls, seed), throttle, simulator: limited };
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioRun {
  const calls = options.calls ?? scenario.calls ?? 1000;
  const seed = options.seed ?? scenario.seed ?? 1;
  const main = runLimited(patternFor(scenario), scenario, calls, seed, options.progress);
  let identification: Record<string, CallResult[]> | undefined;
  const modeThrottles: Record<string, Throttle> = {};
  if (scenario.sample === 'customerIdentification') {
    identification = {};
    // The environment's own mode is the main run: its results are reused, not simulated again.
    const own = environmentFor(scenario).samples?.customerIdentification?.mode ?? 'sequential';
    for (const mode of scenario.modes ?? []) {
      const run = mode === own ? main : runLimited(patternFor(scenario, mode), scenario, calls, seed);
      identification[mode] = run.results;
      modeThrottles[mode] = run.throttle;
    }
  }
  return { summary: summarize(scenario, main.results, seed, main.simulator.deadlineSeconds, identification, { main: main.throttle, modes: modeThrottles }), results: main.results };
}
