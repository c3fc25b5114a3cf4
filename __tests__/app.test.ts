import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, DEFAULT_ENVIRONMENTS, EnvironmentDefinition } from '../config';
import { runSynth, synthCli, synthEnvironments } from '../stacks/app';
import { rmTemp, tempDir, VALID } from './helpers/synth';
import { SEQUENTIAL } from './fixtures/environments';
import { runTs } from './helpers/run-ts';

const ROOT = path.resolve(__dirname, '..');

const NAMES = DEFAULT_ENVIRONMENTS.map((e) => e.name);

/** Two environments of one app, made here so the tests hold whatever the configuration lists. */
const ONE: EnvironmentDefinition = { ...SEQUENTIAL, name: 'one', naming: { prefix: 'one-' }, backend: { type: 'local', path: 'one.tfstate' } };
const TWO: EnvironmentDefinition = { ...SEQUENTIAL, name: 'two', region: 'eu-central-1', naming: { prefix: 'two-' }, backend: { type: 'local', path: 'two.tfstate' } };

describe('synthEnvironments', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmTemp(dir));

  const out = () => path.join(dir, 'cdktf.out');
  const leftovers = () => fs.readdirSync(dir).filter((f) => f !== 'cdktf.out');
  const read = (env: string) => fs.readFileSync(path.join(out(), 'stacks', env, 'cdk.tf.json'), 'utf8');
  const manifestStacks = () => Object.keys(JSON.parse(fs.readFileSync(path.join(out(), 'manifest.json'), 'utf8')).stacks);

  it('writes one stack directory per listed environment, in the order of the list, and a manifest', () => {
    const result = synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    expect(Object.keys(result.stackFiles)).toEqual(NAMES);
    for (const env of NAMES) expect(JSON.parse(read(env))['//'].metadata.stackName).toBe(env);
    expect(manifestStacks().sort()).toEqual([...NAMES].sort());
    expect(leftovers()).toEqual([]);
  });

  it('writes nothing at all when the configuration is bad, and leaves the last good output alone', () => {
    synthEnvironments([VALID], out());
    const before = read('test');
    expect(() => synthEnvironments([VALID, { ...VALID, name: 'other', region: 'nowhere' }], out())).toThrow(ConfigError);
    expect(fs.readdirSync(path.join(out(), 'stacks'))).toEqual(['test']);
    expect(read('test')).toBe(before);
    expect(leftovers()).toEqual([]);
  });

  it('creates no output directory for a bad configuration on a fresh checkout', () => {
    expect(() => synthEnvironments([{ ...VALID, region: 'nowhere' }], out())).toThrow(ConfigError);
    expect(fs.existsSync(out())).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('drops the stack of an environment that was removed', () => {
    synthEnvironments([ONE, TWO], out());
    synthEnvironments([ONE], out());
    expect(fs.readdirSync(path.join(out(), 'stacks'))).toEqual(['one']);
    expect(manifestStacks()).toEqual(['one']);
  });

  it('is deterministic: the same config gives the same bytes', () => {
    synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    const first = NAMES.map(read);
    synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    expect(NAMES.map(read)).toEqual(first);
    for (const json of first) expect(json).not.toContain(ROOT); // no machine-specific absolute paths
  });

  it('changes only the stack of the environment whose sample settings changed', () => {
    synthEnvironments([ONE, TWO], out());
    const [one0, two0] = [read('one'), read('two')];
    const changed = { ...ONE, samples: { ...ONE.samples, aiIntent: { ...ONE.samples!.aiIntent!, endpoint: 'https://ai2.dev.example.com/v1' } } };
    synthEnvironments([changed, TWO], out());
    expect(read('one')).not.toBe(one0);
    expect(read('one')).toContain('https://ai2.dev.example.com/v1');
    expect(read('two')).toBe(two0);
  });

  it('changes only the stack of the environment whose config changed', () => {
    synthEnvironments([ONE, TWO], out());
    const [one0, two0] = [read('one'), read('two')];
    synthEnvironments([{ ...ONE, region: 'us-east-1' }, TWO], out());
    expect(read('one')).not.toBe(one0);
    expect(read('two')).toBe(two0);
  });
});

describe('synthEnvironments, for some environments only', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmTemp(dir));

  const out = () => path.join(dir, 'cdktf.out');
  const stackDir = (env: string) => path.join(out(), 'stacks', env);
  const read = (env: string) => fs.readFileSync(path.join(stackDir(env), 'cdk.tf.json'), 'utf8');

  it('writes only the named stacks and leaves the others, and their manifest entries, untouched', () => {
    synthEnvironments([ONE, TWO], out());
    const two0 = read('two');
    const mtime = fs.statSync(path.join(stackDir('two'), 'cdk.tf.json')).mtimeMs;
    const result = synthEnvironments([{ ...ONE, region: 'us-east-1' }, { ...TWO, region: 'us-west-2' }], out(), { only: ['one'] });
    expect(Object.keys(result.stackFiles)).toEqual(['one']);
    expect(read('one')).toContain('us-east-1');
    expect(read('two')).toBe(two0);
    expect(fs.statSync(path.join(stackDir('two'), 'cdk.tf.json')).mtimeMs).toBe(mtime);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(out(), 'manifest.json'), 'utf8')).stacks).sort()).toEqual(['one', 'two']);
    expect(fs.readdirSync(dir)).toEqual(['cdktf.out']);
  });

  it('synthesizes a good environment while another one is broken', () => {
    const broken = { ...TWO, region: 'nowhere' };
    expect(() => synthEnvironments([ONE, broken], out())).toThrow(ConfigError);
    expect(Object.keys(synthEnvironments([ONE, broken], out(), { only: ['one'] }).stackFiles)).toEqual(['one']);
    expect(fs.readdirSync(path.join(out(), 'stacks'))).toEqual(['one']);
  });

  it('still refuses a collision with an environment it does not synthesize', () => {
    const sameState = { ...TWO, backend: ONE.backend };
    expect(() => synthEnvironments([ONE, sameState], out(), { only: ['one'] })).toThrow(/field "backend": got "local:one.tfstate", the same state location as environment "one"/);
    expect(fs.existsSync(out())).toBe(false);
  });

  it.each([
    [['three'], 'got "three"; allowed: an environment the configuration lists: "one", "two"'],
    [['one', 'One '], 'got "One "; allowed: an environment the configuration lists'],
    [[], 'got no name; allowed: one or more of "one", "two"'],
  ])('refuses %j, naming the environments it knows, before writing anything', (only, message) => {
    expect(() => synthEnvironments([ONE, TWO], out(), { only })).toThrow(message);
    expect(fs.existsSync(out())).toBe(false);
  });
});

describe('a re-synth keeps Terraform\'s working state in a stack directory', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmTemp(dir));

  it.each([
    ['a full synth', undefined],
    ['a synth of that environment', ['one']],
  ])('%s keeps .terraform/, the lock file, a saved plan and local state, and replaces the generated files', (_what, only) => {
    const out = path.join(dir, 'cdktf.out');
    synthEnvironments([ONE, TWO], out);
    const stack = path.join(out, 'stacks', 'one');
    const kept = {
      '.terraform/providers/marker': 'provider',
      '.terraform.lock.hcl': '# lock',
      'plan.bin': 'saved plan',
      'terraform.tfstate': '{}',
    };
    for (const [file, text] of Object.entries(kept)) {
      fs.mkdirSync(path.dirname(path.join(stack, file)), { recursive: true });
      fs.writeFileSync(path.join(stack, file), text);
    }
    const stale = path.join(stack, 'assets', 'stale-asset');
    fs.mkdirSync(path.dirname(stale), { recursive: true });
    fs.writeFileSync(stale, 'old');
    synthEnvironments([{ ...ONE, region: 'us-east-1' }, TWO], out, only ? { only } : {});
    for (const [file, text] of Object.entries(kept)) expect([file, fs.readFileSync(path.join(stack, file), 'utf8')]).toEqual([file, text]);
    expect(fs.readFileSync(path.join(stack, 'cdk.tf.json'), 'utf8')).toContain('us-east-1');
    expect(fs.existsSync(stale)).toBe(false);
  });
});

describe('runSynth', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmTemp(dir));

  it('prints the configuration problems and exits 1, without a stack trace', () => {
    const lines: string[] = [];
    const code = runSynth([{ ...VALID, region: 'nowhere' }], path.join(dir, 'out'), { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/^Invalid environment configuration \(1 problem\):\n {2}- environment "test", field "region": got "nowhere"/);
    expect(lines.join('\n')).not.toContain('    at ');
  });

  it('lets a bug surface with its stack trace, though token traces are not taken during synth; and leaves both hooks as they were', () => {
    const prepare = Error.prepareStackTrace;
    const capture = Error.captureStackTrace;
    function aBugInACustomization(): never {
      throw new TypeError('a bug');
    }
    let caught: unknown;
    try {
      synthEnvironments([VALID], path.join(dir, 'out'), { customize: () => aBugInACustomization() });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect((caught as Error).stack).toMatch(/^TypeError: a bug\n\s+at aBugInACustomization/);
    expect([Error.prepareStackTrace, Error.captureStackTrace]).toEqual([prepare, capture]);
    // Error.captureStackTrace works again after synth.
    const o: { stack?: string } = {};
    Error.captureStackTrace(o);
    expect(o.stack).toMatch(/\n\s+at /);
  });

  it('lists each stack file it wrote', () => {
    const lines: string[] = [];
    expect(runSynth([VALID], path.join(dir, 'out'), { log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual([`synthesized test: ${path.relative(process.cwd(), path.join(dir, 'out', 'stacks', 'test', 'cdk.tf.json'))}`]);
  });
});

describe('the app, run as `npm run synth` runs it', () => {
  it('synthesizes every listed environment with no credentials and no network', () => {
    const dir = tempDir();
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: path.join(dir, 'cdktf.out') };
      delete env.GENESYSCLOUD_OAUTHCLIENT_ID;
      delete env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
      const run = runTs('main.ts', [], { cwd: ROOT, env });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      // The shipped environments give no guardrail warning (prod's declared peak among them).
      expect(run.stdout).not.toMatch(/^warning/m);
      for (const env of NAMES) expect([env, fs.existsSync(path.join(dir, 'cdktf.out', 'stacks', env, 'cdk.tf.json'))]).toEqual([env, true]);
    } finally {
      rmTemp(dir);
    }
  });

  it('runs synthCli with the command line, writing only the named environment', () => {
    const dir = tempDir();
    try {
      const run = runTs('main.ts', [NAMES[0]], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: path.join(dir, 'cdktf.out') } });
      expect(run.status).toBe(0);
      expect(fs.readdirSync(path.join(dir, 'cdktf.out', 'stacks'))).toEqual([NAMES[0]]);
    } finally {
      rmTemp(dir);
    }
  });
});

describe('synthCli', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmTemp(dir));

  it.each([
    [['no-such-environment'], /field "environments": got "no-such-environment"; allowed: an environment the configuration lists: "one", "two"/],
    [['--all'], /^synth: unknown option "--all"; usage: npm run synth \[-- <environment>\.\.\.\]/],
    [['one', '-x'], /^synth: unknown option "-x"/],
  ])('refuses %j with a message and exit code 1, writing nothing', (args, message) => {
    const lines: string[] = [];
    const code = synthCli(args, [ONE, TWO], path.join(dir, 'cdktf.out'), { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(message);
    expect(fs.existsSync(path.join(dir, 'cdktf.out'))).toBe(false);
  });

  it('synthesizes the named environments only, and says which', () => {
    const lines: string[] = [];
    expect(synthCli(['two'], [ONE, TWO], path.join(dir, 'cdktf.out'), { log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^synthesized two: /)]);
    expect(fs.readdirSync(path.join(dir, 'cdktf.out', 'stacks'))).toEqual(['two']);
  });
});
