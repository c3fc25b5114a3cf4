/**
 * npx tsx tools/ci/plan-guard.ts <env> <plan.json> --stack-dir <dir> [--acknowledge <address>]...
 *
 * Reads a saved plan (`terraform show -json plan.bin > plan.json`) and, in an
 * environment marked production, fails on anything that would destroy or
 * replace an object, or publish a renamed flow as a new one and leave the old
 * one in the org, unless that very address is acknowledged: with
 * `--acknowledge <address>` or in `PLAN_ACKNOWLEDGE` (addresses separated by
 * spaces or commas). Elsewhere it lists the same changes as warnings.
 * Exit 0 when the plan may go on, 1 when it may not, 2 on a usage error.
 */
import { CommandLineError, parseCommandLine } from '../cli/args';
import { ValidationError } from '../../constructs/validation';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { DEFAULT_ENVIRONMENTS, EnvironmentDefinition, loadEnvironments } from '../../config';

export interface PlanChange {
  readonly address: string;
  /** What it would do, in words. */
  readonly change: string;
}

export interface GuardResult {
  /** Changes that stop the plan (production, not acknowledged). */
  readonly refused: readonly PlanChange[];
  /** Changes that are allowed: acknowledged, or not in production. */
  readonly allowed: readonly PlanChange[];
}

interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly change: { readonly actions: readonly string[]; readonly before?: any; readonly after?: any };
}

/**
 * The changes of a plan that lose something in the org: destroys, replaces,
 * and flows that change name (the provider publishes a renamed flow as a new
 * flow and leaves the old one). `flowNameAt` reads the name in a flow's YAML.
 */
export function riskyChanges(plan: { resource_changes?: readonly ResourceChange[] }, flowNameAt: (filepath: string) => string | undefined): PlanChange[] {
  const out: PlanChange[] = [];
  for (const r of plan.resource_changes ?? []) {
    const actions = r.change.actions;
    if (actions.includes('delete')) {
      out.push({ address: r.address, change: actions.includes('create') ? 'would be replaced (destroyed, then created anew)' : 'would be destroyed' });
    } else if (r.type === 'genesyscloud_flow' && actions.includes('update')) {
      const before = r.change.before?.name;
      const after = typeof r.change.after?.filepath === 'string' ? flowNameAt(r.change.after.filepath) : undefined;
      if (typeof before === 'string' && after !== undefined && after !== before) {
        out.push({ address: r.address, change: `is renamed from "${before}" to "${after}": a new flow is published and "${before}" is left in the org (delete it in Architect once calls use the new one)` });
      }
    }
  }
  return out;
}

export function guardPlan(changes: readonly PlanChange[], production: boolean, acknowledged: ReadonlySet<string>): GuardResult {
  const refused = production ? changes.filter((c) => !acknowledged.has(c.address)) : [];
  return { refused, allowed: changes.filter((c) => !refused.includes(c)) };
}

/** The name at the top of a flow's YAML, read from the stack directory the plan was made in. */
export function flowNameReader(stackDir: string): (filepath: string) => string | undefined {
  return (filepath) => {
    const file = path.resolve(stackDir, filepath);
    if (!file.startsWith(path.resolve(stackDir) + path.sep) || !fs.existsSync(file)) return undefined;
    const doc = parse(fs.readFileSync(file, 'utf8'), { version: '1.1' });
    const body = doc && typeof doc === 'object' ? Object.values<any>(doc)[0] : undefined;
    return typeof body?.name === 'string' ? body.name : undefined;
  };
}

const USAGE = 'usage: plan-guard.ts <env> <plan.json> --stack-dir <dir> [--acknowledge <address>]...';

/** The command line; PLAN_ACKNOWLEDGE adds addresses to those given with --acknowledge. Every mistake is named. */
export function parsePlanGuardArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { readonly env: string; readonly planFile: string; readonly stackDir: string; readonly acknowledged: ReadonlySet<string> } {
  const { values, positionals } = parseCommandLine(args, {
    usage: USAGE,
    allowPositionals: true,
    options: {
      'stack-dir': { type: 'string', needs: 'the stack directory the plan was made in' },
      acknowledge: { type: 'string', multiple: true, needs: 'a resource address' },
    },
  });
  const [name, planFile] = positionals;
  if (!name || !planFile || positionals.length > 2) throw new CommandLineError(`give an environment and a plan file, not ${positionals.length === 0 ? 'nothing' : positionals.map((p) => JSON.stringify(p)).join(' ')}; ${USAGE}`);
  const stackDir = values['stack-dir'];
  if (!stackDir) throw new CommandLineError(`--stack-dir is needed; ${USAGE}`);
  const acknowledged = new Set([...(env.PLAN_ACKNOWLEDGE ?? '').split(/[\s,]+/).filter(Boolean), ...(values.acknowledge ?? [])]);
  return { env: name, planFile, stackDir, acknowledged };
}

function main(args: string[], environments: readonly EnvironmentDefinition[] = DEFAULT_ENVIRONMENTS): number {
  const { env, planFile, stackDir, acknowledged } = parsePlanGuardArgs(args);
  const definition = environments.find((e) => e.name === env);
  if (!definition) throw new CommandLineError(`there is no environment ${JSON.stringify(env)}; the environments are ${environments.map((e) => e.name).join(', ')}`);
  const [config] = loadEnvironments([definition]);
  const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
  const result = guardPlan(riskyChanges(plan, flowNameReader(stackDir)), config.production, acknowledged);
  for (const c of result.allowed) console.log(`note: ${c.address} ${c.change}${acknowledged.has(c.address) ? ' (acknowledged)' : ''}`);
  for (const c of result.refused) console.error(`REFUSED: ${c.address} ${c.change}`);
  if (result.refused.length) {
    console.error(
      `plan-guard: "${env}" is a production environment: acknowledge each change above to let it through, e.g. PLAN_ACKNOWLEDGE="${result.refused.map((c) => c.address).join(' ')}" (docs/ci.md)`,
    );
    return 1;
  }
  console.log(`plan-guard: ${env}: ${result.allowed.length ? `${result.allowed.length} change(s) that lose something, allowed` : 'nothing is destroyed, replaced or orphaned'}`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    // A mistake in the job's arguments or configuration is its message; anything else keeps its stack trace.
    if (!ValidationError.isValidationError(err)) throw err;
    console.error(`plan-guard: ${err.message}`);
    process.exitCode = 2;
  }
}

export { main as planGuardMain };
