/** Figures from simulated calls: time to queue, data action use, and capacity against the org limits. */
import { CallResult, Execution } from './engine';
import { percentile, rng } from './random';
import { Scenario } from './scenario';

export interface Quantiles {
  readonly p50: number;
  readonly p95: number;
}

export interface Summary {
  readonly scenario: string;
  readonly calls: number;
  readonly timeToQueue: { readonly sync: Quantiles; readonly async: Quantiles; readonly limit: Quantiles };
  /** Median of each call's async time to queue minus its physical limit. */
  readonly overheadP50: number;
  readonly dataActionsPerCall: { readonly callFlow: number; readonly workflow: number; readonly total: number };
  /** Data action executions of the Genesys Cloud integration: one Platform API call each. */
  readonly platformApiCallsPerCall: number;
  readonly capacity: { readonly callsPerMinute: number; readonly peakConcurrent: number; readonly perMinute: number; readonly maxCallsPerMinute: number };
  readonly identification?: Readonly<Record<string, Quantiles & { readonly fastestHit: Quantiles; readonly ratioToFastestHitP50: number }>>;
  /** How calls ended, and the problems the model showed, with how many calls met each. */
  readonly outcomes: Readonly<Record<string, number>>;
  readonly problems: Readonly<Record<string, number>>;
}

const round = (x: number, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

export function quantiles(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
}

/** Peak concurrent executions, and the most executions started in any 60 s window. */
export function load(intervals: readonly { start: number; end: number }[]): { peakConcurrent: number; perMinute: number } {
  const events: [number, number][] = [];
  for (const e of intervals) events.push([e.start, 1], [e.end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, d] of events) peak = Math.max(peak, (current += d));
  const starts = intervals.map((e) => e.start).sort((a, b) => a - b);
  let perMinute = 0;
  for (let i = 0, j = 0; j < starts.length; j++) {
    while (starts[j] - starts[i] >= 60) i++;
    perMinute = Math.max(perMinute, j - i + 1);
  }
  return { peakConcurrent: peak, perMinute };
}

/**
 * Capacity at the scenario's call rate: calls arrive as a Poisson process,
 * each bringing its executions at their offsets. The largest call rate within
 * both limits follows from the mean executions and execution-seconds per call
 * (Little's law), so it does not depend on one run's bursts.
 */
export function capacity(results: readonly CallResult[], scenario: Scenario, seed: number): Summary['capacity'] {
  const rate = scenario.callsPerMinute ?? 60;
  const limits = scenario.limits ?? { concurrent: 50, perMinute: 2500 };
  const random = rng(seed ^ 0x5eed);
  const intervals: { start: number; end: number }[] = [];
  let t = 0;
  for (const r of results) {
    t += (-Math.log(Math.max(random(), 1e-12)) * 60) / rate;
    for (const e of r.executions) intervals.push({ start: t + e.start, end: t + e.end });
  }
  const { peakConcurrent, perMinute } = load(intervals);
  const executionsPerCall = results.reduce((n, r) => n + r.executions.length, 0) / results.length;
  const secondsPerCall = results.reduce((n, r) => n + r.executions.reduce((m, e: Execution) => m + (e.end - e.start), 0), 0) / results.length;
  const maxByRate = limits.perMinute / executionsPerCall;
  const maxByConcurrency = (limits.concurrent * 60) / secondsPerCall;
  return { callsPerMinute: rate, peakConcurrent, perMinute, maxCallsPerMinute: Math.floor(Math.min(maxByRate, maxByConcurrency)) };
}

export function summarize(
  scenario: Scenario,
  results: readonly CallResult[],
  seed: number,
  identification?: Readonly<Record<string, readonly CallResult[]>>,
): Summary {
  const count = (pick: (r: CallResult) => string[]) => {
    const out: Record<string, number> = {};
    for (const r of results) for (const k of pick(r)) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const per = (f: (e: Execution) => boolean) => round(results.reduce((n, r) => n + r.executions.filter(f).length, 0) / results.length);
  const callFlow = per((e) => e.flow === 'callFlow');
  const workflow = per((e) => e.flow === 'workflow');
  return {
    scenario: scenario.name,
    calls: results.length,
    timeToQueue: {
      sync: quantiles(results.map((r) => r.syncSeconds)),
      async: quantiles(results.map((r) => r.timeToQueue)),
      limit: quantiles(results.map((r) => r.limitSeconds)),
    },
    overheadP50: quantiles(results.map((r) => r.timeToQueue - r.limitSeconds)).p50,
    dataActionsPerCall: { callFlow, workflow, total: round(callFlow + workflow) },
    platformApiCallsPerCall: per((e) => e.kind === 'genesys-cloud'),
    capacity: capacity(results, scenario, seed),
    identification: identification
      ? Object.fromEntries(
          Object.entries(identification).map(([mode, rs]) => {
            const hits = rs.filter((r) => r.identificationSeconds !== undefined && r.fastestHitSeconds !== undefined);
            const id = quantiles(hits.map((r) => r.identificationSeconds!));
            const fastest = quantiles(hits.map((r) => r.fastestHitSeconds!));
            return [mode, { ...id, fastestHit: fastest, ratioToFastestHitP50: round(quantiles(hits.map((r) => r.identificationSeconds! / r.fastestHitSeconds!)).p50, 3) }];
          }),
        )
      : undefined,
    outcomes: count((r) => [r.outcome]),
    problems: count((r) => [...new Set(r.problems)]),
  };
}
