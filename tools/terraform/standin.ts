/**
 * Runs the real Terraform CLI against the offline stand-in provider.
 *
 * Terraform finds the stand-in through a temporary CLI configuration
 * (`dev_overrides`) passed in TF_CLI_CONFIG_FILE, so the user's own Terraform
 * configuration is never read or written. Each stack is copied to a temporary
 * directory first, so no `.terraform/` or lock file lands in `cdktf.out/`.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const PROVIDER_SOURCE = 'mypurecloud/genesyscloud';
export const MIN_TERRAFORM = [1, 0] as const;

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
    throw new Error('The offline stand-in is not built: run `npm ci` (or `npm run prepare`) first.');
  }
  if (!fs.existsSync(main)) throw new Error(`The offline stand-in is not built (${main} is missing): run \`npm run prepare\`.`);
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

/** A scratch directory with the launcher, the CLI configuration and stack copies. */
export class StandInWorkspace {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(baseEnv: NodeJS.ProcessEnv = process.env) {
    const main = standInMainScript();
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-standin-'));
    const bin = path.join(this.dir, 'bin');
    fs.mkdirSync(bin);
    // Terraform runs `<dir>/terraform-provider-genesyscloud`; this launcher runs the stand-in with this very Node.
    const launcher = path.join(bin, 'terraform-provider-genesyscloud');
    fs.writeFileSync(launcher, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(main)} "$@"\n`, { mode: 0o755 });
    const cliConfig = path.join(this.dir, 'terraform.rc');
    fs.writeFileSync(
      cliConfig,
      `provider_installation {\n  dev_overrides {\n    ${JSON.stringify(PROVIDER_SOURCE)} = ${JSON.stringify(bin)}\n  }\n  direct {}\n}\n`,
    );
    this.env = { ...quietEnv(baseEnv), TF_CLI_CONFIG_FILE: cliConfig, TF_DISABLE_PLUGIN_TLS: '1' };
  }

  /**
   * Copies a synthesized stack directory. For a plan, the backend goes: the
   * rehearsal keeps its empty state locally and never touches the real one.
   */
  copyStack(stackDir: string, options: { dropBackend?: boolean } = {}): string {
    const file = path.join(stackDir, 'cdk.tf.json');
    if (!fs.existsSync(file)) throw new Error(`${stackDir} has no cdk.tf.json: is it a synthesized stack directory (cdktf.out/stacks/<env>)?`);
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

  terraform(args: string[], cwd: string): SpawnSyncReturns<string> {
    const run = spawnSync('terraform', args, { cwd, env: this.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new TerraformMissingError(`terraform could not be started: ${run.error.message}`);
    return run;
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The provider version the generated bindings pin, which a mirror must hold. */
export function providerVersion(): string {
  return JSON.parse(fs.readFileSync(require.resolve('@cdktf/provider-genesyscloud/package.json'), 'utf8')).version;
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

/** Terraform's warning that a development override is in effect: expected here, so not shown. */
export const OVERRIDE_WARNING = 'Provider development overrides are in effect';

/** Removes that one warning from Terraform's human-readable (-no-color) output. */
export function stripOverrideWarning(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(`Warning: ${OVERRIDE_WARNING}`));
  if (start === -1) return text;
  let end = lines.findIndex((l, i) => i > start && /releases\.\s*$/.test(l));
  if (end === -1) return text;
  while (end + 1 < lines.length && lines[end + 1].trim() === '') end++;
  const from = start > 0 && lines[start - 1].trim() === '' ? start - 1 : start;
  return [...lines.slice(0, from), ...lines.slice(end + 1)].join('\n');
}
