import * as fs from 'fs';
import * as path from 'path';
import { diffTrees, GENERATED_DIR, generateInto, SCHEMA_FILE, schemaVersion } from '../tools/provider/generate';
import { rmTemp, tempDir } from './helpers/synth';

const ROOT = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('@cdktf/provider-genesyscloud', () => {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));

  it('commits the schema of mypurecloud/genesyscloud 1.84.1 as its input', () => {
    expect(schemaVersion(schema, 'the committed schema')).toBe('1.84.1');
    const provider = schema.provider_schemas['registry.terraform.io/mypurecloud/genesyscloud'];
    expect(Object.keys(provider.resource_schemas)).toHaveLength(143);
    expect(Object.keys(provider.data_source_schemas)).toHaveLength(114);
  });

  it('is exactly what the generator makes of the committed schema', async () => {
    const dir = tempDir('provider-regen-');
    try {
      await generateInto(path.join(dir, 'src'), schema);
      expect(diffTrees(GENERATED_DIR, path.join(dir, 'src'))).toEqual([]);
    } finally {
      rmTemp(dir);
    }
  });

  it('agrees on the provider version in the package, the root dependency and cdktf.json', () => {
    expect(readJson('packages/provider-genesyscloud/package.json').version).toBe('1.84.1');
    expect(readJson('package.json').dependencies['@cdktf/provider-genesyscloud']).toBe('1.84.1');
    expect(readJson('cdktf.json').terraformProviders).toEqual(['mypurecloud/genesyscloud@1.84.1']);
  });

  it('resolves through node_modules as a package, one resource per module', () => {
    const resolved = require.resolve('@cdktf/provider-genesyscloud/lib/flow');
    // The workspace package (a copy of the repository sharing node_modules resolves to the original's).
    expect(fs.realpathSync(resolved).endsWith(path.join('', 'packages', 'provider-genesyscloud', 'lib', 'flow', 'index.js'))).toBe(true);
    expect(fs.realpathSync(resolved)).not.toContain(`${path.sep}node_modules${path.sep}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Flow } = require('@cdktf/provider-genesyscloud/lib/flow');
    expect(Flow.tfResourceType).toBe('genesyscloud_flow');
  });

  it('also exposes every resource through the package root, as namespaces', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const root = require('@cdktf/provider-genesyscloud');
    expect(root.integrationAction.IntegrationAction.tfResourceType).toBe('genesyscloud_integration_action');
  });

  describe('the generator input check', () => {
    it('refuses a file that is not a provider schema', () => {
      expect(() => schemaVersion({ hello: 1 }, 'x.json')).toThrow('x.json is not the output of "terraform providers schema -json"');
    });

    it('refuses a schema of another provider', () => {
      expect(() => schemaVersion({ provider_schemas: { 'registry.terraform.io/hashicorp/aws': {} } }, 'aws.json')).toThrow(
        'aws.json has no schema for registry.terraform.io/mypurecloud/genesyscloud (it has: registry.terraform.io/hashicorp/aws)',
      );
    });

    it('refuses a schema that does not say its version', () => {
      expect(() => schemaVersion({ provider_schemas: { 'registry.terraform.io/mypurecloud/genesyscloud': {} } }, 's.json')).toThrow(
        'does not say which provider version it describes',
      );
    });
  });
});

describe('hand-written code', () => {
  const handWritten = ['main.ts', 'config', 'constructs', 'stacks']
    .flatMap((p) => {
      const full = path.join(ROOT, p);
      if (!fs.existsSync(full)) return [];
      if (fs.statSync(full).isFile()) return [p];
      return (fs.readdirSync(full, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(p, f));
    })
    .map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

  it('exists to be checked', () => {
    expect(handWritten.map((f) => f.file)).toEqual(expect.arrayContaining(['main.ts', path.join('stacks', 'environment-stack.ts')]));
  });

  it('never writes its own resource classes for provider types', () => {
    const offenders = handWritten.filter(({ text }) =>
      /extends\s+(cdktf\.)?Terraform(Resource|DataSource|Provider)\b|new\s+(cdktf\.)?Terraform(Resource|DataSource)\s*\(/.test(text),
    );
    expect(offenders.map((o) => o.file)).toEqual([]);
  });

  it('imports provider bindings only from @cdktf/provider-genesyscloud', () => {
    const offenders = handWritten.filter(({ text }) => /from\s+['"][^'"]*(packages\/provider-genesyscloud|\.gen\/)/.test(text));
    expect(offenders.map((o) => o.file)).toEqual([]);
  });
});
