import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { EnvironmentDefinition } from '../config';
import { synthEnvironments } from '../stacks/app';
import { DEFAULT_PLATFORMS, lockEnvironments, parseLockArgs } from '../tools/terraform/lock';
import { currentPlatform, StandInMirror } from '../tools/terraform/standin';
import { placeholderVariables } from '../tools/terraform/plan-offline';
import { rmTemp, tempDir } from './helpers/synth';
import { describeWithTerraform } from './helpers/terraform';
import { SEQUENTIAL } from './fixtures/environments';

describe('npm run lock: the command line', () => {
  it('takes environments, platforms and one mirror', () => {
    expect(parseLockArgs(['dev'])).toEqual({ environments: ['dev'], platforms: [...DEFAULT_PLATFORMS], fsMirror: undefined, netMirror: undefined });
    expect(parseLockArgs(['a', 'b', 'a', '--platform', 'linux_arm64', '--net-mirror', 'https://m.example.com/p/'])).toEqual({
      environments: ['a', 'b'],
      platforms: ['linux_arm64'],
      fsMirror: undefined,
      netMirror: 'https://m.example.com/p/',
    });
  });

  it.each([
    [[], 'name one or more environments; usage: npm run lock'],
    [['dev', '--platform'], '--platform needs a value, not nothing'],
    [['dev', '--platform', '--fs-mirror'], '--platform needs a value, not "--fs-mirror"'],
    [['dev', '--platform', 'linux'], '--platform needs a Terraform platform such as linux_amd64 or darwin_arm64, not "linux"'],
    [['dev', '--platform', 'linux_amd64;rm'], 'not "linux_amd64;rm"'],
    [['dev', '--net-mirror', 'http://m.example.com/'], '--net-mirror needs the https:// URL of a provider network mirror, ending in "/", not "http://m.example.com/"'],
    [['dev', '--fs-mirror', '/', '--net-mirror', 'https://m.example.com/'], 'give --fs-mirror or --net-mirror, not both'],
    [['dev', '--fs-mirror', ''], '--fs-mirror needs an existing directory holding a provider mirror, not ""'],
    [['dev', '--fs-mirror', '/no/such/mirror'], 'not "/no/such/mirror"'],
    [['dev', '--upgrade'], 'unknown option "--upgrade"'],
  ])('refuses %j, naming the argument', (args, message) => {
    expect(() => parseLockArgs(args)).toThrow(message);
  });
});

const ONE: EnvironmentDefinition = { ...SEQUENTIAL, name: 'one', naming: { prefix: 'one-' }, backend: { type: 'local', path: 'one.tfstate' } };

describeWithTerraform('a real init, lock file and saved plan, with the stand-in as a provider mirror', () => {
  let dir: string;
  let mirror: StandInMirror;
  beforeAll(() => {
    dir = tempDir('tf-lock-');
    mirror = new StandInMirror();
  });
  afterAll(() => {
    mirror.dispose();
    rmTemp(dir);
  });

  const outdir = () => path.join(dir, 'cdktf.out');
  const locksDir = () => path.join(dir, 'locks');
  const stack = () => path.join(outdir(), 'stacks', 'one');
  const synth = (only?: string[]) => synthEnvironments([ONE], outdir(), { locksDir: locksDir(), ...(only ? { only } : {}) });
  const tf = (args: string[]) => {
    const stackJson = JSON.parse(fs.readFileSync(path.join(stack(), 'cdk.tf.json'), 'utf8'));
    const run = spawnSync('terraform', args, { cwd: stack(), env: { ...mirror.env, ...placeholderVariables(stackJson, mirror.env) }, encoding: 'utf8' });
    return { status: run.status as number, output: `${run.stdout}${run.stderr}` };
  };

  it('npm run lock pins the checksums from a filesystem mirror into the locks directory', () => {
    const lines: string[] = [];
    const code = lockEnvironments(
      { environments: ['one'], platforms: [currentPlatform()], fsMirror: mirror.mirror },
      { definitions: [ONE], outdir: outdir(), locksDir: locksDir(), env: mirror.env, out: { log: (l) => lines.push(l), error: (l) => lines.push(l) } },
    );
    expect([code, lines.join('\n')]).toEqual([0, expect.stringContaining(`locked one for ${currentPlatform()}: `)]);
    const lock = fs.readFileSync(path.join(locksDir(), 'one.terraform.lock.hcl'), 'utf8');
    expect(lock).toContain('provider "registry.terraform.io/mypurecloud/genesyscloud"');
    expect(lock).toMatch(/hashes = \[\s*"h1:[A-Za-z0-9+/=]+",\s*\]/);
  });

  it('synth puts the committed lock file into the stack, and init honours it read-only', () => {
    fs.rmSync(path.join(stack(), '.terraform.lock.hcl'), { force: true });
    synth();
    expect(fs.readFileSync(path.join(stack(), '.terraform.lock.hcl'), 'utf8')).toBe(fs.readFileSync(path.join(locksDir(), 'one.terraform.lock.hcl'), 'utf8'));
    const init = tf(['init', '-input=false', '-no-color', '-lockfile=readonly']);
    expect([init.status, init.output]).toEqual([0, expect.stringContaining('Terraform has been successfully initialized!')]);
  });

  it('a re-synth, full or of that environment, keeps .terraform/ and a saved plan that Terraform still reads', () => {
    const plan = tf(['plan', '-input=false', '-no-color', '-lock=false', '-out=plan.bin']);
    expect([plan.status, plan.output]).toEqual([0, expect.stringMatching(/Plan: \d+ to add, 0 to change, 0 to destroy/)]);
    synth();
    synth(['one']);
    expect(fs.existsSync(path.join(stack(), '.terraform', 'providers'))).toBe(true);
    const show = tf(['show', '-no-color', 'plan.bin']);
    expect([show.status, show.output]).toEqual([0, expect.stringMatching(/Plan: \d+ to add, 0 to change, 0 to destroy/)]);
  });

  it('init refuses a provider whose checksum the lock file does not pin', () => {
    const file = path.join(locksDir(), 'one.terraform.lock.hcl');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"h1:[^"]+"/, '"h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="'));
    synth();
    fs.rmSync(path.join(stack(), '.terraform'), { recursive: true, force: true });
    const init = tf(['init', '-input=false', '-no-color', '-lockfile=readonly']);
    expect(init.status).toBe(1);
    expect(init.output).toMatch(/checksum|doesn't match any of the checksums/i);
  });
});
