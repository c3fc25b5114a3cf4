/**
 * npx tsx tools/ci/environments.ts
 *
 * Prints, as one JSON document, the environments the configuration lists,
 * in order (the promotion order: each is promoted from the one before), and
 * which of them serve real callers. The workflows take their matrices from
 * it, so adding an environment takes no workflow change.
 */
import { DEFAULT_ENVIRONMENTS, EnvironmentDefinition, loadEnvironments } from '../../config';

export interface EnvironmentsDocument {
  /** Every environment, in the order of the configuration. */
  readonly environments: readonly string[];
  /** Those marked `production: true`. */
  readonly production: readonly string[];
  /**
   * Those whose state is a local file. A CI runner is thrown away after each
   * job, and its state with it: the deploy refuses them.
   */
  readonly localState: readonly string[];
}

export function environmentsDocument(definitions: readonly EnvironmentDefinition[] = DEFAULT_ENVIRONMENTS): EnvironmentsDocument {
  const configs = loadEnvironments(definitions);
  return {
    environments: configs.map((c) => c.name),
    production: configs.filter((c) => c.production).map((c) => c.name),
    localState: configs.filter((c) => c.backend.type === 'local').map((c) => c.name),
  };
}

if (require.main === module) {
  try {
    process.stdout.write(`${JSON.stringify(environmentsDocument())}\n`);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ error: (err as Error).message })}\n`);
    process.exitCode = 1;
  }
}
