/**
 * Architect's own expression grammar and function catalog, reached inside
 * Genesys's Architect Scripting SDK (`purecloud-flow-scripting-api-sdk-javascript`,
 * MIT, a dev dependency pinned to 0.0.18). Tests use it to parse every
 * expression the flows emit, as Architect would before it publishes them.
 *
 * The package is one webpack bundle with no public parser entry. Everything
 * that depends on its insides is in this file:
 * - the bootstrap ends with `t(t.s=1344)`, which runs the SDK's entry module;
 *   it is replaced by `t`, so that loading the bundle returns webpack's module
 *   loader instead of running the SDK;
 * - the bundle runs in a context of its own, because the ANTLR 3 runtime it
 *   carries (the module that sets `org = r.org = r.org || {}`) installs a
 *   global `org`;
 * - module 290 is the expression lexer, 186 the parser (start rule
 *   `designerexpression`), 187 the catalog (`expression.<id>` entries with
 *   `type`, `name`, `symbol` and `overloads`, and `type.<Name>` entries with
 *   `nativeProperties`).
 * Each of these is checked when the bundle loads, so another version of the
 * package fails here with a message, not somewhere in a test.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export const SDK_PACKAGE = 'purecloud-flow-scripting-api-sdk-javascript';
export const SDK_VERSION = '0.0.18';
const ENTRY_CALL = 't(t.s=1344)';
const MODULES = { lexer: 290, parser: 186, catalog: 187 } as const;
const ANTLR_RUNTIME_MARK = 'org=r.org=r.org||{}';
/** Token types of the grammar (from the lexer's own table). */
const TOKEN = { EOF: -1, IDENTIFIER: 30, PAREN_LEFT: 28, FIELD_ACCESS_IDENTIFIER: 35 } as const;

export interface CatalogParameter {
  readonly identifier: string;
  /** Architect's short type name: `str`, `int`, `dec`, `bln`, `phn`, `dtm`, `dur`, `any`, `nts` (NOT_SET), ... */
  readonly type: string;
  readonly isArray: boolean;
  /** Whether the parameter accepts NOT_SET. A parameter that does not invokes the flow's error handling when given one. */
  readonly allowNotSet: boolean;
  readonly required: boolean;
  readonly repeatable: boolean;
}

export interface CatalogOverload {
  readonly identifier: string;
  readonly returnValue: { readonly type: string; readonly isArray: boolean };
  readonly parameters: readonly CatalogParameter[];
  readonly examples?: readonly { readonly input: string; readonly output: string }[];
}

export interface CatalogEntry {
  readonly identifier: string;
  readonly type: 'function' | 'operator';
  /** The name an expression calls a function by, e.g. `ToPhoneNumber`. */
  readonly name?: string;
  /** An operator's symbol, e.g. `==`, `and`, `!`. */
  readonly symbol?: string;
  readonly overloads: readonly CatalogOverload[];
}

interface Sdk {
  readonly org: any;
  readonly Lexer: any;
  readonly Parser: any;
  readonly functions: ReadonlyMap<string, CatalogEntry>;
  readonly operators: ReadonlyMap<string, CatalogEntry>;
  readonly properties: ReadonlySet<string>;
}

let loaded: Sdk | undefined;

function load(): Sdk {
  if (loaded) return loaded;
  const pkgFile = require.resolve(`${SDK_PACKAGE}/package.json`);
  const version = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
  if (version !== SDK_VERSION) throw new Error(`${SDK_PACKAGE} is ${version}; tools/archy/architect-sdk.ts reaches into ${SDK_VERSION} only`);
  const file = require.resolve(SDK_PACKAGE);
  const source = fs.readFileSync(file, 'utf8');
  if (source.split(ENTRY_CALL).length !== 2) throw new Error(`${file}: the webpack bootstrap call ${ENTRY_CALL} is not there exactly once`);
  const sandbox: Record<string, unknown> = { console, process, Buffer, setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval };
  sandbox.global = sandbox;
  const context = vm.createContext(sandbox);
  const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${source.replace(ENTRY_CALL, 't')}\n})`, context, { filename: file });
  const module = { exports: {} as any };
  wrapper(module.exports, require, module, file, path.dirname(file));
  const webpackRequire = module.exports;
  const runtime = (webpackRequire.m as unknown[]).findIndex((m) => String(m).includes(ANTLR_RUNTIME_MARK));
  if (runtime < 0) throw new Error(`${file}: no ANTLR runtime module found`);
  webpackRequire(runtime);
  const Lexer = webpackRequire(MODULES.lexer);
  const Parser = webpackRequire(MODULES.parser);
  const catalog = webpackRequire(MODULES.catalog);
  if (typeof Parser?.prototype?.designerexpression !== 'function' || typeof Lexer !== 'function' || !catalog?.expression) {
    throw new Error(`${file}: modules ${MODULES.lexer}, ${MODULES.parser} and ${MODULES.catalog} are not the lexer, parser and catalog`);
  }
  const entries = Object.values(catalog.expression) as CatalogEntry[];
  const properties = new Set<string>();
  for (const t of Object.values<any>(catalog.type)) for (const p of t.nativeProperties ?? []) properties.add(p.name);
  loaded = {
    org: (context as any).org,
    Lexer,
    Parser,
    functions: new Map(entries.filter((e) => e.type === 'function').map((e) => [e.name!, e])),
    operators: new Map(entries.filter((e) => e.type === 'operator').map((e) => [e.identifier, e])),
    properties,
  };
  return loaded;
}

/** The catalog's functions by the name expressions call them by (96 in 0.0.18). */
export function catalogFunctions(): ReadonlyMap<string, CatalogEntry> {
  return load().functions;
}

/** The catalog's operators by identifier (`equ` for `==`, `and`, `not` for `!`, `lt` for `<`, ...). */
export function catalogOperators(): ReadonlyMap<string, CatalogEntry> {
  return load().operators;
}

export interface ParsedExpression {
  /** Syntax errors, as Architect's parser reports them; empty when the text parses whole. */
  readonly syntaxErrors: readonly string[];
  /** Names called as functions, e.g. `ToPhoneNumber`. */
  readonly functions: readonly string[];
  /** Properties read with `.name` on a value that is not a variable, e.g. `e164` in `ToPhoneNumber(Call.Ani).e164`. */
  readonly properties: readonly string[];
}

/** Parses one expression with Architect's grammar (start rule `designerexpression`). */
export function parseExpression(text: string): ParsedExpression {
  const { org, Lexer, Parser } = load();
  const syntaxErrors: string[] = [];
  const lexer = new Lexer(new org.antlr.runtime.ANTLRStringStream(text));
  lexer.emitErrorMessage = (m: string) => syntaxErrors.push(m);
  const tokens = new org.antlr.runtime.CommonTokenStream(lexer);
  const parser = new Parser(tokens);
  parser.emitErrorMessage = (m: string) => syntaxErrors.push(m);
  let tree: any;
  try {
    tree = parser.designerexpression().getTree();
  } catch (err) {
    syntaxErrors.push(`the parser stopped: ${(err as Error).message}`);
  }
  // The start rule does not demand the end of input, and a missing token is
  // recovered silently as an EOF node: both are errors for Architect.
  if (tokens.LA(1) !== TOKEN.EOF) syntaxErrors.push(`unexpected text after the expression: ${JSON.stringify(tokens.LT(1).getText())}`);
  const functions: string[] = [];
  const properties: string[] = [];
  const walk = (node: any) => {
    if (node === null || node === undefined) return;
    if (node instanceof org.antlr.runtime.tree.CommonErrorNode) syntaxErrors.push(`cannot parse ${JSON.stringify(node.getText())}`);
    else if (node.getType() === TOKEN.EOF && !node.isNil()) syntaxErrors.push('the expression ends too early');
    const first = node.getChildCount() > 0 ? node.getChild(0) : undefined;
    if (node.getType() === TOKEN.IDENTIFIER && first?.getType() === TOKEN.PAREN_LEFT) functions.push(node.getText());
    // `.x` as a node of its own (with a child) reads a property of a computed value; a variable's `.x` is a sibling leaf.
    if (node.getType() === TOKEN.FIELD_ACCESS_IDENTIFIER && node.getChildCount() > 0) properties.push(node.getText().slice(1));
    for (let i = 0; i < node.getChildCount(); i++) walk(node.getChild(i));
  };
  if (tree === undefined || tree === null || (tree.isNil() && tree.getChildCount() === 0)) {
    if (syntaxErrors.length === 0) syntaxErrors.push('the expression is empty');
  } else walk(tree);
  return { syntaxErrors: [...new Set(syntaxErrors)], functions, properties };
}

/**
 * Everything Architect would reject in an expression: syntax errors, calls
 * of functions its catalog does not have, and properties no type has.
 * `extraFunctions` names functions newer than the catalog, each of which
 * needs evidence (a real export or Genesys documentation).
 */
export function expressionProblems(text: string, extraFunctions: readonly string[] = []): string[] {
  const parsed = parseExpression(text);
  const { functions, properties } = load();
  const problems = parsed.syntaxErrors.map((e) => `syntax: ${e}`);
  for (const f of new Set(parsed.functions)) {
    if (!functions.has(f) && !extraFunctions.includes(f)) {
      const near = [...functions.keys()].find((k) => k.toLowerCase() === f.toLowerCase());
      problems.push(`${f} is not a function of Architect's catalog${near ? ` (it has ${near})` : ''}`);
    }
  }
  for (const p of new Set(parsed.properties)) if (!properties.has(p)) problems.push(`.${p} is not a property of any Architect type`);
  return problems;
}
