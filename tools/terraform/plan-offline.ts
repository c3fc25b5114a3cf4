/**
 * npm run plan:offline -- <env>                  synthesize, then plan that environment
 * npm run plan:offline -- --stack-dir <dir>      plan one synthesized stack directory
 *
 * A rehearsal: `terraform plan` against the offline stand-in, from empty state,
 * with no credentials and no org. It shows what a first apply would create and
 * ends with its summary. Values the real provider would read from the org are
 * placeholders (`standin-...`), and so are variables with no value (credentials).
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { runSynth } from '../../stacks/app';
import { requireTerraform, StandInWorkspace, stripOverrideWarning } from './standin';

export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
}

export interface PlanResult {
  readonly ok: boolean;
  /** Terraform's output, less the expected development-override warning. */
  readonly output: string;
  readonly summary: PlanSummary | null;
}

/** Reads "Plan: N to add, N to change, N to destroy." (or "No changes.") from Terraform's output. */
export function parsePlanSummary(output: string): PlanSummary | null {
  const m = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(output);
  if (m) return { add: Number(m[1]), change: Number(m[2]), destroy: Number(m[3]) };
  if (/No changes\.|Changes to Outputs:/.test(output)) return { add: 0, change: 0, destroy: 0 };
  return null;
}

/** The placeholder a rehearsal gives a variable that has no value: the stand-in never uses it. */
export const PLACEHOLDER_VALUE = 'offline-placeholder';

/**
 * Variables the stack declares without a default, which a real plan takes
 * from TF_VAR_<name> (credentials, for example). A rehearsal gives each one a
 * placeholder unless the environment already sets it.
 */
export function placeholderVariables(stackJson: any, env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries<any>(stackJson.variable ?? {})
      .filter(([name, v]) => v.default === undefined && env[`TF_VAR_${name}`] === undefined)
      .map(([name]) => [`TF_VAR_${name}`, PLACEHOLDER_VALUE]),
  );
}

export function planStack(stackDir: string, env: NodeJS.ProcessEnv = process.env): PlanResult {
  const stackJson = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  const ws = new StandInWorkspace({ ...env, ...placeholderVariables(stackJson, env) });
  try {
    const copy = ws.copyStack(stackDir, { dropBackend: true });
    const run = ws.terraform(['plan', '-input=false', '-no-color', '-lock=false'], copy);
    const output = stripOverrideWarning(`${run.stdout}${run.stderr}`).trim();
    return { ok: run.status === 0, output, summary: run.status === 0 ? parsePlanSummary(output) : null };
  } finally {
    ws.dispose();
  }
}

function main(args: string[]): number {
  requireTerraform();
  let stackDir: string | undefined;
  let envName: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--stack-dir') stackDir = args[++i];
    else if (!args[i].startsWith('--') && envName === undefined) envName = args[i];
    else throw new Error(`unknown argument "${args[i]}"`);
  }
  const names = DEFAULT_ENVIRONMENTS.map((e) => e.name);
  if (!stackDir) {
    if (!envName) throw new Error(`name an environment: npm run plan:offline -- <env>, one of ${names.join(', ')}`);
    if (!names.includes(envName)) throw new Error(`there is no environment "${envName}"; the environments are ${names.join(', ')}`);
    if (runSynth(DEFAULT_ENVIRONMENTS, 'cdktf.out', console, { only: [envName] }) !== 0) return 1;
    stackDir = path.join('cdktf.out', 'stacks', envName);
  }
  const result = planStack(stackDir);
  console.log(result.output);
  console.log('');
  if (!result.ok || !result.summary) {
    console.log(`plan:offline ${envName ?? stackDir}: terraform plan failed (see above)`);
    return 1;
  }
  const { add, change, destroy } = result.summary;
  console.log(`plan:offline ${envName ?? stackDir}: ${add} to add, ${change} to change, ${destroy} to destroy (offline stand-in, from empty state; no org was contacted)`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`plan:offline: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
