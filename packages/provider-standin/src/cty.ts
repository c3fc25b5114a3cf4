/**
 * Terraform's values on the wire: cty's msgpack encoding, with unknown values
 * as msgpack extension type 0, and helpers to walk them along a schema.
 */
import { Decoder, Encoder, ExtensionCodec } from '@msgpack/msgpack';

/** The one unknown value ("known after apply"). Refinements are not kept. */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** A decoded cty value: objects and maps are records, lists, sets and tuples arrays. */
export type Value = null | boolean | number | bigint | string | Uint8Array | Unknown | Value[] | { [key: string]: Value };

/** cty writes an unknown as fixext1 type 0 with one zero byte. */
const UNKNOWN_EXT = 0;
/** Terraform 1.6+ may send an unknown with refinements (extension 12); read as plain unknown. */
const REFINED_UNKNOWN_EXT = 12;

const codec = new ExtensionCodec();
codec.register({
  type: UNKNOWN_EXT,
  encode: (input: unknown) => (input === UNKNOWN ? new Uint8Array([0]) : null),
  decode: () => UNKNOWN,
});
codec.register({ type: REFINED_UNKNOWN_EXT, encode: () => null, decode: () => UNKNOWN });

const encoder = new Encoder({ extensionCodec: codec, useBigInt64: true });
const decoder = new Decoder({ extensionCodec: codec, useBigInt64: true });

export function decodeValue(bytes: Uint8Array | undefined | null): Value {
  if (!bytes || bytes.length === 0) return null;
  return decoder.decode(bytes) as Value;
}

export function encodeValue(value: Value): Uint8Array {
  return encoder.encode(value);
}

export function isRecord(v: Value | undefined): v is { [key: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** A cty type as `terraform providers schema -json` writes it. */
export type CtyType = string | [string, ...unknown[]];

/**
 * A deterministic placeholder of a cty type, for computed attributes of data
 * sources: the stand-in has no org to ask.
 */
export function placeholder(type: CtyType, label: string): Value {
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        return label;
      case 'number':
        return 0;
      case 'bool':
        return false;
      default:
        return null; // dynamic: nothing to promise
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set':
      return [];
    case 'map':
      return {};
    default:
      return null; // object and tuple: a null of the type is valid
  }
}

/** Converts a JSON value (as stored in state) to a cty value of `type`. */
export function fromJson(json: unknown, type: CtyType): Value {
  if (json === null || json === undefined) return null;
  if (typeof type === 'string') {
    if (type === 'dynamic') return json as Value;
    return json as Value;
  }
  const [kind, inner] = type as [string, unknown];
  switch (kind) {
    case 'list':
    case 'set':
      return (json as unknown[]).map((e) => fromJson(e, inner as CtyType));
    case 'map':
      return Object.fromEntries(Object.entries(json as object).map(([k, v]) => [k, fromJson(v, inner as CtyType)]));
    case 'object': {
      const attrs = inner as Record<string, CtyType>;
      return Object.fromEntries(Object.entries(attrs).map(([k, t]) => [k, fromJson((json as Record<string, unknown>)[k], t)]));
    }
    case 'tuple':
      return (inner as CtyType[]).map((t, i) => fromJson((json as unknown[])[i], t));
    default:
      return json as Value;
  }
}
