/**
 * Architect expressions as typed values: each one can be written out as the
 * expression text Archy publishes, and evaluated against variable values, so
 * that the same flow model is both deployed and simulated.
 *
 * The forms and the NOT_SET rules follow Architect's own grammar and function
 * catalog (Genesys's Architect Scripting SDK, checked in the tests by
 * `tools/archy/architect-sdk.ts`):
 * - `and` and `or` are infix operators and `!` negates; there is no `And`,
 *   `Or` or `Not` function;
 * - a parameter that does not allow NOT_SET invokes the flow's error handling
 *   when it gets one (Genesys help, "Use NOT_SET in expressions"). Evaluation
 *   throws `NotSetError` there, and the simulator runs the flow's error
 *   handler, as the org would;
 * - evaluation is eager: `If`, `and` and `or` evaluate every operand, so a
 *   guard must never rely on short-circuiting, which Architect does not
 *   document.
 */
import { ValidationError } from '../../validation';

/** Where an expression's mistakes are reported from. */
const WHERE = 'Architect expression';

export type ArchyType = 'string' | 'integer' | 'decimal' | 'boolean' | 'queue' | 'audio' | 'phoneNumber' | 'dateTime' | 'duration';

/** A date and time on the simulator's clock, in seconds. */
export interface DateTimeValue {
  readonly dateTime: number;
}
/** A duration in milliseconds. */
export interface DurationValue {
  readonly duration: number;
}
/** A phone number, as `ToPhoneNumber` makes it. */
export interface PhoneNumberValue {
  readonly raw: string;
  /** The E.164 form; NOT_SET for a number that has none (withheld, SIP, national). */
  readonly e164?: string;
  readonly isTel: boolean;
  readonly isSip: boolean;
}

/** A runtime value: strings, numbers, booleans, a queue (by name), audio (described, with its length when known), ... or undefined for NOT_SET. */
export type RuntimeValue =
  | string
  | number
  | boolean
  | { queue: string }
  | { audio: string; seconds?: number }
  | DateTimeValue
  | DurationValue
  | PhoneNumberValue
  | undefined;

/** What an expression reads while it is evaluated. */
export interface EvalContext {
  /** The value of a variable or built-in (e.g. `Task.status`, `Call.Ani`); undefined when not set. */
  get(name: string): RuntimeValue;
  /** The current time for `GetCurrentDateTimeUtc()`, in seconds on the simulator's clock. @default - the expression cannot read the clock */
  now?(): number;
}

/** The catalog entry an expression node stands for, so tests can hold it against Architect's catalog. */
export interface CatalogCall {
  /** A function's name (`IsSet`) or an operator's catalog identifier (`equ` for `==`). */
  readonly name: string;
  readonly operator: boolean;
  /** Per parameter: whether this model lets it be NOT_SET. Never more lenient than the catalog. */
  readonly allowNotSet: readonly boolean[];
}

export interface Expr<T extends ArchyType = ArchyType> {
  readonly type: T;
  /** The Architect expression text. */
  text(): string;
  /** Throws `NotSetError` where Architect would invoke the flow's error handling. */
  evaluate(ctx: EvalContext): RuntimeValue;
  /** Variables and built-ins the expression reads. */
  names(): string[];
  /** Binding strength when written inside another expression: higher binds tighter. */
  readonly precedence: number;
  /** The function or operator at the top of the expression, if any. */
  readonly call?: CatalogCall;
  /** Its operands or arguments. */
  readonly args: readonly Expr[];
}

/**
 * Architect invokes a flow's error handling here: a function or operator got
 * NOT_SET for a parameter that does not allow it.
 */
export class NotSetError extends Error {
  constructor(
    readonly expression: string,
    readonly parameter: string,
  ) {
    super(`NOT_SET reached ${parameter} in ${expression}: Architect invokes the flow's error handling`);
    this.name = 'NotSetError';
  }
}

const PRIMARY = 100;
const PRECEDENCE = { not: 90, mul: 70, add: 60, compare: 50, equality: 40, and: 20, or: 10 } as const;

const isNotSet = (v: RuntimeValue) => v === undefined || v === null;
const union = (xs: readonly Expr[]) => () => [...new Set(xs.flatMap((x) => x.names()))];

function leaf<T extends ArchyType>(type: T, text: string, evaluate: (ctx: EvalContext) => RuntimeValue, names: string[] = []): Expr<T> {
  return { type, text: () => text, evaluate, names: () => names, precedence: PRIMARY, args: [] };
}

/**
 * A function or operator applied to evaluated arguments. Arguments are all
 * evaluated first (eagerly); a NOT_SET one where `allowNotSet` says no throws.
 */
function apply<T extends ArchyType>(
  type: T,
  call: CatalogCall,
  args: readonly Expr[],
  text: () => string,
  compute: (values: RuntimeValue[], ctx: EvalContext) => RuntimeValue,
  precedence = PRIMARY,
): Expr<T> {
  const self: Expr<T> = {
    type,
    text,
    evaluate: (ctx) => {
      const values = args.map((a) => a.evaluate(ctx));
      values.forEach((v, i) => {
        if (isNotSet(v) && !call.allowNotSet[Math.min(i, call.allowNotSet.length - 1)]) {
          throw new NotSetError(self.text(), `${call.operator ? 'operand' : 'argument'} ${i + 1} of ${call.operator ? `"${call.name}"` : call.name}`);
        }
      });
      return compute(values, ctx);
    },
    names: union(args),
    precedence,
    call,
    args,
  };
  return self;
}

/** A function call: `Name(a, b)`. */
function fn<T extends ArchyType>(type: T, name: string, allowNotSet: boolean[], args: readonly Expr[], compute: (values: RuntimeValue[], ctx: EvalContext) => RuntimeValue): Expr<T> {
  return apply(type, { name, operator: false, allowNotSet }, args, () => `${name}(${args.map((a) => a.text()).join(', ')})`, compute);
}

/** An operand written inside an operator of `precedence`, in parentheses where it binds less tightly. */
function operand(x: Expr, precedence: number, associative = false): string {
  const wrap = associative ? x.precedence < precedence : x.precedence <= precedence;
  return wrap ? `(${x.text()})` : x.text();
}

/** A binary operator: `a <symbol> b`. */
function binary<T extends ArchyType>(
  type: T,
  catalog: string,
  symbol: string,
  precedence: number,
  allowNotSet: boolean,
  operands: readonly Expr[],
  compute: (values: RuntimeValue[]) => RuntimeValue,
  associative = false,
): Expr<T> {
  return apply(
    type,
    { name: catalog, operator: true, allowNotSet: [allowNotSet, allowNotSet] },
    operands,
    () => operands.map((x, i) => operand(x, precedence, associative && (i === 0 || x.call?.name === catalog))).join(` ${symbol} `),
    compute,
    precedence,
  );
}

// ---------------------------------------------------------------- literals

/** A string literal. Architect has no escape for `"` inside one that every version reads, so it is refused. */
export function str(value: string): Expr<'string'> {
  if (value.includes('"') || /[\r\n\\]/.test(value)) {
    throw new ValidationError(WHERE, [`string literal ${JSON.stringify(value)} cannot hold a double quote, a backslash or a line break in an Architect expression`]);
  }
  return leaf('string', `"${value}"`, () => value);
}

export function int(value: number): Expr<'integer'> {
  if (!Number.isSafeInteger(value)) throw new ValidationError(WHERE, [`${value} is not an integer`]);
  return leaf('integer', String(value), () => value);
}

export function dec(value: number): Expr<'decimal'> {
  if (!Number.isFinite(value)) throw new ValidationError(WHERE, [`${value} is not a number`]);
  return leaf('decimal', Number.isInteger(value) ? `${value}.0` : String(value), () => value);
}

export function bool(value: boolean): Expr<'boolean'> {
  return leaf('boolean', value ? 'true' : 'false', () => value);
}

// ---------------------------------------------------------------- names

/** A variable or built-in value by name, e.g. `Task.status` or `Call.ConversationId`. */
export function ref<T extends ArchyType>(name: string, type: T): Expr<T> {
  return leaf(type, name, (ctx) => ctx.get(name), [name]);
}

/** Built-ins the flows read. */
export const Call = {
  conversationId: ref('Call.ConversationId', 'string'),
  /** The calling number as a URI, e.g. `tel:+13175550116`; other forms for withheld or SIP callers, or NOT_SET. */
  ani: ref('Call.Ani', 'string'),
};

/** Built-ins of every flow. */
export const FlowBuiltIns = {
  /** When the flow started (UTC). */
  startDateTimeUtc: ref('Flow.StartDateTimeUtc', 'dateTime'),
};

// ---------------------------------------------------------------- operators

const same = (a: RuntimeValue, b: RuntimeValue) =>
  a !== null && b !== null && typeof a === 'object' && typeof b === 'object' ? JSON.stringify(a) === JSON.stringify(b) : a === b;

/** `a == b`. NOT_SET is allowed on both sides (NOT_SET == NOT_SET is true). */
export function eq(a: Expr, b: Expr): Expr<'boolean'> {
  return binary('boolean', 'equ', '==', PRECEDENCE.equality, true, [a, b], ([x, y]) => same(x, y));
}

/** `a != b`. NOT_SET is allowed on both sides. */
export function ne(a: Expr, b: Expr): Expr<'boolean'> {
  return binary('boolean', 'neq', '!=', PRECEDENCE.equality, true, [a, b], ([x, y]) => !same(x, y));
}

type Ordered = 'integer' | 'decimal' | 'dateTime' | 'duration';
const magnitude = (v: RuntimeValue): number =>
  typeof v === 'number' ? v : typeof v === 'object' && v !== null && 'dateTime' in v ? v.dateTime : (v as DurationValue).duration;

/** `a < b`: NOT_SET on either side invokes the error handling. */
export function lt(a: Expr<Ordered>, b: Expr<Ordered>): Expr<'boolean'> {
  return binary('boolean', 'lt', '<', PRECEDENCE.compare, false, [a, b], ([x, y]) => magnitude(x) < magnitude(y));
}

/** `a >= b`: NOT_SET on either side invokes the error handling. */
export function gte(a: Expr<Ordered>, b: Expr<Ordered>): Expr<'boolean'> {
  return binary('boolean', 'gte', '>=', PRECEDENCE.compare, false, [a, b], ([x, y]) => magnitude(x) >= magnitude(y));
}

/** `a + b` of integers. */
export function plus(a: Expr<'integer'>, b: Expr<'integer'>): Expr<'integer'> {
  return binary('integer', 'add', '+', PRECEDENCE.add, false, [a, b], ([x, y]) => (x as number) + (y as number), true);
}

/** `a - b` of integers. */
export function minus(a: Expr<'integer'>, b: Expr<'integer'>): Expr<'integer'> {
  return binary('integer', 'sub', '-', PRECEDENCE.add, false, [a, b], ([x, y]) => (x as number) - (y as number));
}

/** `a and b and ...`: every operand must be set (a NOT_SET boolean invokes the error handling). */
export function and(...xs: Expr<'boolean'>[]): Expr<'boolean'> {
  if (xs.length === 0) throw new ValidationError(WHERE, ['and() needs at least one operand']);
  if (xs.length === 1) return xs[0];
  return binary('boolean', 'and', 'and', PRECEDENCE.and, false, xs, (vs) => vs.every((v) => v === true), true);
}

/** `a or b or ...`, as real exports write it (`a == "x" or b == "y"`). */
export function or(...xs: Expr<'boolean'>[]): Expr<'boolean'> {
  if (xs.length === 0) throw new ValidationError(WHERE, ['or() needs at least one operand']);
  if (xs.length === 1) return xs[0];
  return binary('boolean', 'or', 'or', PRECEDENCE.or, false, xs, (vs) => vs.some((v) => v === true), true);
}

/** `!x`: Architect's negation (there is no `Not` function). */
export function not(x: Expr<'boolean'>): Expr<'boolean'> {
  return apply('boolean', { name: 'not', operator: true, allowNotSet: [false] }, [x], () => `!${operand(x, PRECEDENCE.not)}`, ([v]) => v !== true, PRECEDENCE.not);
}

// ---------------------------------------------------------------- functions

export function isSet(x: Expr): Expr<'boolean'> {
  return fn('boolean', 'IsSet', [true], [x], ([v]) => !isNotSet(v));
}

export function isNotSetOrEmpty(x: Expr<'string'>): Expr<'boolean'> {
  return fn('boolean', 'IsNotSetOrEmpty', [true], [x], ([v]) => isNotSet(v) || v === '');
}

/** `If(condition, then, else)`. Both branches are evaluated (eagerly): neither may fail. */
export function ifElse<T extends ArchyType>(condition: Expr<'boolean'>, then: Expr<T>, otherwise: Expr<T>): Expr<T> {
  return fn(then.type, 'If', [true, true, true], [condition, then, otherwise], ([c, a, b]) => (c === true ? a : b));
}

/** `ToString(x)`: decimals and integers as text, e.g. a confidence of 0.91 as "0.91"; NOT_SET stays NOT_SET. */
export function toStr(x: Expr<'integer' | 'decimal' | 'boolean' | 'string'>): Expr<'string'> {
  return fn('string', 'ToString', [true], [x], ([v]) => (isNotSet(v) ? undefined : String(v)));
}

/** `Append(a, b, ...)`: joins text; NOT_SET parts count as empty. */
export function append(...xs: Expr<'string'>[]): Expr<'string'> {
  return fn('string', 'Append', [true], xs, (vs) => vs.map((v) => (isNotSet(v) ? '' : String(v))).join(''));
}

/** Silence of `ms` milliseconds (a literal or an integer expression): how a call flow waits while the caller listens. */
export function toAudioBlank(ms: number | Expr<'integer'>): Expr<'audio'> {
  if (typeof ms === 'number' && (!Number.isInteger(ms) || ms < 0)) throw new ValidationError(WHERE, [`ToAudioBlank needs whole milliseconds, not ${ms}`]);
  const length = typeof ms === 'number' ? int(ms) : ms;
  return fn('audio', 'ToAudioBlank', [false], [length], ([v]) => {
    const n = Math.max(0, v as number);
    return { audio: `silence ${n} ms`, seconds: n / 1000 };
  });
}

/**
 * `ToPhoneNumber(x)`: a phone number from a URI or number. Only a `tel:` URI
 * (or a bare number) in international form has an E.164 form here: a
 * withheld, anonymous, SIP or national number has none, which is at least as
 * strict as the org.
 */
export function toPhoneNumber(x: Expr<'string'>): Expr<'phoneNumber'> {
  return fn('phoneNumber', 'ToPhoneNumber', [false], [x], ([v]) => parsePhoneNumber(v as string));
}

export function parsePhoneNumber(raw: string): PhoneNumberValue {
  const text = raw.trim();
  const isSip = /^sips?:/i.test(text);
  const isTel = /^tel:/i.test(text) || (!isSip && /^\+?[0-9]/.test(text));
  const number = text.replace(/^tel:/i, '').replace(/[\s().-]/g, '').split(';')[0];
  const e164 = isTel && /^\+[1-9][0-9]{6,14}$/.test(number) ? number : undefined;
  return { raw, e164, isTel, isSip };
}

/** The E.164 form of a phone number, e.g. `ToPhoneNumber(Call.Ani).e164` (as in real exports): NOT_SET when it has none. */
export function e164(x: Expr<'phoneNumber'>): Expr<'string'> {
  // Property access on NOT_SET has no documented result: it fails, to be safe.
  return apply('string', { name: 'propAccess', operator: true, allowNotSet: [false] }, [x], () => `${operand(x, PRIMARY - 1)}.e164`, ([v]) => (v as PhoneNumberValue).e164);
}

/** `GetCurrentDateTimeUtc()`. */
export function currentDateTimeUtc(): Expr<'dateTime'> {
  return fn('dateTime', 'GetCurrentDateTimeUtc', [], [], (_v, ctx) => {
    if (!ctx.now) throw new Error('GetCurrentDateTimeUtc() needs a clock: give the evaluation context now()');
    return { dateTime: ctx.now() };
  });
}

/** `DateTimeDiff(a, b)`: the duration from b to a. */
export function dateTimeDiff(a: Expr<'dateTime'>, b: Expr<'dateTime'>): Expr<'duration'> {
  return fn('duration', 'DateTimeDiff', [false, false], [a, b], ([x, y]) => ({ duration: ((x as DateTimeValue).dateTime - (y as DateTimeValue).dateTime) * 1000 }));
}

/** `ToInt(duration)`: whole milliseconds. */
export function durationMs(x: Expr<'duration'>): Expr<'integer'> {
  return fn('integer', 'ToInt', [true], [x], ([v]) => (isNotSet(v) ? undefined : Math.trunc((v as DurationValue).duration)));
}

/** Milliseconds since the flow started, read from the clock: `ToInt(DateTimeDiff(GetCurrentDateTimeUtc(), Flow.StartDateTimeUtc))`. */
export function elapsedMs(): Expr<'integer'> {
  return durationMs(dateTimeDiff(currentDateTimeUtc(), FlowBuiltIns.startDateTimeUtc));
}

/**
 * Functions newer than the catalog of the Architect Scripting SDK, each with
 * the evidence that Architect has it.
 */
export const FUNCTIONS_BEYOND_THE_CATALOG: Readonly<Record<string, string>> = {
  MakeCommunication: 'bot flow exports: GenesysCloudBlueprints/dr-webmessaging-blueprint MyEmergencyChatBot.yaml, web-messaging-triage-bot-blueprint quick-response-bot.yaml',
};

/** `MakeCommunication("...")`: what a bot flow says (bot flows only). */
export function communication(text: string): Expr<'string'> {
  return fn('string', 'MakeCommunication', [false], [str(text)], ([v]) => v);
}

/**
 * Picks a value by comparing `subject` with each key in turn, else `fallback`:
 * nested `If`s, because a flow cannot look up a map. `==` allows NOT_SET, so
 * an unset subject gives the fallback.
 */
export function choose(subject: Expr<'string'>, cases: readonly [string, string][], fallback: string): Expr<'string'> {
  return cases.reduceRight<Expr<'string'>>((rest, [key, value]) => ifElse(eq(subject, str(key)), str(value), rest), str(fallback));
}

/** Every node of an expression, itself first. */
export function* subExpressions(x: Expr): Generator<Expr> {
  yield x;
  for (const a of x.args) yield* subExpressions(a);
}
