import * as path from 'path';
import { z } from 'zod';
import { sourceKey } from '../constructs/patterns/samples/customer-identification';
import { ValidationError } from '../constructs/validation';
import { EnvironmentConfig, EnvironmentSchema, routesOf } from './schema';

/** One thing wrong with the configuration, in terms a user can act on. */
export interface ConfigProblem {
  /** The environment, by name or, when the name itself is bad, by position. */
  readonly environment: string;
  /** Dotted path of the field, e.g. `backend.bucket`. */
  readonly field: string;
  /** The bad value, already rendered for a message. */
  readonly got: string;
  /** What the field accepts, or how to fix it. */
  readonly allowed: string;
}

/**
 * The configuration cannot be built from: a ValidationError whose problems
 * name the environment and the field. Thrown before anything is synthesized;
 * its message lists every problem, one per line.
 */
export class ConfigError extends ValidationError<ConfigProblem> {
  constructor(problems: readonly ConfigProblem[]) {
    super(
      'configuration',
      problems,
      `Invalid environment configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
  }
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.environment}, field "${p.field}": got ${p.got}; allowed: ${p.allowed}`;
}

/**
 * Validates every definition and fills in the defaults. All problems of all
 * environments are collected first, so one run shows everything to fix.
 * @throws ConfigError
 */
export function loadEnvironments(definitions: readonly unknown[]): EnvironmentConfig[] {
  const problems: ConfigProblem[] = [];
  const configs: EnvironmentConfig[] = [];
  if (definitions.length === 0) {
    throw new ConfigError([
      { environment: 'the environment list', field: '(list)', got: 'no environment', allowed: 'at least one environment definition' },
    ]);
  }
  definitions.forEach((definition, index) => {
    const label = environmentLabel(definition, index);
    // Characters no field may hold are refused first, in one place, whatever the field.
    const unsafe = unsafeTextProblems(definition, label);
    problems.push(...unsafe);
    const result = EnvironmentSchema.safeParse(definition);
    if (result.success) {
      const config = withDefaults(result.data);
      const own = environmentProblems(config, label);
      problems.push(...own);
      if (unsafe.length === 0 && own.length === 0) configs.push(config);
    } else {
      // zod can report one bad value twice (e.g. null for an optional number): each problem is listed once.
      const seen = new Set<string>();
      for (const p of result.error.issues.flatMap((issue) => toProblems(issue, definition, label))) {
        const key = JSON.stringify(p);
        if (!seen.has(key)) problems.push(p);
        seen.add(key);
      }
    }
  });
  problems.push(...crossEnvironmentProblems(configs));
  if (problems.length > 0) throw new ConfigError(problems);
  return configs;
}

function withDefaults(env: z.output<typeof EnvironmentSchema>): EnvironmentConfig {
  const naming = env.naming ?? { prefix: `${env.name}-`, suffix: '' };
  const backend =
    env.backend.type === 'local'
      ? { ...env.backend, path: env.backend.path ?? `terraform.${env.name}.tfstate` }
      : env.backend.type === 's3'
        ? { ...env.backend, key: env.backend.key ?? `genesys-async-workflow/${env.name}.tfstate` }
        : env.backend;
  return Object.freeze({
    ...env,
    preventDestroy: env.preventDestroy ?? env.production,
    naming: Object.freeze(naming),
    backend: Object.freeze(backend),
  });
}

/**
 * Text Terraform or a flow would not take as it is written, in any field:
 * `${` and `%{` (Terraform evaluates them in every string of the synthesized
 * JSON, so `${file(...)}` would read local files at plan time), `{{` and `}}`
 * (the provider's substitutions in a flow's YAML), control
 * characters (NUL, line breaks) and the bidirectional overrides that make a
 * name read differently from what it is.
 */
// Control characters are what the second pattern is for.
/* eslint-disable no-control-regex */
const UNSAFE_TEXT: readonly [RegExp, string][] = [
  [/\$\{|%\{/, 'text without "${" or "%{" (Terraform would evaluate it as a template)'],
  [/\{\{|\}\}/, 'text without "{{" or "}}" (the provider replaces {{...}} in a flow\'s YAML before it publishes)'],
  [/[\u0000-\u001f\u007f]/, 'text without control characters (line breaks, tabs, NUL)'],
  [/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/, 'text without bidirectional overrides (U+202A to U+202E, U+2066 to U+2069)'],
];
/* eslint-enable no-control-regex */

function unsafeTextProblems(definition: unknown, environment: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'string') {
      const rule = UNSAFE_TEXT.find(([re]) => re.test(node));
      if (rule) problems.push({ environment, field: path.join('.') || '(definition)', got: render(node), allowed: rule[1] });
    } else if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...path, i]));
    else if (isRecord(node)) {
      for (const [k, v] of Object.entries(node)) {
        // A key is text too (intents, routes): checked as the field it names.
        const rule = UNSAFE_TEXT.find(([re]) => re.test(k));
        if (rule) problems.push({ environment, field: [...path, k].join('.'), got: `the key ${render(k)}`, allowed: rule[1] });
        else walk(v, [...path, k]);
      }
    }
  };
  walk(definition, []);
  return problems;
}

/** How Genesys Cloud and the stack tell two queue names apart: case and punctuation do not count. */
const queueKey = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_');

/** Problems within one valid environment that no single field shows. */
function environmentProblems(c: EnvironmentConfig, environment: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { aiIntent, customerIdentification } = c.samples;
  // Every queue name the samples use, by the field that names it.
  const queues: [string, string][] = [];
  if (aiIntent) {
    for (const [intent, q] of Object.entries(aiIntent.intents)) queues.push([`samples.aiIntent.intents.${intent}`, q]);
    queues.push(['samples.aiIntent.fallbackQueue', aiIntent.fallbackQueue]);
  }
  if (customerIdentification) {
    const routes = routesOf(customerIdentification);
    for (const [source, q] of Object.entries(routes)) queues.push([`samples.customerIdentification.routes.${source}`, q]);
    queues.push(['samples.customerIdentification.fallbackQueue', customerIdentification.fallbackQueue]);
  }
  const byKey = new Map<string, [string, string]>();
  for (const [field, name] of queues) {
    const first = byKey.get(queueKey(name));
    if (first && first[1] !== name) {
      problems.push({
        environment,
        field,
        got: `${render(name)}, which is ${render(first[1])} (field "${first[0]}") with other case, spaces or punctuation`,
        allowed: 'the same name, written the same way, for the same queue; or a name that differs in letters or digits',
      });
    } else if (!first) byKey.set(queueKey(name), [field, name]);
  }
  // Database sources name their integrations and actions: they must differ in letters or digits too.
  const sources = new Map<string, number>();
  customerIdentification?.databases.forEach((d, i) => {
    const key = sourceKey(d.source);
    const first = sources.get(key);
    if (first !== undefined && customerIdentification.databases[first].source !== d.source) {
      problems.push({
        environment,
        field: `samples.customerIdentification.databases.${i}.source`,
        got: `${render(d.source)}, which is ${render(customerIdentification.databases[first].source)} (databases.${first}) with other case, spaces or punctuation`,
        allowed: 'a source that differs from every other in letters or digits',
      });
    } else if (first === undefined) sources.set(key, i);
  });
  // A peak rate for a sample the environment does not deploy measures nothing.
  for (const sample of Object.keys(c.peakCallsPerMinute ?? {}) as (keyof typeof c.samples)[]) {
    if (!c.samples[sample]) problems.push({ environment, field: `peakCallsPerMinute.${sample}`, got: render(c.peakCallsPerMinute![sample]), allowed: `a rate for a sample the environment deploys (samples.${sample} is not set)` });
  }
  // A phone number routes to one call flow only.
  const dnis = new Map<string, string>();
  for (const [sample, numbers] of [['aiIntent', aiIntent?.dnis ?? []], ['customerIdentification', customerIdentification?.dnis ?? []]] as const) {
    numbers.forEach((n, i) => {
      const field = `samples.${sample}.dnis.${i}`;
      const first = dnis.get(n);
      if (first) problems.push({ environment, field, got: `${render(n)}, already routed by "${first}"`, allowed: 'each number once: a number reaches one call flow' });
      else dnis.set(n, field);
    });
  }
  return problems;
}

/** Problems no single definition shows: collisions between environments. */
function crossEnvironmentProblems(configs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const firstSeen = (key: (c: EnvironmentConfig) => string, shown: (c: EnvironmentConfig) => string, field: string, what: string, fix: string) => {
    const seen = new Map<string, EnvironmentConfig>();
    configs.forEach((c, i) => {
      const k = key(c);
      const other = seen.get(k);
      if (other === undefined) {
        seen.set(k, c);
      } else {
        problems.push({
          environment: other.name === c.name ? `environment #${i + 1} ("${c.name}")` : `environment "${c.name}"`,
          field,
          got: `${shown(c)}, the same ${what} as environment "${other.name}"${other.name === c.name ? ` (#${configs.indexOf(other) + 1})` : ''}`,
          allowed: fix,
        });
      }
    });
  };
  firstSeen((c) => c.name, (c) => render(c.name), 'name', 'name', 'a name no other environment has');
  firstSeen(
    (c) => JSON.stringify([c.naming.prefix, c.naming.suffix]),
    (c) => `prefix ${render(c.naming.prefix)} and suffix ${render(c.naming.suffix)}`,
    'naming',
    'name prefix and suffix',
    'a prefix or suffix no other environment uses, so their objects cannot collide in a shared org',
  );
  firstSeen(stateLocation, (c) => render(stateLocation(c)), 'backend', 'state location', 'a state location of its own: two environments must never share a state');
  return problems;
}

/**
 * Where an environment's state lives, normalised so that two spellings of one
 * place compare equal: a local path as the file system resolves it (`./a` is
 * `a`; case ignored, as on macOS and Windows), an S3 object by bucket and key
 * (a leading or doubled "/" ignored), an HCP Terraform workspace by host,
 * organization and workspace (names are not case-sensitive there).
 */
export function stateLocation(c: Pick<EnvironmentConfig, 'backend'>): string {
  const b = c.backend;
  switch (b.type) {
    case 'local':
      return `local:${path.posix.normalize(b.path.replace(/\\/g, '/')).toLowerCase()}`;
    case 's3':
      return `s3://${b.bucket.toLowerCase()}/${b.key.replace(/\/+/g, '/').replace(/^\//, '')}`;
    case 'cloud':
      return `cloud:${(b.hostname ?? 'app.terraform.io').toLowerCase()}/${b.organization.toLowerCase()}/${b.workspace.toLowerCase()}`;
  }
}

function environmentLabel(definition: unknown, index: number): string {
  const name = isRecord(definition) ? definition.name : undefined;
  return typeof name === 'string' && name.trim() !== ''
    ? `environment "${name}"`
    : `environment #${index + 1} (of the environment list)`;
}

function toProblems(issue: z.ZodIssue, definition: unknown, environment: string): ConfigProblem[] {
  const field = issue.path.join('.') || '(definition)';
  const value = valueAt(definition, issue.path);
  switch (issue.code) {
    case z.ZodIssueCode.unrecognized_keys:
      // The value is not echoed: a misplaced secret must not reach a log.
      return issue.keys.map((key) => {
        const known = knownFields(EnvironmentSchema, definition, issue.path);
        const guess = closest(key, known);
        return {
          environment,
          field: [...issue.path, key].join('.'),
          got: 'a field this schema does not have',
          allowed:
            (guess ? `did you mean "${guess}"? ` : '') +
            (known.length > 0 ? `the fields here are ${known.map((k) => `"${k}"`).join(', ')}` : 'remove it'),
        };
      });
    case z.ZodIssueCode.invalid_union_discriminator:
      return [{ environment, field, got: render(value), allowed: `one of ${issue.options.map((o) => render(o)).join(', ')}` }];
    case z.ZodIssueCode.invalid_type:
      if (issue.path.length === 0) {
        return [{ environment, field, got: render(value), allowed: 'an object with at least "name" and "region"' }];
      }
      return [{ environment, field, got: render(value), allowed: issue.message }];
    default:
      return [{ environment, field, got: render(value), allowed: issue.message }];
  }
}

/** The field names the schema accepts at `path`, following the data through unions. */
function knownFields(schema: z.ZodTypeAny, data: unknown, path: readonly (string | number)[]): string[] {
  let node: z.ZodTypeAny | undefined = schema;
  let value = data;
  for (let i = 0; ; i++) {
    node = unwrap(node, value);
    if (i === path.length || !(node instanceof z.ZodObject)) break;
    node = (node.shape as Record<string, z.ZodTypeAny>)[path[i] as string];
    value = isRecord(value) ? value[path[i] as string] : undefined;
    if (!node) return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(node: z.ZodTypeAny, value: unknown): z.ZodTypeAny {
  for (;;) {
    if (node instanceof z.ZodOptional) node = node.unwrap();
    else if (node instanceof z.ZodDefault) node = node.removeDefault();
    else if (node instanceof z.ZodEffects) node = node.innerType();
    else if (node instanceof z.ZodDiscriminatedUnion) {
      const key = isRecord(value) ? value[node.discriminator] : undefined;
      const option = typeof key === 'string' ? node.optionsMap.get(key) : undefined;
      if (!option) return node;
      node = option;
    } else return node;
  }
}

/** The known name nearest to a misspelt one, if it is near enough to be a typo. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Renders a value for a message: JSON, shortened, and `nothing` for a missing field. */
export function render(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
