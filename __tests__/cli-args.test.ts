/**
 * The tools' command lines, read by util.parseArgs through tools/cli/args.ts:
 * the --opt=value form, values that start with "-", repeats, `--`, and every
 * parseArgs error turned into the tool's own error with the option, the value
 * and the usage (never a raw TypeError).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ValidationError } from '../constructs/validation';
import { parseSimulateArgs, simulateCli } from '../simulator/cli';
import { parseBenchArgs } from '../tools/bench/bench';
import { CommandLineError, parseCommandLine } from '../tools/cli/args';
import { parseSmokeArgs } from '../tools/smoke/args';
import { LockArgsError, parseLockArgs } from '../tools/terraform/lock';
import { parsePlanOfflineArgs } from '../tools/terraform/plan-offline';
import { parseValidateArgs } from '../tools/terraform/validate';

const ROOT = path.resolve(__dirname, '..');

/** The error `run` throws; fails the test if it throws none. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('parseCommandLine (tools/cli/args.ts)', () => {
  const spec = {
    usage: 'usage: t [--name <x>] [--tag <t>]... [--flag] [<arg>...]',
    allowPositionals: true,
    options: { name: { type: 'string' }, tag: { type: 'string', multiple: true }, flag: { type: 'boolean' } },
  } as const;

  it('reads --opt value, --opt=value, repeated options and positionals, and -- ends the options', () => {
    expect(parseCommandLine(['--name', 'a', '--tag=x', '--tag', 'y', 'p', '--flag', '--', '--name'], spec)).toEqual({
      values: { name: 'a', tag: ['x', 'y'], flag: true },
      positionals: ['p', '--name'],
    });
    // A value that starts with "-" or is empty, in the = form.
    expect(parseCommandLine(['--name=-1'], spec).values.name).toBe('-1');
    expect(parseCommandLine(['--name='], spec).values.name).toBe('');
  });

  it.each([
    [['--nope'], 'unknown option "--nope"'],
    [['-n'], 'unknown option "-n"'],
    [['--name'], '--name needs a value, not nothing'],
    [['--name', '--flag'], '--name needs a value, not "--flag"'],
    [['--name', '-1'], '--name needs a value, not "-1" (a value that starts with "-" is taken for an option: write --name=-1 if you mean it)'],
    [['--flag=yes'], '--flag takes no value, not "yes"'],
    [['--name', 'a', '--name=b'], '--name takes one value, not 2 ("a", "b"): give it once'],
  ])('refuses %j as a CommandLineError naming the option, the value and the usage', (args, message) => {
    const err = thrown(() => parseCommandLine(args, spec));
    expect(err).toBeInstanceOf(CommandLineError);
    expect(ValidationError.isValidationError(err)).toBe(true);
    expect(err.message).toBe(`${message}; ${spec.usage}`);
  });

  it('refuses a positional where none is taken, as the error type asked for', () => {
    class Mine extends Error {}
    const err = thrown(() => parseCommandLine(['x'], { ...spec, allowPositionals: false, error: (m) => new Mine(m) }));
    expect(err).toBeInstanceOf(Mine);
    expect(err.message).toBe(`unexpected argument "x": this command takes options only; ${spec.usage}`);
  });

  it('leaves a mistake of ours (a bad option type) as parseArgs threw it', () => {
    const err = thrown(() => parseCommandLine([], { usage: 'u', options: { x: { type: 'number' as 'string' } } }));
    // By name: Node throws it from its own realm, so `toBeInstanceOf(TypeError)` would not hold under Jest.
    expect([err.name, (err as { code?: string }).code]).toEqual(['TypeError', 'ERR_INVALID_ARG_TYPE']);
  });
});

describe('each tool with util.parseArgs', () => {
  it.each([
    ['simulate', () => parseSimulateArgs(['--calls=20', '--seed=3', '--scenario=ai-intent', '--svg-dir=out']), { scenarios: ['ai-intent'], calls: 20, seed: 3, json: false, svgDir: 'out' }],
    ['smoke', () => parseSmokeArgs(['dev', '--deadline=90', '--max-wait=5', '--deep']), { env: 'dev', deep: true, json: false, deadlineMs: 90000, maxWaitMs: 5000 }],
    ['validate', () => parseValidateArgs(['--stack-dir=a', '--stack-dir', 'b']), { dirs: ['a', 'b'], names: [] }],
    ['lock', () => parseLockArgs(['dev', '--platform=linux_arm64', '--net-mirror=https://m.example.com/']), { environments: ['dev'], platforms: ['linux_arm64'], fsMirror: undefined, netMirror: 'https://m.example.com/' }],
    ['bench', () => parseBenchArgs(['--runs=9', '--baseline=v1.2']), { runs: 9, full: false, baseline: 'v1.2' }],
    ['plan:offline', () => parsePlanOfflineArgs(['--stack-dir=cdktf.out/stacks/dev']), { envName: undefined, stackDir: 'cdktf.out/stacks/dev' }],
  ])('%s takes the --opt=value form', (_name, parse, expected) => {
    expect(parse()).toEqual(expected);
  });

  it('plan:offline takes one environment or one stack directory', () => {
    expect(parsePlanOfflineArgs(['dev'])).toEqual({ envName: 'dev', stackDir: undefined });
    expect(parsePlanOfflineArgs(['--stack-dir', 'cdktf.out/stacks/dev'])).toEqual({ envName: undefined, stackDir: 'cdktf.out/stacks/dev' });
    expect(parsePlanOfflineArgs([])).toEqual({ envName: undefined, stackDir: undefined });
  });

  const PARSERS = { simulate: parseSimulateArgs, smoke: parseSmokeArgs, validate: parseValidateArgs, bench: parseBenchArgs, 'plan:offline': parsePlanOfflineArgs };

  const USAGE = {
    simulate: 'usage: npm run simulate [-- --scenario <name>]... [--calls N] [--rate N] [--seed N] [--json] [--svg-dir <dir>]',
    smoke: 'usage: npm run smoke -- <env> [--deep] [--json] [--deadline <seconds>] [--max-wait <seconds>]',
    validate: 'usage: npm run validate [-- <env>... | --stack-dir <dir>...]',
    lock: 'usage: npm run lock -- <environment>... [--platform <os_arch>]... [--fs-mirror <dir> | --net-mirror <https-url>]',
    bench: 'usage: npm run bench [-- --runs N] [--full] [--baseline <git ref>]',
    plan: 'usage: npm run plan:offline -- <env> | --stack-dir <dir>',
  };

  it.each([
    // simulate
    ['simulate', ['--verbose'], `unknown option "--verbose"; ${USAGE.simulate}`],
    ['simulate', ['--calls', '-5'], `--calls needs a whole number, not "-5" (a value that starts with "-" is taken for an option: write --calls=-5 if you mean it); ${USAGE.simulate}`],
    ['simulate', ['--calls=-5'], '--calls needs a whole number from 1 to 100,000, not "-5"'],
    ['simulate', ['--calls='], '--calls needs a whole number from 1 to 100,000, not ""'],
    ['simulate', ['--seed=1.5'], '--seed needs a whole number from 0 to 4,294,967,295, not "1.5"'],
    ['simulate', ['--calls', '5', '--calls', '6'], `--calls takes one value, not 2 ("5", "6"): give it once; ${USAGE.simulate}`],
    ['simulate', ['--json=true'], `--json takes no value, not "true"; ${USAGE.simulate}`],
    ['simulate', ['--', '--calls', '5'], `unexpected argument "--calls": this command takes options only; ${USAGE.simulate}`],
    ['simulate', ['--svg-dir=package.json'], '--svg-dir needs a directory to write the drawings to, not "package.json"'],
    // smoke
    ['smoke', ['dev', '--verbose'], `unknown option "--verbose"; ${USAGE.smoke}`],
    ['smoke', ['dev', '--deadline', '-5'], `--deadline needs a number of seconds, not "-5" (a value that starts with "-" is taken for an option: write --deadline=-5 if you mean it); ${USAGE.smoke}`],
    ['smoke', ['dev', '--deadline=-5'], '--deadline needs a number of seconds above 0 and at most 3600, not "-5"'],
    ['smoke', ['dev', '--max-wait='], '--max-wait needs a number of seconds above 0 and at most 300, not ""'],
    ['smoke', ['dev', '--deadline', '--json'], `--deadline needs a number of seconds, not "--json"; ${USAGE.smoke}`],
    ['smoke', ['dev', '--max-wait', '5', '--max-wait', '400'], `--max-wait takes one value, not 2 ("5", "400"): give it once; ${USAGE.smoke}`],
    ['smoke', ['dev', '--', '--deep'], 'name one environment, not "dev" and "--deep"'],
    // validate
    ['validate', ['--fix'], `unknown option "--fix"; ${USAGE.validate}`],
    ['validate', ['--stack-dir', '-x'], `--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not "-x" (a value that starts with "-" is taken for an option: write --stack-dir=-x if you mean it); ${USAGE.validate}`],
    ['validate', ['--stack-dir=-x'], '--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not "-x"'],
    ['validate', ['--stack-dir='], '--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not ""'],
    ['validate', ['--stack-dir=a', '--', 'dev'], 'name environments or give --stack-dir, not both'],
    // bench
    ['bench', ['--runs', '9', '--runs', '100'], `--runs takes one value, not 2 ("9", "100"): give it once; ${USAGE.bench}`],
    ['bench', ['--runs=4'], '--runs needs a whole number from 5 to 100, not "4"'],
    ['bench', ['--full=yes'], `--full takes no value, not "yes"; ${USAGE.bench}`],
    ['bench', ['--baseline=--upload-pack=x'], '--baseline needs a git commit, tag or branch, not "--upload-pack=x"'],
    ['bench', ['v1.2'], `unexpected argument "v1.2": this command takes options only; ${USAGE.bench}`],
    // plan:offline
    ['plan:offline', ['--verbose'], `unknown option "--verbose"; ${USAGE.plan}`],
    ['plan:offline', ['--stack-dir'], `--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not nothing; ${USAGE.plan}`],
    ['plan:offline', ['--stack-dir=-x'], '--stack-dir needs a directory, e.g. --stack-dir cdktf.out/stacks/<env>, not "-x"'],
    ['plan:offline', ['--stack-dir', 'a', '--stack-dir', 'b'], `--stack-dir takes one value, not 2 ("a", "b"): give it once; ${USAGE.plan}`],
    ['plan:offline', ['stage-a', 'stage-b'], `name one environment, not "stage-a" and "stage-b"; ${USAGE.plan}`],
    ['plan:offline', ['dev', '--stack-dir', 'x'], 'name an environment or give --stack-dir, not both'],
  ] as const)('%s %j: refused as a CommandLineError with its message', (name, args, message) => {
    const err = thrown(() => PARSERS[name](args));
    // The one error type for a user's mistake: the hostile-input judge counts anything else as a crash.
    expect(err).toBeInstanceOf(CommandLineError);
    expect(err.message).toBe(message);
  });

  it.each([
    [['dev', '--upgrade'], `unknown option "--upgrade"; ${USAGE.lock}`],
    [['dev', '--platform', '-x'], `--platform needs a value, not "-x" (a value that starts with "-" is taken for an option: write --platform=-x if you mean it); ${USAGE.lock}`],
    [['dev', '--platform=-x'], '--platform needs a Terraform platform such as linux_amd64 or darwin_arm64, not "-x"'],
    [['dev', '--net-mirror='], '--net-mirror needs the https:// URL of a provider network mirror, ending in "/", not ""'],
    [['dev', '--fs-mirror', '/', '--fs-mirror', '/no/such/mirror'], `--fs-mirror takes one value, not 2 ("/", "/no/such/mirror"): give it once; ${USAGE.lock}`],
  ])('lock: %j refused as a LockArgsError with its message', (args, message) => {
    const err = thrown(() => parseLockArgs(args));
    expect(err).toBeInstanceOf(LockArgsError);
    expect(ValidationError.isValidationError(err)).toBe(true);
    expect(err.message).toBe(message);
  });

  it('lock: after --, an argument is an environment name, not an option', () => {
    expect(parseLockArgs(['--', '--platform']).environments).toEqual(['--platform']);
  });

  it('simulate --json: a parseArgs refusal is the JSON error document, no trace on stderr', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = simulateCli(['--json', '--calls', '-5'], { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
    expect(code).toBe(1);
    expect(JSON.parse(out.join(''))).toEqual({ error: `simulate: --calls needs a whole number, not "-5" (a value that starts with "-" is taken for an option: write --calls=-5 if you mean it); ${USAGE.simulate}` });
    expect(err.join('')).toBe('');
  });

  it('npm run bench with an unknown option: one line on stderr, exit 1, no stack trace', () => {
    const run = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), 'tools/bench/bench.ts', '--fulll'], { cwd: ROOT, encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr]).toEqual([1, '', `bench: unknown option "--fulll"; ${USAGE.bench}\n`]);
  });
});
