/** Seeded randomness and the latency distributions a scenario names. */

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A distribution of seconds (or of any positive quantity). */
export type Distribution =
  | { readonly fixed: number }
  | { readonly uniform: readonly [number, number] }
  /** Log-normal with this median and 95th percentile: the usual shape of service latency. */
  | { readonly median: number; readonly p95: number };

export function sample(d: Distribution, random: () => number): number {
  if ('fixed' in d) return d.fixed;
  if ('uniform' in d) return d.uniform[0] + (d.uniform[1] - d.uniform[0]) * random();
  // z for p95 is 1.6449; sigma so that median * e^(1.6449 sigma) = p95.
  const sigma = Math.log(d.p95 / d.median) / 1.6449;
  const u1 = Math.max(random(), 1e-12);
  const u2 = random();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return d.median * Math.exp(sigma * z);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/**
 * When each of `count` calls arrives, in seconds, as a Poisson process of
 * `callsPerMinute`, seeded apart from the calls' own draws: the overlay the
 * capacity figures and the call-by-call limits (throttle.ts) both use, so they
 * see the same bursts.
 */
export function arrivals(count: number, callsPerMinute: number, seed: number): number[] {
  const random = rng(seed ^ 0x5eed);
  const out: number[] = [];
  let t = 0;
  for (let i = 0; i < count; i++) {
    t += (-Math.log(Math.max(random(), 1e-12)) * 60) / callsPerMinute;
    out.push(t);
  }
  return out;
}
