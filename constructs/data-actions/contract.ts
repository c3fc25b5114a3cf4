/**
 * Data action contracts: JSON Schema written as TypeScript objects, checked
 * at synth time as valid draft-04 JSON Schema (ajv's validator for the
 * draft-04 meta-schema, generated ahead: `npm run contracts:generate`) and against the rules
 * Genesys Cloud applies when the action is saved.
 */
import validateDraft04 from './generated/draft-04-meta-schema';

export const CONTRACT_SCHEMA_DIALECT = 'http://json-schema.org/draft-04/schema#';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** The part of JSON Schema that contracts use. */
export interface JsonSchema {
  readonly type?: JsonType | readonly JsonType[];
  readonly title?: string;
  readonly description?: string;
  readonly properties?: { readonly [name: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly [keyword: string]: unknown;
}

/** Input properties are flat: Architect passes each one as a single value. */
export type InputType = 'string' | 'integer' | 'number' | 'boolean';
export const INPUT_TYPES: readonly InputType[] = ['string', 'integer', 'number', 'boolean'];

export interface InputContract extends JsonSchema {
  readonly type: 'object';
  readonly properties: { readonly [name: string]: JsonSchema & { readonly type: InputType } };
}

export interface OutputContract extends JsonSchema {
  readonly type: 'object';
  readonly properties: { readonly [name: string]: JsonSchema };
}

/** Input names Genesys Cloud uses itself. */
export const RESERVED_INPUT_NAMES: readonly string[] = ['orgId', 'integrationId', 'rawRequest'];
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The contract as the provider receives it: the draft named, keys in a stable order. */
export function serializeContract(contract: JsonSchema): string {
  return JSON.stringify({ $schema: CONTRACT_SCHEMA_DIALECT, ...contract });
}

/** Problems with a contract, each a sentence that names the property and the fix. Empty when it is fine. */
export function contractProblems(kind: 'input' | 'output', contract: JsonSchema | undefined): string[] {
  const label = `${kind} contract`;
  if (contract === undefined || contract === null || typeof contract !== 'object') {
    return [`${label} is missing: give a JSON Schema object such as { type: 'object', properties: { ... } }`];
  }
  const problems: string[] = [];
  if (!validateDraft04({ $schema: CONTRACT_SCHEMA_DIALECT, ...contract })) {
    for (const e of validateDraft04.errors ?? []) {
      problems.push(`${label} is not valid JSON Schema (draft-04): ${e.instancePath || '(top)'} ${e.message}`);
    }
  }
  if (contract.type !== 'object') {
    problems.push(`${label} must have type "object" at the top, not ${JSON.stringify(contract.type)}`);
  }
  const props = (contract.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of Object.keys(props)) {
    if (!PROPERTY_NAME.test(name)) {
      problems.push(`${label} property "${name}" must start with a letter and hold only letters, digits or "_"`);
    }
  }
  for (const r of (contract.required ?? []) as string[]) {
    if (!(r in props)) problems.push(`${label} requires "${r}", which it does not define under properties`);
  }
  if (kind === 'input') {
    for (const [name, schema] of Object.entries(props)) {
      if (RESERVED_INPUT_NAMES.includes(name)) {
        problems.push(`input contract property "${name}" is reserved by Genesys Cloud (${RESERVED_INPUT_NAMES.join(', ')}): rename it`);
      }
      if (typeof schema.type !== 'string' || !INPUT_TYPES.includes(schema.type as InputType)) {
        problems.push(
          `input contract property "${name}" has type ${JSON.stringify(schema.type)}; inputs must be flat, of type ${INPUT_TYPES.join(', ')}`,
        );
      }
    }
  } else {
    problems.push(...outputShapeProblems(contract, 'output contract'));
  }
  return problems;
}

function typesOf(s: JsonSchema | undefined): readonly string[] {
  if (!s || s.type === undefined) return [];
  return typeof s.type === 'string' ? [s.type] : (s.type as readonly string[]);
}

/** Output contracts allow no `$ref` and no array directly inside an array. */
function outputShapeProblems(schema: JsonSchema, where: string): string[] {
  const problems: string[] = [];
  if ('$ref' in schema) problems.push(`${where} uses "$ref", which output contracts do not support: write the schema out`);
  if (typesOf(schema).includes('array') && typesOf(schema.items).includes('array')) {
    problems.push(`${where} is an array of arrays, which output contracts do not support: wrap the inner array in an object`);
  }
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    problems.push(...outputShapeProblems(child, `${where} property "${name}"`));
  }
  if (schema.items) problems.push(...outputShapeProblems(schema.items, `${where} items`));
  return problems;
}
