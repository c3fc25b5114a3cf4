/**
 * Regenerates `@cdktf/provider-genesyscloud` (packages/provider-genesyscloud)
 * with @cdktf/provider-generator, or CDK Terrain's @cdktn/provider-generator.
 *
 *   npm run provider:generate -- --schema <file>     from a `terraform providers schema -json` file
 *   npm run provider:generate                        from Terraform and the public registry
 *   npm run provider:generate -- --version 1.85.0    the same, for another provider version
 *   npm run provider:generate -- --check             exit 1 if the committed code differs from its schema
 *   ... --generator cdktf|cdktn                      which generator (default: the one the package records)
 *
 * The schema is committed beside the generated code as the generator's input,
 * so that the code can always be regenerated, and checked, offline. The
 * package records which generator wrote it (`cdktf.generator`), so `--check`
 * runs that one. The fork's generator writes `from 'cdktn'`; the imports are
 * rewritten to `'cdktf'`, the one name the project imports, which resolves to
 * cdktf or, through the npm alias, to the fork (docs/cdktn.md).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as CdktfGenerator from '@cdktf/provider-generator';
import { CommandLineError, parseCommandLine } from '../cli/args';
import { ValidationError } from '../../constructs/validation';

/** The generators that can write the bindings, by the runtime they come with. */
export const GENERATORS = { cdktf: '@cdktf/provider-generator', cdktn: '@cdktn/provider-generator' } as const;
export type Generator = keyof typeof GENERATORS;
/** The fork's generator is no dependency of the project: installed on demand, at this version (docs/cdktn.md). */
export const CDKTN_GENERATOR_VERSION = '0.24.0';

export const PROVIDER_SOURCE = 'registry.terraform.io/mypurecloud/genesyscloud';
export const PACKAGE_DIR = path.resolve(__dirname, '../../packages/provider-genesyscloud');
export const GENERATED_DIR = path.join(PACKAGE_DIR, 'src');
export const SCHEMA_FILE = path.join(PACKAGE_DIR, 'schema', 'provider-schema.json');
const ROOT = path.resolve(__dirname, '../..');

interface ProviderSchemaFile {
  format_version: string;
  provider_schemas: Record<string, unknown>;
  provider_versions?: Record<string, string>;
}

/** A schema that is not what the generator needs: the user's input, so a ValidationError (its message alone, no stack trace). */
const schemaError = (origin: string, problem: string) => new ValidationError(origin, [problem], problem);

/** Checks that a parsed file is a genesyscloud provider schema and returns its version. */
export function schemaVersion(schema: unknown, origin: string): string {
  const s = schema as Partial<ProviderSchemaFile>;
  if (typeof s !== 'object' || s === null || typeof s.provider_schemas !== 'object' || s.provider_schemas === null) {
    throw schemaError(origin, `${origin} is not the output of "terraform providers schema -json": it has no "provider_schemas".`);
  }
  if (!(PROVIDER_SOURCE in s.provider_schemas)) {
    throw schemaError(
      origin,
      `${origin} has no schema for ${PROVIDER_SOURCE} (it has: ${Object.keys(s.provider_schemas).join(', ') || 'none'}).`,
    );
  }
  const version = s.provider_versions?.[PROVIDER_SOURCE];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw schemaError(
      origin,
      `${origin} does not say which provider version it describes: add "provider_versions": {"${PROVIDER_SOURCE}": "<x.y.z>"}.`,
    );
  }
  return version;
}

/** Writes the bindings for `schema` into `targetDir` (the package's `src/`), with `generator`. */
export async function generateInto(targetDir: string, schema: unknown, generator: Generator = recordedGenerator()): Promise<void> {
  // @cdktf/commons runs `terraform version` as it loads; a TF_CLI_CONFIG_FILE that
  // names a missing file only makes Terraform print a warning, so it is dropped here.
  const cliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (cliConfig && !fs.existsSync(cliConfig)) delete process.env.TF_CLI_CONFIG_FILE;
  const { generateProviderBindingsFromSchema } = loadGenerator(generator);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-gen-'));
  try {
    await generateProviderBindingsFromSchema(scratch, schema as never);
    const produced = path.join(scratch, 'providers', 'genesyscloud');
    if (!fs.existsSync(path.join(produced, 'provider', 'index.ts'))) {
      throw new Error('the generator wrote no genesyscloud provider; is the schema complete?');
    }
    if (generator === 'cdktn') {
      for (const file of fs.readdirSync(produced, { recursive: true }) as string[]) {
        const full = path.join(produced, file);
        if (file.endsWith('.ts') && fs.statSync(full).isFile()) fs.writeFileSync(full, toCdktfImports(fs.readFileSync(full, 'utf8')));
      }
    }
    fs.rmSync(targetDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(targetDir), { recursive: true });
    fs.cpSync(produced, targetDir, { recursive: true });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The generator module, loaded only now (a development dependency, heavy to load); the fork's, when it is installed. */
function loadGenerator(generator: Generator): typeof CdktfGenerator {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, and one of two modules
    return require(GENERATORS[generator]) as typeof CdktfGenerator;
  } catch (err) {
    if ((err as { code?: string }).code !== 'MODULE_NOT_FOUND' || generator !== 'cdktn') throw err;
    throw new CommandLineError(`--generator cdktn needs ${GENERATORS.cdktn}, which the project does not install: npm install --no-save ${GENERATORS.cdktn}@${CDKTN_GENERATOR_VERSION} (docs/cdktn.md)`);
  }
}

/**
 * The fork's generated code with its imports of 'cdktn' turned into imports of
 * 'cdktf': the local namespace keeps its name, only the module specifier changes.
 */
export function toCdktfImports(source: string): string {
  return source.replace(/^(import \* as [A-Za-z_$][\w$]* from )(['"])cdktn\2;/gm, "$1'cdktf';");
}

/** The generator that wrote the committed bindings, as the package records it. */
export function recordedGenerator(): Generator {
  const recorded = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')).cdktf?.generator ?? 'cdktf';
  if (!(recorded in GENERATORS)) throw new Error(`packages/provider-genesyscloud/package.json records generator ${JSON.stringify(recorded)}: use one of ${Object.keys(GENERATORS).join(', ')}`);
  return recorded as Generator;
}

/** Paths (relative) whose content differs between two generated trees. */
export function diffTrees(a: string, b: string): string[] {
  const list = (dir: string) =>
    (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
  const fa = list(a);
  const fb = list(b);
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => {
    const pa = path.join(a, f);
    const pb = path.join(b, f);
    return !fs.existsSync(pa) || !fs.existsSync(pb) || !fs.readFileSync(pa).equals(fs.readFileSync(pb));
  });
}

/** Asks Terraform for the schema of `version`: needs `terraform` and the public registry. */
export function schemaFromTerraform(version: string): string {
  const probe = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error('terraform is not on PATH. Install Terraform, or pass --schema <file> with the output of "terraform providers schema -json".');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-schema-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'main.tf.json'),
      JSON.stringify({ terraform: { required_providers: { genesyscloud: { source: 'mypurecloud/genesyscloud', version } } } }),
    );
    const init = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], { cwd: dir, encoding: 'utf8' });
    if (init.status !== 0) {
      throw new Error(
        `terraform init could not install mypurecloud/genesyscloud ${version} (is the registry reachable?):\n${init.stderr || init.stdout}\n` +
          'Offline, pass --schema <file> instead.',
      );
    }
    return execFileSync('terraform', ['providers', 'schema', '-json'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Points the package, the root dependency and cdktf.json at `version`, and records the generator. */
function recordVersion(version: string, generator: Generator): void {
  const editJson = (file: string, edit: (j: any) => void) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    edit(json);
    fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  };
  editJson(path.join(PACKAGE_DIR, 'package.json'), (p) => {
    p.version = version;
    p.cdktf.providerVersion = version;
    p.cdktf.generator = generator;
  });
  editJson(path.join(ROOT, 'package.json'), (p) => {
    p.dependencies['@cdktf/provider-genesyscloud'] = version;
  });
  editJson(path.join(ROOT, 'cdktf.json'), (c) => {
    c.terraformProviders = [`mypurecloud/genesyscloud@${version}`];
  });
}

const USAGE = 'usage: npm run provider:generate [-- --schema <file> | --version <x.y.z> | --check] [--generator cdktf|cdktn]';

/** The command line, every mistake named. */
export function parseGenerateArgs(args: readonly string[]): { readonly schema?: string; readonly version?: string; readonly check: boolean; readonly generator?: Generator } {
  const { values } = parseCommandLine(args, {
    usage: USAGE,
    options: {
      schema: { type: 'string', needs: 'a file, the output of terraform providers schema -json' },
      version: { type: 'string', needs: 'a provider version such as 1.84.1' },
      check: { type: 'boolean' },
      generator: { type: 'string', needs: 'cdktf or cdktn' },
    },
  });
  if (values.version !== undefined && !/^\d+\.\d+\.\d+$/.test(values.version)) throw new CommandLineError(`--version needs a provider version such as 1.84.1, not ${JSON.stringify(values.version)}`);
  if (values.generator !== undefined && !(values.generator in GENERATORS)) throw new CommandLineError(`--generator needs cdktf or cdktn, not ${JSON.stringify(values.generator)}`);
  if (values.schema !== undefined && values.schema.trim() === '') throw new CommandLineError(`--schema needs a file, the output of terraform providers schema -json, not ""; ${USAGE}`);
  if (values.check && (values.schema !== undefined || values.version !== undefined)) throw new CommandLineError('--check regenerates from the committed schema: give it alone (with --generator, if you like)');
  if (values.schema !== undefined && values.version !== undefined) throw new CommandLineError('give --schema or --version, not both');
  return { schema: values.schema, version: values.version, check: values.check ?? false, generator: values.generator as Generator | undefined };
}

async function main(argv: string[]): Promise<number> {
  const args = parseGenerateArgs(argv);
  const generator = args.generator ?? recordedGenerator();

  if (args.check) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-check-'));
    try {
      await generateInto(path.join(scratch, 'src'), JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')), generator);
      const diff = diffTrees(GENERATED_DIR, path.join(scratch, 'src'));
      if (diff.length > 0) {
        console.error(`${diff.length} generated file(s) differ from what ${GENERATORS[generator]} makes of their schema, e.g. ${diff.slice(0, 5).join(', ')}. Run npm run provider:generate -- --schema ${path.relative(ROOT, SCHEMA_FILE)}.`);
        return 1;
      }
      console.log(`generated bindings match what ${GENERATORS[generator]} makes of their committed schema`);
      return 0;
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }

  const schemaPath = args.schema;
  let text: string;
  let origin: string;
  if (schemaPath) {
    origin = schemaPath;
    if (!fs.existsSync(schemaPath) || !fs.statSync(schemaPath).isFile()) throw new CommandLineError(`--schema ${JSON.stringify(schemaPath)}: no such file.`);
    text = fs.readFileSync(schemaPath, 'utf8');
  } else {
    const cdktf = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdktf.json'), 'utf8'));
    const pinned = String(cdktf.terraformProviders?.[0] ?? '').split('@')[1];
    const version = args.version ?? pinned;
    origin = `terraform providers schema (mypurecloud/genesyscloud ${version})`;
    text = schemaFromTerraform(version);
  }
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (e) {
    throw schemaError(origin, `${origin} is not JSON: ${(e as Error).message}`);
  }
  const version = schemaVersion(schema, origin);

  await generateInto(GENERATED_DIR, schema, generator);
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  // Kept byte for byte as it came: it is the generator's input, not ours to reformat.
  if (!schemaPath || path.resolve(schemaPath) !== SCHEMA_FILE) fs.writeFileSync(SCHEMA_FILE, text);
  recordVersion(version, generator);
  console.log(`generated @cdktf/provider-genesyscloud for mypurecloud/genesyscloud ${version} from ${origin}, with ${GENERATORS[generator]}`);
  execFileSync('npm', ['run', 'build', '--workspace', '@cdktf/provider-genesyscloud'], { cwd: ROOT, stdio: 'inherit' });
  console.log('compiled. If the version changed, run "npm install" to refresh package-lock.json.');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: Error) => {
      // A mistake of the user's is its message; anything else keeps its stack trace.
      console.error(ValidationError.isValidationError(err) ? `provider:generate: ${err.message}` : err);
      process.exit(1);
    },
  );
}
