import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { ConfigError, EnvironmentConfig, loadEnvironments } from '../config';
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
  for (const config of configs) {
    const stack = new EnvironmentStack(app, { config });
    options.customize?.(stack);
  }
  return app;
}

export interface SynthResult {
  readonly outdir: string;
  /** `cdk.tf.json` of each environment, by environment name. */
  readonly stackFiles: Readonly<Record<string, string>>;
  /** What the guardrails warn of: printed, but synth goes on. */
  readonly warnings: readonly Violation[];
}

/**
 * Validates the definitions, then synthesizes every environment into `outdir`.
 *
 * Nothing is half-written: a bad configuration throws before any file is
 * touched, and the stacks are synthesized into a sibling directory that
 * replaces `outdir` only once it is complete. Stacks of environments that no
 * longer exist disappear with the old directory.
 * @throws ConfigError when a definition is invalid
 * @throws ValidationError when a construct refuses its props
 * @throws GuardrailError when a stack breaks a policy rule
 */
export function synthEnvironments(definitions: readonly unknown[], outdir: string, options: BuildOptions = {}): SynthResult {
  const configs = loadEnvironments(definitions);
  const target = path.resolve(outdir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = fs.mkdtempSync(`${target}.staging-`);
  const warnings: Violation[] = [];
  try {
    const app = buildApp(configs, staging, options);
    // Synthesizing runs the guardrails (aspects); a violation leaves the last good output alone.
    app.synth();
    const violations = app.node.children.flatMap((c) => (c instanceof TerraformStack ? violationsOf(c) : []));
    const errors = violations.filter((v) => v.level !== 'warning');
    if (errors.length > 0) throw new GuardrailError(errors);
    warnings.push(...violations.filter((v) => v.level === 'warning'));
    replaceDir(staging, target);
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  const stackFiles = Object.fromEntries(
    configs.map((c) => [c.name, path.join(target, 'stacks', c.name, 'cdk.tf.json')]),
  );
  return { outdir: target, stackFiles, warnings };
}

function replaceDir(from: string, to: string): void {
  const old = `${from}.old`;
  const hadOld = fs.existsSync(to);
  if (hadOld) fs.renameSync(to, old);
  fs.renameSync(from, to);
  if (hadOld) fs.rmSync(old, { recursive: true, force: true });
}

export interface Console {
  log(line: string): void;
  error(line: string): void;
}

/**
 * What `npm run synth` does: synthesize, report each stack file, and turn a
 * configuration or construct validation error into its message and exit code
 * 1 (no stack trace: the message already says what to fix). Other errors are
 * real bugs and propagate.
 */
export function runSynth(definitions: readonly unknown[], outdir: string, out: Console = console, options: BuildOptions = {}): number {
  try {
    const { stackFiles, warnings } = synthEnvironments(definitions, outdir, options);
    for (const w of warnings) out.error(`warning: [${w.rule}] ${w.path}: ${w.problem}. ${w.fix}`);
    for (const [env, file] of Object.entries(stackFiles)) {
      out.log(`synthesized ${env}: ${path.relative(process.cwd(), file)}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof ValidationError || err instanceof GuardrailError) {
      out.error(err.message);
      return 1;
    }
    throw err;
  }
}
