/**
 * The org limits a call of the pattern uses, the call rate each one allows,
 * the one that binds first, and the headroom at a given rate. Pure arithmetic
 * on per-call figures (which the simulator measures), so the capacity planner
 * (`npm run simulate`) and the synth guardrail share it.
 */

/** The org limits the pattern meets, each with where the figure comes from. */
export interface Limits {
  /** Data action executions running at once (Genesys default 50). */
  readonly dataActionConcurrency: number;
  /** Data action executions a minute (Genesys default 2,500). */
  readonly dataActionsPerMinute: number;
  /**
   * Platform API requests a minute of the Genesys Cloud Data Actions
   * integration's OAuth client. Strict: 300 a minute per token
   * (`client.credentials.token.rate.per.minute`). Pooled: an assumption, since
   * Genesys says the integration spreads calls over several tokens and users
   * report failures near 900 a minute.
   */
  readonly clientRequestsPerMinute: { readonly strict: number; readonly pooled: number };
  /**
   * Workflow launches (`POST /api/v2/flows/executions`) a minute. No figure is
   * documented for API launches; the default is the documented limit for
   * workflows started by Process Automation triggers (6,000 a minute), an
   * assumption to set to your org's.
   */
  readonly launchesPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = {
  dataActionConcurrency: 50,
  dataActionsPerMinute: 2500,
  clientRequestsPerMinute: { strict: 300, pooled: 900 },
  launchesPerMinute: 6000,
};

/** What one call uses, on average. */
export interface PerCall {
  /** Data action executions (call flow and workflows). */
  readonly dataActions: number;
  /** Seconds of data action execution (their sum). */
  readonly dataActionSeconds: number;
  /** Data actions of the Genesys Cloud integration: one Platform API request each, on its OAuth client. */
  readonly platformRequests: number;
  readonly launches: number;
  /** The job's own data actions (the AI, the databases) and their seconds: what no design of the pattern can avoid. */
  readonly jobDataActions: number;
  readonly jobDataActionSeconds: number;
}

export type LimitName = 'data action concurrency' | 'data actions per minute' | 'Platform API requests per minute (pooled)' | 'Platform API requests per minute (strict, one token)' | 'workflow launches per minute';

export interface LimitUse {
  readonly limit: LimitName;
  /** The limit's value: executions at once, or a count a minute. */
  readonly value: number;
  /** What one call uses of it: execution-seconds for concurrency, a count otherwise. */
  readonly perCall: number;
  /** The largest call rate (calls a minute) within this limit alone. */
  readonly maxCallsPerMinute: number;
}

export interface CapacityPlan {
  /** Every limit, pooled assumption for the OAuth client. */
  readonly limits: readonly LimitUse[];
  /** The limit that binds first, and the largest call rate within every limit. */
  readonly binding: LimitUse;
  /** The same under the strict per-token assumption. */
  readonly strict: { readonly binding: LimitUse; readonly toLift: string };
  /** The largest call rate the job's own data actions would allow alone (concurrency and volume). */
  readonly jobOnlyMaxCallsPerMinute: number;
}

const floor = (x: number) => (Number.isFinite(x) ? Math.floor(x) : Infinity);

function uses(perCall: PerCall, limits: Limits, client: 'strict' | 'pooled'): LimitUse[] {
  const rate = (value: number, per: number) => floor(per > 0 ? value / per : Infinity);
  return [
    { limit: 'data action concurrency', value: limits.dataActionConcurrency, perCall: perCall.dataActionSeconds, maxCallsPerMinute: rate(limits.dataActionConcurrency * 60, perCall.dataActionSeconds) },
    { limit: 'data actions per minute', value: limits.dataActionsPerMinute, perCall: perCall.dataActions, maxCallsPerMinute: rate(limits.dataActionsPerMinute, perCall.dataActions) },
    {
      limit: client === 'pooled' ? 'Platform API requests per minute (pooled)' : 'Platform API requests per minute (strict, one token)',
      value: limits.clientRequestsPerMinute[client],
      perCall: perCall.platformRequests,
      maxCallsPerMinute: rate(limits.clientRequestsPerMinute[client], perCall.platformRequests),
    },
    { limit: 'workflow launches per minute', value: limits.launchesPerMinute, perCall: perCall.launches, maxCallsPerMinute: rate(limits.launchesPerMinute, perCall.launches) },
  ];
}

const tightest = (xs: readonly LimitUse[]) => xs.reduce((a, b) => (b.maxCallsPerMinute < a.maxCallsPerMinute ? b : a));

export function planCapacity(perCall: PerCall, limits: Limits = DEFAULT_LIMITS): CapacityPlan {
  const pooled = uses(perCall, limits, 'pooled');
  const strict = uses(perCall, limits, 'strict');
  const binding = tightest(pooled);
  const strictBinding = tightest(strict);
  const needed = Math.ceil(binding.maxCallsPerMinute * perCall.platformRequests);
  const toLift =
    strictBinding.limit.startsWith('Platform API')
      ? `the OAuth client allows ${limits.clientRequestsPerMinute.strict} requests a minute per token: reaching ${binding.maxCallsPerMinute} calls a minute takes ${needed} a minute (${Math.ceil(needed / limits.clientRequestsPerMinute.strict)} tokens' worth, or a raised client.credentials.token.rate.per.minute: a support case)`
      : `the strict assumption does not bind: ${strictBinding.limit} binds first`;
  const jobOnly = Math.min(
    perCall.jobDataActionSeconds > 0 ? (limits.dataActionConcurrency * 60) / perCall.jobDataActionSeconds : Infinity,
    perCall.jobDataActions > 0 ? limits.dataActionsPerMinute / perCall.jobDataActions : Infinity,
  );
  return { limits: pooled, binding, strict: { binding: strictBinding, toLift }, jobOnlyMaxCallsPerMinute: floor(jobOnly) };
}

export interface Headroom {
  readonly limit: LimitName;
  readonly use: number;
  readonly value: number;
  /** Share of the limit left at the rate (negative when exceeded). */
  readonly headroom: number;
}

/** How much of each limit a call rate uses, and what is left. */
export function headroomAt(callsPerMinute: number, perCall: PerCall, limits: Limits = DEFAULT_LIMITS, client: 'strict' | 'pooled' = 'pooled'): Headroom[] {
  return uses(perCall, limits, client).map((u) => {
    const use = u.limit === 'data action concurrency' ? (callsPerMinute / 60) * u.perCall : callsPerMinute * u.perCall;
    return { limit: u.limit, use, value: u.value, headroom: (u.value - use) / u.value };
  });
}

/** Calls a minute through one pattern, and what each call uses. */
export interface Demand {
  /** What it is, for messages, e.g. "aiIntent". */
  readonly name: string;
  readonly callsPerMinute: number;
  readonly perCall: PerCall;
}

/**
 * Every limit against the sum of several patterns' demands, as they share one
 * org's limits (and, with one Genesys Cloud Data Actions integration, one
 * OAuth client).
 */
export function combinedHeadroom(demands: readonly Demand[], limits: Limits = DEFAULT_LIMITS, client: 'strict' | 'pooled' = 'pooled'): Headroom[] {
  const each = demands.map((d) => headroomAt(d.callsPerMinute, d.perCall, limits, client));
  return each[0]?.map((first, i) => {
    const use = each.reduce((n, hs) => n + hs[i].use, 0);
    return { limit: first.limit, use, value: first.value, headroom: (first.value - use) / first.value };
  }) ?? [];
}

/**
 * Erlang's loss formula, B(c, a): with executions arriving at random (a
 * Poisson process) and a load of `a` executions running at once on average,
 * the share of executions that find all `c` places taken and are refused. It
 * holds whatever the distribution of how long they run (M/G/c/c), so it needs
 * only the mean concurrency the capacity plan already has.
 */
export function erlangB(c: number, a: number): number {
  if (a <= 0) return 0;
  // The stable recurrence B(k) = a B(k-1) / (k + a B(k-1)), from B(0) = 1.
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Data action concurrency under random arrivals at the demands' rates. */
export interface ConcurrencyBursts {
  /** Data actions running at once, on average (the capacity plan's use). */
  readonly average: number;
  readonly limit: number;
  /** The share of data actions refused because the limit is full at that instant (Erlang B). */
  readonly refused: number;
  /** The largest average at which the refused share stays at or below `tolerance`. */
  readonly safeAverage: number;
}

/** The refused share a guardrail tolerates at the declared peak: one data action in a thousand. */
export const BURST_TOLERANCE = 0.001;

/**
 * What bursts do to data action concurrency: the plan compares the average
 * with the limit, but calls arrive at random, and an execution that finds the
 * limit full is refused (HTTP 429). The simulator's call-by-call throttle
 * (simulator/throttle.ts) refuses a little less than this (calls bring their
 * executions together rather than one by one), so it is the stricter figure.
 */
export function concurrencyBursts(demands: readonly Demand[], limits: Limits = DEFAULT_LIMITS, tolerance = BURST_TOLERANCE): ConcurrencyBursts {
  const average = combinedHeadroom(demands, limits).find((h) => h.limit === 'data action concurrency')?.use ?? 0;
  const c = limits.dataActionConcurrency;
  // B grows with the load: the largest safe average, to a hundredth, by bisection.
  let lo = 0;
  let hi = c;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (erlangB(c, mid) <= tolerance) lo = mid;
    else hi = mid;
  }
  return { average, limit: c, refused: erlangB(c, average), safeAverage: Math.floor(lo * 100) / 100 };
}
