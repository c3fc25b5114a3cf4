import { z } from 'zod';
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

/** A string field whose missing, mistyped or empty value all get the same description. */
function text(allowed: string) {
  return z.string({ required_error: allowed, invalid_type_error: allowed }).min(1, allowed);
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

export const BACKEND_TYPES = ['local', 's3', 'cloud'] as const;

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
  Omit<Parsed, 'naming' | 'backend'> & {
    naming: Readonly<{ prefix: string; suffix: string }>;
    backend: Readonly<WithDefaults<Parsed['backend']>>;
  }
>;

export type BackendConfig = EnvironmentConfig['backend'];
