import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { ConfigError, ConfigProblem, EnvironmentConfig, loadEnvironments, render } from '../config';
import { GuardrailError, Violation, violationsOf } from '../constructs/guardrails';
import { ValidationError } from '../constructs/validation';
import { EnvironmentStack } from './environment-stack';

export interface BuildOptions {
  /**
   * Called with each environment's stack once it is built, to add or change
   * constructs of your own; the guardrails check them like the rest.
   * @default - nothing
   */
  readonly customize?: (stack: EnvironmentStack) => void;
}

/** Builds one stack per environment in a fresh app. */
export function buildApp(configs: readonly EnvironmentConfig[], outdir: string, options: BuildOptions = {}): App {
  const app = new App({ outdir });
  // A guardrail reports through error annotations too, and cdktf would stop at the first stack that has one.
  // Its stacks read this switch as they are made: every stack is synthesized, and synthEnvironments reports
  // the violations of all of them together (and writes nothing).
  const previous = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = '1';
  try {
    for (const config of configs) {
      const stack = new EnvironmentStack(app, { config });
      options.customize?.(stack);
    }
  } finally {
    if (previous === undefined) delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
    else process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = previous;
  }
  return app;
}

export interface SynthOptions extends BuildOptions {
  /**
   * Names of the environments to synthesize; the stacks of the others are
   * left as they are. Only the named definitions are validated, so one
   * broken environment does not block the rest.
   * @default - every environment; stacks of environments no longer listed are removed
   */
  readonly only?: readonly string[];
  /**
   * Where the committed provider lock files are, one per environment
   * (`<env>.terraform.lock.hcl`). Synth puts each into its stack directory,
   * so every `terraform init` there checks the provider against the pinned
   * checksums.
   * @default LOCKS_DIR
   */
  readonly locksDir?: string;
}

/** The committed lock files: `npm run lock` writes them, synth copies them into the stacks. */
export const LOCKS_DIR = path.resolve(__dirname, '..', 'config', 'locks');

/** The committed lock file of an environment. */
export function lockFileOf(env: string, locksDir: string = LOCKS_DIR): string {
  return path.join(locksDir, `${env}.terraform.lock.hcl`);
}

export interface SynthResult {
  readonly outdir: string;
  /** `cdk.tf.json` of each environment synthesized, by environment name. */
  readonly stackFiles: Readonly<Record<string, string>>;
  /** What the guardrails warn of: printed, but synth goes on. */
  readonly warnings: readonly Violation[];
}

/**
 * What cdktf writes into a stack directory. Synth replaces these and nothing
 * else, so Terraform's working state there (`.terraform/`, the lock file,
 * saved plans, local state) survives a re-synth.
 */
const GENERATED = ['cdk.tf.json', 'assets', 'metadata.json'];
const LOCK_FILE = '.terraform.lock.hcl';

/**
 * Validates the definitions, then synthesizes the environments into `outdir`.
 *
 * Nothing is half-written: a bad configuration throws before any file is
 * touched, and the stacks are synthesized into a sibling directory whose
 * files replace the generated files of `outdir/stacks/<env>` only once all of
 * them are complete. A full synth removes the stack directories of
 * environments no longer listed.
 * @throws ConfigError when a definition is invalid, or `only` names an environment that is not listed
 * @throws ValidationError when a construct refuses its props
 * @throws GuardrailError when a stack breaks a policy rule
 */
export function synthEnvironments(definitions: readonly unknown[], outdir: string, options: SynthOptions = {}): SynthResult {
  const chosen = selected(definitions, options.only);
  const configs = loadEnvironments(chosen);
  // A partial synth still refuses a collision (name, prefix, state) with a listed environment that is valid on its own.
  for (const other of definitions.filter((d) => !chosen.includes(d))) {
    if (validAlone(other)) loadEnvironments([...chosen, other]);
  }
  const target = path.resolve(outdir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = fs.mkdtempSync(`${target}.staging-`);
  const warnings: Violation[] = [];
  try {
    const app = withoutTokenTraces(() => {
      const built = buildApp(configs, staging, options);
      // Synthesizing runs the guardrails (aspects); a violation leaves the last good output alone.
      built.synth();
      return built;
    });
    const violations = app.node.children.flatMap((c) => (TerraformStack.isStack(c) ? violationsOf(c) : []));
    const errors = violations.filter((v) => v.level !== 'warning');
    if (errors.length > 0) throw new GuardrailError(errors);
    warnings.push(...violations.filter((v) => v.level === 'warning'));
    for (const c of configs) {
      // The committed lock file travels with the stack (cdktf does not write one): it is the pin, so it wins over a stale copy.
      const lock = lockFileOf(c.name, options.locksDir);
      if (fs.existsSync(lock)) fs.copyFileSync(lock, path.join(staging, 'stacks', c.name, LOCK_FILE));
    }
    merge(staging, target, configs.map((c) => c.name), options.only === undefined);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const stackFiles = Object.fromEntries(
    configs.map((c) => [c.name, path.join(target, 'stacks', c.name, 'cdk.tf.json')]),
  );
  return { outdir: target, stackFiles, warnings };
}

/**
 * Runs `fn` without the creation traces cdktf takes of every token it makes
 * (read only to explain a token that fails to resolve). It captures them
 * with `Error.captureStackTrace` at unlimited depth and formats them at once,
 * under tsx mapping each frame back to TypeScript: formatting was a tenth of a
 * synth, capturing another fiftieth (BENCHMARKS.md). Meanwhile that capture
 * does nothing and a trace formats as empty. An error thrown meanwhile keeps
 * its own trace: V8 records it when the error is made, not through
 * `Error.captureStackTrace`, and formats it when it is first read, after this
 * has restored both.
 */
function withoutTokenTraces<T>(fn: () => T): T {
  const prepare = Error.prepareStackTrace;
  const capture = Error.captureStackTrace;
  Error.prepareStackTrace = () => '';
  Error.captureStackTrace = () => undefined;
  try {
    return fn();
  } finally {
    Error.prepareStackTrace = prepare;
    Error.captureStackTrace = capture;
  }
}

/** The definitions `only` names, in the order of the list; an unknown name is a configuration error. */
function selected(definitions: readonly unknown[], only: readonly string[] | undefined): readonly unknown[] {
  if (only === undefined) return definitions;
  const nameOf = (d: unknown) => (typeof d === 'object' && d !== null ? (d as { name?: unknown }).name : undefined);
  const names = definitions.map(nameOf).filter((n): n is string => typeof n === 'string');
  const problems: ConfigProblem[] = [];
  if (only.length === 0) {
    problems.push({ environment: 'the command line', field: 'environments', got: 'no name', allowed: `one or more of ${names.map((n) => render(n)).join(', ')}` });
  }
  for (const name of only) {
    if (!names.includes(name)) {
      problems.push({ environment: 'the command line', field: 'environments', got: render(name), allowed: `an environment the configuration lists: ${names.map((n) => render(n)).join(', ')}` });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return definitions.filter((d) => only.includes(nameOf(d) as string));
}

function validAlone(definition: unknown): boolean {
  try {
    loadEnvironments([definition]);
    return true;
  } catch (err) {
    // A definition the user got wrong is not checked against; anything else is a bug and surfaces.
    if (ValidationError.isValidationError(err)) return false;
    throw err;
  }
}

/**
 * Moves the freshly synthesized stacks into `target`. In each stack directory
 * only the generated entries are replaced. The manifest lists the stacks
 * synthesized now and, on a partial synth, those it listed before.
 */
function merge(staging: string, target: string, names: readonly string[], full: boolean): void {
  const stacks = path.join(target, 'stacks');
  fs.mkdirSync(stacks, { recursive: true });
  for (const name of names) {
    const from = path.join(staging, 'stacks', name);
    const to = path.join(stacks, name);
    fs.mkdirSync(to, { recursive: true });
    for (const entry of GENERATED) {
      fs.rmSync(path.join(to, entry), { recursive: true, force: true });
      if (fs.existsSync(path.join(from, entry))) fs.renameSync(path.join(from, entry), path.join(to, entry));
    }
    // A lock file from this synth is the committed one; without one, the stack keeps the lock `terraform init` wrote.
    if (fs.existsSync(path.join(from, LOCK_FILE))) fs.renameSync(path.join(from, LOCK_FILE), path.join(to, LOCK_FILE));
  }
  if (full) {
    for (const entry of fs.readdirSync(stacks)) {
      if (!names.includes(entry)) fs.rmSync(path.join(stacks, entry), { recursive: true, force: true });
    }
  }
  const fresh = JSON.parse(fs.readFileSync(path.join(staging, 'manifest.json'), 'utf8'));
  const manifestFile = path.join(target, 'manifest.json');
  let kept: Record<string, unknown> = {};
  if (!full && fs.existsSync(manifestFile)) {
    try {
      const old = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
      kept = Object.fromEntries(Object.entries<unknown>(old.stacks ?? {}).filter(([n]) => !names.includes(n) && fs.existsSync(path.join(stacks, n))));
    } catch {
      // An unreadable manifest is rebuilt from this synth alone.
    }
  }
  const manifest = { ...fresh, stacks: { ...kept, ...fresh.stacks } };
  const tmp = `${manifestFile}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(tmp, manifestFile);
}

export interface Console {
  log(line: string): void;
  error(line: string): void;
}

/**
 * What `npm run synth [-- <env>...]` does: synthesize, report each stack file, and turn a
 * configuration or construct validation error into its message and exit code
 * 1 (no stack trace: the message already says what to fix). Other errors are
 * real bugs and propagate.
 */
export function runSynth(definitions: readonly unknown[], outdir: string, out: Console = console, options: SynthOptions = {}): number {
  try {
    const { stackFiles, warnings } = synthEnvironments(definitions, outdir, options);
    for (const w of warnings) out.error(`warning: [${w.rule}] ${w.path}: ${w.problem}. ${w.fix}`);
    for (const [env, file] of Object.entries(stackFiles)) {
      out.log(`synthesized ${env}: ${path.relative(process.cwd(), file)}`);
    }
    return 0;
  } catch (err) {
    // Every mistake of the user's (configuration, props, policy) is a ValidationError; anything else is a bug.
    if (ValidationError.isValidationError(err)) {
      out.error(err.message);
      return 1;
    }
    throw err;
  }
}

/**
 * `npm run synth [-- <env>...]`: every environment, or the named ones only.
 * Returns the exit code; a mistake on the command line is named, with usage.
 */
export function synthCli(args: readonly string[], definitions: readonly unknown[], outdir: string, out: Console = console): number {
  const flag = args.find((a) => a.startsWith('-'));
  if (flag !== undefined) {
    out.error(`synth: unknown option ${JSON.stringify(flag)}; usage: npm run synth [-- <environment>...]`);
    return 1;
  }
  return runSynth(definitions, outdir, out, args.length > 0 ? { only: args } : {});
}
