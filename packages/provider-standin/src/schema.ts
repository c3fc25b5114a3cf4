/**
 * The provider schema the stand-in serves: read from the JSON that
 * `terraform providers schema -json` writes (committed in
 * @cdktf/provider-genesyscloud) and turned into protocol 6 messages.
 */
import * as fs from 'fs';
import { CtyType } from './cty';

export const PROVIDER_ADDRESS = 'registry.terraform.io/mypurecloud/genesyscloud';

export interface JsonAttribute {
  type?: CtyType;
  nested_type?: { attributes: Record<string, JsonAttribute>; nesting_mode: NestingName };
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  description?: string;
}

type NestingName = 'single' | 'list' | 'set' | 'map' | 'group';

export interface JsonBlockType {
  nesting_mode: NestingName;
  block: JsonBlock;
  min_items?: number;
  max_items?: number;
}

export interface JsonBlock {
  attributes?: Record<string, JsonAttribute>;
  block_types?: Record<string, JsonBlockType>;
  description?: string;
  deprecated?: boolean;
}

export interface JsonSchema {
  version: number;
  block: JsonBlock;
}

export interface ProviderSchemas {
  provider: JsonSchema;
  resources: Record<string, JsonSchema>;
  dataSources: Record<string, JsonSchema>;
}

/** Where the generated bindings keep their input schema. */
export function defaultSchemaFile(): string {
  return require.resolve('@cdktf/provider-genesyscloud/schema/provider-schema.json');
}

export function loadSchemas(file = defaultSchemaFile()): ProviderSchemas {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const p = json?.provider_schemas?.[PROVIDER_ADDRESS];
  if (!p) throw new Error(`${file} holds no schema for ${PROVIDER_ADDRESS}`);
  return { provider: p.provider, resources: p.resource_schemas ?? {}, dataSources: p.data_source_schemas ?? {} };
}

const BLOCK_NESTING = { single: 1, list: 2, set: 3, map: 4, group: 5 } as const;
const OBJECT_NESTING = { single: 1, list: 2, set: 3, map: 4 } as const;

/** Attribute and block names are sorted: Terraform does not care, tests and diffs do. */
const sorted = <T>(rec: Record<string, T> | undefined) => Object.entries(rec ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function attributeMessage(name: string, a: JsonAttribute): object {
  return {
    name,
    type: a.type === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(a.type)),
    nested_type: a.nested_type
      ? {
          attributes: sorted(a.nested_type.attributes).map(([n, na]) => attributeMessage(n, na)),
          nesting: OBJECT_NESTING[a.nested_type.nesting_mode as keyof typeof OBJECT_NESTING],
        }
      : undefined,
    description: a.description ?? '',
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    deprecated: !!a.deprecated,
  };
}

function blockMessage(b: JsonBlock, version = 0): object {
  return {
    version,
    attributes: sorted(b.attributes).map(([n, a]) => attributeMessage(n, a)),
    block_types: sorted(b.block_types).map(([n, bt]) => ({
      type_name: n,
      block: blockMessage(bt.block),
      nesting: BLOCK_NESTING[bt.nesting_mode],
      min_items: bt.min_items ?? 0,
      max_items: bt.max_items ?? 0,
    })),
    description: b.description ?? '',
    deprecated: !!b.deprecated,
  };
}

/** A protocol 6 `Schema` message (as a plain object for @grpc/proto-loader). */
export function schemaMessage(s: JsonSchema): object {
  return { version: s.version ?? 0, block: blockMessage(s.block, s.version ?? 0) };
}
