// The hold's bound, shared by the call flow that runs it and the configuration that is checked against it.
// No imports: the configuration loads this without the constructs.

/** The hold's status checks run in a bounded loop of 100 iterations, two of them spent past the interval: at most 98 intervals. */
export const MAX_HOLD_CHECKS = 98;

/** How many poll intervals a hold of `deadlineSeconds` needs. */
export function holdChecks(deadlineSeconds: number, pollIntervalSeconds: number): number {
  return Math.ceil(deadlineSeconds / pollIntervalSeconds);
}
