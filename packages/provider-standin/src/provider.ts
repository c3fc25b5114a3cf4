/**
 * What the stand-in answers, as plain functions of decoded requests, so that
 * they can be tested without gRPC. It knows the schema and nothing else: no
 * provider-side validation, no API, no network.
 */
import { createHash } from 'crypto';
import { CtyType, decodeValue, encodeValue, fromJson, isRecord, placeholder, UNKNOWN, Value } from './cty';
import { JsonBlock, JsonSchema, ProviderSchemas, schemaMessage } from './schema';

interface DynamicValue {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}

export interface Diagnostic {
  severity: 1 | 2;
  summary: string;
  detail: string;
}

const error = (summary: string, detail: string): Diagnostic => ({ severity: 1, summary, detail });

function dynamic(value: Value): DynamicValue {
  return { msgpack: encodeValue(value) };
}

function read(dv: DynamicValue | undefined | null): Value {
  if (!dv) return null;
  if (dv.msgpack && dv.msgpack.length > 0) return decodeValue(dv.msgpack);
  if (dv.json && dv.json.length > 0) return JSON.parse(Buffer.from(dv.json).toString('utf8')) as Value;
  return null;
}

/**
 * For a create, every computed attribute that is still null in the proposed
 * state becomes unknown ("known after apply"), in nested blocks too, as a real
 * provider's plan would show it.
 */
export function markComputedUnknown(block: JsonBlock, value: Value): Value {
  if (!isRecord(value)) return value;
  const out: { [k: string]: Value } = { ...value };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.computed && (out[name] === null || out[name] === undefined)) out[name] = UNKNOWN;
  }
  for (const [name, bt] of Object.entries(block.block_types ?? {})) {
    const nested = out[name];
    if (Array.isArray(nested)) out[name] = nested.map((e) => markComputedUnknown(bt.block, e));
    else if (bt.nesting_mode === 'map' && isRecord(nested)) {
      out[name] = Object.fromEntries(Object.entries(nested).map(([k, e]) => [k, markComputedUnknown(bt.block, e)]));
    } else if (isRecord(nested)) out[name] = markComputedUnknown(bt.block, nested);
  }
  return out;
}

/** Fills a data source's unset computed attributes with deterministic placeholders. */
export function fillComputed(typeName: string, block: JsonBlock, config: Value): Value {
  if (!isRecord(config)) return config;
  const digest = createHash('sha256').update(typeName).update(stableJson(config)).digest('hex');
  const out: { [k: string]: Value } = { ...config };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.computed && (out[name] === null || out[name] === undefined)) {
      const label = name === 'id' ? `standin-${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}` : `standin-${name}`;
      out[name] = placeholder(attr.type as CtyType, label);
    }
  }
  return out;
}

function stableJson(v: Value): string {
  return JSON.stringify(v, (_k, x) => {
    if (typeof x === 'bigint') return x.toString();
    if (x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Uint8Array)) {
      return Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]]));
    }
    return x;
  });
}

/** Converts a JSON state object to a cty value of the block's type. */
export function stateFromJson(block: JsonBlock, json: unknown): Value {
  if (json === null || typeof json !== 'object') return null;
  const src = json as Record<string, unknown>;
  const out: { [k: string]: Value } = {};
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    out[name] = fromJson(src[name], attr.type as CtyType);
  }
  for (const [name, bt] of Object.entries(block.block_types ?? {})) {
    const v = src[name];
    if (bt.nesting_mode === 'single' || bt.nesting_mode === 'group') out[name] = stateFromJson(bt.block, v);
    else if (bt.nesting_mode === 'map') {
      out[name] = Object.fromEntries(Object.entries((v as object) ?? {}).map(([k, e]) => [k, stateFromJson(bt.block, e)]));
    } else out[name] = ((v as unknown[]) ?? []).map((e) => stateFromJson(bt.block, e));
  }
  return out;
}

export class StandInProvider {
  private readonly schemaResponse: object;

  constructor(private readonly schemas: ProviderSchemas) {
    this.schemaResponse = {
      provider: schemaMessage(schemas.provider),
      resource_schemas: Object.fromEntries(Object.entries(schemas.resources).map(([n, s]) => [n, schemaMessage(s)])),
      data_source_schemas: Object.fromEntries(Object.entries(schemas.dataSources).map(([n, s]) => [n, schemaMessage(s)])),
      diagnostics: [],
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
    };
  }

  private resource(typeName: string): JsonSchema | Diagnostic {
    return this.schemas.resources[typeName] ?? error('Unknown resource type', `The genesyscloud provider has no resource type "${typeName}".`);
  }

  private dataSource(typeName: string): JsonSchema | Diagnostic {
    return this.schemas.dataSources[typeName] ?? error('Unknown data source', `The genesyscloud provider has no data source "${typeName}".`);
  }

  GetProviderSchema(): object {
    return this.schemaResponse;
  }

  // Terraform itself checks configuration against the schema (required and
  // unknown arguments, types, block counts) before it calls these; the real
  // provider's own rules are not known here, so nothing more is checked.
  ValidateProviderConfig(): object {
    return { diagnostics: [] };
  }

  ValidateResourceConfig(req: { type_name: string }): object {
    const s = this.resource(req.type_name);
    return { diagnostics: 'block' in s ? [] : [s] };
  }

  ValidateDataResourceConfig(req: { type_name: string }): object {
    const s = this.dataSource(req.type_name);
    return { diagnostics: 'block' in s ? [] : [s] };
  }

  /** Makes no network call: there is no org to log in to. */
  ConfigureProvider(): object {
    return { diagnostics: [] };
  }

  UpgradeResourceState(req: { type_name: string; raw_state?: { json?: Uint8Array } }): object {
    const s = this.resource(req.type_name);
    if (!('block' in s)) return { diagnostics: [s] };
    const raw = req.raw_state?.json;
    const json = raw && raw.length > 0 ? JSON.parse(Buffer.from(raw).toString('utf8')) : null;
    return { upgraded_state: dynamic(stateFromJson(s.block, json)), diagnostics: [] };
  }

  /** The stand-in cannot see the org, so what is in state is taken as current. */
  ReadResource(req: { current_state?: DynamicValue; private?: Uint8Array }): object {
    return { new_state: dynamic(read(req.current_state)), diagnostics: [], private: req.private ?? Buffer.alloc(0) };
  }

  PlanResourceChange(req: { type_name: string; prior_state?: DynamicValue; proposed_new_state?: DynamicValue; prior_private?: Uint8Array }): object {
    const s = this.resource(req.type_name);
    if (!('block' in s)) return { diagnostics: [s] };
    const prior = read(req.prior_state);
    const proposed = read(req.proposed_new_state);
    // Destroy (proposed null) and update (prior set) plan the proposal as it is.
    const planned = prior === null && proposed !== null ? markComputedUnknown(s.block, proposed) : proposed;
    return { planned_state: dynamic(planned), requires_replace: [], planned_private: req.prior_private ?? Buffer.alloc(0), diagnostics: [] };
  }

  ApplyResourceChange(): object {
    return {
      diagnostics: [
        error('The offline stand-in cannot apply', 'It only answers validate and plan. Apply with the real mypurecloud/genesyscloud provider and credentials for the org.'),
      ],
    };
  }

  ImportResourceState(): object {
    return { diagnostics: [error('The offline stand-in cannot import', 'Importing needs the real provider and the org.')] };
  }

  ReadDataSource(req: { type_name: string; config?: DynamicValue }): object {
    const s = this.dataSource(req.type_name);
    if (!('block' in s)) return { diagnostics: [s] };
    return { state: dynamic(fillComputed(req.type_name, s.block, read(req.config))), diagnostics: [] };
  }

  StopProvider(): object {
    return { Error: '' };
  }
}
