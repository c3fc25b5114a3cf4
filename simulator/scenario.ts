/**
 * A scenario: the world a simulated call meets. Shipped as JSON in
 * scenarios/, and checked against a schema when it is loaded, so a wrong
 * field gives a sentence naming it, never a TypeError or a NaN.
 */
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { ValidationError } from '../constructs/validation';
import { DEFAULT_LIMITS, Limits } from '../constructs/capacity/limits';
import { Distribution } from './random';

const MAX_SECONDS = 3600;
const seconds = (what: string) => z.number({ invalid_type_error: what, required_error: what }).finite(what).min(0, what).max(MAX_SECONDS, what);
const share = () => z.number({ invalid_type_error: 'a share from 0 to 1', required_error: 'a share from 0 to 1' }).min(0, 'a share from 0 to 1').max(1, 'a share from 0 to 1');
const DISTRIBUTION_RULE = `a distribution of seconds up to ${MAX_SECONDS}: {"fixed": s}, {"uniform": [a, b]} with a <= b, or {"median": m, "p95": p} with 0 < m <= p`;

const DistributionSchema: z.ZodType<Distribution> = z.union(
  [
    z.object({ fixed: seconds(DISTRIBUTION_RULE) }).strict(),
    z
      .object({ uniform: z.tuple([seconds(DISTRIBUTION_RULE), seconds(DISTRIBUTION_RULE)]) })
      .strict()
      .refine((d) => d.uniform[0] <= d.uniform[1], DISTRIBUTION_RULE),
    z
      .object({ median: seconds(DISTRIBUTION_RULE).refine((m) => m > 0, DISTRIBUTION_RULE), p95: seconds(DISTRIBUTION_RULE) })
      .strict()
      .refine((d) => d.p95 >= d.median, DISTRIBUTION_RULE),
  ],
  { errorMap: () => ({ message: DISTRIBUTION_RULE }) },
);

const ServiceSchema = {
  latency: DistributionSchema,
  /** Share of calls answered with HTTP 500. @default 0 */
  errorRate: share().optional(),
};

const count = () => z.number({ invalid_type_error: 'a whole number of at least 1' }).int('a whole number of at least 1').min(1, 'a whole number of at least 1');

const sumsToAtMostOne = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) <= 1 + 1e-9;

const ScenarioSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and "-", as the file is named'),
    description: z.string().max(500, 'at most 500 characters'),
    /** Which sample of the environment runs. */
    sample: z.enum(['aiIntent', 'customerIdentification'], { errorMap: () => ({ message: 'one of "aiIntent", "customerIdentification"' }) }),
    /** The environment whose configuration builds the flows. @default the first listed environment that deploys `sample` */
    environment: z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, 'the name of an environment').optional(),
    /** Sample 2 only: also report these identification modes side by side (the environment's own mode reuses the main run). @default - none */
    modes: z.array(z.enum(['sequential', 'parallel'], { errorMap: () => ({ message: 'one of "sequential", "parallel"' }) })).max(2).optional(),
    /** @default 1000 */
    calls: z.number().int('a whole number of calls from 1 to 100,000').min(1, 'a whole number of calls from 1 to 100,000').max(100_000, 'a whole number of calls from 1 to 100,000').optional(),
    /** Arrival rate for the capacity figures. @default 60 */
    callsPerMinute: z.number().gt(0, 'a rate above 0 and at most 100,000 calls a minute').max(100_000, 'a rate above 0 and at most 100,000 calls a minute').optional(),
    /** @default 1 */
    seed: z.number().int('a whole number from 0 to 4294967295').min(0, 'a whole number from 0 to 4294967295').max(0xffffffff, 'a whole number from 0 to 4294967295').optional(),
    /** How long a participant data write takes to reach a reader. @default 0.5 */
    propagationSeconds: seconds('seconds from 0 to 3600').optional(),
    /** From the launch answering to the workflow's first action. */
    workflowStartSeconds: DistributionSchema,
    speech: z
      .object({
        /** How long text-to-speech takes per word. */
        secondsPerWord: z.number().gt(0, 'seconds above 0 and at most 5').max(5, 'seconds above 0 and at most 5'),
        /** If set, the journey's messages are scaled to last this long in total. */
        journeySeconds: seconds('seconds from 0 to 3600').optional(),
      })
      .strict(),
    caller: z
      .object({
        /** How long the bot flow takes to capture the request (sample 1). */
        captureSeconds: DistributionSchema,
        utterance: z.string().max(1000, 'at most 1,000 characters'),
        /** The calling number as the flow receives it, a `tel:` URI, e.g. "tel:+32470123456". */
        // Genesys Cloud hands a call flow a tel: URI, never the bare number: a scenario that gave one would make a flow that sends Call.Ani raw look right.
        ani: z.string().regex(/^tel:\+[1-9][0-9]{6,14}$/, 'the calling number as a call flow receives it, a tel: URI such as "tel:+32470123456"'),
        /** Share of callers who say nothing the bot can capture: the slot comes back NOT_SET. @default 0 */
        noUtteranceRate: share().optional(),
        /** Share of callers whose number is withheld, anonymous or SIP (no E.164 form; see WITHHELD_ANIS). @default 0 */
        withheldRate: share().optional(),
      })
      .strict(),
    /** The Platform API, as data actions and Set Conversation Data reach it. */
    platform: z
      .object({
        ...ServiceSchema,
        /** Share of workflow launches that fail, besides `errorRate`. @default 0 */
        launchErrorRate: share().optional(),
        /** Share of status reads (the call flow's checkpoints) that fail, besides `errorRate`: a read-only fault. @default 0 */
        readErrorRate: share().optional(),
        /** How long a status read takes, where reads are slower than the rest of the Platform API. @default latency */
        readLatency: DistributionSchema.optional(),
      })
      .strict(),
    /** The AI service (sample 1). */
    ai: z
      .object({
        ...ServiceSchema,
        /** Intent to probability; "" is an answer without an intent. */
        intents: z.record(share()).refine((r) => sumsToAtMostOne(Object.values(r)), 'probabilities that add up to at most 1'),
        confidence: DistributionSchema,
        /** Share of answers with an intent and `"confidence": null`. @default 0 */
        nullConfidenceRate: share().optional(),
      })
      .strict()
      .optional(),
    /** Customer databases by source (sample 2). */
    databases: z
      .record(
        z
          .object({
            ...ServiceSchema,
            /** Share of numbers this database knows. */
            hitRate: share(),
            /** The database answers a miss with this HTTP status (e.g. 404) instead of 2xx without a customer. @default - 2xx */
            missStatus: z.number().int('an HTTP status from 400 to 599').min(400, 'an HTTP status from 400 to 599').max(599, 'an HTTP status from 400 to 599').optional(),
          })
          .strict(),
      )
      .refine((r) => sumsToAtMostOne(Object.values(r).map((d) => d.hitRate)), 'hit rates that add up to at most 1: a number is known to one database at most')
      .optional(),
    /** Org limits (constructs/capacity/limits.ts explains each). @default DEFAULT_LIMITS */
    limits: z
      .object({
        /** Data action executions at once. @default 50 */
        concurrent: count().optional(),
        /** Data action executions a minute. @default 2500 */
        perMinute: count().optional(),
        /** Platform API requests a minute of the integration's OAuth client. @default { strict: 300, pooled: 900 } */
        clientRequestsPerMinute: z.object({ strict: count(), pooled: count() }).strict().optional(),
        /** Workflow launches a minute. @default 6000 */
        launchesPerMinute: count().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.sample === 'aiIntent' && !s.ai) ctx.addIssue({ code: 'custom', path: ['ai'], message: 'the AI service, which sample "aiIntent" calls' });
    if (s.sample === 'customerIdentification' && !s.databases) ctx.addIssue({ code: 'custom', path: ['databases'], message: 'the databases, which sample "customerIdentification" asks' });
  });

export type Scenario = z.infer<typeof ScenarioSchema>;

/** The scenario's limits, the defaults filled in. */
export function limitsOf(s: Pick<Scenario, 'limits'>): Limits {
  const l = s.limits ?? {};
  return {
    dataActionConcurrency: l.concurrent ?? DEFAULT_LIMITS.dataActionConcurrency,
    dataActionsPerMinute: l.perMinute ?? DEFAULT_LIMITS.dataActionsPerMinute,
    clientRequestsPerMinute: l.clientRequestsPerMinute ?? DEFAULT_LIMITS.clientRequestsPerMinute,
    launchesPerMinute: l.launchesPerMinute ?? DEFAULT_LIMITS.launchesPerMinute,
  };
}

/** A scenario file that does not fit the schema: one line per problem, naming the field. */
export class ScenarioError extends ValidationError {
  constructor(
    readonly source: string,
    problems: readonly string[],
  ) {
    super(source, problems, `${source} is not a valid scenario:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Checks a parsed scenario; `source` names it in messages. @throws ScenarioError */
export function parseScenario(value: unknown, source: string): Scenario {
  const result = ScenarioSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const field = i.path.join('.') || '(the whole file)';
    if (i.code === 'unrecognized_keys') return `field "${[...i.path, ...i.keys].join('.')}": this schema has no such field`;
    if (i.code === 'invalid_type' && i.received === 'undefined') return `field "${field}": missing; allowed: ${i.message === 'Required' ? 'a value (see simulator/scenario.ts)' : i.message}`;
    const got = valueAt(value, i.path);
    return `field "${field}": got ${JSON.stringify(got)?.slice(0, 60) ?? 'nothing'}; allowed: ${i.message}`;
  });
  throw new ScenarioError(source, [...new Set(problems)]);
}

function valueAt(root: unknown, p: readonly (string | number)[]): unknown {
  let node = root;
  for (const k of p) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[k] : undefined;
  return node;
}

export const SCENARIO_DIR = path.join(__dirname, 'scenarios');

export function scenarioNames(): string[] {
  return fs
    .readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** A shipped scenario by name: only the names in simulator/scenarios/ are taken, so no path can reach another file. */
export function loadScenario(name: string): Scenario {
  const names = scenarioNames();
  if (!names.includes(name)) {
    const problem = `there is no scenario ${JSON.stringify(name)}; the scenarios are ${names.join(', ')} (in simulator/scenarios/)`;
    throw new ValidationError('scenario', [problem], problem);
  }
  const file = path.join(SCENARIO_DIR, `${name}.json`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ScenarioError(`simulator/scenarios/${name}.json`, [`it is not JSON: ${(err as Error).message}`]);
  }
  const scenario = parseScenario(json, `simulator/scenarios/${name}.json`);
  if (scenario.name !== name) throw new ScenarioError(`simulator/scenarios/${name}.json`, [`field "name": got ${JSON.stringify(scenario.name)}; allowed: "${name}", the file's own name`]);
  return scenario;
}
