import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, DEFAULT_ENVIRONMENTS } from '../config';
import { runSynth, synthEnvironments } from '../stacks/app';
import { rmTemp, tempDir, VALID } from './helpers/synth';

const ROOT = path.resolve(__dirname, '..');

describe('synthEnvironments', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmTemp(dir));

  const out = () => path.join(dir, 'cdktf.out');
  const leftovers = () => fs.readdirSync(dir).filter((f) => f !== 'cdktf.out');

  it('writes one stack directory per environment, and a manifest', () => {
    const result = synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    expect(Object.keys(result.stackFiles)).toEqual(['dev', 'prod']);
    for (const env of ['dev', 'prod']) {
      const json = JSON.parse(fs.readFileSync(path.join(out(), 'stacks', env, 'cdk.tf.json'), 'utf8'));
      expect(json['//'].metadata.stackName).toBe(env);
    }
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(out(), 'manifest.json'), 'utf8')).stacks)).toEqual(['dev', 'prod']);
    expect(leftovers()).toEqual([]);
  });

  it('writes nothing at all when the configuration is bad, and leaves the last good output alone', () => {
    synthEnvironments([VALID], out());
    const before = fs.readFileSync(path.join(out(), 'stacks', 'test', 'cdk.tf.json'), 'utf8');
    expect(() => synthEnvironments([VALID, { ...VALID, name: 'other', region: 'nowhere' }], out())).toThrow(ConfigError);
    expect(fs.readdirSync(path.join(out(), 'stacks'))).toEqual(['test']);
    expect(fs.readFileSync(path.join(out(), 'stacks', 'test', 'cdk.tf.json'), 'utf8')).toBe(before);
    expect(leftovers()).toEqual([]);
  });

  it('creates no output directory for a bad configuration on a fresh checkout', () => {
    expect(() => synthEnvironments([{ ...VALID, region: 'nowhere' }], out())).toThrow(ConfigError);
    expect(fs.existsSync(out())).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('drops the stack of an environment that was removed', () => {
    synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    synthEnvironments([DEFAULT_ENVIRONMENTS[0]], out());
    expect(fs.readdirSync(path.join(out(), 'stacks'))).toEqual(['dev']);
  });

  it('is deterministic: the same config gives the same bytes', () => {
    synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    const first = fs.readFileSync(path.join(out(), 'stacks', 'prod', 'cdk.tf.json'), 'utf8');
    synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    expect(fs.readFileSync(path.join(out(), 'stacks', 'prod', 'cdk.tf.json'), 'utf8')).toBe(first);
    expect(first).not.toContain(ROOT); // no machine-specific absolute paths
  });

  it('changes only the stack of the environment whose sample settings changed', () => {
    synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    const read = (env: string) => fs.readFileSync(path.join(out(), 'stacks', env, 'cdk.tf.json'), 'utf8');
    const [dev0, prod0] = [read('dev'), read('prod')];
    const [devDef, prodDef] = DEFAULT_ENVIRONMENTS;
    const changed = { ...devDef, samples: { ...devDef.samples, aiIntent: { ...devDef.samples!.aiIntent!, endpoint: 'https://ai2.dev.example.com/v1' } } };
    synthEnvironments([changed, prodDef], out());
    expect(read('dev')).not.toBe(dev0);
    expect(read('dev')).toContain('https://ai2.dev.example.com/v1');
    expect(read('prod')).toBe(prod0);
  });

  it('changes only the stack of the environment whose config changed', () => {
    synthEnvironments(DEFAULT_ENVIRONMENTS, out());
    const read = (env: string) => fs.readFileSync(path.join(out(), 'stacks', env, 'cdk.tf.json'), 'utf8');
    const [dev0, prod0] = [read('dev'), read('prod')];
    synthEnvironments([{ ...DEFAULT_ENVIRONMENTS[0], region: 'us-east-1' }, DEFAULT_ENVIRONMENTS[1]], out());
    expect(read('dev')).not.toBe(dev0);
    expect(read('prod')).toBe(prod0);
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
    expect(lines.join('\n')).toMatch(/^Invalid environment configuration \(1 problem\):\n  - environment "test", field "region": got "nowhere"/);
    expect(lines.join('\n')).not.toContain('    at ');
  });

  it('lists each stack file it wrote', () => {
    const lines: string[] = [];
    expect(runSynth([VALID], path.join(dir, 'out'), { log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual([`synthesized test: ${path.relative(process.cwd(), path.join(dir, 'out', 'stacks', 'test', 'cdk.tf.json'))}`]);
  });
});

describe('the app, run as `npm run synth` runs it', () => {
  it('synthesizes dev and prod with no credentials and no network', () => {
    const dir = tempDir();
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: path.join(dir, 'cdktf.out') };
      delete env.GENESYSCLOUD_OAUTHCLIENT_ID;
      delete env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
      const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'main.ts'], { cwd: ROOT, env, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(fs.existsSync(path.join(dir, 'cdktf.out', 'stacks', 'dev', 'cdk.tf.json'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'cdktf.out', 'stacks', 'prod', 'cdk.tf.json'))).toBe(true);
    } finally {
      rmTemp(dir);
    }
  });
});
