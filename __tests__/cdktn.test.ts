/**
 * The switch to CDK Terrain (docs/cdktn.md) and the comparison `npm run
 * check:cdktn` makes of the two runtimes' output. The check itself needs the
 * npm registry, so it runs in CI (the cdktn job), never here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CDKTN_VERSION, parseCheckArgs, switchToCdktn } from '../tools/cdktn/check';
import { compareOutputs } from '../tools/cdktn/compare';
import { CommandLineError } from '../tools/cli/args';
import { rmTemp, tempDir } from './helpers/synth';

const ROOT = path.resolve(__dirname, '..');

/** A synthesized output with `version` as the runtime's version, changed by `change`. */
function output(dir: string, version: string, change: (files: Record<string, string>) => void = () => {}): string {
  const stack = {
    '//': { metadata: { backend: 's3', stackName: 'dev', version }, outputs: {} },
    terraform: { required_providers: { genesyscloud: { source: 'mypurecloud/genesyscloud', version: '1.84.1' } } },
    resource: { genesyscloud_flow: { f: { depends_on: ['genesyscloud_integration_action.a'], filepath: 'assets/Yaml/ABC/flow.yaml' } } },
  };
  const files: Record<string, string> = {
    'manifest.json': `${JSON.stringify({ version, stacks: { dev: { name: 'dev' } } }, null, 2)}\n`,
    'stacks/dev/cdk.tf.json': JSON.stringify(stack, null, 2),
    'stacks/dev/assets/Yaml/ABC/flow.yaml': 'inboundCall:\n  name: dev-Flow\n',
  };
  change(files);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('comparing the output of cdktf and CDK Terrain', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('cdktn-compare-')));
  afterEach(() => rmTemp(dir));
  const pair = (change: (files: Record<string, string>) => void = () => {}) => compareOutputs(output(path.join(dir, 'a'), '0.21.0'), output(path.join(dir, 'b'), CDKTN_VERSION, change));

  it('ignores the version metadata, and only it', () => {
    const r = pair();
    expect(r.differences).toEqual([]);
    expect(r.files).toBe(3);
    expect(r.ignored).toEqual(['manifest.json version: "0.21.0" -> "0.24.0"', 'stacks/dev/cdk.tf.json //.metadata.version: "0.21.0" -> "0.24.0"']);
  });

  it.each<[string, (files: Record<string, string>) => void, RegExp]>([
    ['a changed asset', (f) => (f['stacks/dev/assets/Yaml/ABC/flow.yaml'] += '  description: x\n'), /^stacks\/dev\/assets\/Yaml\/ABC\/flow\.yaml: the content differs \(line 3/],
    ['a missing file', (f) => delete f['stacks/dev/assets/Yaml/ABC/flow.yaml'], /^stacks\/dev\/assets\/Yaml\/ABC\/flow\.yaml: only in .*\/a$/],
    ['another provider version', (f) => (f['stacks/dev/cdk.tf.json'] = f['stacks/dev/cdk.tf.json'].replace('1.84.1', '1.85.0')), /^stacks\/dev\/cdk\.tf\.json: the content or the key order differs/],
    ['another key order', (f) => {
      const { resource, ...rest } = JSON.parse(f['stacks/dev/cdk.tf.json']);
      f['stacks/dev/cdk.tf.json'] = JSON.stringify({ resource, ...rest }, null, 2);
    }, /^stacks\/dev\/cdk\.tf\.json: the content or the key order differs/],
    ['an empty list written another way', (f) => (f['stacks/dev/cdk.tf.json'] = f['stacks/dev/cdk.tf.json'].replace('"outputs": {}', '"outputs": {\n    }')), /^stacks\/dev\/cdk\.tf\.json: the same content, written differently \(line \d+: " {4}\\"outputs\\": \{\}" \/ " {4}\\"outputs\\": \{"\)$/],
    ['a stack that is not JSON', (f) => (f['stacks/dev/cdk.tf.json'] = '{'), /^stacks\/dev\/cdk\.tf\.json: is not JSON on both sides/],
  ])('reports %s', (_what, change, message) => {
    expect(pair(change).differences).toEqual([expect.stringMatching(message)]);
  });
});

describe('the switch', () => {
  it('makes cdktf the npm alias of the fork, and nothing else', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const before = JSON.parse(JSON.stringify(pkg));
    switchToCdktn(pkg);
    expect(pkg.dependencies.cdktf).toBe(`npm:cdktn@${CDKTN_VERSION}`);
    expect({ ...pkg, dependencies: { ...pkg.dependencies, cdktf: before.dependencies.cdktf } }).toEqual(before);
    expect(() => switchToCdktn({ dependencies: {} })).toThrow('package.json has no dependency on cdktf to switch');
  });

  it('needs nothing else of the checkout: both runtimes accept its constructs, the bindings accept both', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    // cdktf 0.21 takes constructs ^10.4.2, CDK Terrain 0.24 >=10.6.0 <10.8.0.
    expect(pkg.dependencies.constructs).toMatch(/^10\.[67]\.\d+$/);
    // cdktf 0.21 by default; the fork's alias in a switched checkout (npm run check:cdktn runs this suite there too).
    expect(['0.21.0', `npm:cdktn@${CDKTN_VERSION}`]).toContain(pkg.dependencies.cdktf);
    const bindings = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/provider-genesyscloud/package.json'), 'utf8'));
    expect(bindings.peerDependencies.cdktf).toBe(`0.21.0 || ${CDKTN_VERSION}`);
  });

  it.each([[['--fast']], [['--keep=yes']], [['extra']]])('npm run check:cdktn refuses %j, naming it', (args) => {
    expect(() => parseCheckArgs(args)).toThrow(CommandLineError);
    expect(() => parseCheckArgs(args)).toThrow('usage: npm run check:cdktn [-- --keep] [--skip-tests]');
  });

  it('takes --keep and --skip-tests', () => {
    expect(parseCheckArgs([])).toEqual({ keep: false, skipTests: false });
    expect(parseCheckArgs(['--keep', '--skip-tests'])).toEqual({ keep: true, skipTests: true });
  });
});
