/**
 * The org's limits, enforced call by call. Calls arrive as a Poisson process
 * at the scenario's rate (the overlay the capacity figures use), and each data
 * action execution, in the order of its start, is admitted only while every
 * limit it counts against has room:
 *
 * - data action concurrency and data actions a minute: every data action;
 * - the integration's OAuth client's requests a minute (pooled): the Genesys
 *   Cloud data actions (launches, status reads);
 * - workflow launches a minute: the launches.
 *
 * One that finds a limit full is refused with HTTP 429 at once, and counts
 * against nothing. The share of each kind refused is then applied call by
 * call in a second run, where a refused action takes its failure path, as a
 * data action the org refuses does: no retry is assumed, which is the strict
 * reading (Genesys documents the limits, not a retry). A mean-field model: the
 * second run's lighter load is not fed back, so it refuses a little more than
 * the org would, never less.
 */
import { LimitName, Limits } from '../constructs/capacity/limits';
import type { Execution } from './engine';
import { arrivals } from './random';

/** The share of each kind of data action refused, and the limits that refused them. */
export interface Throttle {
  /** Any data action: data action concurrency or data actions a minute was full. */
  readonly dataActions: number;
  /** A Genesys Cloud data action that passed the above: the OAuth client's requests a minute (pooled) were full. */
  readonly platformRequests: number;
  /** A launch that passed both: launches a minute were full. */
  readonly launches: number;
  /** Every limit that refused at least one execution, in the order above. */
  readonly limits: readonly LimitName[];
}

export const NO_THROTTLE: Throttle = { dataActions: 0, platformRequests: 0, launches: 0, limits: [] };

export const isThrottling = (t: Throttle) => t.dataActions > 0 || t.platformRequests > 0 || t.launches > 0;

/** One execution of the overlay: when it runs, and what it counts against. */
export interface Admission {
  readonly start: number;
  readonly end: number;
  readonly platform: boolean;
  readonly launch: boolean;
}

/** Start times of the admitted executions of one per-minute limit, the oldest dropped as the window moves on. */
class MinuteWindow {
  private readonly starts: number[] = [];
  private head = 0;
  constructor(private readonly limit: number) {}
  full(t: number): boolean {
    while (this.head < this.starts.length && t - this.starts[this.head] >= 60) this.head++;
    return this.starts.length - this.head >= this.limit;
  }
  add(t: number): void {
    this.starts.push(t);
  }
}

/** A min-heap of the end times of the executions running. */
class Ends {
  private readonly heap: number[] = [];
  get size(): number {
    return this.heap.length;
  }
  push(x: number): void {
    const h = this.heap;
    h.push(x);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p] <= h[i]) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  /** Drops every end at or before `t`. */
  dropUntil(t: number): void {
    const h = this.heap;
    while (h.length > 0 && h[0] <= t) {
      const last = h.pop()!;
      if (h.length === 0) break;
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l] < h[m]) m = l;
        if (r < h.length && h[r] < h[m]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
  }
}

/** Admits the executions in the order of their start; what each limit refused. */
export function admit(executions: readonly Admission[], limits: Limits): Throttle {
  const order = [...executions].sort((a, b) => a.start - b.start);
  const running = new Ends();
  const perMinute = new MinuteWindow(limits.dataActionsPerMinute);
  const client = new MinuteWindow(limits.clientRequestsPerMinute.pooled);
  const launches = new MinuteWindow(limits.launchesPerMinute);
  const refused = { concurrency: 0, perMinute: 0, client: 0, launches: 0 };
  let platformSeen = 0;
  let launchesSeen = 0;
  for (const e of order) {
    running.dropUntil(e.start);
    if (running.size >= limits.dataActionConcurrency) {
      refused.concurrency++;
      continue;
    }
    if (perMinute.full(e.start)) {
      refused.perMinute++;
      continue;
    }
    if (e.platform) {
      platformSeen++;
      if (client.full(e.start)) {
        refused.client++;
        continue;
      }
    }
    if (e.launch) {
      launchesSeen++;
      if (launches.full(e.start)) {
        refused.launches++;
        continue;
      }
      launches.add(e.start);
    }
    if (e.platform) client.add(e.start);
    perMinute.add(e.start);
    running.push(e.end);
  }
  const share = (n: number, of: number) => (of > 0 ? n / of : 0);
  const names: [number, LimitName][] = [
    [refused.concurrency, 'data action concurrency'],
    [refused.perMinute, 'data actions per minute'],
    [refused.client, 'Platform API requests per minute (pooled)'],
    [refused.launches, 'workflow launches per minute'],
  ];
  return {
    dataActions: share(refused.concurrency + refused.perMinute, executions.length),
    platformRequests: share(refused.client, platformSeen),
    launches: share(refused.launches, launchesSeen),
    limits: names.filter(([n]) => n > 0).map(([, name]) => name),
  };
}

/** The calls' executions overlaid at `callsPerMinute` (the capacity figures' arrivals), then admitted. */
export function throttleOf(calls: readonly { readonly executions: readonly Execution[] }[], callsPerMinute: number, limits: Limits, seed: number): Throttle {
  const at = arrivals(calls.length, callsPerMinute, seed);
  return admit(
    calls.flatMap((c, i) => c.executions.map((e) => ({ start: at[i] + e.start, end: at[i] + e.end, platform: e.kind === 'genesys-cloud', launch: e.purpose === 'launch' }))),
    limits,
  );
}
