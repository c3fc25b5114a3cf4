/**
 * npm run lock -- <env>... [--platform <os_arch>]... [--fs-mirror <dir> | --net-mirror <https-url>]
 *
 * Pins the provider's checksums for each named environment: synthesizes its
 * stack, runs `terraform providers lock` there for every platform that runs
 * Terraform against it (CI's and the engineers' machines), and writes the
 * result to config/locks/<env>.terraform.lock.hcl, to be committed. Synth
 * copies that file into the stack, so every later `terraform init` installs
 * only a provider whose checksum matches; CI runs it with `-lockfile=readonly`.
 *
 * It needs the Terraform registry, or a mirror of it (see docs/terraform.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { LOCKS_DIR, lockFileOf, runSynth } from '../../stacks/app';
import { ValidationError } from '../../constructs/validation';
import { parseCommandLine } from '../cli/args';
import { isUserFacing, requireTerraform, TerraformMissingError } from './standin';
import { spawnSync } from 'child_process';

/** GitHub's hosted runners, and engineers on macOS (Apple silicon and Intel) and Windows. */
export const DEFAULT_PLATFORMS = ['linux_amd64', 'darwin_arm64', 'darwin_amd64', 'windows_amd64'] as const;

export interface LockArgs {
  readonly environments: readonly string[];
  readonly platforms: readonly string[];
  readonly fsMirror?: string;
  readonly netMirror?: string;
}

/** A mistake on lock's command line: a ValidationError, printed without a trace. */
export class LockArgsError extends ValidationError {
  constructor(problem: string) {
    super('lock', [problem], problem);
  }
}

const USAGE = 'usage: npm run lock -- <environment>... [--platform <os_arch>]... [--fs-mirror <dir> | --net-mirror <https-url>]';

/** Reads the command line; every problem is a LockArgsError that names the argument. */
export function parseLockArgs(args: readonly string[]): LockArgs {
  const { values, positionals } = parseCommandLine(args, {
    usage: USAGE,
    allowPositionals: true,
    error: (message) => new LockArgsError(message),
    options: {
      platform: { type: 'string', multiple: true },
      'fs-mirror': { type: 'string' },
      'net-mirror': { type: 'string' },
    },
  });
  const platforms: string[] = [];
  for (const p of values.platform ?? []) {
    if (!/^[a-z0-9]+_[a-z0-9]+$/.test(p)) throw new LockArgsError(`--platform needs a Terraform platform such as linux_amd64 or darwin_arm64, not ${JSON.stringify(p)}`);
    if (!platforms.includes(p)) platforms.push(p);
  }
  const fsMirror = values['fs-mirror'];
  if (fsMirror !== undefined && (fsMirror.trim() === '' || !fs.existsSync(fsMirror) || !fs.statSync(fsMirror).isDirectory())) {
    throw new LockArgsError(`--fs-mirror needs an existing directory holding a provider mirror, not ${JSON.stringify(fsMirror)}`);
  }
  const netMirror = values['net-mirror'];
  if (netMirror !== undefined && !/^https:\/\/[^\s]+\/$/.test(netMirror)) {
    throw new LockArgsError(`--net-mirror needs the https:// URL of a provider network mirror, ending in "/", not ${JSON.stringify(netMirror)}`);
  }
  const environments = [...new Set(positionals)];
  if (environments.length === 0) throw new LockArgsError(`name one or more environments; ${USAGE}`);
  if (fsMirror !== undefined && netMirror !== undefined) throw new LockArgsError('give --fs-mirror or --net-mirror, not both');
  return { environments, platforms: platforms.length > 0 ? platforms : [...DEFAULT_PLATFORMS], fsMirror, netMirror };
}

export interface LockOptions {
  readonly definitions?: readonly unknown[];
  /** @default cdktf.out */
  readonly outdir?: string;
  /** @default LOCKS_DIR */
  readonly locksDir?: string;
  /** Terraform's environment, e.g. a TF_CLI_CONFIG_FILE. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  readonly out?: { log(line: string): void; error(line: string): void };
}

/** Writes each named environment's lock file; returns the exit code. */
export function lockEnvironments(args: LockArgs, options: LockOptions = {}): number {
  const out = options.out ?? console;
  const outdir = options.outdir ?? 'cdktf.out';
  const locksDir = options.locksDir ?? LOCKS_DIR;
  const env = options.env ?? process.env;
  requireTerraform(env);
  if (runSynth(options.definitions ?? DEFAULT_ENVIRONMENTS, outdir, out, { only: args.environments, locksDir }) !== 0) return 1;
  const mirror = args.fsMirror !== undefined ? [`-fs-mirror=${path.resolve(args.fsMirror)}`] : args.netMirror !== undefined ? [`-net-mirror=${args.netMirror}`] : [];
  for (const name of args.environments) {
    const stack = path.join(outdir, 'stacks', name);
    const run = spawnSync('terraform', ['providers', 'lock', '-no-color', ...mirror, ...args.platforms.map((p) => `-platform=${p}`)], { cwd: stack, env, encoding: 'utf8' });
    if (run.error) throw new TerraformMissingError(`terraform could not be started: ${run.error.message}`);
    if (run.status !== 0) {
      out.error(`${`${run.stdout}${run.stderr}`.trim()}\nlock ${name}: terraform providers lock failed (above); the committed lock file is unchanged`);
      return 1;
    }
    fs.mkdirSync(locksDir, { recursive: true });
    fs.copyFileSync(path.join(stack, '.terraform.lock.hcl'), lockFileOf(name, locksDir));
    out.log(`locked ${name} for ${args.platforms.join(', ')}: ${path.relative(process.cwd(), lockFileOf(name, locksDir))} (commit it)`);
  }
  return 0;
}

/** `npm run lock`: the exit code; a mistake (arguments, no Terraform) is one line on stderr, anything else a bug that surfaces. */
export function lockCli(args: readonly string[], options: LockOptions = {}): number {
  const out = options.out ?? console;
  try {
    return lockEnvironments(parseLockArgs(args), options);
  } catch (err) {
    if (!isUserFacing(err)) throw err;
    out.error(`lock: ${err.message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = lockCli(process.argv.slice(2));
