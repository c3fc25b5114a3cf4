import * as fs from 'fs';
import * as path from 'path';
import { CDKTN_GENERATOR_VERSION, diffTrees, GENERATED_DIR, generateInto, GENERATORS, parseGenerateArgs, recordedGenerator, SCHEMA_FILE, schemaVersion, toCdktfImports } from '../tools/provider/generate';
import { CommandLineError } from '../tools/cli/args';
import { rmTemp, tempDir } from './helpers/synth';

const ROOT = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const schema = () => JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));

describe('@cdktf/provider-genesyscloud', () => {
  const committedSchema = schema();

  it('commits the schema of mypurecloud/genesyscloud 1.84.1 as its input', () => {
    expect(schemaVersion(committedSchema, 'the committed schema')).toBe('1.84.1');
    const provider = committedSchema.provider_schemas['registry.terraform.io/mypurecloud/genesyscloud'];
    expect(Object.keys(provider.resource_schemas)).toHaveLength(143);
    expect(Object.keys(provider.data_source_schemas)).toHaveLength(114);
  });

  it('is exactly what the generator makes of the committed schema', async () => {
    const dir = tempDir('provider-regen-');
    try {
      await generateInto(path.join(dir, 'src'), committedSchema);
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

describe('regenerating with either generator', () => {
  it('records which generator wrote the committed bindings: cdktf', () => {
    expect(recordedGenerator()).toBe('cdktf');
    expect(readJson('packages/provider-genesyscloud/package.json').cdktf.generator).toBe('cdktf');
  });

  it("turns the fork's imports of 'cdktn' into imports of 'cdktf', and nothing else", () => {
    const fork = [
      "// generated by cdktn get",
      "import { Construct } from 'constructs';",
      "import * as cdktn from 'cdktn';",
      "import * as cdktn from \"cdktn\";",
      'const docs = "https://cdktn.io/docs/concepts/resources#references"; // from \'cdktn\';',
      'export class Flow extends cdktn.TerraformResource {}',
    ].join('\n');
    expect(toCdktfImports(fork).split('\n')).toEqual([
      '// generated by cdktn get',
      "import { Construct } from 'constructs';",
      "import * as cdktn from 'cdktf';",
      "import * as cdktn from 'cdktf';",
      'const docs = "https://cdktn.io/docs/concepts/resources#references"; // from \'cdktn\';',
      'export class Flow extends cdktn.TerraformResource {}',
    ]);
    // The committed code, from cdktf's generator, is left as it is.
    const committed = fs.readFileSync(path.join(GENERATED_DIR, 'flow', 'index.ts'), 'utf8');
    expect(toCdktfImports(committed)).toBe(committed);
  });

  const forkInstalled = (() => {
    try {
      require.resolve(GENERATORS.cdktn);
      return true;
    } catch {
      return false;
    }
  })();
  // Where the fork's generator is installed (npm run check:cdktn installs it in its copy), this cannot be shown.
  const describeWithoutFork: jest.Describe = forkInstalled ? describe.skip : describe;
  describeWithoutFork("without the fork's generator", () => {
    it('says how to install it when it is asked for', async () => {
      await expect(generateInto(path.join(tempDir('provider-fork-'), 'never-written'), schema(), 'cdktn')).rejects.toThrow(
        `--generator cdktn needs @cdktn/provider-generator, which the project does not install: npm install --no-save @cdktn/provider-generator@${CDKTN_GENERATOR_VERSION} (docs/cdktn.md)`,
      );
    });
  });

  it.each([
    [['--generator', 'cdktx'], '--generator needs cdktf or cdktn, not "cdktx"'],
    [['--generator'], '--generator needs cdktf or cdktn, not nothing'],
    [['--version', '1.84'], '--version needs a provider version such as 1.84.1, not "1.84"'],
    [['--check', '--schema', 'x.json'], '--check regenerates from the committed schema: give it alone'],
    [['--schema', 'x.json', '--version', '1.84.1'], 'give --schema or --version, not both'],
    [['--fix'], 'unknown option "--fix"'],
    // Empty, it would silently mean "ask Terraform and the registry".
    [['--schema', ''], '--schema needs a file, the output of terraform providers schema -json, not ""'],
  ])('refuses %j, naming the option', (args, message) => {
    expect(() => parseGenerateArgs(args)).toThrow(message);
    expect(() => parseGenerateArgs(args)).toThrow(CommandLineError);
  });

  it('takes a generator, and a check with either', () => {
    expect(parseGenerateArgs(['--check', '--generator=cdktn'])).toEqual({ check: true, generator: 'cdktn', schema: undefined, version: undefined });
    expect(parseGenerateArgs(['--schema', 's.json'])).toEqual({ check: false, generator: undefined, schema: 's.json', version: undefined });
  });
});
