import { App, Testing } from 'cdktf';
import { scratchDirectory } from '../constructs/scratch';

/**
 * An App for building stacks in memory, to read with `Testing.synth` (which
 * writes nothing). The simulator, the smoke test's plan and the tests use it.
 * cdktf's `Testing.app()` makes a new `cdktf.outdir.*` directory in the temp
 * directory on every call and never removes it; these apps share one scratch
 * directory of the process instead.
 */
export function memoryApp(): App {
  return Testing.app({ outdir: scratchDirectory('cdktf-app') });
}
