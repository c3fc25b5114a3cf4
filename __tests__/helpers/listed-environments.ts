/**
 * The invariants of whatever list of environments the configuration holds:
 * adding an environment must not need a test change. `config.test.ts` checks
 * the shipped list; `environments-as-data.test.ts` checks a copy of the
 * repository with one more environment, through the same function.
 */
import * as path from 'path';
import type * as Config from '../../config';

/**
 * Problems of the list `root/config` declares, each a sentence naming the
 * environment; empty when every invariant holds. The list and the files are
 * loaded from `root`, so another checkout's are checked as its own.
 */
export function listedEnvironmentProblems(root: string): string[] {
  /* eslint-disable @typescript-eslint/no-require-imports -- modules of the checkout at `root`, named at run time */
  const config = require(path.join(root, 'config')) as typeof Config;
  const problems: string[] = [];
  const definitions = config.DEFAULT_ENVIRONMENTS;
  let envs: Config.EnvironmentConfig[];
  try {
    envs = config.loadEnvironments(definitions);
  } catch (err) {
    return [`the list does not load: ${(err as Error).message}`];
  }
  if (envs.length === 0) problems.push('the list is empty');
  const keys: [string, (e: Config.EnvironmentConfig) => string][] = [
    ['name', (e) => e.name],
    ['prefix', (e) => config.qualifiedName(e, 'Flow')],
    ['state location', config.stateLocation],
  ];
  for (const [what, key] of keys) {
    const seen = new Map<string, string>();
    for (const e of envs) {
      const k = key(e);
      if (seen.has(k)) problems.push(`${e.name}: has the same ${what} as ${seen.get(k)} (${k})`);
      seen.set(k, e.name);
    }
  }
  for (const d of definitions) {
    let exported: unknown;
    try {
      exported = require(path.join(root, 'config', 'environments', d.name))[d.name];
    } catch {
      exported = undefined;
    }
    if (exported !== d) problems.push(`${d.name}: is not one file of config/environments named as the environment, exporting it as ${d.name}`);
  }
  for (const e of envs.filter((x) => x.production)) {
    if (!e.preventDestroy) problems.push(`${e.name}: is a production environment that does not protect its resources from destroy`);
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  return problems;
}
