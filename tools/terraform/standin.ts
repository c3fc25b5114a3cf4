/**
 * Runs the real Terraform CLI against the offline stand-in provider.
 *
 * A workspace starts one stand-in and has Terraform reattach to it
 * (TF_REATTACH_PROVIDERS, as for debugging a provider), instead of Terraform
 * starting a fresh one two or three times per command: a validate takes a
 * fifth of the time. Terraform reads a CLI configuration of the workspace's
 * own (TF_CLI_CONFIG_FILE), so the user's is never read or written. Each stack
 * is copied to a temporary directory first, so no `.terraform/` or lock file
 * lands in `cdktf.out/`.
 */
import { ChildProcess, spawn, spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ValidationError } from '../../constructs/validation';
import { CommandLineError } from '../cli/args';

export const PROVIDER_SOURCE = 'mypurecloud/genesyscloud';
export const MIN_TERRAFORM = [1, 0] as const;

/** The offline stand-in cannot run: not built, or it did not start. Its message says what to do. */
export class StandInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StandInError';
  }
}

/** A mistake the user can fix, which the commands print as a message alone: anything else is a bug and keeps its stack trace. */
export function isUserFacing(err: unknown): err is Error {
  return ValidationError.isValidationError(err) || err instanceof TerraformMissingError || err instanceof StandInError;
}

export class TerraformMissingError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nThese commands run the Terraform CLI (1.0 or later) against an offline stand-in of the genesyscloud provider. ` +
        'Install Terraform and put it on PATH, then run them again.',
    );
    this.name = 'TerraformMissingError';
  }
}

/** The Terraform CLI's version, or null where `terraform` is not on PATH. */
export function terraformVersion(env: NodeJS.ProcessEnv = process.env): string | null {
  const run = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: quietEnv(env) });
  if (run.error || run.status !== 0) return null;
  try {
    return JSON.parse(run.stdout).terraform_version ?? null;
  } catch {
    return null;
  }
}

/** Throws a TerraformMissingError that says what to do when Terraform is absent or too old. */
export function requireTerraform(env: NodeJS.ProcessEnv = process.env): string {
  const version = terraformVersion(env);
  if (version === null) throw new TerraformMissingError('terraform is not on PATH.');
  const [major, minor] = version.split('.').map(Number);
  if (major < MIN_TERRAFORM[0] || (major === MIN_TERRAFORM[0] && minor < MIN_TERRAFORM[1])) {
    throw new TerraformMissingError(`terraform ${version} is too old.`);
  }
  return version;
}

/** The compiled stand-in, built by `npm ci` (the root `prepare` script). */
export function standInMainScript(): string {
  let main: string;
  try {
    // Loaded here, not imported: a checkout whose stand-in is not built yet gets this message, not a crash at import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = require('terraform-provider-genesyscloud-standin').MAIN_SCRIPT;
  } catch {
    throw new StandInError('The offline stand-in is not built: run `npm ci` (or `npm run prepare`) first.');
  }
  if (!fs.existsSync(main)) throw new StandInError(`The offline stand-in is not built (${main} is missing): run \`npm run prepare\`.`);
  return main;
}

/** An environment for running Terraform here: no credentials, no prompts or update checks, and no config file that does not exist. */
export function quietEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
  delete out.GENESYSCLOUD_OAUTHCLIENT_ID;
  delete out.GENESYSCLOUD_OAUTHCLIENT_SECRET;
  delete out.GENESYSCLOUD_ACCESS_TOKEN;
  if (out.TF_CLI_CONFIG_FILE && !fs.existsSync(out.TF_CLI_CONFIG_FILE)) delete out.TF_CLI_CONFIG_FILE;
  return out;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** go-plugin's handshake for Terraform's providers: the cookie a plugin needs to serve. */
const MAGIC_COOKIE = { TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2' };
/** How long the stand-in may take to print its handshake line. */
const START_TIMEOUT_MS = 20_000;

/** Sleeps the thread (a synchronous caller waits for a process it started). */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Whether a child has ended. Asked of `ps`, because this thread is blocked
 * while it waits and so never hears of the exit; an ended child not yet
 * reaped shows as a zombie (Z).
 */
function hasEnded(pid: number | undefined): boolean {
  if (pid === undefined) return true;
  const ps = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status !== 0 || ps.stdout.trim().startsWith('Z');
}

/**
 * A scratch directory with the CLI configuration and stack copies, and one
 * stand-in for every command run in it. Commands that take an `options.workspace`
 * share one (and leave it to its owner to dispose); otherwise each makes its own.
 */
export class StandInWorkspace {
  readonly dir: string;
  private readonly baseEnv: NodeJS.ProcessEnv;
  private server?: { child: ChildProcess; env: NodeJS.ProcessEnv };

  constructor(baseEnv: NodeJS.ProcessEnv = process.env) {
    standInMainScript();
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-standin-'));
    // An empty CLI configuration of its own: nothing is installed (validate and plan need no init when the provider is reattached).
    const cliConfig = path.join(this.dir, 'terraform.rc');
    fs.writeFileSync(cliConfig, '');
    this.baseEnv = { ...quietEnv(baseEnv), TF_CLI_CONFIG_FILE: cliConfig };
  }

  /** Terraform's environment: the stand-in, started on first use, reattached. */
  get env(): NodeJS.ProcessEnv {
    return (this.server ??= this.start()).env;
  }

  /** Starts the stand-in and waits for its handshake line, `1|6|tcp|<address>|grpc`. */
  private start(): { child: ChildProcess; env: NodeJS.ProcessEnv } {
    const handshake = path.join(this.dir, 'standin.handshake');
    const log = path.join(this.dir, 'standin.log');
    const out = fs.openSync(handshake, 'w');
    const err = fs.openSync(log, 'w');
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, [standInMainScript()], { env: { ...this.baseEnv, ...MAGIC_COOKIE }, stdio: ['ignore', out, err] });
    } finally {
      fs.closeSync(out);
      fs.closeSync(err);
    }
    // It never keeps this process alive: dispose() stops it, and so does this process's end (the stand-in watches its parent).
    child.unref();
    const started = Date.now();
    for (;;) {
      const line = fs.readFileSync(handshake, 'utf8');
      const m = /^1\|6\|tcp\|([^|\s]+)\|grpc\n/.exec(line);
      if (m) {
        const reattach = { [`registry.terraform.io/${PROVIDER_SOURCE}`]: { Protocol: 'grpc', ProtocolVersion: 6, Pid: child.pid, Test: true, Addr: { Network: 'tcp', String: m[1] } } };
        return { child, env: { ...this.baseEnv, TF_REATTACH_PROVIDERS: JSON.stringify(reattach) } };
      }
      if (line.length > 200 || (Date.now() - started > 50 && hasEnded(child.pid)) || Date.now() - started > START_TIMEOUT_MS) {
        child.kill();
        throw new StandInError(`the offline stand-in did not start: ${`${line}${fs.readFileSync(log, 'utf8')}`.trim() || 'no handshake line'}`);
      }
      sleep(5);
    }
  }

  /**
   * Copies a synthesized stack directory. For a plan, the backend goes: the
   * rehearsal keeps its empty state locally and never touches the real one.
   */
  copyStack(stackDir: string, options: { dropBackend?: boolean } = {}): string {
    const file = path.join(stackDir, 'cdk.tf.json');
    if (!fs.existsSync(file)) throw new CommandLineError(`${stackDir} has no cdk.tf.json: is it a synthesized stack directory (cdktf.out/stacks/<env>)?`);
    const target = fs.mkdtempSync(path.join(this.dir, 'stack-'));
    fs.cpSync(stackDir, target, { recursive: true, filter: (src) => !/[\\/]\.terraform([\\/]|$)|\.tfstate|\.terraform\.lock\.hcl$/.test(src) });
    if (options.dropBackend) {
      const json = JSON.parse(fs.readFileSync(path.join(target, 'cdk.tf.json'), 'utf8'));
      if (json.terraform) {
        delete json.terraform.backend;
        delete json.terraform.cloud;
      }
      fs.writeFileSync(path.join(target, 'cdk.tf.json'), JSON.stringify(json, null, 2));
    }
    return target;
  }

  /** Runs Terraform in `cwd` against the stand-in; `extraEnv` adds variables (TF_VAR_..., for example) to this run only. */
  terraform(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
    const run = spawnSync('terraform', args, { cwd, env: { ...this.env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new TerraformMissingError(`terraform could not be started: ${run.error.message}`);
    return run;
  }

  /** Stops the stand-in and removes the directory. */
  dispose(): void {
    this.server?.child.kill();
    this.server = undefined;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The provider version the generated bindings pin, which a mirror must hold. */
export function providerVersion(): string {
  return JSON.parse(fs.readFileSync(require.resolve('@cdktf/provider-genesyscloud/package.json'), 'utf8')).version;
}

export interface StandInOptions {
  /** The environment Terraform runs in (credentials are dropped). @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** A workspace to run in, kept open by the caller. @default - one made and disposed for the call */
  readonly workspace?: StandInWorkspace;
}

/** Runs `fn` in `options.workspace`, or in a workspace of its own, disposed after. */
export function inWorkspace<T>(options: StandInOptions, fn: (ws: StandInWorkspace) => T): T {
  if (options.workspace) return fn(options.workspace);
  const ws = new StandInWorkspace(options.env ?? process.env);
  try {
    return fn(ws);
  } finally {
    ws.dispose();
  }
}

/** Terraform's platform name for this machine, e.g. linux_amd64. */
export function currentPlatform(): string {
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
  const os_: Record<string, string> = { win32: 'windows' };
  return `${os_[process.platform] ?? process.platform}_${arch[process.arch] ?? process.arch}`;
}

/**
 * The stand-in laid out as a Terraform filesystem mirror (the unpacked
 * layout: host/namespace/type/version/platform/), with a CLI configuration
 * that installs the provider from it and from nowhere else. `terraform init`,
 * `terraform providers lock -fs-mirror` and a committed lock file can so be
 * rehearsed with no registry, exactly as a CI behind a mirror runs them.
 */
export class StandInMirror {
  readonly dir: string;
  /** The mirror directory, for `filesystem_mirror { path }` or `-fs-mirror`. */
  readonly mirror: string;
  /** TF_CLI_CONFIG_FILE pointing at a filesystem_mirror block for the mirror. */
  readonly env: NodeJS.ProcessEnv;

  constructor(baseEnv: NodeJS.ProcessEnv = process.env) {
    const main = standInMainScript();
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-mirror-'));
    this.mirror = path.join(this.dir, 'mirror');
    const version = providerVersion();
    const target = path.join(this.mirror, 'registry.terraform.io', PROVIDER_SOURCE, version, currentPlatform());
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, `terraform-provider-genesyscloud_v${version}`), `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(main)} "$@"\n`, { mode: 0o755 });
    const cliConfig = path.join(this.dir, 'terraform.rc');
    fs.writeFileSync(cliConfig, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(this.mirror)}\n    include = [${JSON.stringify(`registry.terraform.io/${PROVIDER_SOURCE}`)}]\n  }\n}\n`);
    this.env = { ...quietEnv(baseEnv), TF_CLI_CONFIG_FILE: cliConfig, TF_DISABLE_PLUGIN_TLS: '1' };
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
