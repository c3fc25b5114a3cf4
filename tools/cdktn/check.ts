/**
 * npm run check:cdktn [-- --keep] [--skip-tests]
 *
 * Proves the project runs unchanged on CDK Terrain (the maintained fork of
 * cdktf), the one documented switch applied (docs/cdktn.md): in a temporary
 * copy of the repository, `cdktf` becomes the npm alias `npm:cdktn@<version>`,
 * so every import of 'cdktf', the generated bindings' included, resolves to
 * the fork. Then, in the copy:
 *
 * 1. install, and check that node_modules/cdktf is the fork;
 * 2. synthesize every environment and compare the output with this
 *    checkout's (on cdktf): identical but for the version metadata, every
 *    difference printed;
 * 3. run the whole suite (`npm test`) on the fork (skipped with --skip-tests);
 * 4. regenerate the bindings with the fork's generator
 *    (`provider:generate -- --generator cdktn`), type-check the project
 *    against them, and compare the synthesized output once more.
 *
 * Needs the npm registry. This checkout is only read; the copy is removed
 * unless --keep.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseCommandLine } from '../cli/args';
import { copyCheckout } from '../cli/checkout';
import { stepper } from '../cli/progress';
import { CDKTN_GENERATOR_VERSION, GENERATORS, SCHEMA_FILE } from '../provider/generate';
import { compareOutputs } from './compare';

/** The fork's version the switch installs. */
export const CDKTN_VERSION = '0.24.0';

const ROOT = path.resolve(__dirname, '../..');

export function parseCheckArgs(args: readonly string[]): { readonly keep: boolean; readonly skipTests: boolean } {
  const { values } = parseCommandLine(args, {
    usage: 'usage: npm run check:cdktn [-- --keep] [--skip-tests]',
    options: { keep: { type: 'boolean' }, 'skip-tests': { type: 'boolean' } },
  });
  return { keep: values.keep ?? false, skipTests: values['skip-tests'] ?? false };
}

/** The switch itself, on a package.json: cdktf becomes the npm alias of the fork. */
export function switchToCdktn(packageJson: { dependencies: Record<string, string> }): void {
  if (!packageJson.dependencies.cdktf) throw new Error('package.json has no dependency on cdktf to switch');
  packageJson.dependencies.cdktf = `npm:cdktn@${CDKTN_VERSION}`;
}

function main(argv: string[]): number {
  const options = parseCheckArgs(argv);
  const step = stepper('check:cdktn');
  // No telemetry (the generators call HashiCorp's checkpoint), and synth's output where each synth says.
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
  delete env.CDKTF_OUTDIR;
  const run = (cwd: string, cmd: string, ...args: string[]) => execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cdktn-'));
  const copy = path.join(scratch, 'repo');
  let failed = 0;
  const compare = (what: string, outdir: string, original: string) => {
    const r = compareOutputs(original, outdir);
    for (const i of r.ignored) console.log(`  ignored  ${i}`);
    for (const d of r.differences) console.log(`  DIFFERS  ${d}`);
    console.log(r.differences.length === 0 ? `${what}: the same ${r.files} files as on cdktf, but for the version metadata` : `${what}: ${r.differences.length} difference(s) from cdktf`);
    failed += r.differences.length;
  };
  try {
    step('copy this checkout');
    copyCheckout(ROOT, copy);
    const manifest = path.join(copy, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    switchToCdktn(pkg);
    fs.writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);

    step(`npm install, with cdktf as npm:cdktn@${CDKTN_VERSION}`);
    run(copy, 'npm', 'install', '--no-audit', '--no-fund');
    const runtime = JSON.parse(fs.readFileSync(path.join(copy, 'node_modules', 'cdktf', 'package.json'), 'utf8'));
    if (runtime.name !== 'cdktn' || runtime.version !== CDKTN_VERSION) throw new Error(`node_modules/cdktf is ${runtime.name}@${runtime.version}, not cdktn@${CDKTN_VERSION}`);
    console.log(`runtime: node_modules/cdktf is ${runtime.name}@${runtime.version}`);

    step('synthesize on CDK Terrain, and here on cdktf');
    const original = path.join(scratch, 'cdktf.out.cdktf');
    execFileSync('npm', ['run', '--silent', 'synth'], { cwd: ROOT, env: { ...env, CDKTF_OUTDIR: original }, stdio: 'ignore' });
    run(copy, 'npm', 'run', '--silent', 'synth');
    compare('synth on CDK Terrain', path.join(copy, 'cdktf.out'), original);

    if (!options.skipTests) {
      step('npm test on CDK Terrain');
      run(copy, 'npm', 'test');
    }

    step(`regenerate the bindings with ${GENERATORS.cdktn}@${CDKTN_GENERATOR_VERSION}`);
    run(copy, 'npm', 'install', '--no-save', '--no-audit', '--no-fund', `${GENERATORS.cdktn}@${CDKTN_GENERATOR_VERSION}`);
    run(copy, 'npm', 'run', '--silent', 'provider:generate', '--', '--schema', path.relative(ROOT, SCHEMA_FILE), '--generator', 'cdktn');
    // The project compiles against the fork's bindings as it does against cdktf's.
    run(copy, 'npm', 'run', '--silent', 'typecheck');
    execFileSync('npm', ['run', '--silent', 'synth'], { cwd: copy, env: { ...env, CDKTF_OUTDIR: path.join(copy, 'cdktf.out.regenerated') }, stdio: 'ignore' });
    compare("synth with the fork's bindings", path.join(copy, 'cdktf.out.regenerated'), original);
  } finally {
    if (options.keep) console.log(`kept ${scratch}`);
    else fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(failed === 0 ? 'check:cdktn: passed' : `check:cdktn: ${failed} difference(s)`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`check:cdktn: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
