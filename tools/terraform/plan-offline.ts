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
import { Console, runSynth } from '../../stacks/app';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { inWorkspace, isUserFacing, requireTerraform, StandInOptions } from './standin';

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

/** Plans a stack from empty state, in `options.workspace` or a workspace of its own. */
export function planStack(stackDir: string, options: StandInOptions = {}): PlanResult {
  const stackJson = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  return inWorkspace(options, (ws) => {
    const copy = ws.copyStack(stackDir, { dropBackend: true });
    const run = ws.terraform(['plan', '-input=false', '-no-color', '-lock=false'], copy, placeholderVariables(stackJson, options.env ?? process.env));
    const output = `${run.stdout}${run.stderr}`.trim();
    return { ok: run.status === 0, output, summary: run.status === 0 ? parsePlanSummary(output) : null };
  });
}

const USAGE = 'usage: npm run plan:offline -- <env> | --stack-dir <dir>';

/** The command line: one environment, or one stack directory. Every mistake is named. */
export function parsePlanOfflineArgs(args: readonly string[]): { readonly envName?: string; readonly stackDir?: string } {
  const { values, positionals } = parseCommandLine(args, {
    usage: USAGE,
    allowPositionals: true,
    options: { 'stack-dir': { type: 'string', needs: 'a directory, e.g. --stack-dir cdktf.out/stacks/<env>' } },
  });
  const stackDir = values['stack-dir'];
  if (stackDir !== undefined && (stackDir.trim() === '' || stackDir.startsWith('-'))) {
    throw new CommandLineError(`--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not ${JSON.stringify(stackDir)}`);
  }
  if (positionals.length > 1) throw new CommandLineError(`name one environment, not ${positionals.map((p) => JSON.stringify(p)).join(' and ')}; ${USAGE}`);
  const envName = positionals[0];
  if (envName !== undefined && stackDir !== undefined) throw new CommandLineError('name an environment or give --stack-dir, not both');
  return { envName, stackDir };
}

function main(args: readonly string[], out: Console): number {
  requireTerraform();
  const parsed = parsePlanOfflineArgs(args);
  const envName = parsed.envName;
  let stackDir = parsed.stackDir;
  const names = DEFAULT_ENVIRONMENTS.map((e) => e.name);
  if (!stackDir) {
    if (!envName) throw new CommandLineError(`name an environment: npm run plan:offline -- <env>, one of ${names.join(', ')}`);
    if (!names.includes(envName)) throw new CommandLineError(`there is no environment "${envName}"; the environments are ${names.join(', ')}`);
    if (runSynth(DEFAULT_ENVIRONMENTS, 'cdktf.out', out, { only: [envName] }) !== 0) return 1;
    stackDir = path.join('cdktf.out', 'stacks', envName);
  }
  const result = planStack(stackDir);
  out.log(result.output);
  out.log('');
  if (!result.ok || !result.summary) {
    out.log(`plan:offline ${envName ?? stackDir}: terraform plan failed (see above)`);
    return 1;
  }
  const { add, change, destroy } = result.summary;
  out.log(`plan:offline ${envName ?? stackDir}: ${add} to add, ${change} to change, ${destroy} to destroy (offline stand-in, from empty state; no org was contacted)`);
  return 0;
}

/** `npm run plan:offline`: the exit code; a mistake (arguments, configuration, no Terraform) is one line on stderr, a bug its stack trace. */
export function planOfflineCli(args: readonly string[], out: Console = console): number {
  try {
    return main(args, out);
  } catch (err) {
    if (!isUserFacing(err)) throw err;
    out.error(`plan:offline: ${err.message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = planOfflineCli(process.argv.slice(2));
