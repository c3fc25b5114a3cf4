/**
 * What the capacity guardrail needs at synth: the peak call rate through each
 * sample, and what one call of the deployed flows uses, measured by running
 * them in the simulator against the shipped scenario of that sample (its
 * service latencies). Only environments that declare `peakCallsPerMinute`
 * pay it.
 *
 * The measurement is deterministic (a fixed seed), so it is kept on disk,
 * keyed by everything it depends on: the flows' YAML, the data actions'
 * definitions, the scenario, and the source of the code that runs them. A
 * synth whose flows did not change reads it back instead of simulating again
 * (about a sixth of a synth's time); any change is a miss, measured afresh.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cacheKey, DiskCache, installedVersion } from '../constructs/cache';
import { PerCall, Demand } from '../constructs/capacity/limits';
import { AsyncWorkflow } from '../constructs/patterns/async-workflow';
import type * as Engine from '../simulator/engine';
import type * as Metrics from '../simulator/metrics';
import type * as Scenario from '../simulator/scenario';

/** The shipped scenario whose services a sample's calls meet. */
const SCENARIO = { aiIntent: 'ai-intent', customerIdentification: 'customer-identification' } as const;
const CALLS = 100;
const SEED = 1;
/** Bumped when the shape of a cached entry changes. */
const FORMAT = 1;

const ROOT = path.resolve(__dirname, '..');
/** The code a measurement runs: the flow model and expressions, the emulator, the simulator; and the packages the emulator runs templates and contracts with. */
const CODE = ['constructs', 'simulator'];
const PACKAGES = ['ajv', 'ajv-draft-04', 'jsonpath-plus', 'velocityjs'];

const PER_CALL_FIELDS: readonly (keyof PerCall)[] = ['dataActions', 'dataActionSeconds', 'platformRequests', 'launches', 'jobDataActions', 'jobDataActionSeconds'];

/** Per-call use by key: a process measures the same flows once. */
const measured = new Map<string, PerCall>();

export interface DemandOptions {
  /**
   * Where measurements are kept between runs.
   * @default - a DiskCache of kind "capacity" (constructs/cache.ts)
   */
  readonly cache?: DiskCache;
}

export function demandOf(sample: keyof typeof SCENARIO, pattern: AsyncWorkflow, callsPerMinute: number, options: DemandOptions = {}): Demand {
  const key = keyOf(sample, pattern);
  let perCall = measured.get(key);
  if (!perCall) {
    perCall = perCallFor(sample, pattern, options, key);
    measured.set(key, perCall);
  }
  return { name: sample, callsPerMinute, perCall };
}

/** What one call through the sample's flows uses: read from the cache, or measured and kept there. */
export function perCallFor(sample: keyof typeof SCENARIO, pattern: AsyncWorkflow, options: DemandOptions = {}, key = keyOf(sample, pattern)): PerCall {
  const cache = options.cache ?? new DiskCache('capacity');
  const text = cache.getOrCompute(key, () => `${JSON.stringify(measure(sample, pattern))}\n`, (t) => parsePerCall(t) !== undefined);
  // getOrCompute returns a text `valid` accepted, or one just measured.
  return parsePerCall(text) as PerCall;
}

/** Runs the sample's calls in the simulator, loaded only now: a synth that reads the cache never loads it. */
function measure(sample: keyof typeof SCENARIO, pattern: AsyncWorkflow): PerCall {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on a cache miss only (see above) */
  const { runCalls, Simulator } = require('../simulator/engine') as typeof Engine;
  const { perCallOf } = require('../simulator/metrics') as typeof Metrics;
  const { loadScenario } = require('../simulator/scenario') as typeof Scenario;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return perCallOf(runCalls(new Simulator(pattern, loadScenario(SCENARIO[sample])), CALLS, SEED));
}

/** Everything the measurement depends on. Terraform tokens are left out: the emulator stands in for each the same way. */
export function keyOf(sample: keyof typeof SCENARIO, pattern: AsyncWorkflow): string {
  const flows = [pattern.callFlow.flow, ...Object.values(pattern.workflows).map((w) => w.flow)];
  const actions = [...new Set(flows.flatMap((f) => f.dataActions))];
  return cacheKey(
    String(FORMAT),
    sample,
    String(CALLS),
    String(SEED),
    codeFingerprint(),
    fs.readFileSync(path.join(ROOT, 'simulator', 'scenarios', `${SCENARIO[sample]}.json`)),
    ...flows.map((f) => f.yaml),
    ...actions.map((a) => JSON.stringify(a.definition).replace(/\$\{TfToken\[TOKEN\.\d+\]\}/g, '<token>')),
  );
}

let fingerprint: string | undefined;

/** A hash of the source the measurement runs: any edit to it is a miss. */
export function codeFingerprint(): string {
  if (fingerprint === undefined) {
    const parts: (string | Buffer)[] = [];
    const visit = (file: string) => {
      if (fs.statSync(file).isDirectory()) {
        for (const entry of fs.readdirSync(file).sort()) visit(path.join(file, entry));
      } else if (file.endsWith('.ts')) {
        // Source only: the scenario the measurement runs is in the key already, and no JSON of constructs/ is read by it.
        parts.push(path.relative(ROOT, file), fs.readFileSync(file));
      }
    };
    for (const entry of CODE) {
      const file = path.join(ROOT, entry);
      if (fs.existsSync(file)) visit(file);
    }
    parts.push(...PACKAGES.map((p) => `${p}@${installedVersion(p)}`));
    fingerprint = cacheKey(...parts);
  }
  return fingerprint;
}

/** A kept measurement, or undefined when the text is not one (then it is measured again). */
function parsePerCall(text: string): PerCall | undefined {
  try {
    const entry = JSON.parse(text);
    if (entry === null || typeof entry !== 'object' || !PER_CALL_FIELDS.every((f) => Number.isFinite(entry[f]))) return undefined;
    return Object.fromEntries(PER_CALL_FIELDS.map((f) => [f, entry[f]])) as unknown as PerCall;
  } catch {
    return undefined;
  }
}
