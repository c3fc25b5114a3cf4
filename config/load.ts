import { z } from 'zod';
import { EnvironmentConfig, EnvironmentSchema } from './schema';

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

/** Thrown before anything is synthesized; its message lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid environment configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ConfigError';
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
    const result = EnvironmentSchema.safeParse(definition);
    if (result.success) {
      configs.push(withDefaults(result.data));
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

/** Problems no single definition shows: collisions between environments. */
function crossEnvironmentProblems(configs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const firstSeen = <K>(key: (c: EnvironmentConfig) => K, field: string, what: string, fix: string) => {
    const seen = new Map<K, EnvironmentConfig>();
    for (const c of configs) {
      const k = key(c);
      const other = seen.get(k);
      if (other === undefined) {
        seen.set(k, c);
      } else {
        problems.push({
          environment: `environment "${c.name}"`,
          field,
          got: `${render(k)}, the same ${what} as environment "${other.name}"`,
          allowed: fix,
        });
      }
    }
  };
  firstSeen((c) => c.name, 'name', 'name', 'a name no other environment has');
  firstSeen(
    (c) => `${c.naming.prefix}\u0000${c.naming.suffix}`,
    'naming',
    'name prefix and suffix',
    'a prefix or suffix no other environment uses, so their objects cannot collide in a shared org',
  );
  firstSeen(stateLocation, 'backend', 'state location', 'a state location of its own: two environments must never share a state');
  return problems;
}

function stateLocation(c: EnvironmentConfig): string {
  const b = c.backend;
  switch (b.type) {
    case 'local':
      return `local:${b.path}`;
    case 's3':
      return `s3://${b.bucket}/${b.key}`;
    case 'cloud':
      return `cloud:${b.hostname ?? 'app.terraform.io'}/${b.organization}/${b.workspace}`;
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
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault) node = node._def.innerType;
    else if (node instanceof z.ZodEffects) node = node._def.schema;
    else if (node instanceof z.ZodDiscriminatedUnion) {
      const option = node.optionsMap.get(isRecord(value) ? (value[node.discriminator] as never) : undefined);
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
