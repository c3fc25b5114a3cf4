/**
 * The tools' command lines, read by Node's own `util.parseArgs` in strict mode.
 * This is the one place that turns its errors (a TypeError with a code such as
 * ERR_PARSE_ARGS_UNKNOWN_OPTION) into a message that names the option, the bad
 * value and the usage, thrown as a CommandLineError (or the caller's own type). Each tool then
 * checks its values itself (ranges, allowed names, directories).
 *
 * What parseArgs brings: `--opt value` and `--opt=value` alike; a value that
 * starts with "-" only in the `--opt=-x` form (`--calls -5` is refused, since
 * `-5` could be a forgotten value followed by an option); `--` ends the options.
 * On top of it, an option that takes one value is refused when given twice:
 * each tool checks the value it keeps, so a second one may not slip past.
 */
import { parseArgs } from 'util';
import { ValidationError } from '../../constructs/validation';

/**
 * A mistake on a command line: the project's one error type for what a user
 * gave (a ValidationError), so each command prints its message alone and exits
 * 1, while anything else, a bug, surfaces with its stack trace.
 */
export class CommandLineError extends ValidationError {
  constructor(problem: string) {
    super('the command line', [problem], problem);
  }
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Given more than once, every value is kept, in order. Otherwise a string option given twice is refused. */
  readonly multiple?: boolean;
  /** What the value is, for "--x needs <this>, not nothing". @default 'a value' */
  readonly needs?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends { readonly multiple: true } ? (S['type'] extends 'boolean' ? boolean[] : string[]) : S['type'] extends 'boolean' ? boolean : string;

/** Each option's value, absent where it was not given. */
export type OptionValues<O extends OptionSpecs> = { -readonly [K in keyof O]?: ValueOf<O[K]> };

export interface CommandLineSpec<O extends OptionSpecs> {
  readonly options: O;
  /** Arguments that are no option (environment names, for example). @default false */
  readonly allowPositionals?: boolean;
  /** The usage line, added to every message of this module. */
  readonly usage: string;
  /** The caller's error type. @default CommandLineError */
  readonly error?: (message: string) => Error;
}

export interface CommandLine<O extends OptionSpecs> {
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
}

/** The tokens of a command line as parseArgs reports them. */
type Token =
  | { kind: 'option'; index: number; name: string; rawName: string; value: string | undefined; inlineValue: boolean | undefined }
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number };

/**
 * True for the errors parseArgs throws for what the user typed; anything else is a mistake of ours and stays as it is.
 * By its code, not `instanceof TypeError`: Node throws it from its own realm, which is not the module's under Jest.
 */
const isParseArgsError = (err: unknown): err is Error => {
  const code: unknown = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
};

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The options as parseArgs takes them (without `needs`). */
const nodeOptions = (specs: OptionSpecs) => Object.fromEntries(Object.entries(specs).map(([name, o]) => [name, { type: o.type, multiple: o.multiple === true }]));

/**
 * Reads `args` against `spec.options`; every mistake is thrown as `spec.error`
 * (a CommandLineError by default) naming the option, the value and the usage.
 */
export function parseCommandLine<const O extends OptionSpecs>(args: readonly string[], spec: CommandLineSpec<O>): CommandLine<O> {
  const fail = (problem: string) => (spec.error ?? ((m: string) => new CommandLineError(m)))(`${problem}; ${spec.usage}`);
  let parsed: { values: Record<string, unknown>; positionals: string[]; tokens: Token[] };
  try {
    parsed = parseArgs({ args: [...args], options: nodeOptions(spec.options), allowPositionals: spec.allowPositionals === true, strict: true, tokens: true }) as typeof parsed;
  } catch (err) {
    if (!isParseArgsError(err)) throw err;
    throw fail(firstMistake(args, spec) ?? err.message.split('\n')[0]);
  }
  for (const [name, o] of Object.entries(spec.options)) {
    if (o.type !== 'string' || o.multiple) continue;
    const given = parsed.tokens.filter((t): t is Extract<Token, { kind: 'option' }> => t.kind === 'option' && t.name === name);
    if (given.length > 1) throw fail(`--${name} takes one value, not ${given.length} (${given.map((t) => JSON.stringify(t.value)).join(', ')}): give it once`);
  }
  return { values: parsed.values as OptionValues<O>, positionals: parsed.positionals };
}

/**
 * What strict parseArgs refused, in its own order of checks: the first token it
 * objects to. The same line read leniently (which throws for nothing) gives the
 * tokens, so the message can name the very argument refused.
 */
function firstMistake(args: readonly string[], spec: CommandLineSpec<OptionSpecs>): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options: nodeOptions(spec.options), allowPositionals: true, strict: false, tokens: true }) as { tokens: Token[] };
  for (const t of tokens) {
    if (t.kind === 'positional') {
      if (!spec.allowPositionals) return `unexpected argument ${JSON.stringify(t.value)}: this command takes options only`;
      continue;
    }
    if (t.kind !== 'option') continue;
    if (!has(spec.options, t.name)) return `unknown option ${JSON.stringify(t.rawName)}`;
    const o = spec.options[t.name];
    const needs = `--${t.name} needs ${o.needs ?? 'a value'}`;
    if (o.type === 'boolean' && t.value !== undefined) return `--${t.name} takes no value, not ${JSON.stringify(t.value)}`;
    if (o.type === 'string' && t.value === undefined) return `${needs}, not nothing`;
    // Strict parseArgs takes a value that starts with "-" only as --opt=-x: alone, it may be a forgotten value and the next option.
    if (o.type === 'string' && !t.inlineValue && t.value !== undefined && t.value.length > 1 && t.value.startsWith('-')) {
      return t.value.startsWith('--')
        ? `${needs}, not ${JSON.stringify(t.value)}`
        : `${needs}, not ${JSON.stringify(t.value)} (a value that starts with "-" is taken for an option: write --${t.name}=${t.value} if you mean it)`;
    }
  }
  return undefined;
}
