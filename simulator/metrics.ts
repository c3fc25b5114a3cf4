/** Figures from simulated calls: time to queue, data action use, and capacity against the org limits. */
import { CallResult, Execution } from './engine';
import { arrivals, percentile } from './random';
import { CapacityPlan, PerCall, planCapacity } from '../constructs/capacity/limits';
import { limitsOf, Scenario } from './scenario';
import { NO_THROTTLE, Throttle } from './throttle';

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
  readonly capacity: {
    readonly callsPerMinute: number;
    readonly peakConcurrent: number;
    readonly perMinute: number;
    /** The largest call rate within every modelled limit (pooled OAuth client assumption). */
    readonly maxCallsPerMinute: number;
    readonly perCall: PerCall;
    readonly plan: CapacityPlan;
  };
  /** Sample 2, per identification mode: time to identify, and the same hold figures as `hold`. */
  readonly identification?: Readonly<
    Record<
      string,
      Quantiles & {
        readonly fastestHit: Quantiles;
        readonly ratioToFastestHitP50: number;
        readonly holdP100: number;
        readonly inQueueWithinDeadline: number;
        /** Data actions per call in this mode, and the largest call rate within every limit (pooled), with the limit that binds. */
        readonly dataActionsPerCall: number;
        readonly maxCallsPerMinute: number;
        readonly bindingLimit: string;
        readonly jobOnlyMaxCallsPerMinute: number;
        /** The share of data actions the org's limits refused in this mode (`throttled`). */
        readonly throttled: Throttle;
      }
    >
  >;
  /**
   * The hold after the journey, against the deadline: the longest hold (p100)
   * must stay within deadline + 1 s, and every call must reach a queue.
   */
  readonly hold: {
    readonly deadlineSeconds: number;
    readonly p50: number;
    readonly p100: number;
    /** Share of calls that reached a queue within deadline + 1 s of the hold's start (or before the hold). */
    readonly inQueueWithinDeadline: number;
  };
  /**
   * The org's limits, enforced call by call at the scenario's rate (throttle.ts):
   * the share of each kind of data action refused with HTTP 429, and the limits
   * that refused. All zero when every execution fits; otherwise every figure of
   * this summary comes from the run in which those shares were refused.
   */
  readonly throttled: Throttle;
  /** How calls ended, how the call flow routed them, and the problems and platform faults met, with how many calls met each. */
  readonly outcomes: Readonly<Record<string, number>>;
  readonly routing: Readonly<Record<string, number>>;
  readonly problems: Readonly<Record<string, number>>;
  readonly faults: Readonly<Record<string, number>>;
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

/** What one call uses on average, for the capacity plan. */
export function perCallOf(results: readonly CallResult[]): PerCall {
  const mean = (f: (e: Execution) => number) => results.reduce((n, r) => n + r.executions.reduce((m, e) => m + f(e), 0), 0) / results.length;
  return {
    dataActions: mean(() => 1),
    dataActionSeconds: mean((e) => e.end - e.start),
    platformRequests: mean((e) => (e.kind === 'genesys-cloud' ? 1 : 0)),
    launches: mean((e) => (e.purpose === 'launch' ? 1 : 0)),
    jobDataActions: mean((e) => (e.purpose === 'job' ? 1 : 0)),
    jobDataActionSeconds: mean((e) => (e.purpose === 'job' ? e.end - e.start : 0)),
  };
}

/**
 * Capacity at the scenario's call rate: calls arrive as a Poisson process,
 * each bringing its executions at their offsets (peak concurrency and busiest
 * minute, as simulated). The largest call rate within every limit follows from
 * the mean use per call (Little's law for concurrency), so it does not depend
 * on one run's bursts.
 */
export function capacity(results: readonly CallResult[], scenario: Scenario, seed: number): Summary['capacity'] {
  const rate = scenario.callsPerMinute ?? 60;
  const at = arrivals(results.length, rate, seed);
  const intervals = results.flatMap((r, i) => r.executions.map((e) => ({ start: at[i] + e.start, end: at[i] + e.end })));
  const { peakConcurrent, perMinute } = load(intervals);
  const perCall = perCallOf(results);
  const plan = planCapacity(perCall, limitsOf(scenario));
  return { callsPerMinute: rate, peakConcurrent, perMinute, maxCallsPerMinute: plan.binding.maxCallsPerMinute, perCall, plan };
}

function modeCapacity(rs: readonly CallResult[], scenario: Scenario) {
  const perCall = perCallOf(rs);
  const plan = planCapacity(perCall, limitsOf(scenario));
  return {
    dataActionsPerCall: round(perCall.dataActions),
    maxCallsPerMinute: plan.binding.maxCallsPerMinute,
    bindingLimit: plan.binding.limit,
    jobOnlyMaxCallsPerMinute: plan.jobOnlyMaxCallsPerMinute,
  };
}

/** How long each call held after its journey (0 for a call routed before the hold). */
export function holdSecondsOf(r: CallResult): number {
  return r.holdStartedAt === undefined ? 0 : r.timeToQueue - r.holdStartedAt;
}

/** Whether a call reached a queue within deadline + 1 s of its hold starting. */
export function inQueueWithinDeadline(r: CallResult, deadlineSeconds: number): boolean {
  return r.outcome === 'transfer' && r.queue !== undefined && holdSecondsOf(r) <= deadlineSeconds + 1;
}

export function summarize(
  scenario: Scenario,
  results: readonly CallResult[],
  seed: number,
  deadlineSeconds: number,
  identification?: Readonly<Record<string, readonly CallResult[]>>,
  throttles: { readonly main: Throttle; readonly modes?: Readonly<Record<string, Throttle>> } = { main: NO_THROTTLE },
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
            return [
              mode,
              {
                ...id,
                fastestHit: fastest,
                ratioToFastestHitP50: round(quantiles(hits.map((r) => r.identificationSeconds! / r.fastestHitSeconds!)).p50, 3),
                holdP100: round(Math.max(0, ...rs.map(holdSecondsOf))),
                inQueueWithinDeadline: round(rs.filter((r) => inQueueWithinDeadline(r, deadlineSeconds)).length / rs.length, 4),
                ...modeCapacity(rs, scenario),
                throttled: throttles.modes?.[mode] ?? NO_THROTTLE,
              },
            ];
          }),
        )
      : undefined,
    hold: {
      deadlineSeconds,
      p50: quantiles(results.map(holdSecondsOf)).p50,
      p100: round(Math.max(0, ...results.map(holdSecondsOf))),
      inQueueWithinDeadline: round(results.filter((r) => inQueueWithinDeadline(r, deadlineSeconds)).length / results.length, 4),
    },
    throttled: throttles.main,
    outcomes: count((r) => [r.outcome]),
    routing: count((r) => [r.routing ?? '(none)']),
    problems: count((r) => [...new Set(r.problems)]),
    faults: count((r) => [...new Set(r.faults)]),
  };
}
