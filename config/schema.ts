import { z } from 'zod';
import { holdChecks, MAX_HOLD_CHECKS } from '../constructs/patterns/async-workflow/hold';
import { GENESYS_REGION_NAMES } from './regions';

/*
 * The environment schema. Every check carries, as its message, a description of
 * what is allowed; `load.ts` adds the environment, the field and the bad value,
 * so each problem reads as one complete sentence.
 */

/** Stack name, output directory and `TF_VAR_<name>_...` prefix: shell-safe on purpose. */
export const ENVIRONMENT_NAME_PATTERN = /^[a-z][a-z0-9_]{0,29}$/;
/** Characters Genesys Cloud accepts in every object name the pattern creates. */
export const QUALIFIER_PATTERN = /^[A-Za-z0-9 ._-]{0,20}$/;

/** A string field whose missing, mistyped, empty or blank value all get the same description. */
function text(allowed: string) {
  return z.string({ required_error: allowed, invalid_type_error: allowed }).refine((v) => v.trim() !== '', allowed);
}

function flag(allowed: string) {
  return z.boolean({ required_error: allowed, invalid_type_error: allowed });
}

const ENVIRONMENT_NAME_RULE =
  'lowercase letters, digits and "_", starting with a letter, at most 30 characters, e.g. "dev" ' +
  '(it names the stack, its directory and its TF_VAR_ variables)';
const QUALIFIER_RULE = 'at most 20 letters, digits, spaces, ".", "_" or "-", e.g. "dev-"';

const LocalBackendSchema = z
  .object({
    type: z.literal('local'),
    /**
     * State file, relative to the repository root.
     * @default "terraform.<environment>.tfstate"
     */
    path: text('a file path relative to the repository root, e.g. "terraform.dev.tfstate"')
      .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
        message: 'a file path inside the repository, relative to its root, without ".."',
      })
      .optional(),
  })
  .strict();

const S3BackendSchema = z
  .object({
    type: z.literal('s3'),
    /** Name of an existing S3 bucket that holds the state. */
    bucket: text('the name of an existing S3 bucket (an S3 backend needs one), e.g. "acme-terraform-state"'),
    /**
     * Object key of the state.
     * @default "genesys-async-workflow/<environment>.tfstate"
     */
    key: text('an S3 object key, e.g. "genesys-async-workflow/prod.tfstate"').optional(),
    /** AWS region of the bucket (not the Genesys region). */
    region: z
      .string({
        required_error: 'the AWS region of the bucket, e.g. "eu-west-1"',
        invalid_type_error: 'the AWS region of the bucket, e.g. "eu-west-1"',
      })
      .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'the AWS region of the bucket, e.g. "eu-west-1"'),
    /**
     * Lock the state with an S3 lock file (Terraform 1.10 or later).
     * @default true
     */
    useLockfile: flag('true or false').default(true),
    /**
     * A DynamoDB table for state locking, for Terraform older than 1.10.
     * @default - no DynamoDB locking
     */
    dynamodbTable: text('the name of an existing DynamoDB table, e.g. "terraform-locks"').optional(),
    /**
     * Encrypt the state object at rest.
     * @default true
     */
    encrypt: flag('true or false').default(true),
  })
  .strict();

const CloudBackendSchema = z
  .object({
    type: z.literal('cloud'),
    /** HCP Terraform (or Terraform Enterprise) organization. */
    organization: text('the name of your HCP Terraform organization, e.g. "acme"'),
    /** Workspace that holds this environment's state. */
    workspace: z
      .string({
        required_error: 'a workspace name of letters, digits, "_" or "-", e.g. "genesys-prod"',
        invalid_type_error: 'a workspace name of letters, digits, "_" or "-", e.g. "genesys-prod"',
      })
      .regex(/^[A-Za-z0-9_-]{1,90}$/, 'a workspace name of letters, digits, "_" or "-", e.g. "genesys-prod"'),
    /**
     * Host of HCP Terraform or of your Terraform Enterprise.
     * @default "app.terraform.io"
     */
    hostname: text('a host name, e.g. "app.terraform.io"').optional(),
  })
  .strict();

const BackendSchema = z.discriminatedUnion('type', [LocalBackendSchema, S3BackendSchema, CloudBackendSchema]);

const NamingSchema = z
  .object({
    /** Put in front of every object name, e.g. "dev-" gives "dev-Async Workflow". @default "" */
    prefix: z.string({ invalid_type_error: QUALIFIER_RULE }).regex(QUALIFIER_PATTERN, QUALIFIER_RULE).default(''),
    /** Put after every object name. @default "" */
    suffix: z.string({ invalid_type_error: QUALIFIER_RULE }).regex(QUALIFIER_PATTERN, QUALIFIER_RULE).default(''),
  })
  .strict()
  .refine((n) => n.prefix.trim() !== '' || n.suffix.trim() !== '', {
    message:
      'a non-blank prefix or suffix, so that environments sharing one org cannot collide; ' +
      'leave "naming" out for the default "<environment>-" prefix',
  });

// "#" would cut the query the lookup adds off as a fragment, and "$" would be read as Velocity: neither is allowed.
// Each field's example is one of its own kind: an AI endpoint for the AI, a lookup URL for a database.
const httpsUrl = (example: string) => {
  const rule = `an absolute https:// URL without "#" or "$", e.g. "${example}"`;
  return z.string({ required_error: rule, invalid_type_error: rule }).regex(/^https:\/\/[^\s/#$]+(\/[^\s#$]*)?$/, rule);
};
const JSONPATH_RULE = 'a JSONPath starting with "$", e.g. "$.intent"';
const jsonPath = () => z.string({ invalid_type_error: JSONPATH_RULE }).regex(/^\$/, JSONPATH_RULE);
// A flow names the queue inside an expression string, which holds no double quote or backslash.
const QUEUE_RULE = 'a queue name of 1 to 200 characters, without the environment prefix (it is added), without surrounding spaces, double quotes or backslashes';
const queueName = () =>
  z
    .string({ required_error: QUEUE_RULE, invalid_type_error: QUEUE_RULE })
    .min(1, QUEUE_RULE)
    .max(200, QUEUE_RULE)
    .refine((v) => v.trim() === v && !/["\\]/.test(v), QUEUE_RULE);
const DNIS_RULE = 'a list of E.164 numbers such as ["+3215550100"]';
const dnis = () =>
  z.array(z.string({ invalid_type_error: DNIS_RULE }).regex(/^\+[1-9][0-9]{6,14}$/, DNIS_RULE), { invalid_type_error: DNIS_RULE }).default([]);
const seconds = (min: number, max: number, fallback: number) => {
  const rule = `a whole number of seconds from ${min} to ${max}`;
  return z.number({ invalid_type_error: rule }).int(rule).min(min, rule).max(max, rule).default(fallback);
};
const POLL_RULE = 'a number of seconds from 0.5 to 60, in steps of 0.5';
const pollInterval = (fallback: number) =>
  z.number({ invalid_type_error: POLL_RULE }).min(0.5, POLL_RULE).max(60, POLL_RULE).multipleOf(0.5, POLL_RULE).default(fallback);
const SLOT_RULE = 'a bot flow slot such as "Slot.Utterance"';
const FIRST_CHECK_RULE = 'a number of seconds from 0 to 600, in steps of 0.5';
const firstCheck = (fallback: number) =>
  z.number({ invalid_type_error: FIRST_CHECK_RULE }).min(0, FIRST_CHECK_RULE).max(600, FIRST_CHECK_RULE).multipleOf(0.5, FIRST_CHECK_RULE).default(fallback);
const PEAK_RULE = 'calls a minute, above 0 and at most 100,000';

/** The hold checks at most MAX_HOLD_CHECKS times (a bounded loop): the deadline over the interval must fit. */
function holdFits(c: { pollIntervalSeconds: number; deadlineSeconds: number }, ctx: z.RefinementCtx): void {
  const checks = holdChecks(c.deadlineSeconds, c.pollIntervalSeconds);
  if (checks > MAX_HOLD_CHECKS) {
    ctx.addIssue({
      code: 'custom',
      path: ['deadlineSeconds'],
      message: `a deadline of at most ${MAX_HOLD_CHECKS} poll intervals (${MAX_HOLD_CHECKS * c.pollIntervalSeconds} s at ${c.pollIntervalSeconds} s): the hold checks the status in a bounded loop; poll less often or hold less`,
    });
  }
}

const AiIntentSampleSchema = z
  .object({
    /** The AI service's endpoint, which receives the caller's words. */
    endpoint: httpsUrl('https://ai.example.com/v1/intents'),
    /**
     * Header that carries an API key, e.g. "x-api-key". The key itself comes
     * from the sensitive variable `<env>_ai_api_key`.
     * @default - the service needs no credential
     */
    apiKeyHeader: z.string({ invalid_type_error: 'a header name, e.g. "x-api-key"' }).regex(/^[A-Za-z0-9-]{1,64}$/, 'a header name, e.g. "x-api-key"').optional(),
    /** @default "$.intent" */
    intentPath: jsonPath().optional(),
    /** @default "$.confidence" */
    confidencePath: jsonPath().optional(),
    /** @default 0.5 */
    minConfidence: z.number({ invalid_type_error: 'a number from 0 to 1' }).min(0, 'a number from 0 to 1').max(1, 'a number from 0 to 1').default(0.5),
    /** @default 20 */
    timeoutSeconds: seconds(1, 60, 20),
    /**
     * Name of a bot flow the org already has that asks what the caller needs,
     * instead of the one this app deploys.
     * @default - the app deploys "<prefix>AI Intent Capture<suffix>", a bot flow that asks one open question
     */
    captureBotFlow: text('the name of a bot flow in the org, or leave "captureBotFlow" out to deploy the capture bot of this app').optional(),
    /** The slot of `captureBotFlow` that holds what the caller said. @default "Slot.Utterance" */
    utteranceSlot: z.string({ invalid_type_error: SLOT_RULE }).regex(/^Slot\.[A-Za-z][A-Za-z0-9_]*$/, SLOT_RULE).default('Slot.Utterance'),
    /** Intent to queue name. @default { billing: "Billing", sales: "Sales", support: "Support" } */
    intents: z
      .record(z.string().regex(/^[A-Za-z0-9 _-]{1,64}$/, 'intent names of letters, digits, spaces, "_" or "-"'), queueName(), {
        invalid_type_error: 'an object of intent to queue name, e.g. { billing: "Billing" }',
      })
      .default({ billing: 'Billing', sales: 'Sales', support: 'Support' }),
    /** @default "General" */
    fallbackQueue: queueName().default('General'),
    /**
     * What the caller hears while the AI works: three messages, checked after each.
     * @default - the charity day next Saturday (DEFAULT_EVENT)
     */
    event: z
      .object({
        announcement: text('the text of the first message'),
        hours: text('the text of the second message'),
        activities: text('the text of the third message'),
      })
      .strict()
      .optional(),
    /** @default 3 */
    pollIntervalSeconds: pollInterval(3),
    /** How long after the launch the AI can first have answered: the journey's checks before then are skipped. @default 6 */
    firstCheckAfterSeconds: firstCheck(6),
    /** @default 30 */
    deadlineSeconds: seconds(1, 600, 30),
    /** @default [] */
    dnis: dnis(),
  })
  .strict()
  .superRefine(holdFits);

/** The queue each database source routes to: the configured routes, or "<source> Customers". */
export function routesOf(c: { readonly routes?: Readonly<Record<string, string>>; readonly databases: readonly { readonly source: string }[] }): Readonly<Record<string, string>> {
  return c.routes ?? Object.fromEntries(c.databases.map((d) => [d.source, `${d.source} Customers`]));
}

const DatabaseSchema = z
  .object({
    /** The database's name as the agent sees it. */
    source: z.string({ required_error: 'a name such as "Alpha"' }).regex(/^[A-Za-z][A-Za-z0-9 _-]{0,39}$/, 'a name such as "Alpha" (letters, digits, spaces, "_" or "-")'),
    url: httpsUrl('https://alpha-db.example.com/customers'),
    /** @default "GET" */
    method: z.enum(['GET', 'POST'], { errorMap: () => ({ message: 'one of "GET", "POST"' }) }).default('GET'),
    /** @default "phone" */
    phoneField: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'letters, digits or "_", starting with a letter').optional(),
    /** @default "$.id" */
    customerIdPath: jsonPath().optional(),
    /** @default "$.name" */
    namePath: jsonPath().optional(),
    /**
     * Basic authentication, from the sensitive variables `<env>_db_<source>_user_name` and `_password`.
     * @default false
     */
    basicAuth: flag('true or false').default(false),
    /** @default 10 */
    timeoutSeconds: seconds(1, 60, 10),
    /**
     * The HTTP status with which the database answers "no such customer", e.g. 404: counted as a miss, not a failure.
     * @default - none: the database answers a miss with 2xx and no customer id
     */
    notFoundStatus: z
      .number({ invalid_type_error: 'an HTTP status from 400 to 499, e.g. 404' })
      .int('an HTTP status from 400 to 499, e.g. 404')
      .min(400, 'an HTTP status from 400 to 499, e.g. 404')
      .max(499, 'an HTTP status from 400 to 499, e.g. 404')
      .optional(),
    /**
     * Numbers for `npm run smoke`: one the database knows, one it does not.
     * @default - the database is not smoke-tested
     */
    testNumbers: z
      .object({
        known: z.string().regex(/^(tel:)?\+[1-9][0-9]{6,14}$/, 'an E.164 number such as "+32470000001"'),
        unknown: z.string().regex(/^(tel:)?\+[1-9][0-9]{6,14}$/, 'an E.164 number such as "+32470000002"'),
      })
      .strict()
      .optional(),
  })
  .strict();

const CustomerIdentificationSampleSchema = z
  .object({
    /** @default "sequential" */
    mode: z.enum(['sequential', 'parallel'], { errorMap: () => ({ message: 'one of "sequential", "parallel"' }) }).default('sequential'),
    databases: z.array(DatabaseSchema, { required_error: 'a list of databases', invalid_type_error: 'a list of databases' }).min(1, 'at least one database'),
    /** Source to queue name. @default "<source> Customers" for each database */
    routes: z.record(queueName(), { invalid_type_error: 'an object of source to queue name, e.g. { Alpha: "Alpha Customers" }' }).optional(),
    /** @default "General" */
    fallbackQueue: queueName().default('General'),
    /** @default 0.5 */
    pollIntervalSeconds: pollInterval(0.5),
    /** How long after the launch a database can first have answered: the journey's checks before then are skipped. @default 4 */
    firstCheckAfterSeconds: firstCheck(4),
    /** @default 20 */
    deadlineSeconds: seconds(1, 600, 20),
    /** @default [] */
    dnis: dnis(),
  })
  .strict()
  .superRefine((c, ctx) => {
    holdFits(c, ctx);
    const sources = c.databases.map((d) => d.source);
    sources.forEach((s, i) => {
      if (sources.indexOf(s) !== i) ctx.addIssue({ code: 'custom', path: ['databases', i, 'source'], message: 'a source no other database has' });
    });
    for (const key of Object.keys(c.routes ?? {})) {
      if (!sources.includes(key)) ctx.addIssue({ code: 'custom', path: ['routes', key], message: `a key that is a database source: ${sources.join(', ')}` });
    }
  });

const SamplesSchema = z
  .object({
    /** Sample 1: AI intention recognition. @default - not deployed */
    aiIntent: AiIntentSampleSchema.optional(),
    /** Sample 2: customer identification across databases. @default - not deployed */
    customerIdentification: CustomerIdentificationSampleSchema.optional(),
  })
  .strict();

export type AiIntentSampleConfig = z.output<typeof AiIntentSampleSchema>;
export type CustomerIdentificationSampleConfig = z.output<typeof CustomerIdentificationSampleSchema>;

export const EnvironmentSchema = z
  .object({
    /** The environment's name: the stack name and `cdktf.out/stacks/<name>`. */
    name: z
      .string({ required_error: ENVIRONMENT_NAME_RULE, invalid_type_error: ENVIRONMENT_NAME_RULE })
      .regex(ENVIRONMENT_NAME_PATTERN, ENVIRONMENT_NAME_RULE),
    /**
     * Marks an environment that serves real callers; later checks guard it more tightly.
     * @default false
     */
    production: flag('true or false').default(false),
    /** Genesys Cloud region of the org, as the provider names it (`aws_region`). */
    region: z.enum(GENESYS_REGION_NAMES, {
      errorMap: () => ({ message: `one of the provider's regions: ${GENESYS_REGION_NAMES.join(', ')}` }),
    }),
    /**
     * Qualifier added to every object name, so that dev and prod can share one org.
     * @default { prefix: "<name>-" }
     */
    naming: NamingSchema.optional(),
    /**
     * Name of the Genesys Cloud division that holds the pattern's objects.
     * @default - the org's home division
     */
    division: text('the name of an existing division, or leave "division" out for the home division').optional(),
    /**
     * Where Terraform keeps this environment's state.
     * @default { type: "local", path: "terraform.<name>.tfstate" }
     */
    backend: BackendSchema.default({ type: 'local' }),
    /**
     * Set lifecycle.prevent_destroy on flows, integrations and OAuth clients, so a
     * plan that would delete one fails.
     * @default the value of `production`
     */
    preventDestroy: flag('true or false').optional(),
    /**
     * The expected peak calls a minute through each sample. Synth then checks
     * the deployed flows against every org limit at that rate (as the
     * simulator measures their use): it warns when one would be exceeded,
     * and refuses in a production environment.
     * @default - no capacity check
     */
    peakCallsPerMinute: z
      .object({
        aiIntent: z.number({ invalid_type_error: PEAK_RULE }).positive(PEAK_RULE).max(100_000, PEAK_RULE).optional(),
        customerIdentification: z.number({ invalid_type_error: PEAK_RULE }).positive(PEAK_RULE).max(100_000, PEAK_RULE).optional(),
      })
      .strict()
      .optional(),
    /**
     * Create a read-only role and OAuth client ("<prefix>Terraform Plan<suffix>")
     * for `terraform plan` of pull requests, apart from the client that applies.
     * @default false
     */
    planClient: flag('true or false').default(false),
    /**
     * Whether the queues the samples route to are created by the stack or found by name in the org.
     * @default "create"
     */
    queues: z.enum(['create', 'existing'], { errorMap: () => ({ message: 'one of "create", "existing"' }) }).default('create'),
    /**
     * The samples this environment deploys, with their settings.
     * @default - none
     */
    samples: SamplesSchema.default({}),
  })
  .strict();

/** What an environment definition file writes: optional fields may be left out. */
export type EnvironmentDefinition = z.input<typeof EnvironmentSchema>;

type Parsed = z.output<typeof EnvironmentSchema>;
type WithDefaults<B> = B extends { type: 'local' }
  ? B & { path: string }
  : B extends { type: 's3' }
    ? B & { key: string }
    : B;

/** A validated environment, every default filled in. */
export type EnvironmentConfig = Readonly<
  Omit<Parsed, 'naming' | 'backend' | 'preventDestroy'> & {
    preventDestroy: boolean;
    naming: Readonly<{ prefix: string; suffix: string }>;
    backend: Readonly<WithDefaults<Parsed['backend']>>;
  }
>;

export type BackendConfig = EnvironmentConfig['backend'];
