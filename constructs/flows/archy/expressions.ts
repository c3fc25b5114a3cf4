/**
 * Architect expressions as typed values: each one can be written out as the
 * expression text Archy publishes, and evaluated against variable values, so
 * that the same flow model is both deployed and simulated.
 */

export type ArchyType = 'string' | 'integer' | 'decimal' | 'boolean' | 'queue' | 'audio';

/** A runtime value: strings, numbers, booleans, a queue (by name), audio (described, with its length when known), or not set. */
export type RuntimeValue = string | number | boolean | { queue: string } | { audio: string; seconds?: number } | undefined;

/** What an expression reads while it is evaluated. */
export interface EvalContext {
  /** The value of a variable or built-in (e.g. `Task.status`, `Call.Ani`); undefined when not set. */
  get(name: string): RuntimeValue;
}

export interface Expr<T extends ArchyType = ArchyType> {
  readonly type: T;
  /** The Architect expression text. */
  text(): string;
  evaluate(ctx: EvalContext): RuntimeValue;
  /** Variables and built-ins the expression reads. */
  names(): string[];
}

function expr<T extends ArchyType>(type: T, text: () => string, evaluate: (ctx: EvalContext) => RuntimeValue, names: () => string[]): Expr<T> {
  return { type, text, evaluate, names };
}

// ---------------------------------------------------------------- literals

/** A string literal. Architect has no escape for `"` inside one, so it is refused. */
export function str(value: string): Expr<'string'> {
  if (value.includes('"') || /[\r\n]/.test(value)) {
    throw new Error(`string literal ${JSON.stringify(value)} cannot hold a double quote or a line break in an Architect expression`);
  }
  return expr('string', () => `"${value}"`, () => value, () => []);
}

export function int(value: number): Expr<'integer'> {
  if (!Number.isInteger(value)) throw new Error(`${value} is not an integer`);
  return expr('integer', () => String(value), () => value, () => []);
}

export function dec(value: number): Expr<'decimal'> {
  if (!Number.isFinite(value)) throw new Error(`${value} is not a number`);
  return expr('decimal', () => (Number.isInteger(value) ? `${value}.0` : String(value)), () => value, () => []);
}

export function bool(value: boolean): Expr<'boolean'> {
  return expr('boolean', () => (value ? 'true' : 'false'), () => value, () => []);
}

// ---------------------------------------------------------------- names

/** A variable or built-in value by name, e.g. `Task.status` or `Call.ConversationId`. */
export function ref<T extends ArchyType>(name: string, type: T): Expr<T> {
  return expr(type, () => name, (ctx) => ctx.get(name), () => [name]);
}

/** Built-ins the flows read. */
export const Call = {
  conversationId: ref('Call.ConversationId', 'string'),
  ani: ref('Call.Ani', 'string'),
};

// ---------------------------------------------------------------- operators

const isNotSet = (v: RuntimeValue) => v === undefined || v === null;
const union = (...xs: Expr[]) => () => [...new Set(xs.flatMap((x) => x.names()))];

export function eq(a: Expr, b: Expr): Expr<'boolean'> {
  return expr('boolean', () => `${a.text()} == ${b.text()}`, (c) => a.evaluate(c) === b.evaluate(c), union(a, b));
}

export function ne(a: Expr, b: Expr): Expr<'boolean'> {
  return expr('boolean', () => `${a.text()} != ${b.text()}`, (c) => a.evaluate(c) !== b.evaluate(c), union(a, b));
}

export function lt(a: Expr<'integer' | 'decimal'>, b: Expr<'integer' | 'decimal'>): Expr<'boolean'> {
  return expr('boolean', () => `${a.text()} < ${b.text()}`, (c) => Number(a.evaluate(c)) < Number(b.evaluate(c)), union(a, b));
}

export function and(...xs: Expr<'boolean'>[]): Expr<'boolean'> {
  return expr('boolean', () => `And(${xs.map((x) => x.text()).join(', ')})`, (c) => xs.every((x) => x.evaluate(c) === true), union(...xs));
}

export function or(...xs: Expr<'boolean'>[]): Expr<'boolean'> {
  return expr('boolean', () => `Or(${xs.map((x) => x.text()).join(', ')})`, (c) => xs.some((x) => x.evaluate(c) === true), union(...xs));
}

export function not(x: Expr<'boolean'>): Expr<'boolean'> {
  return expr('boolean', () => `Not(${x.text()})`, (c) => x.evaluate(c) !== true, union(x));
}

export function isSet(x: Expr): Expr<'boolean'> {
  return expr('boolean', () => `IsSet(${x.text()})`, (c) => !isNotSet(x.evaluate(c)), union(x));
}

export function isNotSetOrEmpty(x: Expr<'string'>): Expr<'boolean'> {
  return expr('boolean', () => `IsNotSetOrEmpty(${x.text()})`, (c) => {
    const v = x.evaluate(c);
    return isNotSet(v) || v === '';
  }, union(x));
}

/** `If(condition, then, else)`. */
export function ifElse<T extends ArchyType>(condition: Expr<'boolean'>, then: Expr<T>, otherwise: Expr<T>): Expr<T> {
  return expr(
    then.type,
    () => `If(${condition.text()}, ${then.text()}, ${otherwise.text()})`,
    (c) => (condition.evaluate(c) === true ? then.evaluate(c) : otherwise.evaluate(c)),
    union(condition, then, otherwise),
  );
}

/** `ToString(x)`: decimals and integers as text, e.g. a confidence of 0.91 as "0.91". */
export function toStr(x: Expr<'integer' | 'decimal' | 'boolean' | 'string'>): Expr<'string'> {
  return expr('string', () => `ToString(${x.text()})`, (c) => {
    const v = x.evaluate(c);
    return isNotSet(v) ? undefined : String(v);
  }, union(x));
}

/** Silence of `ms` milliseconds: how a call flow waits while the caller listens. */
export function toAudioBlank(ms: number): Expr<'audio'> {
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`ToAudioBlank needs whole milliseconds, not ${ms}`);
  return expr('audio', () => `ToAudioBlank(${ms})`, () => ({ audio: `silence ${ms} ms`, seconds: ms / 1000 }), () => []);
}

/**
 * Picks a value by comparing `subject` with each key in turn, else `fallback`:
 * nested `If`s, because a flow cannot look up a map.
 */
export function choose(subject: Expr<'string'>, cases: readonly [string, string][], fallback: string): Expr<'string'> {
  return cases.reduceRight<Expr<'string'>>((rest, [key, value]) => ifElse(eq(subject, str(key)), str(value), rest), str(fallback));
}
