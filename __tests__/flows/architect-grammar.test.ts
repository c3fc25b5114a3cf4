import { parse } from 'yaml';
import { DEFAULT_ENVIRONMENTS } from '../../config';
import { ArchitectFlow } from '../../constructs/flows/architect-flow';
import { CatalogCall, Expr, FUNCTIONS_BEYOND_THE_CATALOG, subExpressions } from '../../constructs/flows/archy/expressions';
import { expressionsOf } from '../../constructs/flows/archy/model';
import { catalogFunctions, catalogOperators, CatalogOverload, expressionProblems, parseExpression } from '../../tools/archy/architect-sdk';
import { environmentStack } from '../helpers/flows-stack';

/** Every flow every listed environment deploys. */
const flows: ArchitectFlow[] = DEFAULT_ENVIRONMENTS.flatMap((env) =>
  environmentStack(env).stack.node.findAll().filter((c): c is ArchitectFlow => ArchitectFlow.isArchitectFlow(c)),
);
const EXTRA = Object.keys(FUNCTIONS_BEYOND_THE_CATALOG);

/** The text of every `exp:` in a YAML document. */
function expTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => expTexts(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'exp' && typeof v === 'string') out.push(v);
      else expTexts(v, out);
    }
  }
  return out;
}

describe("Architect's own grammar and catalog (Architect Scripting SDK 0.0.18)", () => {
  it('holds the functions and operators the notes name', () => {
    expect(catalogFunctions().size).toBeGreaterThanOrEqual(96);
    for (const f of ['If', 'IsSet', 'IsNotSetOrEmpty', 'ToPhoneNumber', 'GetCurrentDateTimeUtc', 'DateTimeDiff', 'ToAudioBlank']) expect(catalogFunctions().has(f)).toBe(true);
    for (const f of ['And', 'Or', 'Not']) expect(catalogFunctions().has(f)).toBe(false);
    expect(catalogOperators().get('and')?.symbol).toBe('and');
  });

  it.each([
    ['And(Or(a, b), c)', 'syntax'],
    ['Or(Task.x == "a", Task.y == "b")', 'syntax'],
    ['Not(IsSet(Task.launched))', 'Not is not a function'],
    ['5 ==', 'ends too early'],
    ['Foo(1)', 'Foo is not a function'],
    ['isset(Task.x)', 'it has IsSet'],
    ['"a" "b"', 'unexpected text after the expression'],
    ['ToPhoneNumber(Call.Ani).e165', '.e165 is not a property'],
    ['', 'ends too early'],
  ])('refuses %j', (text, problem) => {
    expect(expressionProblems(text).join('\n')).toContain(problem);
  });

  it.each([
    // Forms from real exports (callback-prioritization, ani-blacklist, dr-fallback-ivr).
    'Flow.InteractionState == "waiting" or Flow.InteractionState == "connected"',
    'ToPhoneNumber(Call.Ani).e164',
    '!IsNotSetOrEmpty(Task.targetQueueIdOrName)',
    'If(IsSet(Common.externalId), Common.externalId, Common.customerId)',
    'DateTimeDiff(GetCurrentDateTimeUtc(), ToDateTime(Task.CacheUpdated)) >= Task.CacheDuration',
  ])('accepts %j, as real exports write it', (text) => {
    expect(expressionProblems(text)).toEqual([]);
  });
});

describe('every expression the deployed flows emit', () => {
  const texts = [...new Set(flows.flatMap((f) => expTexts(parse(f.yaml))))].sort();

  it('is collected from every flow of every environment', () => {
    expect(flows.length).toBeGreaterThanOrEqual(DEFAULT_ENVIRONMENTS.length * 5);
    expect(texts.length).toBeGreaterThan(50);
  });

  it('parses with Architect\'s grammar and calls only functions of its catalog, or ones evidenced beyond it', () => {
    const problems = texts.flatMap((t) => expressionProblems(t, EXTRA).map((p) => `${t}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('uses each function beyond the catalog somewhere, so the list of them stays honest', () => {
    const used = new Set(texts.flatMap((t) => parseExpression(t).functions));
    for (const f of EXTRA) expect([f, used.has(f)]).toEqual([f, true]);
  });
});

const SHORT: Record<string, string> = { string: 'str', integer: 'int', decimal: 'dec', boolean: 'bln', queue: 'que', audio: 'aud', phoneNumber: 'phn', dateTime: 'dtm', duration: 'dur' };

/** The catalog overloads an expression node can be: same arity, each parameter of its argument's type (or any). */
function overloadsFor(call: CatalogCall, args: readonly Expr[]): CatalogOverload[] {
  const entry = call.operator ? catalogOperators().get(call.name) : catalogFunctions().get(call.name);
  if (!entry) return [];
  return entry.overloads.filter((o) => {
    const ps = o.parameters;
    // `a and b and c` chains a binary operator: each operand takes the operator's parameter type.
    const repeat = (ps.length > 0 && ps[ps.length - 1].repeatable) || (call.operator && ps.length === 2 && ['and', 'or', 'add'].includes(call.name));
    if (call.name === 'propAccess') return true;
    if (!(ps.length === args.length || (repeat && args.length >= ps.length))) return false;
    return args.every((a, i) => {
      const p = ps[Math.min(i, ps.length - 1)];
      return !p.isArray && (p.type === 'any' || p.type === SHORT[a.type] || (p.type === 'dec' && a.type === 'integer'));
    });
  });
}

describe('the NOT_SET rules of the expression model', () => {
  const nodes = flows.flatMap((f) => f.model.tasks.flatMap((t) => [...expressionsOf(t.actions)])).flatMap((e) => [...subExpressions(e)]);
  const calls = nodes.filter((n) => n.call && !EXTRA.includes(n.call.name));

  it('cover every function and operator the flows use', () => {
    expect(new Set(calls.map((n) => n.call!.name)).size).toBeGreaterThan(10);
  });

  it('match a catalog overload for every call, and are never more lenient than it', () => {
    const problems: string[] = [];
    for (const n of calls) {
      const call = n.call!;
      const matches = overloadsFor(call, n.args);
      if (matches.length === 0) {
        problems.push(`${n.text()}: no overload of ${call.name} takes (${n.args.map((a) => a.type).join(', ')})`);
        continue;
      }
      n.args.forEach((_a, i) => {
        const ours = call.allowNotSet[Math.min(i, call.allowNotSet.length - 1)];
        const theirs = matches.every((o) => o.parameters[Math.min(i, o.parameters.length - 1)]?.allowNotSet);
        if (ours && !theirs) problems.push(`${n.text()}: the model lets argument ${i + 1} of ${call.name} be NOT_SET; the catalog does not`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('would catch a helper that is kinder than the catalog', () => {
    // `<` given as allowing NOT_SET: the catalog says it does not.
    const lenient = { ...calls.find((n) => n.call!.name === 'lt')!, call: { name: 'lt', operator: true, allowNotSet: [true, true] } };
    const matches = overloadsFor(lenient.call, lenient.args);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((o) => o.parameters[0].allowNotSet)).toBe(false);
  });
});
